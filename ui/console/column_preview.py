"""What a column mapping imports: one line per sheet row, with the row's problems."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from storage.project_sheet import FIELDS, SheetImport
from ui.messages import explain_message

Index = QModelIndex | QPersistentModelIndex
WARNING = QColor("#fdf0c2")  # imported, to fix in the table
SKIPPED = QColor("#f8d0cc")  # not imported
COLUMNS = ("row", *FIELDS, "problems")


def tr(text: str) -> str:
    return QCoreApplication.translate("ColumnPreview", text)


def field_names() -> dict[str, str]:
    return {
        "code": tr("Code"),
        "title": tr("Title"),
        "unit": tr("Unit"),
        "category": tr("Category"),
        "presenter": tr("Presenter"),
        "order": tr("Order"),
        "summary": tr("Summary"),
    }


class PreviewModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._result = SheetImport()
        self._names: dict[str, str] = {}

    def set_result(self, result: SheetImport, category_names: dict[str, str]) -> None:
        self.beginResetModel()
        self._result = result
        self._names = category_names
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._result.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        labels = [tr("Row"), *field_names().values(), tr("Problems")]
        return labels[section] if 0 <= section < len(labels) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._result.rows[index.row()]
        field = COLUMNS[index.column()]
        problems = self._result.problems_of(line.row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if field == "row":
                return str(line.row)
            if field == "problems":
                return "; ".join(explain_message(p.message) for p in problems)
            value = str(line.values[field])
            if field == "category" and value and line.imported:
                return self._names.get(value, value)
            return value
        if role == Qt.ItemDataRole.ForegroundRole and not line.imported:
            return QBrush(QColor("#6b6b6b"))
        if role == Qt.ItemDataRole.BackgroundRole and problems:
            return QBrush(WARNING if line.imported else SKIPPED)
        if role == Qt.ItemDataRole.ForegroundRole and problems:
            return QBrush(QColor("#202020"))
        return None
