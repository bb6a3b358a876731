"""The event's categories as an editable table (key, name, order, how many projects).

Renaming a key renames it in the projects and the judges' categories (scoring.projects_edit);
a key twice or an empty name is marked in place.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from scoring import projects_edit as pe
from ui.console.projects_model import INVALID, PROBLEM_ROLE
from ui.console.state import ConsoleState
from ui.messages import explain_error, explain_message

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (*pe.CATEGORY_FIELDS, "projects")


def tr(text: str) -> str:
    return QCoreApplication.translate("CategoriesModel", text)


def headers() -> list[str]:
    return [tr("Key"), tr("Name"), tr("Order"), tr("Projects")]


class CategoriesModel(QAbstractTableModel):
    refused = Signal(str)

    def __init__(self, state: ConsoleState, parent: Any = None) -> None:
        super().__init__(parent)
        self.state = state
        self._busy = False
        self._categories: list[dict[str, Any]] = []
        self._counts: list[int] = []
        self._problems: pe.Problems = []
        self._load()
        state.eventChanged.connect(self.reload)

    def _load(self) -> None:
        data = self.state.data
        self._categories = copy.deepcopy(data.get("categories", []))
        self._counts = [pe.projects_in(data, c["key"]) for c in self._categories]
        self._problems = [
            {field: [explain_message(m) for m in messages] for field, messages in row.items()}
            for row in pe.category_problems(data)
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._categories)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return headers()[section] if 0 <= section < len(COLUMNS) else None
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if COLUMNS[index.column()] == "projects":
            return super().flags(index)
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, field = index.row(), COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if field == "projects":
                return str(self._counts[row])
            return str(self._categories[row].get(field, ""))
        reasons = self._problems[row].get(field, [])
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(INVALID) if reasons else None
        if role == Qt.ItemDataRole.ForegroundRole and reasons:
            return QBrush(QColor("#202020"))
        if role == Qt.ItemDataRole.ToolTipRole and reasons:
            return "\n".join(reasons)
        if role == PROBLEM_ROLE:
            return list(reasons)
        if role == Qt.ItemDataRole.TextAlignmentRole and field in ("order", "projects"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def key_at(self, row: int) -> str:
        return str(self._categories[row]["key"])

    def projects_at(self, row: int) -> int:
        return self._counts[row]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, field = index.row(), COLUMNS[index.column()]
        try:
            stored = pe.normalise(field, value)
        except ValueError as error:
            self.refused.emit(tr("Not saved: {0}").replace("{0}", explain_error(error)))
            return False
        if stored == self._categories[row].get(field):
            return True
        what = tr("category {0}: {1}").replace("{0}", self.key_at(row)).replace("{1}", field)
        if not self._save(what, lambda d: pe.set_category_field(d, row, field, stored)):
            return False
        self._load()
        self._refresh_cells()
        return True

    def add_row(self) -> int:
        row = len(self._categories)
        if not self._save(tr("categories: add a category"), pe.add_category):
            return -1
        self.beginInsertRows(QModelIndex(), row, row)
        self._load()
        self.endInsertRows()
        self._refresh_cells()
        return row

    def remove_row(self, row: int) -> None:
        key = self.key_at(row)
        if not self._save(
            tr("categories: remove {0}").replace("{0}", key),
            lambda d: pe.remove_category(d, row),
        ):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        self._load()
        self.endRemoveRows()
        self._refresh_cells()

    def _save(self, what: str, change: Callable[[dict[str, Any]], None]) -> bool:
        """Save at once; False when saving failed (the window says why; nothing changed)."""
        before = self.state.data
        self._busy = True
        try:
            self.state.edit(what, change)
        finally:
            self._busy = False
        return self.state.data is not before

    def _refresh_cells(self) -> None:
        if self._categories:
            last = self.index(len(self._categories) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def reload(self) -> None:
        if self._busy:
            return
        if len(self.state.data.get("categories", [])) == len(self._categories):
            self._load()
            self._refresh_cells()
            return
        self.beginResetModel()
        self._load()
        self.endResetModel()
