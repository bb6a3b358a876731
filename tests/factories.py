"""Small events and sheets for tests, built from plain numbers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from scoring.model import Category, Conflict, Dimension, Event, Judge, Project, RankingRules
from scoring.ranking import Sheet
from scoring.rubric import DEFAULT_DIMENSIONS


def make_event(
    projects: Sequence[str] = ("P1", "P2"),
    judges: int | Sequence[str] = 5,
    *,
    categories: Mapping[str, str] | None = None,
    dimensions: Sequence[Dimension] = DEFAULT_DIMENSIONS,
    conflicts: Sequence[Conflict] = (),
    **rules: object,
) -> Event:
    """Projects in category 'A' unless ``categories`` maps code → category key."""
    judge_ids = [f"J{i + 1}" for i in range(judges)] if isinstance(judges, int) else judges
    cats = sorted(set((categories or {}).values()) | {"A"})
    return Event(
        id="00000000-0000-4000-8000-000000000001",
        name="测试评审会",
        dimensions=tuple(dimensions),
        categories=tuple(Category(c, f"类别{c}", i) for i, c in enumerate(cats)),
        projects=tuple(
            Project(code, f"项目{code}", f"单位{code}", (categories or {}).get(code, "A"), order=i)
            for i, code in enumerate(projects)
        ),
        judges=tuple(Judge(j, f"评委{j}", order=i) for i, j in enumerate(judge_ids)),
        conflicts=tuple(conflicts),
        rules=RankingRules(**rules),  # type: ignore[arg-type]
    )


def sheet(judge: str, project: str, concept: str, measures: str, impact: str) -> Sheet:
    return Sheet(
        judge,
        project,
        {"concept": Decimal(concept), "measures": Decimal(measures), "impact": Decimal(impact)},
    )


def totals(judge_totals: Mapping[str, Sequence[str]], project_codes: Sequence[str]) -> list[Sheet]:
    """Sheets whose totals are given; the total is put on 'measures' with the others zero
    unless it exceeds 40, in which case concept takes the rest."""
    out = []
    for judge, values in judge_totals.items():
        for code, text in zip(project_codes, values, strict=True):
            total = Decimal(text)
            measures = min(total, Decimal(40))
            concept = min(total - measures, Decimal(30))
            impact = total - measures - concept
            out.append(sheet(judge, code, str(concept), str(measures), str(impact)))
    return out
