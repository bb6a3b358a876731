"""Undo and redo of score edits, saved through the real workspace."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from storage.workspace import Workspace
from ui.judge.session import JudgeSession


@pytest.fixture
def session(demo_master: Path, tmp_path: Path) -> JudgeSession:
    ws = Workspace.open(tmp_path / "data")
    ws.import_package(demo_master / "event.pspkg")
    ws.choose_judge("J01")
    yield JudgeSession(ws)
    ws.close()


def test_edit_undo_redo_are_saved(qtbot, session: JudgeSession, tmp_path: Path) -> None:
    with qtbot.waitSignal(session.saved):
        assert session.set_value("G01", "concept", Decimal("25"))
    session.set_value("G01", "concept", Decimal("27.5"))
    session.undo_stack.undo()
    assert session.workspace.sheet("G01").values["concept"] == Decimal("25")
    session.undo_stack.undo()
    assert "concept" not in session.workspace.sheet("G01").values
    session.undo_stack.redo()
    session.undo_stack.redo()
    assert session.workspace.sheet("G01").values["concept"] == Decimal("27.5")
    # Saved on disk, not only in memory: a second connection sees it.
    other = Workspace.open(tmp_path / "data")
    assert other.sheet("G01").values["concept"] == Decimal("27.5")
    other.close()


def test_refused_edit_is_reported_and_not_recorded(qtbot, session: JudgeSession) -> None:
    with qtbot.waitSignal(session.refused) as blocker:
        assert not session.set_value("G01", "concept", Decimal("31"))
    assert "outside" in blocker.args[0]
    assert session.undo_stack.count() == 0


def test_submit_clears_undo_and_revise_needs_reason(qtbot, session: JudgeSession) -> None:
    for key, value in (("concept", "25"), ("measures", "33"), ("impact", "24")):
        session.set_value("G02", key, Decimal(value))
    assert session.submit("G02")
    assert not session.undo_stack.canUndo()
    with qtbot.waitSignal(session.refused):
        assert not session.revise("G02", "")
    assert session.revise("G02", "补充材料后复核")
    assert session.workspace.sheet("G02").state == "draft"
