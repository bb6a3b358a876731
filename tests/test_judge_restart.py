"""A judge's restart before the lazily built parts exist (materials viewer, lock
screen, import page), driven offscreen on real workspace files."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from storage.workspace import Workspace
from ui.app import PanelScoreApp
from ui.ask import Ask
from ui.judge.window import JudgeWindow

PIN = "2468"


@pytest.fixture
def data_dir(demo_master: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A laptop where judge J02 scored K03 yesterday and closed the app there."""
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, *a: True))
    monkeypatch.setattr(Ask, "inform", classmethod(lambda cls, *a, **k: None))
    folder = tmp_path / "data"
    ws = Workspace.open(folder)
    try:
        ws.import_package(demo_master / "event.pspkg")
        ws.choose_judge("J02")
        ws.set_score("K03", "concept", "21.5")
        ws.set_setting("current_project", "K03")
    finally:
        ws.close()
    return folder


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[Workspace]:
    ws = Workspace.open(data_dir)
    yield ws
    ws.close()


def _restart(qtbot, ws: Workspace) -> JudgeWindow:
    win = JudgeWindow(ws)
    qtbot.addWidget(win)
    return win


def _shown_material(win: JudgeWindow) -> str:
    return win.viewer.tabs.tabText(0) if win.viewer.tabs.count() else win.viewer.message()


# -- defects -------------------------------------------------------------------------------


@pytest.mark.parametrize("when", ["Ctrl+L", "locked at restart"])
def test_the_lock_screen_covers_every_pane(qtbot, workspace: Workspace, when: str) -> None:
    # The user sees: after Ctrl+L the lock card sits in a 4th splitter pane on the right while
    # the project list, the PDF and the scores stay readable (greyed) beside it. The LockScreen
    # is a child of the QSplitter, which adds every child widget as a pane (predates these
    # commits; the lazy build keeps it).
    workspace.set_pin(PIN)
    if when != "Ctrl+L":
        workspace.set_setting("locked", "1")
    win = _restart(qtbot, workspace)
    win.show()
    qtbot.waitExposed(win)
    if when == "Ctrl+L":
        with qtbot.waitActive(win):
            win.activateWindow()
        win.table.setFocus()
        qtbot.keyClick(win.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert win.locker.is_locked() and win.lock_screen.isVisible()
    qtbot.wait(20)
    cover, parent = win.lock_screen.geometry(), win.lock_screen.parentWidget()
    for pane in win.panes:
        where = QRect(parent.mapFrom(win, pane.mapTo(win, QPoint(0, 0))), pane.size())
        assert cover.contains(where), f"{type(pane).__name__} readable beside the lock"
    win.locker.unlock(PIN)
    win.close()


def test_starting_again_after_file_import_shows_the_current_project(
    qtbot, workspace: Workspace, demo_master: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The user sees: File > Import the (same or updated) package, Start: K03 stays selected in
    # the list, but the form is blank (no title, 21.5 gone) and the materials pane says "No
    # materials to show." _open_workspace keeps the old `current`, so go_to() returns early
    # and the new form and pane are never loaded (predates these commits).
    package = str(demo_master / "event.pspkg")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (package, "")))
    win = _restart(qtbot, workspace)
    win.show()
    qtbot.waitUntil(win.materials.is_built)
    win.packages.choose()
    assert win.first_run.judge.currentData() == "J02"
    win.first_run.start_button.click()
    assert win.pages.currentWidget() is win.splitter and win.current == "K03"
    qtbot.waitUntil(win.materials.is_built)
    assert win.form.values()["concept"] == Decimal("21.5")
    assert _shown_material(win).startswith("K03")
    win.close()


def test_file_import_cancelled_leaves_the_judge_at_work(
    qtbot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    # It used to show the empty import page, with no way back to the project.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    win = _restart(qtbot, workspace)
    win.show()
    win.packages.choose()
    assert win.pages.currentWidget() is win.splitter and win.current == "K03"
    win.close()


# -- what held (not covered elsewhere) ------------------------------------------------------


def test_f11_before_the_window_was_ever_shown(qtbot, workspace: Workspace) -> None:
    win = _restart(qtbot, workspace)
    assert not win.materials.is_built()
    win.toggle_full_screen()  # View > Full-screen materials
    assert win.isFullScreen() and win.materials.is_built()
    assert _shown_material(win).startswith("K03") and win.viewer.showing() == "pdf"
    assert not win.list_pane.isVisible() and win.viewer.full_screen_action.isChecked()
    win.toggle_full_screen()
    assert not win.isFullScreen() and win.list_pane.isVisible()
    win.close()


def test_menu_actions_before_the_first_paint_then_the_viewer_catches_up(
    qtbot, workspace: Workspace
) -> None:
    win = _restart(qtbot, workspace)
    win.show()  # no event loop yet: nothing painted, the viewer not built
    win.menus.next.trigger()  # Ctrl+PgDown
    win.menus.undo.undo.trigger()  # nothing to undo after a restart
    dialog = win.open_finish()
    assert dialog is not None
    dialog.reject()
    assert not win.materials.is_built()
    code = win.current
    assert code != "K03"
    qtbot.waitUntil(win.materials.is_built)
    assert _shown_material(win).startswith(code)
    win.close()


def test_a_locked_restart_builds_the_viewer_and_unlocks_by_typing(
    qtbot, workspace: Workspace
) -> None:
    workspace.set_pin(PIN)
    workspace.set_setting("locked", "1")
    win = _restart(qtbot, workspace)
    win.show()
    qtbot.waitUntil(win.materials.is_built)  # painted under the lock screen
    assert win.locker.is_locked() and not win.materials.widget.isEnabled()
    assert win.idle.timeout() > 0  # a PIN: the idle lock is on
    pin = QApplication.focusWidget()
    assert pin is not None and pin.window() is win and win.lock_screen.isAncestorOf(pin)
    qtbot.keyClicks(pin, PIN)
    qtbot.keyClick(pin, Qt.Key.Key_Return)
    assert not win.locker.is_locked() and win.workspace.get("locked") == ""
    assert _shown_material(win).startswith("K03")
    win.close()


def test_no_pin_no_lock_until_one_is_set(
    qtbot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A lock that any digits open would only pretend: Ctrl+L says how to set a PIN instead.
    win = _restart(qtbot, workspace)
    assert win.idle.timeout() == 0
    win.show()
    win.lock()
    assert not win.locker.is_locked()
    assert "Set PIN" in win.statusBar().currentMessage()
    monkeypatch.setattr(Ask, "new_pin", classmethod(lambda cls, parent, current: ("", "2468")))
    win.menus.set_pin.trigger()
    assert workspace.has_pin and win.idle.timeout() > 0
    win.lock()
    assert win.locker.is_locked()
    win.locker.unlock("0000")
    assert win.locker.is_locked()
    win.locker.unlock("2468")
    assert not win.locker.is_locked()
    win.close()


def test_changing_the_pin_needs_the_current_one(
    qtbot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace.set_pin("2468")
    win = _restart(qtbot, workspace)
    told: list[str] = []
    monkeypatch.setattr(Ask, "inform", classmethod(lambda cls, p, t, text, **k: told.append(text)))
    monkeypatch.setattr(Ask, "new_pin", classmethod(lambda cls, parent, current: ("1111", "")))
    win.menus.set_pin.trigger()
    assert workspace.has_pin and told == ["The current PIN is not right."]
    monkeypatch.setattr(Ask, "new_pin", classmethod(lambda cls, parent, current: ("2468", "")))
    win.menus.set_pin.trigger()  # removed, with the right one
    assert not workspace.has_pin and win.idle.timeout() == 0
    win.close()


def test_set_pin_speaks_chinese(
    qtbot, qapp, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.i18n import Translators

    workspace.set_pin("2468")
    win = _restart(qtbot, workspace)
    told: list[str] = []
    monkeypatch.setattr(Ask, "inform", classmethod(lambda cls, p, t, text, **k: told.append(text)))
    monkeypatch.setattr(Ask, "new_pin", classmethod(lambda cls, parent, current: ("1111", "")))
    translators = Translators(qapp)
    translators.use("zh_CN")
    try:
        win.menus.set_pin.trigger()
    finally:
        translators.remove()
    assert told == ["当前 PIN 不正确。"]
    win.close()


def test_the_pin_dialog_refuses_two_different_pins(qtbot) -> None:
    from widgets.pin_dialog import PinDialog

    dialog = PinDialog(ask_current=True)
    qtbot.addWidget(dialog)
    dialog.current.setText("2468")
    dialog.fields.pin.setText("1357")
    dialog.fields.again.setText("1358")
    dialog.accept()
    assert dialog.result() != PinDialog.DialogCode.Accepted
    assert dialog.error.text() == "The two PINs differ."
    dialog.fields.again.setText("1357")
    dialog.accept()
    assert dialog.result() == PinDialog.DialogCode.Accepted
    assert dialog.answers() == ("2468", "1357")


def test_closing_before_the_viewer_was_built(qtbot, workspace: Workspace) -> None:
    win = _restart(qtbot, workspace)
    win.show()
    win.close()
    qtbot.wait(50)  # the queued paint and build find the window closed
    assert not win.materials.is_built()


def test_a_language_switch_right_after_start_keeps_work_and_lock(
    qtbot, qapp, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ui.app.stored_language", lambda d: "en")
    app = PanelScoreApp.start(qapp, data_dir, "judge", report_crashes=False)
    assert app is not None
    try:
        first = app.window
        app.switch_language("zh_CN")  # before the first window painted
        second = app.window
        assert isinstance(second, JudgeWindow) and second is not first
        qtbot.waitUntil(second.materials.is_built)
        assert second.current == "K03" and _shown_material(second).startswith("K03")
        second.workspace.set_pin(PIN)
        second.lock()
        app.switch_language("en")  # refused while locked: a new window would open unlocked
        assert app.window is second and second.locker.is_locked()
        assert app.translators.language == "zh_CN"
        second.locker.unlock(PIN)
    finally:
        app.stop()
