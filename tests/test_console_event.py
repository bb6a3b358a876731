"""Console page 1, the event: fields saved at once, the rules in one sentence, marks, reloads."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from demo.builder import demo_event
from scoring.serialize import event_to_dict
from storage.secretariat import EventStore
from ui.console.event_fields import DateField
from ui.console.pages.event import EventPage
from ui.console.state import ConsoleState


@pytest.fixture
def state(tmp_path: Path) -> Iterator[ConsoleState]:
    store = EventStore.open(tmp_path / "secretariat.psevent")
    store.save_event(event_to_dict(demo_event()))
    yield ConsoleState(store)
    store.close()


@pytest.fixture
def page(state: ConsoleState, qtbot: QtBot) -> EventPage:
    page = EventPage(state)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def saved(state: ConsoleState) -> dict:
    """The event as a fresh open of the event file reads it."""
    store = EventStore.open(state.store.path)
    try:
        return store.event_data()
    finally:
        store.close()


def edits(state: ConsoleState, what: str) -> int:
    return sum(1 for a in state.store.audit_trail() if a["detail"] == what)


def type_text(qtbot: QtBot, line: QLineEdit, text: str) -> None:
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def type_number(qtbot: QtBot, spin: QAbstractSpinBox, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def pick(qtbot: QtBot, combo: QComboBox, value: str) -> None:
    """Choose by keyboard (arrow keys on a closed combo box, as a clerk can)."""
    target = combo.findData(value)
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def test_typed_text_is_saved_once_when_editing_is_finished(page: EventPage, qtbot: QtBot) -> None:
    line = page.fields["venue"].editor
    assert isinstance(line, QLineEdit)
    type_text(qtbot, line, "Room 301")
    assert saved(page.state)["venue"] == "Room 301"
    page.fields["name"].editor.setFocus()  # leaving the field after Enter: no second edit
    assert edits(page.state, "event: venue") == 1


def test_chinese_name_is_saved_and_an_empty_name_is_marked(page: EventPage, qtbot: QtBot) -> None:
    line = page.fields["name"].editor
    assert isinstance(line, QLineEdit)
    line.setText("2024年度评审会")  # keyClicks is ASCII-only
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert saved(page.state)["name"] == "2024年度评审会"
    line.clear()
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert saved(page.state)["name"] == ""
    assert page.reasons()["name"] == "the event has no name"
    assert page.fields["name"].reason.isVisible()


def test_rules_are_saved_and_the_sentence_follows(page: EventPage, qtbot: QtBot) -> None:
    assert page.sentence.text().startswith("去掉一个最高分和一个最低分后取平均")
    trim = page.fields["trim"].editor
    assert isinstance(trim, QAbstractSpinBox)
    type_number(qtbot, trim, "2")
    assert saved(page.state)["rules"]["trim"] == 2
    assert page.sentence.text().startswith("去掉两个最高分和两个最低分后取平均")
    combo = page.fields["aggregate"].editor
    assert isinstance(combo, QComboBox)
    pick(qtbot, combo, "median")
    assert saved(page.state)["rules"]["aggregate"] == "median"
    assert page.sentence.text().startswith("取评委评分的中位数")
    assert not trim.isEnabled()  # trimming settings mean nothing for the median
    assert edits(page.state, "event: aggregate") == 2  # one per arrow press: mean, median


def test_the_sentence_is_in_the_event_language(page: EventPage, qtbot: QtBot) -> None:
    combo = page.fields["language"].editor
    assert isinstance(combo, QComboBox)
    pick(qtbot, combo, "en")
    assert saved(page.state)["language"] == "en"
    assert page.sentence.text().startswith("Drop the 1 highest and 1 lowest scores")
    assert "Innovation measures" in page.sentence.text()


def test_invalid_rules_are_marked_beside_the_field(page: EventPage, qtbot: QtBot) -> None:
    trim = page.fields["trim"].editor
    assert isinstance(trim, QAbstractSpinBox)
    type_number(qtbot, trim, "3")
    assert page.reasons() == {"min_judges_for_trim": "must be at least 7 to drop 3 high and low"}
    assert (
        page.fields["min_judges_for_trim"].editor.toolTip() == page.reasons()["min_judges_for_trim"]
    )
    minimum = page.fields["min_judges_for_trim"].editor
    assert isinstance(minimum, QAbstractSpinBox)
    type_number(qtbot, minimum, "7")
    assert saved(page.state)["rules"]["min_judges_for_trim"] == 7
    assert page.reasons() == {}
    type_number(qtbot, page.fields["decimals"].editor, "9")  # beyond 0–6: the box refuses it
    assert saved(page.state)["rules"]["decimals"] == 2
    assert page.fields["decimals"].value() == 2


def test_timers_and_deviation_limit(page: EventPage, qtbot: QtBot) -> None:
    type_number(qtbot, page.fields["qa_minutes"].editor, "7")
    type_number(qtbot, page.fields["deviation_limit"].editor, "12.5")
    rules = saved(page.state)["rules"]
    assert (rules["qa_minutes"], rules["deviation_limit"]) == (7, "12.5")


def test_date_from_the_calendar_or_typed(page: EventPage, qtbot: QtBot) -> None:
    field = page.fields["date"]
    assert isinstance(field, DateField)
    field.calendar.clicked.emit(QDate(2024, 5, 20))  # what a click on the 20th sends
    assert saved(page.state)["date"] == "2024-05-20"
    field.line.setText("2024年5月")
    qtbot.keyClick(field.line, Qt.Key.Key_Return)
    assert saved(page.state)["date"] == "2024年5月"  # kept as typed, but pointed out
    assert "not a date like 2024-05-20" in page.reasons()["date"]


def test_tie_break_order_moves_and_returns_to_default(page: EventPage, qtbot: QtBot) -> None:
    editor = page.tie_break
    assert editor.keys() == ["measures", "concept", "impact"]  # default: largest max first
    assert not editor.default_button.isEnabled()
    editor.list.setCurrentRow(2)
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert saved(page.state)["rules"]["tie_break"] == ["measures", "impact", "concept"]
    assert editor.current_key() == "impact"  # the moved item stays selected
    assert "影响范围、创新立意" in page.sentence.text()
    qtbot.mouseClick(editor.default_button, Qt.MouseButton.LeftButton)
    assert saved(page.state)["rules"]["tie_break"] == []
    assert editor.keys() == ["measures", "concept", "impact"]


def test_an_unknown_tie_break_key_is_marked(page: EventPage) -> None:
    page.state.edit("import", lambda d: d["rules"].update(tie_break=["measures", "nope"]))
    assert page.reasons()["tie_break"] == "unknown dimension 'nope'"
    item = page.tie_break.list.item(1)
    assert item.toolTip() == "'nope' is not a dimension of the rubric"
    assert "nope" in page.sentence.text()  # named as it is, and marked red in the list


def test_reloads_quietly_when_another_page_replaces_the_event(page: EventPage) -> None:
    data = event_to_dict(demo_event())
    data.update(name="Imported review", venue="Hall B", language="en")
    data["rules"].update(aggregate="mean", top_n=3)
    before = len(page.state.store.audit_trail())
    page.state.replace_event(data, "workbook import")
    assert len(page.state.store.audit_trail()) == before + 1  # filling saved nothing more
    line = page.fields["name"].editor
    assert isinstance(line, QLineEdit) and line.text() == "Imported review"
    assert page.fields["top_n"].value() == 3
    assert page.fields["aggregate"].value() == "mean"
    assert page.sentence.text().startswith("The average of all judges' scores")
