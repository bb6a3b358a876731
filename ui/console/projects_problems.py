"""A readable list of every problem of a file (sheet, row, column, message), to copy."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storage.errors import CellProblem
from ui.messages import explain_cell_problem, explain_message


class ProblemListDialog(QDialog):
    def __init__(
        self,
        title: str,
        intro: str,
        problems: Sequence[CellProblem],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.problems = list(problems)
        label = QLabel(intro)
        label.setWordWrap(True)
        self.table = QTableWidget(len(self.problems), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for row, problem in enumerate(self.problems):
            cells = (problem.sheet, "" if problem.row is None else str(problem.row))
            texts = (*cells, problem.column, explain_message(problem.message))
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copy the list"))
        copy.clicked.connect(self.copy_text)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 460)

    def text(self) -> str:
        """The list as lines, one problem each (to paste into a message)."""
        return "\n".join(explain_cell_problem(p) for p in self.problems)

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
