"""The event as plain data (decimal strings), for packages, digests and the demo."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from scoring.model import (
    Band,
    Category,
    Conflict,
    Dimension,
    Event,
    Judge,
    Project,
    RankingRules,
)
from scoring.numbers import to_decimal


def dec(value: Decimal) -> str:
    """Canonical decimal text: no exponent, no trailing zeros ('27.5', '30')."""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def rules_to_dict(rules: RankingRules) -> dict[str, Any]:
    return {
        "aggregate": rules.aggregate,
        "trim": rules.trim,
        "min_judges_for_trim": rules.min_judges_for_trim,
        "basis": rules.basis,
        "decimals": rules.decimals,
        "tie_break": list(rules.tie_break),
        "top_n": rules.top_n,
        "deviation_limit": dec(rules.deviation_limit),
        "presentation_minutes": rules.presentation_minutes,
        "qa_minutes": rules.qa_minutes,
    }


def rules_from_dict(data: dict[str, Any]) -> RankingRules:
    base = RankingRules()
    return RankingRules(
        aggregate=data.get("aggregate", base.aggregate),
        trim=int(data.get("trim", base.trim)),
        min_judges_for_trim=int(data.get("min_judges_for_trim", base.min_judges_for_trim)),
        basis=data.get("basis", base.basis),
        decimals=int(data.get("decimals", base.decimals)),
        tie_break=tuple(data.get("tie_break", base.tie_break)),
        top_n=int(data.get("top_n", base.top_n)),
        deviation_limit=to_decimal(data.get("deviation_limit", base.deviation_limit)),
        presentation_minutes=int(data.get("presentation_minutes", base.presentation_minutes)),
        qa_minutes=int(data.get("qa_minutes", base.qa_minutes)),
    )


def dimension_to_dict(d: Dimension) -> dict[str, Any]:
    return {
        "key": d.key,
        "name": d.name,
        "name_en": d.name_en,
        "max": dec(d.max),
        "step": dec(d.step),
        "guidance": [[b.label, dec(b.low), dec(b.high)] for b in d.guidance],
    }


def dimension_from_dict(data: dict[str, Any]) -> Dimension:
    return Dimension(
        key=data["key"],
        name=data["name"],
        name_en=data.get("name_en", data["key"]),
        max=to_decimal(data["max"]),
        step=to_decimal(data.get("step", "0.5")),
        guidance=tuple(
            Band(label, to_decimal(low), to_decimal(high))
            for label, low, high in data.get("guidance", [])
        ),
    )


def event_to_dict(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "name": event.name,
        "date": event.date,
        "venue": event.venue,
        "organiser": event.organiser,
        "language": event.language,
        "rules": rules_to_dict(event.rules),
        "dimensions": [dimension_to_dict(d) for d in event.dimensions],
        "categories": [{"key": c.key, "name": c.name, "order": c.order} for c in event.categories],
        "projects": [
            {
                "code": p.code,
                "title": p.title,
                "unit": p.unit,
                "category": p.category,
                "presenter": p.presenter,
                "order": p.order,
                "summary": p.summary,
            }
            for p in event.projects
        ],
        "judges": [
            {
                "id": j.id,
                "name": j.name,
                "affiliation": j.affiliation,
                "role": j.role,
                "order": j.order,
                "categories": list(j.categories),
            }
            for j in event.judges
        ],
        "conflicts": [
            {"judge": c.judge, "project": c.project, "unit": c.unit, "reason": c.reason}
            for c in event.conflicts
        ],
    }


def event_from_dict(data: dict[str, Any]) -> Event:
    return Event(
        id=data["id"],
        name=data["name"],
        date=data.get("date", ""),
        venue=data.get("venue", ""),
        organiser=data.get("organiser", ""),
        language=data.get("language", "zh"),
        rules=rules_from_dict(data.get("rules", {})),
        dimensions=tuple(dimension_from_dict(d) for d in data["dimensions"]),
        categories=tuple(
            Category(c["key"], c["name"], int(c.get("order", 0))) for c in data["categories"]
        ),
        projects=tuple(
            Project(
                code=p["code"],
                title=p["title"],
                unit=p.get("unit", ""),
                category=p["category"],
                presenter=p.get("presenter", ""),
                order=int(p.get("order", 0)),
                summary=p.get("summary", ""),
            )
            for p in data["projects"]
        ),
        judges=tuple(
            Judge(
                id=j["id"],
                name=j["name"],
                affiliation=j.get("affiliation", ""),
                role=j.get("role", ""),
                order=int(j.get("order", 0)),
                categories=tuple(j.get("categories", ())),
            )
            for j in data["judges"]
        ),
        conflicts=tuple(
            Conflict(c["judge"], c.get("project", ""), c.get("unit", ""), c.get("reason", ""))
            for c in data.get("conflicts", [])
        ),
    )
