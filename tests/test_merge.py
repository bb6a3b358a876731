"""Merge semantics: revisions, duplicates, order independence and idempotence."""

from __future__ import annotations

import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storage.merge import merge
from storage.package import read_package
from storage.workspace import Workspace


def _comparable(outcome: object) -> tuple[object, ...]:
    results = outcome.results  # type: ignore[attr-defined]
    problems = sorted(
        (p["kind"], p.get("judge", ""), p.get("project", "")) for p in results["problems"]
    )
    projects = [
        (p["code"], p["final"], p["rank_in_category"], p["rank_overall"], p["tied"], p["selected"])
        for p in results["projects"]
    ]
    return results["results_digest"], projects, problems


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(order=st.randoms(use_true_random=False))
def test_merge_is_order_independent_and_idempotent(demo_master: Path, order: object) -> None:
    package = read_package(demo_master / "event.pspkg")
    files = sorted((demo_master / "scores").iterdir())
    reference = _comparable(merge(package, files))
    shuffled = list(files)
    order.shuffle(shuffled)  # type: ignore[attr-defined]
    assert _comparable(merge(package, shuffled)) == reference
    assert _comparable(merge(package, shuffled)) == reference  # twice: idempotent
    assert _comparable(merge(package, [demo_master / "scores"])) == reference


def test_same_file_given_twice_counts_once(demo_master: Path, tmp_path: Path) -> None:
    package = read_package(demo_master / "event.pspkg")
    files = sorted((demo_master / "scores").iterdir())
    once = merge(package, files)
    # Named twice (directly and through its folder): the very same input, same digest.
    twice = merge(package, [*files, demo_master / "scores"])
    assert twice.results["results_digest"] == once.results["results_digest"]
    # A copy under another name: the same scores, counted once and reported.
    copy = tmp_path / "copy.psscore"
    shutil.copy(files[0], copy)
    copied = merge(package, [*files, copy])
    assert [p["final"] for p in copied.results["projects"]] == [
        p["final"] for p in once.results["projects"]
    ]
    assert [p.kind for p in copied.problems] == ["duplicate_input"]


def test_newer_revision_of_a_judge_counts_and_is_reported(
    demo_master: Path, tmp_path: Path
) -> None:
    package = read_package(demo_master / "event.pspkg")
    scores = tmp_path / "scores"
    shutil.copytree(demo_master / "scores", scores)
    j01 = sorted(scores.glob("J01-*.psscore"))[0]
    # J01 revises G01 after the first export and exports again (revision 2).
    ws = Workspace.open(tmp_path / "data")
    ws.import_package(demo_master / "event.pspkg")
    ws.choose_judge("J01")
    from storage.scorefile import read_score_file

    old = read_score_file(j01)
    for code, values in old.scores.items():
        for key, value in values.items():
            ws.set_score(code, key, value)
        ws.submit(code)
    ws.set_setting("export_revision", "1")
    ws.revise("G01", "复核后调整")
    ws.set_score("G01", "concept", "10")
    ws.submit("G01")
    newer = ws.export(scores)
    ws.close()
    outcome = merge(package, [scores])
    statuses = {(r.source, r.status) for r in outcome.records if r.judge == "J01"}
    assert (str(newer.path), "counted") in statuses
    assert (str(j01), "superseded") in statuses
    assert [p.kind for p in outcome.problems] == ["superseded"]
    trace = {t["judge"]: t for t in outcome.results["projects"][0]["trace"]}
    g01 = next(p for p in outcome.results["projects"] if p["code"] == "G01")
    assert {t["judge"]: t["values"]["concept"] for t in g01["trace"]}["J01"] == "10.00"
    assert trace  # the first project has a trace
    # The clerk may choose the older revision: the outputs follow.
    chosen = merge(package, [scores], choose={"J01": old.verification_code()})
    g01_old = next(p for p in chosen.results["projects"] if p["code"] == "G01")
    assert {t["judge"]: t["values"]["concept"] for t in g01_old["trace"]}["J01"] != "10.00"
    assert chosen.results["results_digest"] != outcome.results["results_digest"]
