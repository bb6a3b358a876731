"""The event's projects as an editable table, saved edit by edit through ConsoleState.

What cannot be stored (an empty code, an order that is not a whole number) is refused and
``refused`` says why; what is stored but wrong (an empty title, an unknown category, a code
twice) is marked in place: a red background and the reason as the cell's tooltip.
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
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from scoring import projects_edit as pe
from ui.console.state import ConsoleState
from ui.messages import explain_error, explain_message

Index = QModelIndex | QPersistentModelIndex
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the reasons as a list of str ([] when fine)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # orders as numbers, the rest as shown
INVALID = QColor("#f8d0cc")
COLUMNS = pe.PROJECT_FIELDS


def tr(text: str) -> str:
    return QCoreApplication.translate("ProjectsModel", text)


def headers() -> list[str]:
    return [
        tr("Code"),
        tr("Title"),
        tr("Unit"),
        tr("Category"),
        tr("Presenter"),
        tr("Order"),
        tr("Summary"),
    ]


class ProjectsModel(QAbstractTableModel):
    refused = Signal(str)  # a typed value was not saved, and why

    def __init__(self, state: ConsoleState, parent: Any = None) -> None:
        super().__init__(parent)
        self.state = state
        self._busy = False  # an edit of ours is under way: do not reload from its signal
        self._projects: list[dict[str, Any]] = []
        self._names: dict[str, str] = {}
        self._problems: pe.Problems = []
        self._load()
        state.eventChanged.connect(self.reload)

    def _load(self) -> None:
        data = self.state.data
        self._projects = copy.deepcopy(data.get("projects", []))
        self._names = {c["key"]: c.get("name") or c["key"] for c in data.get("categories", [])}
        self._problems = [
            {field: [explain_message(m) for m in messages] for field, messages in row.items()}
            for row in pe.project_problems(data)
        ]

    # -- reading --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._projects)

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
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, field = index.row(), COLUMNS[index.column()]
        value = self._projects[row].get(field, "")
        if role == Qt.ItemDataRole.DisplayRole:
            if field == "category":
                return self._names.get(value, value)
            if field == "summary":
                return " ".join(str(value).split())  # one line in the table
            return str(value)
        if role == Qt.ItemDataRole.EditRole:
            return str(value)
        if role == SORT_ROLE:
            return value if field == "order" else self.data(index)
        reasons = self._problems[row].get(field, [])
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(INVALID) if reasons else None
        if role == Qt.ItemDataRole.ForegroundRole and reasons:
            return QBrush(QColor("#202020"))  # readable on the light red in dark themes
        if role == Qt.ItemDataRole.ToolTipRole:
            if reasons:
                return "\n".join(reasons)
            return str(value) if field in ("title", "summary") and value else None
        if role == PROBLEM_ROLE:
            return list(reasons)
        if role == Qt.ItemDataRole.TextAlignmentRole and field == "order":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def code_at(self, row: int) -> str:
        return str(self._projects[row]["code"])

    def row_of(self, code: str) -> int:
        return next(i for i, p in enumerate(self._projects) if p["code"] == code)

    def problem_count(self) -> int:
        return sum(len(m) for row in self._problems for m in row.values())

    def categories(self) -> list[tuple[str, str]]:
        """(key, name) of the event's categories, for the category editor."""
        return list(self._names.items())

    # -- editing --------------------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, field = index.row(), COLUMNS[index.column()]
        try:
            stored = pe.normalise(field, value)
        except ValueError as error:
            self.refused.emit(tr("Not saved: {0}").replace("{0}", explain_error(error)))
            return False
        if stored == self._projects[row].get(field):
            return True
        what = tr("project {0}: {1}").replace("{0}", self.code_at(row)).replace("{1}", field)
        if not self._save(what, lambda d: pe.set_project_field(d, row, field, stored)):
            return False
        self._load()
        self._refresh_cells()
        return True

    def add_row(self) -> int:
        """A new project at the end with a free code; returns its row (-1: not saved)."""
        row = len(self._projects)
        if not self._save(tr("projects: add a project"), pe.add_project):
            return -1
        self.beginInsertRows(QModelIndex(), row, row)
        self._load()
        self.endInsertRows()
        self._refresh_cells()
        return row

    def remove_rows(self, rows: list[int]) -> None:
        codes = ", ".join(self.code_at(r) for r in sorted(rows))
        if not self._save(
            tr("projects: remove {0}").replace("{0}", codes),
            lambda d: pe.remove_projects(d, rows),
        ):
            return
        self.beginResetModel()
        self._load()
        self.endResetModel()

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
        if self._projects:
            last = self.index(len(self._projects) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def reload(self) -> None:
        """The event changed elsewhere (an import, another page): show it as it is now."""
        if self._busy:
            return
        if len(self.state.data.get("projects", [])) == len(self._projects):
            self._load()
            self._refresh_cells()
            return
        self.beginResetModel()
        self._load()
        self.endResetModel()


class CategoryDelegate(QStyledItemDelegate):
    """Choose a project's category from the event's categories by name."""

    def __init__(self, model: ProjectsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for key, name in self.model.categories():
            combo.addItem(name if name == key else f"{name} ({key})", key)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(editor.findData(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        if editor.currentIndex() >= 0:
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
