"""A second reviewer's judge-day defects, each reproduced on the real window (offscreen)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from storage.workspace import Workspace
from ui.ask import Ask
from ui.judge.pin_attempts import wait_after
from ui.judge.window import JudgeWindow
from widgets.dimension_input import normalize_number


@pytest.fixture
def window(qtbot, demo_master: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, *a: True))
    monkeypatch.setattr(Ask, "inform", classmethod(lambda cls, *a, **k: None))
    workspace = Workspace.open(tmp_path / "data")
    win = JudgeWindow(workspace, lambda: demo_master / "event.pspkg")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.first_run.demo_button.click()
    win.first_run.judge.setCurrentIndex(win.first_run.judge.findData("J03"))
    win.first_run.start_button.click()
    yield win
    win.close()
    workspace.close()


def _audit(window: JudgeWindow, field: str) -> list[tuple[object, object, object]]:
    return [
        (row["project"], row["old"], row["new"])
        for row in window.workspace.audit_trail()
        if row["field"] == field
    ]


def test_a_comment_saved_after_a_pause_keeps_the_cursor_at_the_end(qtbot, window) -> None:
    window.go_to("G02")
    box = window.form._comment
    box.setFocus()
    qtbot.keyClicks(box, "clear plan")
    qtbot.waitUntil(lambda: window.workspace.sheet("G02").comment == "clear plan")
    qtbot.keyClicks(box, ", good data")  # the judge goes on typing after the idle save
    assert box.toPlainText() == "clear plan, good data"


def test_a_band_click_does_not_drop_a_comment_still_being_typed(qtbot, window) -> None:
    window.go_to("G02")
    box = window.form._comment
    box.setFocus()
    qtbot.keyClicks(box, "strong impact")  # within the idle delay: not yet saved
    window.form.inputs()[0].band_buttons()[0].click()  # a band button takes no focus
    sheet = window.workspace.sheet("G02")
    assert sheet.comment == "strong impact"
    assert sheet.values == {"concept": Decimal("28.5")}
    assert box.toPlainText() == "strong impact"
    assert _audit(window, "comment") == [("G02", "", "strong impact")]
    assert _audit(window, "concept") == [("G02", "", "28.5")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("２７．５", "27.5"),
        ("２７.５", "27.5"),
        ("27,5", "27.5"),
        ("27，5", "27.5"),
        ("２８", "28"),
    ],
)
def test_full_width_digits_and_a_decimal_comma_are_read_as_typed(
    qtbot, window, text: str, expected: str
) -> None:
    window.go_to("G02")
    field = window.form.inputs()[0]
    field.focus_input()
    field.spin_box().lineEdit().insert(text)  # an input method's text; keyClicks is ASCII only
    qtbot.keyClick(field.spin_box(), Qt.Key.Key_Return)
    assert window.workspace.sheet("G02").values == {"concept": Decimal(expected)}


def test_normalize_number_keeps_the_length() -> None:
    assert normalize_number("２７．５") == "27.5"
    assert normalize_number("—") == "—"
    assert normalize_number("27,5", ",") == "27,5"


def test_revise_on_a_project_not_submitted_asks_nothing(window, monkeypatch) -> None:
    asked: list[object] = []
    monkeypatch.setattr(Ask, "reason", classmethod(lambda cls, *a: asked.append(a) or "r"))
    window.go_to("G02")  # a draft-less, unsubmitted project
    window.menus.revise.trigger()
    window.go_to("K05")  # recused
    window.menus.revise.trigger()
    assert asked == []
    assert _audit(window, "state") == []


def _code_selected(window: JudgeWindow) -> str:
    row = window.proxy.mapToSource(window.table.currentIndex()).row()
    return window.model.code_at(row)  # type: ignore[union-attr]


def test_undo_and_redo_show_the_project_whose_edit_they_change(qtbot, window) -> None:
    window.go_to("G02")
    spin = window.form.inputs()[0].spin_box()
    spin.setFocus()
    qtbot.keyClicks(spin, "20")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert window.workspace.sheet("G02").values == {"concept": Decimal("20")}
    window.go_to("G03")
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.sheet("G02").values == {}
    assert window.current == "G02" and _code_selected(window) == "G02"
    assert window.form.values()["concept"] is None  # the judge sees what was undone
    window.go_to("G03")
    qtbot.keyClick(window.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.sheet("G02").values == {"concept": Decimal("20")}
    assert window.current == "G02" and _code_selected(window) == "G02"
    assert window.form.values()["concept"] == Decimal("20")


def test_undo_from_the_menu_saves_a_typed_value_first_and_undoes_it(qtbot, window) -> None:
    window.go_to("G02")
    window.form.inputs()[0].band_buttons()[0].click()
    window.go_to("G03")
    spin = window.form.inputs()[0].spin_box()
    spin.setFocus()
    qtbot.keyClicks(spin, "20")  # typed, not confirmed: Edit > Undo takes it back
    window.menus.undo.undo.trigger()
    assert window.workspace.sheet("G03").values == {}
    assert window.workspace.sheet("G02").values == {"concept": Decimal("28.5")}
    assert window.current == "G03" and window.form.values()["concept"] is None
    stack = window.session.undo_stack
    assert (stack.count(), stack.index()) == (2, 1)  # nothing pushed while undoing


def _assert_kept(window: JudgeWindow, code: str, text: str) -> None:
    field = window.form.inputs()[0]
    assert window.current == code and _code_selected(window) == code
    assert field.spin_box().lineEdit().text() == text
    assert field._error.isVisible()
    assert window.focusWidget() in (field.spin_box(), field.spin_box().lineEdit())
    assert window.workspace.sheet(code).values == {}


def test_a_value_above_the_maximum_keeps_the_judge_on_the_project(qtbot, window) -> None:
    window.go_to("G03")
    field = window.form.inputs()[0]
    spin = field.spin_box()
    spin.setFocus()
    qtbot.keyClicks(spin, "99")  # not confirmed; the maximum is 30
    qtbot.keyClick(spin, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    _assert_kept(window, "G03", "99")
    window.go_to("G05")  # e.g. from the Finish dialog's list
    _assert_kept(window, "G03", "99")
    row = window.proxy.mapFromSource(window.model.index(window.model.row_of("G05"), 0)).row()
    point = window.table.visualRect(window.proxy.index(row, 1)).center()
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: _code_selected(window) == "G03")
    _assert_kept(window, "G03", "99")
    qtbot.keyClick(spin, Qt.Key.Key_Escape)  # back to the stored value, then the move works
    assert not field._error.isVisible()
    qtbot.keyClick(spin, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current != "G03" and _code_selected(window) == window.current
    assert window.workspace.sheet("G03").values == {}


def test_wait_after_wrong_pins_doubles_every_five_up_to_five_minutes() -> None:
    waits = [wait_after(n) for n in range(1, 36)]
    assert waits[:5] == [0, 0, 0, 0, 30]
    assert [waits[n - 1] for n in (10, 15, 20, 25, 30, 35)] == [60, 120, 240, 300, 300, 300]
    assert sum(1 for w in waits if w) == 7  # only every fifth wrong PIN waits


def test_wrong_pins_in_a_row_make_the_lock_screen_wait(qtbot, window) -> None:
    now = [1_000_000.0]
    window.workspace.set_pin("2468")
    window.locker._attempts._clock = lambda: now[0]
    window.lock_screen._clock = lambda: now[0]
    window.lock()
    pin = window.lock_screen.findChild(QLineEdit)

    def enter(text: str) -> None:
        qtbot.keyClicks(pin, text)
        qtbot.keyClick(pin, Qt.Key.Key_Return)

    for _ in range(4):
        enter("1111")
        assert window.lock_screen.message() == "Wrong PIN" and pin.isEnabled()
    enter("1111")
    assert not pin.isEnabled()
    assert window.lock_screen.message() == "Too many wrong PINs; try again in 30 s"
    now[0] += 2
    window.lock_screen.tick()
    assert window.lock_screen.message() == "Too many wrong PINs; try again in 28 s"
    window.locker.unlock("2468")  # even the right PIN waits
    assert window.locker.is_locked() and not pin.isEnabled()
    now[0] += 28
    window.lock_screen.tick()
    assert pin.isEnabled() and window.focusWidget() is pin
    for _ in range(5):
        enter("1111")
    assert window.lock_screen.message() == "Too many wrong PINs; try again in 60 s"
    assert window.workspace.get("pin_failures") == "10"
    now[0] += 60
    window.lock_screen.tick()
    enter("2468")
    assert not window.locker.is_locked()
    assert window.workspace.get("pin_failures") == "0"  # a right PIN starts over


def test_a_restart_keeps_the_wrong_pin_count_and_the_wait(qtbot, window) -> None:
    window.workspace.set_pin("2468")
    window.lock()
    for _ in range(5):
        window.locker.unlock("1111")
    assert window.lock_screen.waiting()
    window.close()  # or killed: the count and the end of the wait are in the workspace
    again = JudgeWindow(window.workspace)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.locker.is_locked() and again.lock_screen.waiting()
    assert again.lock_screen.message().startswith("Too many wrong PINs; try again in ")
    again.locker.unlock("2468")
    assert again.locker.is_locked()
    again.close()


def test_a_refused_value_stops_export_submit_and_finish(
    qtbot, window, tmp_path, monkeypatch
) -> None:
    """What is on screen is what gets exported or submitted: a refused value stops both."""
    asked: list[str] = []
    monkeypatch.setattr(Ask, "folder", classmethod(lambda cls, p, t: asked.append(t) or tmp_path))
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, p, t, x: asked.append(t) or True))
    window.go_to("G03")
    spin = window.form.inputs()[0].spin_box()
    spin.setFocus()
    qtbot.keyClicks(spin, "99")  # not confirmed; the maximum is 30
    assert window.export_score_file() is None
    window.submit()
    assert window.open_finish() is None
    assert asked == [] and list(tmp_path.glob("*.psscore")) == []
    assert window.workspace.sheet("G03").state != "submitted"
    _assert_kept(window, "G03", "99")
