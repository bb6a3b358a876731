"""Typing a paper sheet twice (double entry) in the console, until both clerks agree."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from demo.builder import PAPER_JUDGE, demo_scores
from scoring.serialize import dec
from storage.merge import merge
from storage.package import read_package
from tests.helpers.collecting import console, page_of, settle
from ui.console.paper_entry import PaperEntryDialog
from ui.console.paper_model import DIFFERENT, INVALID, PaperGridModel


def _cell(model: PaperGridModel, code: str, field: str):
    row = next(r for r in range(model.rowCount()) if model.project_at(r).code == code)
    column = next(c for c in range(2, model.columnCount()) if model.field_at(c) == field)
    return model.index(row, column)


def _type_sheet(dialog: PaperEntryDialog, clerk: str, number: int, values: dict) -> None:
    dialog.clerk.setText(clerk)
    dialog.set_pass(number)
    model = dialog.model
    assert model.writable
    for code, scores in values.items():
        for key, value in scores.items():
            text = value if isinstance(value, str) else dec(value)
            assert model.setData(_cell(model, code, key), text)


def _background(index) -> str:
    brush = index.data(Qt.ItemDataRole.BackgroundRole)
    return brush.color().name() if brush is not None else ""


def test_two_clerks_type_a_sheet_until_they_agree_and_it_counts(
    qtbot, demo_dir: Path, tmp_path: Path
) -> None:
    package = read_package(demo_dir / "event.pspkg")
    sheet = demo_scores(package.event)[PAPER_JUDGE]  # what the judge wrote on paper
    score_files = sorted((demo_dir / "scores").glob("*.psscore"))
    with console(qtbot, demo_dir, tmp_path) as (state, window):
        page = page_of(window)
        page.collect(score_files)
        settle(qtbot, window)
        missing = next(i for i, r in enumerate(page.inputs_model.rows()) if r.status == "missing")
        page.inputs.selectRow(missing)
        dialog = page.open_paper_entry()
        assert dialog is not None and dialog.judge_id() == PAPER_JUDGE
        _type_sheet(dialog, "Alice", 1, sheet)
        assert "Pass 1: typed by Alice" in dialog.who.text()
        assert not dialog.use.isEnabled()
        # Bob types it again and slips on one cell.
        slip = dict(sheet)
        slip["G05"] = {**sheet["G05"], "measures": sheet["G05"]["measures"] - 1}
        _type_sheet(dialog, "Bob", 2, slip)
        assert dialog.model.differences() == 1
        assert dialog.summary.text().startswith("1 cell disagrees")
        wrong = _cell(dialog.model, "G05", "measures")
        assert _background(wrong) == DIFFERENT
        tooltip = wrong.data(Qt.ItemDataRole.ToolTipRole)
        assert f"Pass 1: {dec(sheet['G05']['measures'])}" in tooltip
        assert f"Pass 2: {dec(slip['G05']['measures'])}" in tooltip
        assert not dialog.use.isEnabled()
        # Bob checks the paper and fixes his cell: the passes agree.
        dialog.model.setData(wrong, dec(sheet["G05"]["measures"]))
        assert dialog.model.differences() == 0
        assert dialog.summary.text() == "The two passes agree."
        assert dialog.use.isEnabled()
        dialog.use.click()
        settle(qtbot, window)
        rows = [r for r in page.inputs_model.rows() if r.judge == PAPER_JUDGE]
        assert [(r.kind, r.status) for r in rows] == [("paper", "counted")]
        # The typed sheet counts with the values on paper: the same ranking as the demo's.
        reference = merge(package, [demo_dir / "scores"]).results["projects"]
        finals = {p["code"]: p["final"] for p in state.outcome.results["projects"]}
        assert finals == {p["code"]: p["final"] for p in reference}
        clerks = {str(e["clerk"]) for e in state.store.audit_trail() if e["what"] == "paper"}
        assert clerks == {"Alice", "Bob"}
        assert state.store.get("clerk") == "Bob"
        # Once used, the sheet counts; a cell fixed afterwards (in both passes) must be
        # used again before the merge sees it.
        assert not dialog.use.isEnabled()
        assert dialog.summary.text().startswith("The sheet counts now (paper-J07.csv)")
        dialog.reload()
        assert dialog.summary.text() == "The two passes agree, and this sheet counts."
        first = _cell(dialog.model, "G01", "impact")
        dialog.model.setData(first, "20")
        dialog.clerk.setText("Alice")
        dialog.set_pass(1)
        dialog.model.setData(first, "20")
        assert dialog.summary.text().endswith("use it again.")
        assert dialog.use.isEnabled()
        dialog.use.click()
        settle(qtbot, window)
        g01 = next(p for p in state.outcome.results["projects"] if p["code"] == "G01")
        assert {t["judge"]: t["values"]["impact"] for t in g01["trace"]}[PAPER_JUDGE] == "20.00"
        dialog.close()


def test_off_grid_cells_are_red_and_the_same_clerk_cannot_type_both_passes(
    qtbot, demo_dir: Path, tmp_path: Path
) -> None:
    with console(qtbot, demo_dir, tmp_path) as (_state, window):
        page = page_of(window)
        dialog = page.open_paper_entry()
        assert dialog is not None
        dialog.judge.setCurrentIndex(dialog.judge.findData("J03"))
        dialog.clerk.setText("")
        assert not dialog.model.writable
        assert "Type your name first" in dialog.who.text()
        _type_sheet(dialog, "Alice", 1, {"G01": {"concept": "31", "measures": "30.3"}})
        over = _cell(dialog.model, "G01", "concept")
        assert _background(over) == INVALID
        assert "outside 0–30" in over.data(Qt.ItemDataRole.ToolTipRole)
        assert "not a multiple" in _cell(dialog.model, "G01", "measures").data(
            Qt.ItemDataRole.ToolTipRole
        )
        assert dialog.summary.text().startswith("2 cells are off the rubric")
        # J03 is recused from K05: that row cannot be typed.
        recused = _cell(dialog.model, "K05", "concept")
        assert not dialog.model.flags(recused) & Qt.ItemFlag.ItemIsEditable
        # Alice may not type the second pass of a sheet she typed.
        dialog.set_pass(2)
        assert not dialog.model.writable
        assert "must be typed by another clerk" in dialog.who.text()
        dialog.close()


def test_enter_saves_the_cell_and_moves_down(qtbot, demo_dir: Path, tmp_path: Path) -> None:
    with console(qtbot, demo_dir, tmp_path) as (state, window):
        dialog = page_of(window).open_paper_entry()
        assert dialog is not None
        qtbot.waitExposed(dialog)
        dialog.clerk.setText("Alice")
        grid = dialog.grid
        grid.setFocus()
        start = _cell(dialog.model, "G01", "concept")
        grid.setCurrentIndex(start)
        qtbot.keyClick(grid, Qt.Key.Key_2)
        editor = grid.findChild(QLineEdit)
        assert editor is not None
        qtbot.keyClicks(editor, "5.5")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: grid.currentIndex().row() == start.row() + 1)
        assert grid.currentIndex().column() == start.column()
        cells = state.store.paper_cells(dialog.judge_id(), 1)
        assert cells[("G01", "concept")] == "25.5"
        # Enter without typing moves down too.
        qtbot.keyClick(grid, Qt.Key.Key_Return)
        assert grid.currentIndex().row() == start.row() + 2
        dialog.close()
