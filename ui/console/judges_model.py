"""The judges table of the console: one row per judge of the edited event, edited in place.

Every edit is saved at once through ConsoleState.edit; cells that check_event (or the table's
own checks: an empty name) finds wrong are tinted and say why in their tooltip.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from scoring.validation import check_event
from ui.console.state import ConsoleState
from ui.messages import explain_event_problem

Index = QModelIndex | QPersistentModelIndex
FIELDS = ("id", "name", "affiliation", "role", "order", "categories")
INVALID = QColor("#f8d7da")
_SEPARATORS = re.compile(r"[,，、;；\s]+")


class JudgesModel(QAbstractTableModel):
    def __init__(self, state: ConsoleState) -> None:
        super().__init__()
        self.state = state
        self._problems: dict[tuple[int, str], list[str]] = {}
        self._rows = 0
        self._reload()
        state.eventChanged.connect(self._event_changed)

    # -- reading --------------------------------------------------------------------------
    def judges(self) -> list[dict[str, Any]]:
        return list(self.state.data.get("judges", []))

    def _reload(self) -> None:
        judges = self.judges()
        self._rows = len(judges)
        self._problems = {}
        event = self.state.event()
        problems = [p for p in check_event(event) if p.where == "Judges"] if event else []
        for row, judge in enumerate(judges):
            found = self._problems
            if not str(judge.get("name", "")).strip():
                found.setdefault((row, "name"), []).append(self.tr("the name is empty"))
            for problem in problems:
                if problem.key == judge.get("id"):
                    field = problem.field or "id"
                    found.setdefault((row, field), []).append(explain_event_problem(problem))

    def _event_changed(self) -> None:
        if len(self.judges()) != self._rows:
            self.beginResetModel()
            self._reload()
            self.endResetModel()
            return
        self._reload()
        if self._rows:
            last = self.index(self._rows - 1, len(FIELDS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def problems(self, row: int, field: str) -> list[str]:
        return self._problems.get((row, field), [])

    def all_problems(self) -> list[tuple[int, str, str]]:
        """(row, field, message) of every marked cell, in table order."""
        return [
            (row, field, message)
            for (row, field), messages in sorted(self._problems.items())
            for message in messages
        ]

    # -- Qt's model interface ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIELDS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(FIELDS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("ID"),
                self.tr("Name"),
                self.tr("Affiliation"),
                self.tr("Role"),
                self.tr("Order"),
                self.tr("Categories"),
            ][section]
        if role == Qt.ItemDataRole.ToolTipRole and FIELDS[section] == "categories":
            return self.tr("Category keys separated by commas; empty = every category")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._rows:
            return None
        judge = self.judges()[index.row()]
        field = FIELDS[index.column()]
        value = judge.get(field, "")
        if field == "categories":
            value = ", ".join(str(key) for key in value or [])
        problems = self.problems(index.row(), field)
        if role == Qt.ItemDataRole.EditRole:
            return str(value)
        if role == Qt.ItemDataRole.DisplayRole:
            if field == "categories" and not value:
                return self.tr("all")
            return str(value)
        if role == Qt.ItemDataRole.ForegroundRole and field == "categories" and not value:
            return QBrush(QColor("#777777"))
        if role == Qt.ItemDataRole.BackgroundRole and problems:
            return QBrush(INVALID)
        if role == Qt.ItemDataRole.ToolTipRole:
            if problems:
                return "\n".join(problems)
            if field == "categories":
                return self._category_names(judge.get("categories") or [])
        return None

    def _category_names(self, keys: list[str]) -> str:
        names = {c.get("key"): c.get("name", "") for c in self.state.data.get("categories", [])}
        if not keys:
            return self.tr("Scores every category")
        return "\n".join(f"{key} {names.get(key, '')}".strip() for key in keys)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.row() >= self._rows:
            return False
        row, field = index.row(), FIELDS[index.column()]
        judge = self.judges()[row]
        text = str(value if value is not None else "").strip()
        new: Any = text
        if field == "id" and not text:
            return False
        if field == "order":
            try:
                new = int(text or "0")
            except ValueError:
                return False
        if field == "categories":
            new = self._category_keys(text)
        if new == judge.get(field, [] if field == "categories" else ""):
            return True
        old_id = str(judge.get("id", ""))
        unique = [j.get("id") for j in self.judges()].count(old_id) == 1

        def change(data: dict[str, Any]) -> None:
            data["judges"][row][field] = new
            if field == "id" and unique:  # the judge's conflicts follow the new id
                for conflict in data.get("conflicts", []):
                    if conflict.get("judge") == old_id:
                        conflict["judge"] = new

        self.state.edit(f"judge {old_id} {field}", change)
        return True

    def _category_keys(self, text: str) -> list[str]:
        """Keys from what was typed; a category's name is taken as its key."""
        by_name = {c.get("name"): c.get("key") for c in self.state.data.get("categories", [])}
        keys: list[str] = []
        for item in _SEPARATORS.split(text):
            key = by_name.get(item, item)
            if item and key not in keys:
                keys.append(str(key))
        return keys

    # -- adding and removing judges ---------------------------------------------------------
    def add_judge(self) -> int:
        """A new judge at the end (next free id J01, J02 …); returns its row."""
        judges = self.judges()
        taken = {str(j.get("id", "")) for j in judges}
        number = len(judges) + 1
        while f"J{number:02d}" in taken:
            number += 1
        order = max((int(j.get("order", 0) or 0) for j in judges), default=0) + 1
        judge = {
            "id": f"J{number:02d}",
            "name": "",
            "affiliation": "",
            "role": "",
            "order": order,
            "categories": [],
        }
        self.state.edit(f"add judge {judge['id']}", lambda d: d["judges"].append(judge))
        return len(judges)

    def remove_rows(self, rows: list[int]) -> None:
        """Remove these judges and the conflicts that name them."""
        judges = self.judges()
        rows = sorted({r for r in rows if 0 <= r < len(judges)})
        if not rows:
            return
        ids = [str(judges[r].get("id", "")) for r in rows]
        keep_ids = {str(j.get("id", "")) for i, j in enumerate(judges) if i not in rows}
        gone = set(ids) - keep_ids

        def change(data: dict[str, Any]) -> None:
            data["judges"] = [j for i, j in enumerate(data["judges"]) if i not in rows]
            conflicts = data.get("conflicts", [])
            data["conflicts"] = [c for c in conflicts if c.get("judge") not in gone]

        self.state.edit(f"remove judges {', '.join(ids)}", change)
