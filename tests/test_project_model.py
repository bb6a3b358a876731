"""The judge's project list: defense order, states, recusals, category filter, progress."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from storage.package import read_package
from storage.workspace import Workspace
from ui.judge.project_model import STATE_ROLE, CategoryFilter, ProjectModel


def _model(demo_master: Path, tmp_path: Path, judge: str = "J03") -> tuple[ProjectModel, Workspace]:
    ws = Workspace.open(tmp_path / "data")
    ws.import_package(demo_master / "event.pspkg")
    ws.choose_judge(judge)
    return ProjectModel(ws.event, judge, ws.states()), ws


def test_model_passes_qt_model_tester(qtmodeltester, demo_master: Path, tmp_path: Path) -> None:
    model, ws = _model(demo_master, tmp_path)
    qtmodeltester.check(model)
    ws.close()


def test_rows_in_defense_order_with_states(demo_master: Path, tmp_path: Path) -> None:
    model, ws = _model(demo_master, tmp_path)
    package = read_package(demo_master / "event.pspkg")
    assert [model.code_at(r) for r in range(model.rowCount())] == [
        p.code for p in package.event.ordered_projects()
    ]
    assert model.state("K05") == "recused"  # J03 × K05 is a conflict in the demo
    for key, value in (("concept", "25"), ("measures", "33"), ("impact", "24")):
        ws.set_score("G01", key, value)
    ws.submit("G01")
    model.set_state("G01", ws.states()["G01"])
    index = model.index(model.row_of("G01"), 0)
    assert model.data(index, STATE_ROLE) == "submitted"
    assert model.data(index, Qt.ItemDataRole.DisplayRole) == "●"
    assert model.progress() == (1, 33)  # 34 projects, one recusal
    ws.close()


def test_category_filter(demo_master: Path, tmp_path: Path) -> None:
    model, ws = _model(demo_master, tmp_path)
    proxy = CategoryFilter()
    proxy.setSourceModel(model)
    proxy.set_category("tough")
    assert proxy.rowCount() == 17
    assert proxy.data(proxy.index(0, 1)).startswith("K")
    proxy.set_category("")
    assert proxy.rowCount() == 34
    ws.close()
