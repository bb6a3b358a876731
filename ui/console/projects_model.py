"""The event's projects as an editable table, saved edit by edit through ConsoleState.

What cannot be stored (an empty code, an order that is not a whole number) is refused and
``refused`` says why; what is stored but wrong (an empty title, an unknown category, a code
twice) is marked in place: a red background and the reason as the cell's tooltip.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from scoring import projects_edit as pe
from ui.console.event_table_model import INVALID as INVALID
from ui.console.event_table_model import PROBLEM_ROLE as PROBLEM_ROLE
from ui.console.event_table_model import Change, EventTableModel, Index

SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # orders as numbers, the rest as shown
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


class ProjectsModel(EventTableModel):
    KEY = "projects"
    COLUMNS = COLUMNS
    RIGHT_ALIGNED = frozenset({"order"})
    _names: dict[str, str]  # category key -> name, set by _load

    def _load(self) -> None:
        super()._load()
        categories = self.state.data.get("categories", [])
        self._names = {c["key"]: c.get("name") or c["key"] for c in categories}

    def _find_problems(self, data: dict[str, Any]) -> pe.Problems:
        return pe.project_problems(data)

    def headers(self) -> list[str]:
        return headers()

    # -- reading --------------------------------------------------------------------------
    def _text(self, row: int, field: str) -> str:
        value = self._rows[row].get(field, "")
        if field == "category":
            return self._names.get(value, value)
        if field == "summary":
            return " ".join(str(value).split())  # one line in the table
        return str(value)

    def _edit_text(self, row: int, field: str) -> str:
        return str(self._rows[row].get(field, ""))

    def _tip(self, row: int, field: str) -> str | None:
        value = self._rows[row].get(field, "")
        return str(value) if field in ("title", "summary") and value else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == SORT_ROLE and index.isValid():
            field = COLUMNS[index.column()]
            return self._rows[index.row()].get(field, "") if field == "order" else self.data(index)
        return super().data(index, role)

    def code_at(self, row: int) -> str:
        return str(self._rows[row]["code"])

    def row_of(self, code: str) -> int:
        return next(i for i, p in enumerate(self._rows) if p["code"] == code)

    def problem_count(self) -> int:
        return sum(len(m) for row in self._problems for m in row.values())

    def categories(self) -> list[tuple[str, str]]:
        """(key, name) of the event's categories, for the category editor."""
        return list(self._names.items())

    # -- editing --------------------------------------------------------------------------
    def _normalise(self, field: str, value: Any) -> Any:
        return pe.normalise(field, value)

    def _edit(self, row: int, field: str, stored: Any) -> tuple[str, Change]:
        what = tr("project {0}: {1}").replace("{0}", self.code_at(row)).replace("{1}", field)
        return what, lambda d: pe.set_project_field(d, row, field, stored)

    def add_row(self) -> int:
        """A new project at the end with a free code; returns its row (-1: not saved)."""
        return self._append(tr("projects: add a project"), pe.add_project)

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
