"""The Collect page's inputs table: judge, kind, verification code, revision, status, file,
problems — one row per collected file and per judge without a counted input."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from scoring.results import PAPER, SCORE_FILE
from storage.input_rows import InputRow
from ui.console.rows_model import Index, RowsModel
from ui.messages import explain_message

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_COLOURS = {
    "counted": "#e3f4e1",
    "superseded": "#eeeeee",
    "duplicate": "#eeeeee",
    "excluded": "#fff1d6",
    "rejected": "#fbe0de",
    "missing": "#fbe0de",
}
JUDGE, KIND, CODE, REVISION, STATUS, FILE, PROBLEMS = range(7)


def tr(text: str) -> str:
    return QCoreApplication.translate("InputsModel", text)


def status_text(status: str, chosen: bool = False) -> str:
    if status == "counted" and chosen:
        return tr("counted (chosen)")
    return {
        "counted": tr("counted"),
        "superseded": tr("superseded"),
        "duplicate": tr("duplicate"),
        "excluded": tr("excluded"),
        "rejected": tr("rejected"),
        "missing": tr("missing"),
        "": tr("not merged yet"),
    }.get(status, status)


def kind_text(kind: str) -> str:
    return {SCORE_FILE: tr("score file"), PAPER: tr("paper sheet")}.get(kind, "")


def judge_text(row: InputRow) -> str:
    if not row.judge:
        return tr("(unreadable)") if row.status == "rejected" else ""
    return f"{row.judge} {row.judge_name}".strip()


class InputsModel(RowsModel):
    """Read-only; ``set_rows`` replaces everything (the list is small: one row per file)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[InputRow] = []
        self._clashes: set[str] = set()
        self._headers = [
            tr("Judge"),
            tr("Kind"),
            tr("Verification code"),
            tr("Revision"),
            tr("Status"),
            tr("File"),
            tr("Problems"),
        ]

    def set_rows(self, rows: list[InputRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        names = Counter(Path(r.original).name for r in rows if r.source)
        self._clashes = {name for name, count in names.items() if count > 1}
        self.endResetModel()

    def file_text(self, row: InputRow) -> str:
        """The file's name; with its folder when another input has the same name."""
        if not row.source:
            return ""
        path = Path(row.original)
        if path.name in self._clashes and path.parent.name:
            return f"{path.parent.name}/{path.name}"
        return path.name

    def rows(self) -> list[InputRow]:
        return list(self._rows)

    def row_at(self, row: int) -> InputRow:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == FILE and row.original:
                return row.original
            if column == PROBLEMS and row.problems:
                return "\n".join(explain_message(p) for p in row.problems)
            return None
        if role == Qt.ItemDataRole.BackgroundRole and row.status in STATUS_COLOURS:
            return QBrush(QColor(STATUS_COLOURS[row.status]))
        if role == Qt.ItemDataRole.ForegroundRole and row.status in STATUS_COLOURS:
            return QBrush(QColor("#202020"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == REVISION:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def _text(self, row: InputRow, column: int) -> str:
        if column == JUDGE:
            return judge_text(row)
        if column == KIND:
            return kind_text(row.kind)
        if column == CODE:
            return row.code
        if column == REVISION:
            return str(row.revision) if row.kind == SCORE_FILE and row.revision else ""
        if column == STATUS:
            return status_text(row.status, row.chosen)
        if column == FILE:
            return self.file_text(row)
        if column == PROBLEMS:
            return "; ".join(explain_message(p) for p in row.problems)
        return ""
