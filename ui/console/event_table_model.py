"""What the console's editable tables of the event have in common (projects, categories, rubric).

One row per item of a list in the event data (``KEY``), one column per field (``COLUMNS``).
Every edit is saved at once through ConsoleState.edit: what cannot be stored is refused and
``refused`` says why; what is stored but wrong is marked in place: a red background, the
reasons as the cell's tooltip and as PROBLEM_ROLE. A subclass says how to read its rows'
problems, how a cell reads, how typed text is normalised and how a value is saved.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from ui.console.state import ConsoleState
from ui.messages import explain_error, explain_message

Index = QModelIndex | QPersistentModelIndex
Change = Callable[[dict[str, Any]], None]
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the reasons as a list of str ([] when fine)
INVALID = QColor("#f8d0cc")
READABLE_ON_INVALID = QColor("#202020")  # dark text on the light red, also in dark themes
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class EventTableModel(QAbstractTableModel):
    refused = Signal(str)  # a typed value was not saved, and why

    KEY: ClassVar[str]  # the list of the event data shown: "projects", "dimensions", …
    COLUMNS: ClassVar[tuple[str, ...]]  # the field of each column
    READ_ONLY: ClassVar[frozenset[str]] = frozenset()  # columns that cannot be edited
    RIGHT_ALIGNED: ClassVar[frozenset[str]] = frozenset()  # numbers
    PROBLEM_TEXT: ClassVar[QColor | None] = READABLE_ON_INVALID  # text colour on a marked cell

    def __init__(self, state: ConsoleState, parent: Any = None) -> None:
        super().__init__(parent)
        self.state = state
        self._busy = False  # an edit of ours is under way: do not reload from its signal
        self._rows: list[dict[str, Any]] = []
        self._problems: list[dict[str, list[str]]] = []
        self._load()
        state.eventChanged.connect(self.reload)

    # -- what a subclass fills in --------------------------------------------------------
    def headers(self) -> list[str]:
        raise NotImplementedError

    def _find_problems(self, data: dict[str, Any]) -> list[Mapping[str, list[Any]]]:
        """Per row, field -> messages (explained for the reader by _load)."""
        raise NotImplementedError

    def _text(self, row: int, field: str) -> str:
        """The cell as shown."""
        raise NotImplementedError

    def _edit_text(self, row: int, field: str) -> str:
        """The cell as it is edited."""
        return self._text(row, field)

    def _tip(self, row: int, field: str) -> str | None:
        """The tooltip of a cell that has no problems."""
        return None

    def _normalise(self, field: str, value: Any) -> Any:
        """The value to store; ValueError (with the reason) when it cannot be stored."""
        raise NotImplementedError

    def _edit(self, row: int, field: str, stored: Any) -> tuple[str, Change]:
        """What the audit trail says and the change that saves ``stored``."""
        raise NotImplementedError

    # -- reading --------------------------------------------------------------------------
    def _load(self) -> None:
        data = self.state.data
        self._rows = copy.deepcopy(data.get(self.KEY, []))
        self._problems = [
            {field: [explain_message(m) for m in messages] for field, messages in row.items()}
            for row in self._find_problems(data)
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers()[section] if 0 <= section < len(self.COLUMNS) else None
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.COLUMNS[index.column()] in self.READ_ONLY:
            return super().flags(index)
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, field = index.row(), self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, field)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(row, field)
        reasons = self._problems[row].get(field, [])
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(INVALID) if reasons else None
        if role == Qt.ItemDataRole.ForegroundRole and reasons and self.PROBLEM_TEXT is not None:
            return QBrush(self.PROBLEM_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(reasons) if reasons else self._tip(row, field)
        if role == PROBLEM_ROLE:
            return list(reasons)
        if role == Qt.ItemDataRole.TextAlignmentRole and field in self.RIGHT_ALIGNED:
            return RIGHT
        return None

    # -- editing --------------------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, field = index.row(), self.COLUMNS[index.column()]
        try:
            stored = self._normalise(field, value)
        except ValueError as error:
            text = QCoreApplication.translate("EventTableModel", "Not saved: {0}")
            self.refused.emit(text.replace("{0}", explain_error(error)))
            return False
        if stored == self._rows[row].get(field):
            return True
        if not self._save(*self._edit(row, field, stored)):
            return False
        self._load()
        self._refresh_cells()
        return True

    def _save(self, what: str, change: Change) -> bool:
        """Save at once; False when saving failed (the window says why; nothing changed).
        The rows change after, so a failed save changes nothing shown."""
        before = self.state.data
        self._busy = True
        try:
            self.state.edit(what, change)
        finally:
            self._busy = False
        return self.state.data is not before

    def _append(self, what: str, change: Change) -> int:
        """Save a change that adds a row at the end; returns its row (-1: not saved)."""
        row = len(self._rows)
        if not self._save(what, change):
            return -1
        self.beginInsertRows(QModelIndex(), row, row)
        self._load()
        self.endInsertRows()
        self._refresh_cells()
        return row

    def _refresh_cells(self) -> None:
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def reload(self) -> None:
        """The event changed elsewhere (an import, another page): show it as it is now."""
        if self._busy:
            return
        if len(self.state.data.get(self.KEY, [])) == len(self._rows):
            self._load()
            self._refresh_cells()
            return
        self.beginResetModel()
        self._load()
        self.endResetModel()
