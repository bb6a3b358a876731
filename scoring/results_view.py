"""What the console's Results page shows, read from a results.json dict (scoring/results.py).

Qt-free and computation-free: rows in the order a category or the overall ranking lists them,
shared ranks, each project's judges' totals (counted and dropped) for the strip chart, and the
parts of its calculation trace. Every number shown is the decimal string from the results;
Decimal is used only where a drawing needs a position or the trace shows a counted sum.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from scoring.model import Event
from scoring.problems import Problem
from scoring.ranking import Sheet, rank
from scoring.results import InputRecord, build_results

Project = Mapping[str, Any]

OVERALL = ""  # the category key that stands for the overall ranking


def rank_key(category: str) -> str:
    return "rank_overall" if category == OVERALL else "rank_in_category"


def projects_of(results: Mapping[str, Any], category: str) -> list[Project]:
    """A category's projects in published order, or all projects by overall rank."""
    projects: list[Project] = list(results["projects"])
    if category != OVERALL:
        return [p for p in projects if p["category"] == category]
    unranked = 10**9
    return sorted(
        projects,
        key=lambda p: (p["rank_overall"] if p["rank_overall"] is not None else unranked, p["code"]),
    )


def shared_ranks(projects: Sequence[Project], category: str) -> set[str]:
    """Codes of the projects whose rank (in this view) another listed project shares."""
    key = rank_key(category)
    counts = Counter(p[key] for p in projects if p[key] is not None)
    return {str(p["code"]) for p in projects if p[key] is not None and counts[p[key]] > 1}


def judge_names(results: Mapping[str, Any]) -> dict[str, str]:
    """Judge id → name, from the results' judges list (the counted entry first)."""
    names: dict[str, str] = {}
    for judge in results.get("judges", []):
        names.setdefault(str(judge["id"]), str(judge["name"]))
    return names


@dataclass(frozen=True)
class Totals:
    """One project in the strip chart: judges' totals that counted, those dropped, the final."""

    code: str
    kept: tuple[Decimal, ...]
    dropped: tuple[Decimal, ...]
    final: Decimal | None


def judges_totals(projects: Sequence[Project]) -> list[Totals]:
    """Per project, in the given order, the totals of its trace and its final."""
    out = []
    for p in projects:
        trace = p.get("trace", [])
        final = p.get("final")
        out.append(
            Totals(
                str(p["code"]),
                tuple(Decimal(t["total"]) for t in trace if not t["dropped"]),
                tuple(Decimal(t["total"]) for t in trace if t["dropped"]),
                None if final is None else Decimal(final),
            )
        )
    return out


@dataclass(frozen=True)
class TraceParts:
    """The calculation of one final as the results record it (basis ``total``)."""

    kept: tuple[tuple[str, str], ...]  # (judge, total) that counted, in judge order
    dropped: tuple[tuple[str, str], ...]  # (judge, total) trimmed away or outside the median
    kept_sum: str | None  # Σ counted totals, when final = Σ ÷ n (a mean of totals), else None


def trace_parts(project: Project, method: Mapping[str, Any]) -> TraceParts:
    trace = project.get("trace", [])
    kept = tuple((str(t["judge"]), str(t["total"])) for t in trace if not t["dropped"])
    dropped = tuple((str(t["judge"]), str(t["total"])) for t in trace if t["dropped"])
    shows_sum = method["aggregate"] in ("trimmed", "mean") and method["basis"] == "total"
    total = str(sum((Decimal(total) for _, total in kept), Decimal(0))) if kept else None
    return TraceParts(kept, dropped, total if shows_sum else None)


def strip_scale(rows: Sequence[Totals], max_total: Decimal) -> tuple[int, int]:
    """The strip chart's axis: from a multiple of ten below the lowest total to the maximum
    total of the rubric, so categories can be compared (as in the ranking report)."""
    values = [v for row in rows for v in (*row.kept, *row.dropped)]
    high = int(max_total.to_integral_value(rounding="ROUND_CEILING"))
    low = max(0, int(min(values) // 10) * 10) if values else 0
    return (low, high) if low < high else (0, max(high, 1))


def input_problems(
    problems: Iterable[Problem], ranking_problems: Iterable[Problem]
) -> list[Problem]:
    """A merge's problems without those the ranking found (those a re-ranking finds again)."""
    left = Counter(problems)
    left.subtract(Counter(ranking_problems))
    return sorted(left.elements(), key=Problem.sort_key)


def rerank(
    event: Event,
    sheets: Iterable[Sheet],
    records: Sequence[InputRecord],
    package_code: str,
    problems: Sequence[Problem],
    aggregate: str,
) -> dict[str, object]:
    """The results with another aggregate method, from the same counted sheets: the same
    ranking engine and the same results.json shape. ``problems`` are the input problems."""
    counted = [r.judge for r in records if r.status == "counted"]
    ranking = rank(event.with_rules(aggregate=aggregate), sheets, counted)
    return build_results(ranking, package_code, records, problems)
