"""Console page 4: the judges and their conflicts of interest (回避).

Above, the judges table (edited in place, saved at once). Below, the conflicts matrix,
judges × projects or × units: a click or the space bar adds a conflict (with an optional
reason) or removes it; the conflicts the affiliations suggest (scoring.conflicts) are
highlighted and can be accepted all at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scoring.validation import check_event
from ui.ask import Ask
from ui.console.conflict_matrix import ConflictMatrixModel, ConflictMatrixView
from ui.console.judges_model import FIELDS, JudgesModel
from ui.console.state import ConsoleState
from ui.messages import describe_event_problem


class JudgesPage(QWidget):
    def __init__(self, state: ConsoleState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = JudgesModel(state)
        self.matrix = ConflictMatrixModel(state)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._judges_part())
        splitter.addWidget(self._conflicts_part())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        QVBoxLayout(self).addWidget(splitter)
        state.eventChanged.connect(self.refresh)
        self.refresh()
        self._fit_judge_columns()

    # -- building ---------------------------------------------------------------------------
    def _judges_part(self) -> QWidget:
        part = QWidget()
        column = QVBoxLayout(part)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        title = QLabel(self.tr("Judges"))
        title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.add_button = QPushButton(self.tr("Add judge"))
        self.add_button.clicked.connect(self.add_judge)
        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(title)
        row.addStretch(1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        column.addLayout(row)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FIELDS.index("affiliation"), QHeaderView.ResizeMode.Stretch)
        column.addWidget(self.table, 1)
        self.judges_note = QLabel()
        self.judges_note.setWordWrap(True)
        self.judges_note.setStyleSheet("color: #a61b29;")
        column.addWidget(self.judges_note)
        return part

    def _conflicts_part(self) -> QWidget:
        part = QWidget()
        column = QVBoxLayout(part)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        title = QLabel(self.tr("Conflicts of interest"))
        title.setStyleSheet("font-size: 16px; font-weight: bold;")
        row.addWidget(title)
        row.addSpacing(16)
        self.by_project = QRadioButton(self.tr("By project"))
        self.by_unit = QRadioButton(self.tr("By unit"))
        self.by_project.setChecked(True)
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.by_project)
        self.modes.addButton(self.by_unit)
        self.by_unit.toggled.connect(self._mode_changed)
        row.addWidget(self.by_project)
        row.addWidget(self.by_unit)
        row.addStretch(1)
        self.accept_button = QPushButton()
        self.accept_button.clicked.connect(self.accept_all)
        row.addWidget(self.accept_button)
        column.addLayout(row)
        legend = QLabel(
            self.tr(
                "Click a cell or press Space to add or remove a conflict. "
                "✕ conflict · ? suggested from the affiliation · grey: outside the "
                "judge's categories. A conflict by unit covers every project of the unit."
            )
        )
        legend.setWordWrap(True)
        legend.setStyleSheet("color: #555555;")
        column.addWidget(legend)
        self.view = ConflictMatrixView()
        self.view.setModel(self.matrix)
        self.view.toggleRequested.connect(self.toggle)
        self.view.horizontalHeader().setMinimumSectionSize(36)
        self.view.verticalHeader().setDefaultSectionSize(26)
        column.addWidget(self.view, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        column.addWidget(self.status)
        row = QHBoxLayout()
        self.conflict_note = QLabel()
        self.conflict_note.setWordWrap(True)
        self.conflict_note.setStyleSheet("color: #a61b29;")
        self.drop_button = QPushButton(self.tr("Remove these conflicts"))
        self.drop_button.clicked.connect(self.drop_invalid)
        row.addWidget(self.conflict_note, 1)
        row.addWidget(self.drop_button)
        column.addLayout(row)
        return part

    # -- questions (tests replace these, STYLE.md habit 11) ---------------------------------
    # -- showing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        count = len(self.matrix.suggestions)
        text = self.tr("Accept all suggestions ({0})").replace("{0}", str(count))
        self.accept_button.setText(text)
        self.accept_button.setEnabled(count > 0)
        judges = [
            self.tr("Row {0}, {1}: {2}")
            .replace("{0}", str(row + 1))
            .replace("{1}", self.model.headerData(FIELDS.index(field), Qt.Orientation.Horizontal))
            .replace("{2}", message)
            for row, field, message in self.model.all_problems()
        ]
        self.judges_note.setText("\n".join(judges))
        self.judges_note.setVisible(bool(judges))
        invalid = self._invalid_conflicts()
        lines = [self.tr("These conflicts do not fit the event and are not shown above:")]
        lines += [f"· {message}" for message in invalid]
        self.conflict_note.setText("\n".join(lines))
        self.conflict_note.setVisible(bool(invalid))
        self.drop_button.setVisible(bool(invalid))
        self._fit_columns()

    def _fit_judge_columns(self) -> None:
        self.table.resizeColumnsToContents()
        for column, field in enumerate(FIELDS):
            if field != "affiliation":
                self.table.setColumnWidth(column, self.table.columnWidth(column) + 16)

    def _fit_columns(self) -> None:
        if self.matrix.mode == "units":
            self.view.horizontalHeader().setDefaultSectionSize(120)
        else:
            self.view.horizontalHeader().setDefaultSectionSize(42)

    def _invalid_conflicts(self) -> list[str]:
        event = self.state.event()
        if event is None:
            return []
        return [describe_event_problem(p) for p in check_event(event) if p.where == "Conflicts"]

    def _mode_changed(self) -> None:
        self.matrix.set_mode("units" if self.by_unit.isChecked() else "projects")
        self._fit_columns()
        self.status.clear()

    # -- actions ------------------------------------------------------------------------------
    def add_judge(self) -> None:
        row = self.model.add_judge()
        index = self.model.index(row, FIELDS.index("name"))
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows:
            self.status.setText(self.tr("Select the judges to remove first."))
            return
        judges = self.model.judges()
        names = ", ".join(f"{judges[r].get('id', '')} {judges[r].get('name', '')}" for r in rows)
        text = self.tr("Remove {0} and their conflicts?").replace("{0}", names)
        if Ask.confirm(self, self.tr("Remove judges"), text):
            self.model.remove_rows(rows)

    def toggle(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        cell = self.matrix.cell(index)
        if cell.state == "conflict":
            self.matrix.set_conflict(index, False)
            self.status.setText(self.tr("Conflict removed."))
            return
        if cell.state == "unit":
            text = self.tr(
                "This conflict covers every project of {0}; remove it in the view by unit."
            )
            self.status.setText(text.replace("{0}", cell.unit))
            return
        target = f"{cell.project.code} {cell.project.title}" if cell.project else cell.unit
        label = (
            self.tr("{0} does not score {1}.\nReason (optional):")
            .replace("{0}", f"{cell.judge.id} {cell.judge.name}")
            .replace("{1}", target)
        )
        proposed = self._reason(cell.suggestion.affiliation) if cell.suggestion else ""
        reason = Ask.reason(self, self.tr("Add a conflict"), label, proposed)
        if reason is None:
            return
        self.matrix.set_conflict(index, True, reason.strip())
        self.view.setCurrentIndex(self.matrix.index(index.row(), index.column()))
        self.status.setText(self.tr("Conflict saved."))

    def _reason(self, affiliation: str) -> str:
        return self.tr("Affiliation: {0}").replace("{0}", affiliation)

    def accept_all(self) -> None:
        reasons: dict[tuple[str, str], str] = {
            key: self._reason(s.affiliation) for key, s in self.matrix.suggestions.items()
        }
        added = self.matrix.accept_suggestions(reasons)
        self.status.setText(self.tr("{0} suggested conflicts added.").replace("{0}", str(added)))

    def drop_invalid(self) -> None:
        event = self.state.event()
        if event is None:
            return
        judges = {j.id for j in event.judges}
        codes = {p.code for p in event.projects}
        units = {p.unit for p in event.projects}

        def fits(c: dict[str, Any]) -> bool:
            project, unit = c.get("project", ""), c.get("unit", "")
            return (
                c.get("judge") in judges
                and bool(project or unit)
                and (not project or project in codes)
                and (not unit or unit in units)
            )

        def change(data: dict[str, Any]) -> None:
            data["conflicts"] = [c for c in data.get("conflicts", []) if fits(c)]

        self.state.edit("remove conflicts that do not fit the event", change)
