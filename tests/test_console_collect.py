"""The console's Collect page, driven offscreen the way a clerk uses it: score files in from
a USB stick, what the merge made of each, the clerk's choices and exclusions."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from scoring.completeness import MISSING, RECUSED, SCORED
from storage.package import build_package
from tests.factories import make_event
from tests.helpers.collecting import (
    console,
    copy_scores,
    export_revised,
    judge_workspace,
    page_of,
    settle,
)
from ui.ask import Ask
from ui.console.inputs_model import FILE, PROBLEMS, STATUS
from ui.console.pages.collect import CollectPage


def _final(state, code: str) -> str:
    return next(p["final"] for p in state.outcome.results["projects"] if p["code"] == code)


def _rows(page: CollectPage, judge: str) -> list:
    return [row for row in page.inputs_model.rows() if row.judge == judge]


def _status(page: CollectPage) -> dict[str, str]:
    """File name shown → status shown, as the clerk reads the inputs table."""
    model = page.inputs_model
    return {
        model.index(r, FILE).data(): model.index(r, STATUS).data() for r in range(model.rowCount())
    }


def _select_problem(page: CollectPage, kind: str, judge: str = "") -> None:
    model = page.problems.model
    for row in range(model.rowCount()):
        problem = model.problem(row)
        if problem.kind == kind and (not judge or problem.judge == judge):
            page.problems.table.selectRow(row)
            return
    raise AssertionError(f"no {kind} problem listed")


def test_newer_revision_counts_and_the_clerk_can_count_the_older(
    qtbot, demo_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "usb"
    shutil.copytree(demo_dir / "scores", stick)
    j01 = next(stick.glob("J01-*.psscore"))
    workspace = judge_workspace(demo_dir / "event.pspkg", "J01", tmp_path / "laptop")
    copy_scores(workspace, j01)
    workspace.set_setting("export_revision", "1")  # the demo's J01 file is revision 1
    newer = export_revised(workspace, {"G01": {"concept": "10"}}, stick)
    workspace.close()
    assert newer.revision == 2
    monkeypatch.setattr(Ask, "folder", classmethod(lambda cls, parent, *a: stick))
    with console(qtbot, demo_dir, tmp_path) as (state, window):
        page = page_of(window)
        page.add_folder()
        settle(qtbot, window)
        assert "Added 8 files." in page.collect_status.text()
        rows = _rows(page, "J01")
        assert [(r.revision, r.status) for r in rows] == [(2, "counted"), (1, "superseded")]
        assert _status(page)[newer.path.name] == "counted"
        assert _status(page)[j01.name] == "superseded"
        newest_total = _final(state, "G01")
        # The clerk picks the superseded problem and counts that revision instead.
        _select_problem(page, "superseded", "J01")
        button = page.problems.buttons["choose"]
        assert button.isEnabled()
        button.click()
        settle(qtbot, window)
        assert [(r.revision, r.status) for r in _rows(page, "J01")] == [
            (1, "counted"),
            (2, "superseded"),
        ]
        assert _status(page)[j01.name] == "counted (chosen)"
        assert state.store.choices() == {"J01": rows[1].code}
        older_total = _final(state, "G01")
        assert older_total != newest_total
        assert (older_total, newest_total) == ("69.30", "68.90")
        # Back to the newest, from the inputs table this time.
        page.inputs.selectRow(0)
        page.input_buttons["newest"].click()
        settle(qtbot, window)
        assert _final(state, "G01") == newest_total
        assert state.store.choices() == {}


def _foreign_score_file(tmp_path: Path, out: Path) -> Path:
    """A score file of another event (another package, another event id)."""
    package = build_package(make_event(), None, tmp_path / "other.pspkg")
    workspace = judge_workspace(package.path, "J1", tmp_path / "other-laptop")
    for key, value in {"concept": "20", "measures": "30", "impact": "20"}.items():
        workspace.set_score("P1", key, value)
    workspace.submit("P1")
    result = workspace.export(out)
    workspace.close()
    return result.path


def test_bad_inputs_are_listed_with_their_reason_and_the_good_ones_count(
    qtbot, demo_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, *a: True))
    stick = tmp_path / "usb"
    shutil.copytree(demo_dir / "scores", stick / "scores")
    foreign = _foreign_score_file(tmp_path, stick)
    j02 = next(stick.glob("scores/J02-*.psscore"))
    damaged = stick / "J02-damaged.psscore"
    damaged.write_bytes(j02.read_bytes()[: j02.stat().st_size // 2])
    j03 = next(stick.glob("scores/J03-*.psscore"))
    (stick / "x-copies").mkdir()  # found after the original, as on a real stick
    identical = stick / "x-copies" / "J03-copy.psscore"
    shutil.copy(j03, identical)
    # J04 exported the same scores again from another laptop: same code, another file.
    workspace = judge_workspace(demo_dir / "event.pspkg", "J04", tmp_path / "laptop")
    copy_scores(workspace, next(stick.glob("scores/J04-*.psscore")))
    (stick / "again").mkdir()
    again = workspace.export(stick / "again")
    workspace.close()
    with console(qtbot, demo_dir, tmp_path) as (state, window):
        page = page_of(window)
        report = page.collect([stick])
        settle(qtbot, window)
        assert report is not None and len(report.added) == 10 and len(report.already) == 1
        status = page.collect_status.text()
        assert "1 already collected" in status
        assert f"{identical.name} — already collected, the same file as {j03.name}" in status
        shown = _status(page)
        assert shown[foreign.name] == "rejected"
        assert shown[damaged.name] == "rejected"
        assert identical.name not in shown  # kept once
        # Every judge of the event counts; nothing is missing.
        counted = {r.judge for r in page.inputs_model.rows() if r.status == "counted"}
        assert counted == {f"J0{i}" for i in range(1, 8)}
        assert [r.status for r in _rows(page, "J04")] == ["counted", "duplicate"]
        assert all(p["final"] for p in state.outcome.results["projects"])
        # The reasons are in the table, as the clerk reads them.
        model = page.inputs_model
        reasons = {
            model.index(r, FILE).data(): model.index(r, PROBLEMS).data()
            for r in range(model.rowCount())
        }
        assert "another event" in reasons[foreign.name]
        assert "damaged" in reasons[damaged.name]
        # The re-export has the same verification code: listed as a duplicate, counted once.
        j04 = _rows(page, "J04")
        assert {r.code for r in j04} == {again.verification_code}
        assert "again/" + again.path.name in shown  # same file name: its folder tells them apart
        assert j04[1].problems == ("the same scores were given twice; counted once",)
        kinds = {page.problems.model.problem(r).kind for r in range(page.problems.model.rowCount())}
        assert {"other_event", "damaged", "duplicate_input"} <= kinds
        matrix = page.matrix.model.matrix()
        assert matrix is not None and matrix.counts()[MISSING] == 0
        # Picking the damaged file's problem selects its input, which the clerk removes.
        _select_problem(page, "damaged")
        assert Path(page.selected_input().original).name == damaged.name
        page.input_buttons["remove"].click()
        settle(qtbot, window)
        assert damaged.name not in _status(page)
        assert damaged.exists()  # the stick is never touched


def test_when_no_input_counts_each_file_still_says_why(
    qtbot, demo_dir: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    foreign = _foreign_score_file(tmp_path, stick)
    j02 = next((demo_dir / "scores").glob("J02-*.psscore"))
    damaged = stick / "J02-damaged.psscore"
    damaged.write_bytes(j02.read_bytes()[: j02.stat().st_size // 2])
    with console(qtbot, demo_dir, tmp_path) as (state, window):
        page = page_of(window)
        page.collect([stick])
        settle(qtbot, window)
        assert state.outcome is None
        assert "no input can be counted" in page.merge_status.text()
        model = page.inputs_model
        shown = {
            model.index(r, FILE).data(): (
                model.index(r, STATUS).data(),
                model.index(r, PROBLEMS).data(),
            )
            for r in range(model.rowCount())
        }
        assert shown[foreign.name][0] == shown[damaged.name][0] == "rejected"
        assert "another event" in shown[foreign.name][1]
        assert "damaged" in shown[damaged.name][1]
        kinds = {page.problems.model.problem(r).kind for r in range(page.problems.model.rowCount())}
        assert {"other_event", "damaged"} <= kinds
        # A good file collected afterwards counts, and the refusals stay with their files.
        page.collect([next((demo_dir / "scores").glob("J01-*.psscore"))])
        settle(qtbot, window)
        assert state.outcome is not None and _status(page)[damaged.name] == "rejected"


def test_exclude_include_and_remove(qtbot, demo_dir: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, *a: True))
    with console(qtbot, demo_dir, tmp_path) as (state, window):
        page = page_of(window)
        page.collect([demo_dir / "scores"])
        settle(qtbot, window)
        assert page.matrix.model.matrix().counts()[SCORED] == 237
        rows = page.inputs_model.rows()
        page.inputs.selectRow(next(i for i, r in enumerate(rows) if r.judge == "J02"))
        j02 = page.selected_input()
        assert not page.input_buttons["include"].isEnabled()
        page.input_buttons["exclude"].click()
        settle(qtbot, window)
        assert [r.status for r in _rows(page, "J02")] == ["excluded", "missing"]
        matrix = page.matrix.model.matrix()
        assert matrix.state("J02", "G01") == MISSING
        assert matrix.state("J03", "K05") == RECUSED
        assert "missing 34" in page.matrix.legend.text()
        # The selection follows the input through the merge: include it again.
        assert page.selected_input().status == "excluded"
        page.input_buttons["include"].click()
        settle(qtbot, window)
        assert [r.status for r in _rows(page, "J02")] == ["counted"]
        assert state.store.exclusions() == set()
        page.inputs.selectRow(0)
        removed = page.selected_input()
        page.input_buttons["remove"].click()
        settle(qtbot, window)
        assert not Path(removed.source).exists()
        assert [r.status for r in _rows(page, removed.judge)] == ["missing"]
        trail = [(e["what"], e["detail"]) for e in state.store.audit_trail()]
        assert ("exclude", j02.code) in trail and ("include", j02.code) in trail
        assert ("remove input", Path(removed.source).name) in trail


def test_drop_a_folder_collects_it(qtbot, demo_dir: Path, tmp_path: Path) -> None:
    with console(qtbot, demo_dir, tmp_path) as (state, window):
        page = page_of(window)
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(demo_dir / "scores"))])
        enter = QDragEnterEvent(
            QPoint(5, 5),
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        page.dragEnterEvent(enter)
        assert enter.isAccepted()
        drop = QDropEvent(
            QPoint(5, 5).toPointF(),
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        page.dropEvent(drop)
        qtbot.waitUntil(lambda: len(state.store.inputs()) == 7)
        settle(qtbot, window)
        assert state.outcome is not None
        # The same stick again: nothing new, and the clerk is told so.
        page.dropEvent(drop)
        qtbot.waitUntil(lambda: "7 already collected" in page.collect_status.text())


def test_models_pass_qt_model_tester(qtmodeltester, qtbot, demo_dir: Path, tmp_path: Path) -> None:
    with console(qtbot, demo_dir, tmp_path) as (_state, window):
        page = page_of(window)
        page.collect([demo_dir / "scores"])
        settle(qtbot, window)
        qtmodeltester.check(page.inputs_model)
        qtmodeltester.check(page.matrix.model)
        qtmodeltester.check(page.problems.model)
