"""The real judge window, driven offscreen the way a judge uses it: keyboard first."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from storage.merge import merge
from storage.package import read_package
from storage.workspace import Workspace
from ui.judge.ask import Ask
from ui.judge.window import JudgeWindow

SCORES = {"G01": ("25", "33.5", "24"), "G02": ("28", "36", "27.5"), "G03": ("20.5", "30", "22")}


@pytest.fixture
def window(qtbot, demo_master: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, *a: True))
    monkeypatch.setattr(Ask, "reason", classmethod(lambda cls, *a: "答辩后复核"))
    monkeypatch.setattr(Ask, "inform", classmethod(lambda cls, *a, **k: None))
    monkeypatch.setattr(Ask, "folder", classmethod(lambda cls, *a: tmp_path / "usb"))
    (tmp_path / "usb").mkdir()
    workspace = Workspace.open(tmp_path / "data")
    win = JudgeWindow(workspace, lambda: demo_master / "event.pspkg")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    workspace.close()


def _type(qtbot, text: str) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_a_judge_day_with_the_keyboard(qtbot, window: JudgeWindow, tmp_path: Path) -> None:
    window.first_run.demo_button.click()
    assert window.first_run.code.text() == read_package(window.workspace.package.path).code  # type: ignore[union-attr]
    window.first_run.judge.setCurrentIndex(window.first_run.judge.findData("J01"))
    window.first_run.start_button.click()
    assert window.current == "G01"
    for code, values in SCORES.items():
        assert window.current == code
        window.activateWindow()
        window.form.focus_first()
        for value in values:
            _type(qtbot, value)
        qtbot.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )
        qtbot.waitUntil(lambda code=code: window.workspace.sheet(code).state == "submitted")
        qtbot.keyClick(window.table, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.progress.text().startswith("3 / 34")
    # Revise G02 with a reason, change a value, undo the change.
    window.go_to("G02")
    window.revise()
    assert window.workspace.sheet("G02").state == "draft"
    window.form.focus_first()
    _type(qtbot, "10")
    assert window.workspace.sheet("G02").values["concept"] == Decimal("10")
    window.session.undo_stack.undo()
    assert window.workspace.sheet("G02").values["concept"] == Decimal("28")
    window.submit()
    # Export and merge: the totals are exactly what was typed.
    window.export()
    exported = window.last_export.path
    outcome = merge(read_package(window.workspace.package.path), [exported])  # type: ignore[union-attr]
    traces = {p["code"]: p["trace"] for p in outcome.results["projects"]}
    for code, values in SCORES.items():
        total = sum(Decimal(v) for v in values)
        assert [Decimal(t["total"]) for t in traces[code]] == [total]


def test_restart_returns_to_the_same_judge_and_project(
    qtbot, window: JudgeWindow, tmp_path: Path
) -> None:
    window.first_run.demo_button.click()
    window.first_run.judge.setCurrentIndex(window.first_run.judge.findData("J02"))
    window.first_run.start_button.click()
    window.go_to("K03")
    window.form.focus_first()
    _type(qtbot, "21.5")
    window.close()
    again = JudgeWindow(window.workspace)
    qtbot.addWidget(again)
    assert again.current == "K03"
    assert again.form.values()["concept"] == Decimal("21.5")
    again.close()


def test_damaged_package_gets_a_message_and_changes_nothing(
    qtbot, window: JudgeWindow, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.pspkg"
    bad.write_text("not a package")
    window.import_package(bad)
    assert window.first_run.error.isVisible()
    assert "not a PanelScore" in window.first_run.error.text()
    assert window.workspace.package is None
