"""The completeness matrix: one row per project (defense order), one column per judge."""

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

from scoring.completeness import (
    CONFLICT,
    MISSING,
    NOT_ASSIGNED,
    RECUSED,
    SCORED,
    Completeness,
)

Index = QModelIndex | QPersistentModelIndex
STATE_ROLE = Qt.ItemDataRole.UserRole + 1
COLOURS = {
    SCORED: "#bfe5bb",
    MISSING: "#f4b6b0",
    RECUSED: "#d9d9d9",
    CONFLICT: "#d6b4f0",
    NOT_ASSIGNED: "#f7f7f7",
}
SYMBOLS = {SCORED: "✓", MISSING: "✗", RECUSED: "○", CONFLICT: "!", NOT_ASSIGNED: ""}


def tr(text: str) -> str:
    return QCoreApplication.translate("CompletenessModel", text)


def state_text(state: str) -> str:
    return {
        SCORED: tr("scored"),
        MISSING: tr("missing"),
        RECUSED: tr("recused"),
        CONFLICT: tr("conflict: scored though recused, not counted"),
        NOT_ASSIGNED: tr("not this judge's category"),
    }[state]


class CompletenessModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._matrix: Completeness | None = None

    def set_matrix(self, matrix: Completeness | None) -> None:
        self.beginResetModel()
        self._matrix = matrix
        self.endResetModel()

    def matrix(self) -> Completeness | None:
        return self._matrix

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._matrix is None:
            return 0
        return len(self._matrix.projects)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._matrix is None:
            return 0
        return len(self._matrix.judges)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        matrix = self._matrix
        if matrix is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(matrix.judges):
            judge = matrix.judges[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return judge.id
            return f"{judge.id} {judge.name}"
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(matrix.projects):
            project = matrix.projects[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return project.code
            return f"{project.code} {project.title}"
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        matrix = self._matrix
        if matrix is None or not index.isValid():
            return None
        judge = matrix.judges[index.column()]
        project = matrix.projects[index.row()]
        state = matrix.state(judge.id, project.code)
        if role == STATE_ROLE:
            return state
        if role == Qt.ItemDataRole.DisplayRole:
            return SYMBOLS[state]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{judge.id} {judge.name} · {project.code} {project.title}: {state_text(state)}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(COLOURS[state]))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#202020"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None
