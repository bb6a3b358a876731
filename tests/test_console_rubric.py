"""Console page 2, the rubric: edits in the table are saved at once, wrong entries are marked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit
from pytestqt.qtbot import QtBot

from demo.builder import demo_event
from scoring.serialize import event_to_dict
from storage.secretariat import EventStore
from ui.ask import Ask
from ui.console.pages.rubric import RubricPage
from ui.console.rubric_model import COLUMNS, INVALID, PROBLEM_ROLE, RubricModel
from ui.console.state import ConsoleState


@pytest.fixture
def state(tmp_path: Path) -> Iterator[ConsoleState]:
    store = EventStore.open(tmp_path / "secretariat.psevent")
    store.save_event(event_to_dict(demo_event()))
    yield ConsoleState(store)
    store.close()


@pytest.fixture
def page(state: ConsoleState, qtbot: QtBot) -> RubricPage:
    page = RubricPage(state)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    return page


def saved(state: ConsoleState) -> list[dict]:
    """The dimensions as a fresh open of the event file reads them."""
    store = EventStore.open(state.store.path)
    try:
        return store.event_data()["dimensions"]
    finally:
        store.close()


def type_into(page: RubricPage, qtbot: QtBot, row: int, field: str, text: str) -> None:
    """Edit a cell the way a clerk does: open its editor, replace the text, press Enter."""
    index = page.model.index(row, COLUMNS.index(field))
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    editor = page.table.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:  # keyClicks is ASCII-only
        editor.setText(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn
    qtbot.waitUntil(lambda: page.table.state() != QAbstractItemView.State.EditingState)


def test_model_passes_qt_model_tester(qtmodeltester, state: ConsoleState) -> None:
    model = RubricModel(state)
    qtmodeltester.check(model)
    model.add_row(1)
    model.move_row(0, 2)
    model.remove_row(1)
    qtmodeltester.check(model)


def test_a_typed_maximum_is_saved_and_the_sum_follows(page: RubricPage, qtbot: QtBot) -> None:
    assert page.total_label.text() == "Sum of maxima: 100"
    type_into(page, qtbot, 1, "max", "50")
    assert saved(page.state)[1]["max"] == "50"
    assert page.total_label.text() == "Sum of maxima: 110"
    assert page.model.text(1, "max") == "50"
    edits = [a for a in page.state.store.audit_trail() if "max of measures" in str(a["detail"])]
    assert len(edits) == 1  # one edit per change, not per keystroke


def test_a_step_that_does_not_divide_the_maximum_is_saved_and_marked(
    page: RubricPage, qtbot: QtBot
) -> None:
    type_into(page, qtbot, 0, "step", "4")
    assert saved(page.state)[0]["step"] == "4"
    model = page.model
    for field in ("max", "step"):
        index = model.index(0, COLUMNS.index(field))
        assert model.data(index, Qt.ItemDataRole.BackgroundRole).color() == INVALID
        assert "the maximum 30 is not a multiple of the step 4" in model.data(
            index, Qt.ItemDataRole.ToolTipRole
        )
    key_cell = model.index(0, COLUMNS.index("key"))
    assert model.data(key_cell, Qt.ItemDataRole.BackgroundRole) is None
    assert "concept: the maximum 30 is not a multiple of the step 4" in page.problems_label.text()
    type_into(page, qtbot, 0, "step", "1")  # corrected: the marks go
    assert model.data(model.index(0, COLUMNS.index("step")), PROBLEM_ROLE) == []
    assert page.problems_label.isHidden()


def test_a_maximum_of_zero_is_marked_with_the_reason(page: RubricPage, qtbot: QtBot) -> None:
    type_into(page, qtbot, 2, "max", "0")
    index = page.model.index(2, COLUMNS.index("max"))
    assert page.model.data(index, Qt.ItemDataRole.ToolTipRole).startswith(
        "the maximum 0 is not positive"
    )
    assert page.total_label.text() == "Sum of maxima: 70"


def test_text_that_is_not_a_number_is_refused_and_nothing_saved(
    page: RubricPage, qtbot: QtBot
) -> None:
    type_into(page, qtbot, 0, "max", "3O")
    assert saved(page.state)[0]["max"] == "30"
    assert page.model.text(0, "max") == "30"
    assert page.refused_label.isVisible()
    assert "'3O' is not a number" in page.refused_label.text()
    type_into(page, qtbot, 0, "max", "25")
    assert page.refused_label.isHidden()  # over once something was saved


def test_guidance_bands_typed_as_text(page: RubricPage, qtbot: QtBot) -> None:
    type_into(page, qtbot, 0, "guidance", "优秀 25-30; 良好 18-24.5")
    assert saved(page.state)[0]["guidance"] == [["优秀", "25", "30"], ["良好", "18", "24.5"]]
    assert page.model.text(0, "guidance") == "优秀 25–30; 良好 18–24.5"
    type_into(page, qtbot, 0, "guidance", "优秀 25-35")  # saved, but outside 0–30
    tip = page.model.data(
        page.model.index(0, COLUMNS.index("guidance")), Qt.ItemDataRole.ToolTipRole
    )
    assert tip == "the guidance band '优秀 25–35' is outside 0–30"
    type_into(page, qtbot, 0, "guidance", "优秀")
    assert "is not a band like" in page.refused_label.text()
    assert saved(page.state)[0]["guidance"] == [["优秀", "25", "35"]]


def test_names_in_chinese_are_saved(page: RubricPage, qtbot: QtBot) -> None:
    type_into(page, qtbot, 2, "name", "社会影响")
    assert saved(page.state)[2]["name"] == "社会影响"


def test_add_move_and_remove_rows(
    page: RubricPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.table.setCurrentIndex(page.model.index(2, 0))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert [d["key"] for d in saved(page.state)] == ["concept", "measures", "impact", "dim4"]
    assert page.total_label.text() == "Sum of maxima: 110"
    editor = page.table.focusWidget()  # the new row opens with its key ready to type over
    assert isinstance(editor, QLineEdit) and editor.text() == "dim4"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    page.table.setCurrentIndex(page.model.index(3, 0))
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    assert [d["key"] for d in saved(page.state)] == ["concept", "measures", "dim4", "impact"]
    assert page.current_row() == 2  # the moved row stays selected
    asked: list[str] = []

    def confirm(parent: object, title: str, text: str) -> bool:
        asked.append(text)
        return len(asked) > 1  # no the first time, yes the second

    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, *a: confirm(*a)))
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert len(saved(page.state)) == 4 and "dim4" in asked[0]
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert [d["key"] for d in saved(page.state)] == ["concept", "measures", "impact"]
    assert page.total_label.text() == "Sum of maxima: 100"


def test_renaming_a_key_follows_into_the_tie_break_order(page: RubricPage, qtbot: QtBot) -> None:
    page.state.edit("tie-break", lambda d: d["rules"].update(tie_break=["impact", "concept"]))
    type_into(page, qtbot, 2, "key", "reach")
    assert page.state.event().rules.tie_break == ("reach", "concept")


def test_reloads_when_another_page_replaces_the_event(page: RubricPage) -> None:
    data = event_to_dict(demo_event())
    data["dimensions"] = data["dimensions"][:2]
    data["dimensions"][1]["max"] = "70"
    page.state.replace_event(data, "workbook import")
    assert page.model.rowCount() == 2
    assert page.model.text(1, "max") == "70"
    assert page.total_label.text() == "Sum of maxima: 100"
    data["dimensions"][0]["step"] = "7"
    page.state.replace_event(data, "workbook import")  # same rows, a value changed
    assert page.model.data(page.model.index(0, COLUMNS.index("step")), PROBLEM_ROLE)
