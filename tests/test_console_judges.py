"""Console page 4: the judges table and the conflicts matrix, saved edit by edit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from scoring.serialize import event_to_dict
from storage.package import read_package
from storage.secretariat import EventStore
from ui.ask import Ask
from ui.console.conflict_matrix import ConflictMatrixModel
from ui.console.judges_model import FIELDS, JudgesModel
from ui.console.pages.judges import JudgesPage
from ui.console.state import ConsoleState


@pytest.fixture
def state(qtbot, tmp_path: Path, demo_master: Path) -> Iterator[ConsoleState]:
    store = EventStore.open(tmp_path / "sec" / "secretariat.psevent")
    console = ConsoleState(store)
    console.replace_event(event_to_dict(read_package(demo_master / "event.pspkg").event), "demo")
    yield console
    store.close()


@pytest.fixture
def page(qtbot, state: ConsoleState) -> JudgesPage:
    shown = JudgesPage(state)
    qtbot.addWidget(shown)
    shown.resize(1200, 800)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def saved(state: ConsoleState) -> dict[str, Any]:
    """The event as a fresh look at the file finds it."""
    again = EventStore.open(state.store.path)
    try:
        return again.event_data()
    finally:
        again.close()


def column(page: JudgesPage, code: str) -> int:
    return next(i for i, p in enumerate(page.matrix.projects) if p.code == code)


def click(qtbot, page: JudgesPage, index: QModelIndex) -> None:
    page.view.scrollTo(index)
    rect = page.view.visualRect(index)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_models_pass_the_qt_model_tester(qtmodeltester, state: ConsoleState) -> None:
    qtmodeltester.check(JudgesModel(state))
    matrix = ConflictMatrixModel(state)
    qtmodeltester.check(matrix)
    matrix.set_mode("units")
    qtmodeltester.check(matrix)


def test_a_judge_edit_is_saved_at_once(page: JudgesPage, state: ConsoleState) -> None:
    model = page.model
    assert model.setData(model.index(0, FIELDS.index("affiliation")), " 南方日报社 ")
    assert model.setData(model.index(0, FIELDS.index("order")), "9")
    assert not model.setData(model.index(0, FIELDS.index("order")), "nine")
    assert not model.setData(model.index(0, FIELDS.index("id")), "  ")
    judge = saved(state)["judges"][0]
    assert (judge["affiliation"], judge["order"]) == ("南方日报社", 9)
    assert page.matrix.judges[-1].id == "J01"  # the matrix follows the new order


def test_renaming_a_judge_keeps_their_conflicts(page: JudgesPage, state: ConsoleState) -> None:
    model = page.model
    assert model.setData(model.index(2, FIELDS.index("id")), "J3A")
    assert saved(state)["conflicts"][0]["judge"] == "J3A"
    assert page.conflict_note.isHidden()


def test_categories_by_key_or_name_and_unknown_ones_marked(
    page: JudgesPage, state: ConsoleState
) -> None:
    model = page.model
    cell = model.index(1, FIELDS.index("categories"))
    assert model.data(cell) == "all"
    assert model.setData(cell, "攻坚克难，reform")
    assert saved(state)["judges"][1]["categories"] == ["tough", "reform"]
    assert model.data(cell, Qt.ItemDataRole.BackgroundRole) is None
    assert model.setData(cell, "reform, sports")
    assert model.data(cell, Qt.ItemDataRole.BackgroundRole) is not None
    assert "unknown category 'sports'" in model.data(cell, Qt.ItemDataRole.ToolTipRole)
    assert "unknown category 'sports'" in page.judges_note.text()


def test_duplicate_ids_and_empty_names_are_marked(page: JudgesPage) -> None:
    model = page.model
    model.setData(model.index(1, FIELDS.index("id")), "J01")
    model.setData(model.index(3, FIELDS.index("name")), "")
    background = Qt.ItemDataRole.BackgroundRole
    assert model.data(model.index(0, 0), background) is not None
    assert model.data(model.index(1, 0), background) is not None
    assert model.data(model.index(2, 0), background) is None
    assert model.data(model.index(3, FIELDS.index("name")), background) is not None
    assert "the name is empty" in page.judges_note.text()


def test_add_and_remove_judges(
    page: JudgesPage, state: ConsoleState, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.add_button.click()
    assert [j["id"] for j in saved(state)["judges"]][-1] == "J08"
    page.table.closePersistentEditor(page.table.currentIndex())
    asked: list[str] = []
    monkeypatch.setattr(
        Ask, "confirm", classmethod(lambda cls, parent, title, text: asked.append(text))
    )
    page.table.selectRow(2)
    page.remove_button.click()
    assert "J03" in asked[0] and len(saved(state)["judges"]) == 8  # not confirmed: kept
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, p, t, x: True))
    page.remove_button.click()
    data = saved(state)
    assert "J03" not in [j["id"] for j in data["judges"]]
    assert data["conflicts"] == []  # J03's conflict went with J03


def test_the_demo_conflict_is_shown(page: JudgesPage) -> None:
    index = page.matrix.index(2, column(page, "K05"))
    assert page.matrix.data(index) == "✕"
    assert "南岗河" in page.matrix.data(index, Qt.ItemDataRole.ToolTipRole)
    assert page.matrix.headerData(column(page, "K05"), Qt.Orientation.Horizontal) == "K05"
    tip = page.matrix.headerData(column(page, "K05"), Qt.Orientation.Horizontal, 3)
    assert tip.startswith("K05 南岗河") and "黄埔区水务局" in tip
    assert not page.accept_button.isEnabled()  # the demo suggests nothing


def test_clicking_a_cell_adds_then_removes_a_conflict(
    qtbot, page: JudgesPage, state: ConsoleState, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def reason(cls: type, parent: object, title: str, label: str, text: str) -> str:
        asked.append(label)
        return "曾任该单位顾问"

    monkeypatch.setattr(Ask, "reason", classmethod(reason))
    index = page.matrix.index(0, column(page, "G02"))
    click(qtbot, page, index)
    assert "J01 陈立衡" in asked[0] and "G02" in asked[0]
    conflicts = saved(state)["conflicts"]
    assert {"judge": "J01", "project": "G02", "unit": "", "reason": "曾任该单位顾问"} in conflicts
    assert page.matrix.data(index) == "✕"
    click(qtbot, page, index)
    assert len(asked) == 1  # removing asks nothing
    assert [c["project"] for c in saved(state)["conflicts"]] == ["K05"]
    # a double click (press, release, double click, release) is one click, not two
    viewport, left = page.view.viewport(), Qt.MouseButton.LeftButton
    at = page.view.visualRect(page.matrix.index(4, column(page, "G03"))).center()
    qtbot.mouseClick(viewport, left, pos=at)
    qtbot.mouseDClick(viewport, left, pos=at)
    qtbot.mouseRelease(viewport, left, pos=at)
    assert len(asked) == 2 and len(saved(state)["conflicts"]) == 2


def test_space_toggles_and_cancel_adds_nothing(
    qtbot, page: JudgesPage, state: ConsoleState, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Ask, "reason", classmethod(lambda cls, p, t, label, x: None))
    page.view.setFocus()
    page.view.setCurrentIndex(page.matrix.index(1, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    assert len(saved(state)["conflicts"]) == 1
    monkeypatch.setattr(Ask, "reason", classmethod(lambda cls, p, t, label, x: ""))
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    assert saved(state)["conflicts"][-1] == {
        "judge": "J02",
        "project": "G01",
        "unit": "",
        "reason": "",
    }
    assert page.view.currentIndex().row() == 1  # the cursor stays for the next key


def test_a_unit_conflict_covers_all_its_projects(
    qtbot, page: JudgesPage, state: ConsoleState, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Ask, "reason", classmethod(lambda cls, p, t, label, x: "亲属"))
    page.by_unit.setChecked(True)
    unit = "广州开发区营商环境改革局"  # G01 and G06
    index = page.matrix.index(3, page.matrix.units.index(unit))
    click(qtbot, page, index)
    assert {"judge": "J04", "project": "", "unit": unit, "reason": "亲属"} in saved(state)[
        "conflicts"
    ]
    water = page.matrix.index(2, page.matrix.units.index("黄埔区水务局"))
    assert page.matrix.data(water) == "1/1"  # J03's conflict with K05, the unit's one project
    page.by_project.setChecked(True)
    for code in ("G01", "G06"):
        assert page.matrix.cell(page.matrix.index(3, column(page, code))).state == "unit"
    click(qtbot, page, page.matrix.index(3, column(page, "G06")))
    assert "view by unit" in page.status.text()
    assert len(saved(state)["conflicts"]) == 2  # unchanged


def test_suggestions_are_highlighted_and_accepted(page: JudgesPage, state: ConsoleState) -> None:
    page.model.setData(page.model.index(1, FIELDS.index("affiliation")), "黄埔区水务局 河湖管理科")
    index = page.matrix.index(1, column(page, "K05"))
    assert page.matrix.data(index) == "?"
    tip = page.matrix.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "Suggested" in tip and "黄埔区水务局 河湖管理科" in tip
    assert page.accept_button.isEnabled() and "(1)" in page.accept_button.text()
    page.accept_button.click()
    added = saved(state)["conflicts"][-1]
    assert (added["judge"], added["unit"], added["project"]) == ("J02", "黄埔区水务局", "")
    assert page.matrix.data(index) == "✕"
    assert not page.accept_button.isEnabled()


def test_conflicts_that_do_not_fit_are_listed_and_removed(
    page: JudgesPage, state: ConsoleState
) -> None:
    def add(data: dict[str, Any]) -> None:
        data["conflicts"].append({"judge": "J99", "project": "G01", "unit": "", "reason": ""})

    state.edit("test", add)
    assert "unknown judge 'J99'" in page.conflict_note.text()
    assert page.drop_button.isVisibleTo(page)
    page.drop_button.click()
    assert [c["judge"] for c in saved(state)["conflicts"]] == ["J03"]
    assert not page.drop_button.isVisibleTo(page)
