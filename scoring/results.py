"""results.json: the published ranking as plain data, and its digest.

Every number is a decimal string. The results digest covers everything a second clerk on
another machine must reproduce; it leaves out ``source`` (file paths differ between machines)
and ``message`` (prose) so that the same inputs always give the same short code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

from scoring.canonical import sha256_hex
from scoring.numbers import fmt, round_half_up
from scoring.problems import Problem
from scoring.ranking import ProjectResult, Ranking

FORMAT_VERSION = 1
SCORE_FILE = "score-file"
PAPER = "paper"


@dataclass(frozen=True)
class InputRecord:
    """One input as listed under ``judges``: counted, superseded, excluded, or missing."""

    judge: str
    name: str
    source: str
    kind: str  # SCORE_FILE | PAPER | "" for a judge with no input
    verification_code: str
    status: str  # counted | superseded | duplicate | excluded | missing
    revision: int = 0


def _places(ranking: Ranking) -> int:
    """Decimal places for judges' own numbers: the published ones, or finer if a step is."""
    steps = [-d.step.normalize().as_tuple().exponent for d in ranking.event.dimensions]
    return max([ranking.event.rules.decimals, *[int(s) for s in steps]])


@lru_cache(maxsize=4096)  # judges' numbers sit on a small grid: 40,000 calls, few values
def _fixed(value: Decimal, places: int) -> str:
    return format(value.quantize(Decimal(1).scaleb(-places)), "f")


def _project(result: ProjectResult, places: int) -> dict[str, object]:
    p = result.project
    return {
        "code": p.code,
        "title": p.title,
        "unit": p.unit,
        "category": p.category,
        "n_scores": result.n_scores,
        "final": fmt(result.final),
        "dimensions": {k: fmt(v) for k, v in result.dimensions.items()},
        "rank_in_category": result.rank_in_category,
        "rank_overall": result.rank_overall,
        "tied": result.tied,
        "selected": result.selected,
        "trimmed": result.trimmed,
        "flags": result.flags,
        "trace": [
            {
                "judge": t.judge,
                "total": _fixed(t.total, places),
                "values": {k: _fixed(v, places) for k, v in t.values.items()},
                "dropped": t.dropped,
                "dropped_dimensions": list(t.dropped_dimensions),
            }
            for t in result.trace
        ],
    }


def _ratio(value: Fraction | None) -> str | None:
    """Agreement statistics are published to four decimals."""
    return None if value is None else fmt(round_half_up(value, 4))


def build_results(
    ranking: Ranking,
    package_code: str,
    inputs: Sequence[InputRecord],
    input_problems: Sequence[Problem] = (),
) -> dict[str, object]:
    event = ranking.event
    rules = event.rules
    problems = sorted([*input_problems, *ranking.problems], key=Problem.sort_key)
    judge_order = {j.id: i for i, j in enumerate(event.ordered_judges())}
    records = sorted(
        inputs,
        key=lambda r: (
            judge_order.get(r.judge, 10**6),
            r.judge,
            r.status != "counted",
            -r.revision,
            r.verification_code,
            r.source,
        ),
    )
    results: dict[str, object] = {
        "format_version": FORMAT_VERSION,
        "event": {"id": event.id, "name": event.name, "package_code": package_code},
        "method": {
            "aggregate": rules.aggregate,
            "trim": rules.trim,
            "min_judges_for_trim": rules.min_judges_for_trim,
            "basis": rules.basis,
            "decimals": rules.decimals,
            "tie_break": list(event.tie_break),
            "top_n": rules.top_n,
            "deviation_limit": fmt(rules.deviation_limit),
        },
        "judges": [
            {
                "id": r.judge,
                "name": r.name,
                "source": r.source,
                "kind": r.kind,
                "verification_code": r.verification_code,
                "status": r.status,
                "revision": r.revision,
            }
            for r in records
        ],
        "projects": [_project(r, _places(ranking)) for r in ranking.projects],
        "agreement": {
            key: {
                "n_judges": a.n_judges,
                "n_projects": a.n_projects,
                "kendall_w": _ratio(a.kendall_w),
                "icc2_1": _ratio(a.icc2_1),
                "icc2_k": _ratio(a.icc2_k),
                "icc3_1": _ratio(a.icc3_1),
                "icc3_k": _ratio(a.icc3_k),
            }
            for key, a in ranking.agreement.items()
        },
        "problems": [p.as_dict() for p in problems],
    }
    results["results_digest"] = results_digest(results)
    return results


def results_digest(results: dict[str, object]) -> str:
    """SHA-256 over the canonical results, without paths, prose or the digest itself.

    ``source`` and ``message`` occur only in ``judges`` and ``problems`` entries.
    """
    local = ("source", "message")
    canonical = {k: v for k, v in results.items() if k != "results_digest"}
    for key in ("judges", "problems"):
        entries = results.get(key, [])
        assert isinstance(entries, list)
        canonical[key] = [{k: v for k, v in e.items() if k not in local} for e in entries]
    return sha256_hex(canonical)
