"""What the Results page reads from results.json: rows, shared ranks, chart data, the trace,
and a re-ranking with another method through the same engine (scoring/results_view.py)."""

from __future__ import annotations

import copy
from decimal import Decimal
from pathlib import Path

import pytest

from publish.collect import merge_inputs
from scoring.problems import Problem
from scoring.results_view import (
    OVERALL,
    input_problems,
    judge_names,
    judges_totals,
    projects_of,
    rerank,
    shared_ranks,
    strip_scale,
    trace_parts,
)
from storage.merge import MergeOutcome
from storage.package import read_package


@pytest.fixture(scope="module")
def outcome(demo_master: Path) -> MergeOutcome:
    return merge_inputs(read_package(demo_master / "event.pspkg"), [demo_master / "scores"])


def _project(outcome: MergeOutcome, code: str) -> dict:
    return next(p for p in outcome.results["projects"] if p["code"] == code)


def test_rows_per_category_and_overall(outcome: MergeOutcome) -> None:
    results = outcome.results
    overall = projects_of(results, OVERALL)
    assert len(overall) == 34
    assert [p["rank_overall"] for p in overall] == sorted(p["rank_overall"] for p in overall)
    tough = projects_of(results, "tough")
    assert [p["rank_in_category"] for p in tough] == list(range(1, 18))
    assert {p["code"][0] for p in tough} == {"K"}
    assert judge_names(results)["J07"] == "唐国梁"


def test_shared_ranks_follow_the_view(outcome: MergeOutcome) -> None:
    results = copy.deepcopy(outcome.results)
    reform = projects_of(results, "reform")
    assert shared_ranks(reform, "reform") == set()
    reform[1]["rank_in_category"] = 1  # G02 now shares rank 1 with G14 in its category
    reform[1]["rank_overall"] = reform[0]["rank_overall"]
    assert shared_ranks(reform, "reform") == {"G14", "G02"}
    assert shared_ranks(projects_of(results, OVERALL), OVERALL) == {"G14", "G02"}


def test_judges_totals_and_trace_of_G01(outcome: MergeOutcome) -> None:
    g01 = _project(outcome, "G01")
    (row,) = judges_totals([g01])
    assert row.code == "G01"
    assert row.kept == tuple(Decimal(v) for v in ("65", "71.5", "72.5", "66", "71.5"))
    assert row.dropped == (Decimal("78.5"), Decimal("63"))
    assert row.final == Decimal("69.30")
    parts = trace_parts(g01, outcome.results["method"])
    assert parts.kept_sum == "346.50"  # 346.50 ÷ 5 = 69.30, the published final
    assert parts.dropped == (("J02", "78.50"), ("J04", "63.00"))
    median = {**outcome.results["method"], "aggregate": "median"}
    assert trace_parts(g01, median).kept_sum is None  # a median is no sum ÷ n


def test_strip_scale() -> None:
    rows = judges_totals([{"code": "X", "final": None, "trace": []}])
    assert strip_scale(rows, Decimal(100)) == (0, 100)
    rows = judges_totals(
        [{"code": "X", "final": "60", "trace": [{"total": "47.5", "dropped": False}]}]
    )
    assert strip_scale(rows, Decimal(100)) == (40, 100)


def test_rerank_with_the_package_rule_reproduces_the_published_results(
    outcome: MergeOutcome,
) -> None:
    event = outcome.ranking.event
    problems = input_problems(outcome.problems, outcome.ranking.problems)
    args = (event, outcome.sheets, outcome.records, outcome.package.code, problems)
    assert rerank(*args, event.rules.aggregate) == outcome.results
    median = rerank(*args, "median")
    assert median["method"]["aggregate"] == "median"
    finals = {p["code"]: p["final"] for p in median["projects"]}
    assert any(finals[p["code"]] != p["final"] for p in outcome.results["projects"])


def test_input_problems_leave_out_the_ranking_ones() -> None:
    a, b = Problem("judge_missing", "x", judge="J1"), Problem("missing_score", "y", judge="J2")
    assert input_problems([b, a, b], [b]) == [a, b]
