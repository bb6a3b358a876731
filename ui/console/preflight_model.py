"""The preflight's files as a table: project, title, file, pages (or why not), size."""

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

from storage.preflight import FileCheck, Preflight
from ui.messages import explain_message

Index = QModelIndex | QPersistentModelIndex
FAILED = QColor("#f8d0cc")
NOT_SHOWN = QColor("#fdf0c2")
COLUMNS = ("project", "title", "file", "size", "pages")  # pages last: it holds the errors


def tr(text: str) -> str:
    return QCoreApplication.translate("PreflightModel", text)


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(1, round(size / 1024))} KB" if size else "0 KB"


def pages_text(check: FileCheck) -> str:
    if check.error:
        return explain_message(check.error)
    if check.kind == "other":
        return tr("not shown to judges")
    if check.kind == "image":
        return tr("image")
    return str(check.pages)


class PreflightModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._files: list[FileCheck] = []
        self._titles: dict[str, str] = {}

    def set_preflight(self, result: Preflight | None, titles: dict[str, str]) -> None:
        self.beginResetModel()
        self._files = list(result.files) if result else []
        self._titles = titles
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._files)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        labels = [tr("Project"), tr("Title"), tr("File"), tr("Size"), tr("Pages")]
        return labels[section] if 0 <= section < len(labels) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        check = self._files[index.row()]
        field = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and field == "pages" and check.kind == "other":
            return tr("The judge app shows PDF files and images only; convert it to PDF.")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return {
                "project": check.project,
                "title": self._titles.get(check.project, ""),
                "file": check.path.name,
                "pages": pages_text(check),
                "size": size_text(check.bytes),
            }[field]
        if role == Qt.ItemDataRole.BackgroundRole and field in ("file", "pages"):
            if check.error:
                return QBrush(FAILED)
            if check.kind == "other":
                return QBrush(NOT_SHOWN)
        if role == Qt.ItemDataRole.ForegroundRole and not check.ok and field in ("file", "pages"):
            return QBrush(QColor("#202020"))
        if role == Qt.ItemDataRole.TextAlignmentRole and field == "size":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def check_at(self, row: int) -> FileCheck:
        return self._files[row]
