"""Where the keys go in the judge window: real key presses on whatever has the focus.

A judge scores with the keyboard (digits, Enter, Ctrl+Enter, Ctrl+PgDown, Ctrl+Z): after each
step the keys must be where the next step expects them, never nowhere, never in the viewer.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from storage.workspace import Workspace
from ui.ask import Ask
from ui.judge.window import JudgeWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
KEY = Qt.Key


@pytest.fixture
def open_window(
    qtbot, demo_master: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, uncaught: list
) -> Iterator:
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, *a: True))
    monkeypatch.setattr(Ask, "reason", classmethod(lambda cls, *a, **k: "答辩后复核"))
    opened: list[tuple[JudgeWindow, Workspace]] = []

    def make(judge: str = "J01") -> JudgeWindow:
        workspace = Workspace.open(tmp_path / "data")
        workspace.import_package(demo_master / "event.pspkg")
        workspace.choose_judge(judge)
        window = JudgeWindow(workspace)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitExposed(window)
        qtbot.waitUntil(window.materials.is_built)
        opened.append((window, workspace))
        return window

    yield make
    for window, workspace in opened:
        window.close()
        workspace.close()
    assert uncaught == []


def focus() -> QWidget | None:
    return QApplication.focusWidget()


def press(qtbot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    widget = focus()
    assert widget is not None, "no widget has the keys"
    qtbot.keyClick(widget, key, modifiers)


def enter_value(qtbot, text: str) -> None:
    qtbot.keyClicks(focus(), text)
    press(qtbot, KEY.Key_Return)


def test_ctrl_z_in_the_form_undoes_the_last_score(qtbot, open_window) -> None:
    window = open_window()
    window.form.focus_first()
    for value in ("20", "30", "24"):
        enter_value(qtbot, value)
    assert focus() is window.form._comment  # after the last dimension, nothing typed here
    press(qtbot, KEY.Key_Z, CTRL)
    assert "impact" not in window.workspace.sheet("G01").values
    press(qtbot, KEY.Key_Z, CTRL | SHIFT)  # and back
    assert window.workspace.sheet("G01").values["impact"] == Decimal("24")
    window.form.focus_first()  # a spin box with nothing typed in it
    press(qtbot, KEY.Key_Z, CTRL)
    assert window.workspace.sheet("G01").values == {
        "concept": Decimal("20"),
        "measures": Decimal("30"),
    }


def test_ctrl_z_while_typing_a_comment_takes_back_the_typing_first(qtbot, open_window) -> None:
    window = open_window()
    window.form.focus_first()
    enter_value(qtbot, "20")
    window.form._comment.setFocus()
    qtbot.keyClicks(focus(), "abc")
    press(qtbot, KEY.Key_Z, CTRL)
    assert window.form._comment.toPlainText() == ""  # the text box's own undo
    assert window.workspace.sheet("G01").values == {"concept": Decimal("20")}


def test_tab_leaves_the_project_list_without_changing_the_project(qtbot, open_window) -> None:
    window = open_window()
    window.table.setFocus()
    for _ in range(6):
        press(qtbot, KEY.Key_Tab)
        if focus() is not window.table:
            break
    assert focus() is not window.table
    assert window.current == "G01"


def test_the_keyboard_flow_types_the_next_project_into_its_first_dimension(
    qtbot, open_window
) -> None:
    window = open_window()
    window.form.focus_first()
    for value in ("25", "33.5", "24"):
        enter_value(qtbot, value)
    press(qtbot, KEY.Key_Return, CTRL)  # submit
    assert window.workspace.sheet("G01").state == "submitted"
    press(qtbot, KEY.Key_PageDown, CTRL)
    assert window.current == "G02"
    enter_value(qtbot, "26")
    assert window.workspace.sheet("G02").values == {"concept": Decimal("26")}
    assert window.workspace.sheet("G02").comment == ""


def test_a_recused_project_keeps_the_keys_and_gives_them_back_after(qtbot, open_window) -> None:
    window = open_window("J03")  # J03 is recused from K05
    window.go_to("K04")
    window.form.focus_first()
    press(qtbot, KEY.Key_PageDown, CTRL)
    assert window.current == "K05" and window.form.state() == "recused"
    assert focus() is window.table
    press(qtbot, KEY.Key_PageDown, CTRL)
    assert window.current == "K06"
    assert focus() is window.form.inputs()[0].spin_box()


def test_ctrl_enter_submits_from_anywhere_in_the_window(qtbot, open_window) -> None:
    window = open_window()
    for key, value in {"concept": "25", "measures": "33.5", "impact": "24"}.items():
        window.session.set_value("G01", key, Decimal(value))
    window.table.setFocus()
    press(qtbot, KEY.Key_Return, CTRL)
    assert window.workspace.sheet("G01").state == "submitted"


def test_submit_and_revise_buttons_leave_the_keys_in_the_form(qtbot, open_window) -> None:
    window = open_window()
    for key, value in {"concept": "25", "measures": "33.5", "impact": "24"}.items():
        window.session.set_value("G01", key, Decimal(value))
    window.form._submit.setFocus()
    press(qtbot, KEY.Key_Space)
    assert window.workspace.sheet("G01").state == "submitted"
    assert focus() is window.form._revise
    press(qtbot, KEY.Key_Space)  # Revise…, with a reason
    assert window.workspace.sheet("G01").state == "draft"
    assert focus() is window.form.inputs()[0].spin_box()


def test_full_screen_gives_the_keys_to_the_pages_and_back(qtbot, open_window) -> None:
    window = open_window()
    window.form.focus_first()
    spin = focus()
    press(qtbot, KEY.Key_F11)
    pages = window.viewer.pdf_pane.view
    assert focus() is pages
    press(qtbot, KEY.Key_F11)
    assert focus() is spin


def test_the_timer_and_the_pages_are_in_the_menus(open_window) -> None:
    window = open_window()
    texts = {action.text() for action in window.menus.timer_actions}
    assert {"&Start or pause", "&Next phase", "&Reset", "&Durations…"} <= texts
    assert window.viewer.next_action in window.menus.view.actions()
    running = window.timer.is_running()
    window.menus.timer_actions[0].trigger()
    assert window.timer.is_running() != running


def test_every_band_button_is_a_tab_stop_and_space_sets_its_value(qtbot, open_window) -> None:
    window = open_window()
    first = window.form.inputs()[0]
    bands = first.band_buttons()
    bands[0].setFocus()
    for band in bands[1:]:
        press(qtbot, KEY.Key_Tab)
        assert focus() is band
    press(qtbot, KEY.Key_Space)  # 差 (the last band) picks a value inside it
    value = window.workspace.sheet("G01").values["concept"]
    band = window.workspace.event.dimensions[0].guidance[-1]
    assert band.low <= value <= band.high
