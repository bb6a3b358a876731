"""The rubric as an editable table: one row per dimension, saved through ConsoleState.

Typed text is normalised by scoring.rubric_edit; what cannot be stored (a maximum that is not
a number, a band that does not read as "label low-high") is refused and ``refused`` says why.
What can be stored but is wrong (a step that does not divide the maximum, a maximum of 0) is
saved and marked: red background and the reason as the cell's tooltip.
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

from scoring import rubric_edit
from ui.console.state import ConsoleState
from ui.messages import explain_error, explain_message

Index = QModelIndex | QPersistentModelIndex
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the reasons as a list of str ([] when fine)
INVALID = QColor("#f8d0cc")
COLUMNS = rubric_edit.FIELDS  # key, name, name_en, max, step, guidance


def tr(text: str) -> str:
    return QCoreApplication.translate("RubricModel", text)


def headers() -> list[str]:
    return [
        tr("Key"),
        tr("Name (Chinese)"),
        tr("Name (English)"),
        tr("Max"),
        tr("Step"),
        tr("Guidance bands"),
    ]


class RubricModel(QAbstractTableModel):
    refused = Signal(str)  # a typed value was not saved, and why

    def __init__(self, state: ConsoleState, parent: Any = None) -> None:
        super().__init__(parent)
        self.state = state
        self._busy = False  # an edit of ours is under way: do not reload from its signal
        self._dims: list[dict[str, Any]] = []
        self._problems: list[dict[str, list[str]]] = []
        self._load()
        state.eventChanged.connect(self.reload)

    def _load(self) -> None:
        self._dims = copy.deepcopy(self.state.data.get("dimensions", []))
        self._problems = [
            {field: [explain_message(m) for m in messages] for field, messages in row.items()}
            for row in rubric_edit.dimension_problems(self._dims)
        ]

    # -- reading --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._dims)

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

    def text(self, row: int, field: str) -> str:
        value = self._dims[row].get(field, "")
        if field == "guidance":
            return rubric_edit.bands_text(value or [])
        return str(value)

    def problems(self, row: int, field: str | None = None) -> list[str]:
        found = self._problems[row]
        if field is not None:
            return list(found.get(field, []))
        return [m for f in COLUMNS for m in found.get(f, [])]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, field = index.row(), COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.text(row, field)
        reasons = self._problems[row].get(field, [])
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(INVALID) if reasons else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if reasons:
                return "\n".join(reasons)
            if field == "guidance":
                return tr("Bands as 'label low-high', separated by ';' — e.g. 优 27-30; 良 21-26.5")
            return None
        if role == PROBLEM_ROLE:
            return list(reasons)
        if role == Qt.ItemDataRole.TextAlignmentRole and field in rubric_edit.NUMBER_FIELDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def keys(self) -> list[str]:
        return [str(d.get("key", "")) for d in self._dims]

    # -- editing --------------------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, field = index.row(), COLUMNS[index.column()]
        try:
            stored = rubric_edit.normalise(field, str(value))
        except ValueError as error:
            self.refused.emit(tr("Not saved: {0}").replace("{0}", explain_error(error)))
            return False
        if stored == self._dims[row].get(field):
            return True
        key = self._dims[row].get("key", "")
        self._save(
            f"rubric: {field} of {key}",
            lambda d: rubric_edit.set_field(d, row, field, stored),
        )
        self._load()
        self._refresh_cells()
        return True

    def add_row(self, at: int) -> int:
        """A new dimension at row ``at`` (a free key, max 10, step 0.5); returns its row."""
        at = max(0, min(at, len(self._dims)))
        self._save("rubric: add a dimension", lambda d: rubric_edit.add_dimension(d, at))
        self.beginInsertRows(QModelIndex(), at, at)
        self._load()
        self.endInsertRows()
        self._refresh_cells()
        return at

    def remove_row(self, row: int) -> None:
        key = self._dims[row].get("key", "")
        self._save(
            f"rubric: remove {key}",
            lambda d: rubric_edit.remove_dimension(d, row),
        )
        self.beginRemoveRows(QModelIndex(), row, row)
        self._load()
        self.endRemoveRows()
        self._refresh_cells()

    def move_row(self, row: int, to: int) -> bool:
        """Move a dimension to another row; False when it cannot go there."""
        if row == to or not (0 <= row < len(self._dims) and 0 <= to < len(self._dims)):
            return False
        key = self._dims[row].get("key", "")
        self._save(
            f"rubric: move {key}",
            lambda d: rubric_edit.move_dimension(d, row, to),
        )
        destination = to + 1 if to > row else to  # Qt counts the slot before the move
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._load()
        self.endMoveRows()
        return True

    def _save(self, what: str, change: Callable[[dict[str, Any]], None]) -> None:
        """Save at once; the rows change after (so a failed save changes nothing shown).
        ``what`` goes to the audit trail as is (not translated: one language in the log)."""
        self._busy = True
        try:
            self.state.edit(what, change)
        finally:
            self._busy = False

    def _refresh_cells(self) -> None:
        if self._dims:
            last = self.index(len(self._dims) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def reload(self) -> None:
        """The event changed elsewhere (an import, another page): show it as it is now."""
        if self._busy:
            return
        dims = copy.deepcopy(self.state.data.get("dimensions", []))
        if dims == self._dims:
            return
        if len(dims) == len(self._dims):
            self._load()
            self._refresh_cells()
            return
        self.beginResetModel()
        self._load()
        self.endResetModel()
