"""The event's categories as an editable table (key, name, order, how many projects).

Renaming a key renames it in the projects and the judges' categories (scoring.projects_edit);
a key twice or an empty name is marked in place.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex

from scoring import projects_edit as pe
from ui.console.event_table_model import Change, EventTableModel

COLUMNS = (*pe.CATEGORY_FIELDS, "projects")


def tr(text: str) -> str:
    return QCoreApplication.translate("CategoriesModel", text)


def headers() -> list[str]:
    return [tr("Key"), tr("Name"), tr("Order"), tr("Projects")]


class CategoriesModel(EventTableModel):
    KEY = "categories"
    COLUMNS = COLUMNS
    READ_ONLY = frozenset({"projects"})
    RIGHT_ALIGNED = frozenset({"order", "projects"})
    _counts: list[int]  # how many projects each category has, set by _load

    def _load(self) -> None:
        super()._load()
        self._counts = [pe.projects_in(self.state.data, c["key"]) for c in self._rows]

    def _find_problems(self, data: dict[str, Any]) -> pe.Problems:
        return pe.category_problems(data)

    def headers(self) -> list[str]:
        return headers()

    def _text(self, row: int, field: str) -> str:
        if field == "projects":
            return str(self._counts[row])
        return str(self._rows[row].get(field, ""))

    def key_at(self, row: int) -> str:
        return str(self._rows[row]["key"])

    def projects_at(self, row: int) -> int:
        return self._counts[row]

    def _normalise(self, field: str, value: Any) -> Any:
        return pe.normalise(field, value)

    def _edit(self, row: int, field: str, stored: Any) -> tuple[str, Change]:
        what = tr("category {0}: {1}").replace("{0}", self.key_at(row)).replace("{1}", field)
        return what, lambda d: pe.set_category_field(d, row, field, stored)

    def add_row(self) -> int:
        """A new category at the end with a free key; returns its row (-1: not saved)."""
        return self._append(tr("categories: add a category"), pe.add_category)

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
