"""The project list in defense order, with each project's sheet state (a table model)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFontMetrics

from scoring.model import Event, Project

Index = QModelIndex | QPersistentModelIndex
STATE_ROLE = Qt.ItemDataRole.UserRole + 1
CODE_ROLE = Qt.ItemDataRole.UserRole + 2
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 3
# State marks readable without colour and without an icon theme.
MARKS = {"empty": "○", "draft": "◐", "submitted": "●", "recused": "⊘"}
_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        STATE_ROLE,
        CODE_ROLE,
        CATEGORY_ROLE,
    )
)
PADDING = 18  # the cell's margins and the grid line


def tr(text: str) -> str:
    return QCoreApplication.translate("ProjectModel", text)


def state_text(state: str) -> str:
    """A sheet's state in words (the list's tooltip, the Finish summary)."""
    return {
        "empty": tr("Not scored"),
        "draft": tr("Draft, not submitted"),
        "submitted": tr("Submitted"),
        "recused": tr("Recused"),
    }[state]


class ProjectModel(QAbstractTableModel):
    """Rows: the event's projects in defense order; columns: state, code, title, unit,
    category. States come from the workspace; recused projects are marked as such."""

    COLUMNS = ("state", "code", "title", "unit", "category")

    def __init__(self, event: Event, judge_id: str, states: Mapping[str, str]) -> None:
        super().__init__()
        self._projects: list[Project] = event.ordered_projects()
        self._categories = {c.key: c.name for c in event.categories}
        self._recused = {p.code for p in self._projects if event.is_conflicted(judge_id, p)}
        self._states: dict[str, str] = dict(states)
        self._rows = {p.code: row for row, p in enumerate(self._projects)}

    def column_widths(self, metrics: QFontMetrics) -> dict[int, int]:
        """Widths that fit every state, code, unit and category (and the headers), measured
        on the few distinct texts rather than cell by cell."""
        texts = {
            0: set(MARKS.values()),
            1: {p.code for p in self._projects},
            3: {p.unit for p in self._projects},
            4: set(self._categories.values()) | {p.category for p in self._projects},
        }
        return {
            column: PADDING
            + max(
                metrics.horizontalAdvance(text)
                for text in (*values, str(self.headerData(column, Qt.Orientation.Horizontal)))
            )
            for column, values in texts.items()
        }

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._projects)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        labels = (tr("State"), tr("Code"), tr("Title"), tr("Unit"), tr("Category"))
        return labels[section] if 0 <= section < len(labels) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in _ROLES:
            return None
        project = self._projects[index.row()]
        state = self.state(project.code)
        if role == STATE_ROLE:
            return state
        if role == CODE_ROLE:
            return project.code
        if role == CATEGORY_ROLE:
            return project.category
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "state": MARKS[state],
                "code": project.code,
                "title": project.title,
                "unit": project.unit,
                "category": self._categories.get(project.category, project.category),
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return state_text(state)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == "state":
            return self.data(index, Qt.ItemDataRole.ToolTipRole)
        return None

    # -- ours -----------------------------------------------------------------------------
    def state(self, code: str) -> str:
        return "recused" if code in self._recused else self._states.get(code, "empty")

    def code_at(self, row: int) -> str:
        return self._projects[row].code

    def row_of(self, code: str) -> int:
        return self._rows[code]

    def set_state(self, code: str, state: str) -> None:
        if self._states.get(code, "empty") == state:
            return
        self._states[code] = state
        row = self._rows[code]
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def progress(self) -> tuple[int, int]:
        """(submitted, to score): recused projects are not counted."""
        codes = [p.code for p in self._projects if p.code not in self._recused]
        return sum(1 for c in codes if self._states.get(c) == "submitted"), len(codes)


class CategoryFilter(QSortFilterProxyModel):
    """Shows one category, or all when the key is empty; keeps defense order."""

    def __init__(self) -> None:
        super().__init__()
        self._category = ""

    def set_category(self, key: str) -> None:
        self.beginFilterChange()
        self._category = key
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        if not self._category:
            return True
        index = self.sourceModel().index(row, 0, parent)
        return self.sourceModel().data(index, CATEGORY_ROLE) == self._category
