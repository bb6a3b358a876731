"""Console page 2: the rubric — the dimensions the judges score, saved edit by edit.

The table edits in place (double-click or type over a cell); guidance bands are typed as
text, "优 27-30; 良 21-26.5". Wrong entries stay red with the reason as the tooltip; the
sum of maxima is the highest total a judge can give.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scoring import rubric_edit
from scoring.serialize import dec
from scoring.validation import MAX_DIMENSIONS
from ui.ask import Ask
from ui.console.rubric_model import COLUMNS, RubricModel
from ui.console.state import ConsoleState
from ui.messages import explain_message

_ERROR_STYLE = "color: #8c1d18;"


class RubricPage(QWidget):
    def __init__(self, state: ConsoleState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = RubricModel(state, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(False)
        self._size_columns()

        self.add_button = QPushButton(self.tr("&Add dimension"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(self.move_up)
        self.down_button.clicked.connect(self.move_down)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.total_label = QLabel()
        self.total_label.setStyleSheet("font-size: 15pt; font-weight: bold;")
        buttons.addWidget(self.total_label)

        self.hint = QLabel(
            self.tr(
                "The dimensions every judge scores, in the order of the scoring form. "
                "Double-click a cell to change it; each change is saved at once. "
                "Guidance bands are typed as 'label low-high' separated by ';', "
                "for example: 优 27-30; 良 21-26.5"
            )
        )
        self.hint.setWordWrap(True)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet(_ERROR_STYLE)
        self.refused_label = QLabel()
        self.refused_label.setWordWrap(True)
        self.refused_label.setStyleSheet(_ERROR_STYLE)

        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.refused_label)
        layout.addWidget(self.problems_label)

        self.model.refused.connect(self.show_refused)
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._update_buttons)
        for signal in (
            self.model.dataChanged,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.rowsMoved,
            self.model.modelReset,
        ):
            signal.connect(self.refresh)
        self.refresh()

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        widths = {"key": 110, "name": 150, "name_en": 190, "max": 70, "step": 70}
        for column, field in enumerate(COLUMNS):
            if field in widths:
                header.resizeSection(column, widths[field])
        header.setSectionResizeMode(COLUMNS.index("guidance"), QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(30)

    # -- what the page shows ----------------------------------------------------------
    def refresh(self) -> None:
        """Sum, problems and buttons after any change of the rows (a refusal is over once
        something was saved)."""
        self.clear_refused()
        dims = self.state.data.get("dimensions", [])
        total = dec(rubric_edit.max_total(dims))
        self.total_label.setText(self.tr("Sum of maxima: {0}").replace("{0}", total))
        lines = [explain_message(line) for line in rubric_edit.rubric_problems(dims)]
        for row in range(self.model.rowCount()):
            reasons = list(dict.fromkeys(self.model.problems(row)))  # once each, in order
            if reasons:
                name = self.model.text(row, "key") or str(row + 1)
                lines.append(f"{name}: " + "; ".join(reasons))
        self.problems_label.setText("\n".join(lines))
        self.problems_label.setVisible(bool(lines))
        self._update_buttons()

    def show_refused(self, message: str) -> None:
        self.refused_label.setText(message)
        self.refused_label.setVisible(True)

    def clear_refused(self) -> None:
        self.refused_label.clear()
        self.refused_label.setVisible(False)

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _update_buttons(self) -> None:
        row, count = self.current_row(), self.model.rowCount()
        self.add_button.setEnabled(count < MAX_DIMENSIONS)
        self.remove_button.setEnabled(row >= 0 and count > 1)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, max(0, self.table.currentIndex().column()))
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self._update_buttons()

    # -- actions ------------------------------------------------------------------------
    def add(self) -> None:
        self.clear_refused()
        row = self.current_row()
        at = row + 1 if row >= 0 else self.model.rowCount()
        self.select_row(self.model.add_row(at))
        self.table.edit(self.model.index(at, COLUMNS.index("key")))

    def remove(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        key = self.model.text(row, "key")
        text = self.tr(
            "Remove the dimension '{0}'? Judges will no longer score it; this cannot be undone."
        ).replace("{0}", key)
        if not Ask.confirm(self, self.tr("Remove dimension"), text):
            return
        self.clear_refused()
        self.model.remove_row(row)
        if self.model.rowCount():
            self.select_row(min(row, self.model.rowCount() - 1))

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(1)

    def _move(self, by: int) -> None:
        row = self.current_row()
        if row >= 0 and self.model.move_row(row, row + by):
            self.select_row(row + by)
