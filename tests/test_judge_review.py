"""A second reviewer's judge-day defects, each reproduced on the real window (offscreen)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from storage.workspace import Workspace
from ui.judge.ask import Ask
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
    window.revise_action.trigger()
    window.go_to("K05")  # recused
    window.revise_action.trigger()
    assert asked == []
    assert _audit(window, "state") == []
