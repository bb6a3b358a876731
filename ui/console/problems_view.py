"""The problems of the latest merge, with what the clerk can do about the input behind one:
exclude it, include it again, count this revision instead, or go back to the newest."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scoring.problems import Problem
from storage.input_rows import CHOOSE, EXCLUDE, INCLUDE, NEWEST, InputRow, actions_for
from ui.console.rows_model import Index, RowsModel
from ui.messages import explain_problem


def tr(text: str) -> str:
    return QCoreApplication.translate("ProblemsView", text)


def kind_label(kind: str) -> str:
    """A short name for a problem kind; the message says the rest."""
    return {
        "other_event": tr("Another event"),
        "other_event_loaded": tr("Another event"),
        "other_package": tr("Another package"),
        "verification_mismatch": tr("Changed after export"),
        "unknown_judge": tr("Unknown judge"),
        "unknown_project": tr("Unknown project"),
        "unknown_dimension": tr("Unknown dimension"),
        "excluded_by_clerk": tr("Excluded"),
        "duplicate_input": tr("Duplicate"),
        "superseded": tr("Older revision"),
        "judge_missing": tr("Judge missing"),
        "missing_score": tr("Missing score"),
        "not_submitted": tr("Not submitted"),
        "incomplete_score": tr("Incomplete score"),
        "bad_score": tr("Score off the rubric"),
        "bad_paper_sheet": tr("Bad paper sheet"),
        "conflict_scored": tr("Recused pair scored"),
        "outside_categories": tr("Outside the judge's categories"),
        "no_scores": tr("No scores"),
        "tie_at_cutoff": tr("Tie at the cut-off"),
        "damaged": tr("Damaged file"),
        "not_our_file": tr("Not a score file"),
        "newer_format": tr("Newer format"),
        "too_large": tr("Too large"),
        "unreadable": tr("Unreadable"),
        "not_found": tr("File not found"),
        "unprintable_characters": tr("Unprintable characters"),
    }.get(kind, kind)


class ProblemsModel(RowsModel):
    """Columns: problem, judge, project, file, message."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Problem] = []
        self._files: dict[str, str] = {}
        self._headers = [tr("Problem"), tr("Judge"), tr("Project"), tr("File"), tr("Message")]

    def set_problems(self, problems: list[Problem], files: dict[str, str]) -> None:
        """``files`` maps a source (the collected copy) to where it was collected from."""
        self.beginResetModel()
        self._rows, self._files = list(problems), dict(files)
        self.endResetModel()

    def problem(self, row: int) -> Problem:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        problem = self._rows[index.row()]
        original = self._files.get(problem.source, problem.source)
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                kind_label(problem.kind),
                problem.judge,
                problem.project,
                Path(original).name if original else "",
                explain_problem(problem),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 3 and original:
                return original
            return explain_problem(problem)
        return None


class ProblemsView(QWidget):
    """Emits ``requested(action, row)`` for the input behind the selected problem, and
    ``focused(row)`` when a problem with an input behind it is selected."""

    requested = Signal(str, object)
    focused = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._targets: list[InputRow | None] = []
        self._chosen: set[str] = set()
        self._rows: list[InputRow] = []
        self.model = ProblemsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for action, text in (
            (EXCLUDE, tr("Exclude this input")),
            (INCLUDE, tr("Include again")),
            (CHOOSE, tr("Count this revision instead")),
            (NEWEST, tr("Back to newest")),
        ):
            button = QPushButton(text)
            button.setEnabled(False)
            button.setProperty("action", action)
            button.clicked.connect(self._clicked)
            self.buttons[action] = button
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def set_problems(
        self, problems: list[Problem], rows: Iterable[InputRow], chosen_judges: set[str]
    ) -> None:
        rows = list(rows)
        by_source = {r.source: r for r in rows if r.source}
        by_judge = {r.judge: r for r in rows if r.judge and r.status in ("counted", "missing")}
        self._targets = [
            by_source.get(p.source) if p.source else by_judge.get(p.judge) for p in problems
        ]
        self._chosen = set(chosen_judges)
        self._rows = rows
        self.model.set_problems(problems, {r.source: r.original for r in rows if r.source})
        self.table.resizeColumnsToContents()
        for column, width in ((0, 200), (1, 80), (2, 80), (3, 260)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), width))
        self._selected()

    def target(self) -> InputRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self._targets[rows[0].row()] if rows else None

    def _selected(self, *_: QItemSelection) -> None:
        target = self.target()
        allowed = actions_for(target, self._chosen, self._rows) if target is not None else set()
        for action, button in self.buttons.items():
            button.setEnabled(action in allowed)
        if target is not None:
            self.focused.emit(target)

    def _clicked(self) -> None:
        button = self.sender()
        target = self.target()
        if isinstance(button, QPushButton) and target is not None:
            self.requested.emit(str(button.property("action")), target)
