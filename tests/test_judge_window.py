"""The real judge window, driven offscreen the way a judge uses it: keyboard first."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox

from storage.merge import merge
from storage.package import read_package
from storage.workspace import Workspace
from ui.ask import Ask
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


def test_a_restart_paints_the_list_first_then_shows_the_materials(
    qtbot, window: JudgeWindow
) -> None:
    _start(window, "J02")
    window.go_to("K03")
    window.close()
    again = JudgeWindow(window.workspace)
    qtbot.addWidget(again)
    assert not again.materials.is_built()  # QtPdf waits for the first paint
    again.show()
    qtbot.waitUntil(again.materials.is_built)
    assert again.viewer.showing() == "pdf" and again.viewer.page_count() > 0
    assert again.pages.currentWidget() is again.splitter and again.current == "K03"
    again.next_project()  # and the viewer follows the list as before
    qtbot.waitUntil(lambda: again.current != "K03")
    assert again.viewer.showing() == "pdf"
    again.close()


def test_damaged_package_gets_a_message_and_changes_nothing(
    qtbot, window: JudgeWindow, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.pspkg"
    bad.write_text("not a package")
    window.packages.import_package(bad)
    assert window.first_run.error.isVisible()
    assert "not a PanelScore" in window.first_run.error.text()
    assert window.workspace.package is None


def _start(window: JudgeWindow, judge: str = "J01", pin: str = "") -> None:
    window.first_run.demo_button.click()
    window.first_run.judge.setCurrentIndex(window.first_run.judge.findData(judge))
    if pin:
        window.workspace.choose_judge(judge)
        window.workspace.set_pin(pin)
    window.first_run.start_button.click()


def test_locked_window_takes_no_keys_until_the_right_pin(
    qtbot, window: JudgeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    exports: list[object] = []
    monkeypatch.setattr(Ask, "folder", classmethod(lambda cls, *a: exports.append(a)))
    _start(window, pin="2468")
    window.activateWindow()
    window.form.focus_first()
    spin = window.form.inputs()[0].spin_box()
    qtbot.keyClick(spin, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.lock_screen.isVisible()
    assert window.current == "G01"
    pin = window.lock_screen.findChild(QLineEdit)
    assert window.focusWidget() is pin
    # Every window shortcut is dead, whichever widget the key is sent to.
    for target in (pin, window.table, spin):
        for key, modifier in (
            (Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier),
            (Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier),
            (Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
            (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
        ):
            qtbot.keyClick(target, key, modifier)
    assert window.current == "G01" and exports == [] and not window.isFullScreen()
    assert window.findChild(QDialog) is None  # no Finish dialog opened
    assert all(not a.isEnabled() for a in window.findChildren(QAction) if a.parent() is window)
    assert not window.menuBar().isEnabled()
    # Digits and Ctrl+Enter do not reach the form (a disabled widget drops them).
    qtbot.keyClicks(spin, "25")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.keyClick(spin, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.sheet("G01").values == {}
    assert not any(p.isEnabled() for p in window.panes)
    # A wrong PIN keeps it locked; the right one gives everything back.
    qtbot.keyClicks(pin, "1111")
    qtbot.keyClick(pin, Qt.Key.Key_Return)
    assert window.lock_screen.isVisible() and window.lock_screen.message()
    assert not window.menus.next.isEnabled()
    qtbot.keyClicks(pin, "2468")
    qtbot.keyClick(pin, Qt.Key.Key_Return)
    assert not window.lock_screen.isVisible()
    assert all(p.isEnabled() for p in window.panes) and window.menuBar().isEnabled()
    assert window.menus.next.isEnabled() and window.menus.export.isEnabled()
    assert window.focusWidget() in (spin, spin.lineEdit())  # back where the judge was
    _type(qtbot, "25")
    assert window.workspace.sheet("G01").values["concept"] == Decimal(25)
    qtbot.keyClick(window.table, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current == "G02"


def test_idle_lock_cancels_open_questions(
    qtbot, window: JudgeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _start(window, pin="2468")
    box = QMessageBox(QMessageBox.Icon.Question, "Submit", "Submit?", parent=window)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.open()
    assert QApplication.activeModalWidget() is box
    window.idle.idle.emit()
    assert window.lock_screen.isVisible()
    assert not box.isVisible() and box.result() == QDialog.DialogCode.Rejected


def test_timer_durations_are_kept_across_restarts(qtbot, window: JudgeWindow) -> None:
    _start(window)
    rules = window.workspace.event.rules
    assert window.timer.durations() == (rules.presentation_minutes, rules.qa_minutes)
    window.timer.edit_durations()
    dialog = window.timer.durations_dialog()
    assert dialog is not None
    dialog.presentation_spin.setValue(12)
    dialog.qa_spin.setValue(4)
    dialog.accept()
    assert window.timer.durations() == (12, 4)
    window.close()
    again = JudgeWindow(window.workspace)
    qtbot.addWidget(again)
    assert again.timer.durations() == (12, 4)
    again.close()


@pytest.mark.parametrize("saved", ["", "abc", "0", "999"])
def test_unusable_saved_durations_fall_back_to_the_event(
    qtbot, window: JudgeWindow, saved: str
) -> None:
    _start(window)
    window.workspace.set_settings({"timer_presentation": saved, "timer_qa": saved})
    window.close()
    again = JudgeWindow(window.workspace)
    qtbot.addWidget(again)
    rules = window.workspace.event.rules
    qa = 0 if saved == "0" else rules.qa_minutes  # no Q&A is a valid choice
    assert again.timer.durations() == (rules.presentation_minutes, qa)
    again.close()


def test_a_restart_does_not_get_past_the_lock(qtbot, window: JudgeWindow) -> None:
    _start(window, pin="2468")
    window.lock()
    window.close()  # or the process was killed: the flag is saved when locking
    again = JudgeWindow(window.workspace)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.locker.is_locked() and again.lock_screen.isVisible()
    assert not again.menus.next.isEnabled() and not any(p.isEnabled() for p in again.panes)
    again.locker.unlock("2468")
    assert not again.locker.is_locked() and again.menus.next.isEnabled()
    assert again.workspace.get("locked") == ""
    again.close()
