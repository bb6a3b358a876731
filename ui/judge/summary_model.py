"""The finish summary: every project the judge covers with its scores, total and state."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from scoring.content import ScoreContent
from scoring.model import Event
from scoring.serialize import dec
from ui.judge.project_model import state_text

Index = QModelIndex | QPersistentModelIndex
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
UNSUBMITTED = ("empty", "draft")
_BACKGROUNDS = {"draft": "#fff4d6", "empty": "#fff4d6", "recused": "#ececec"}


def tr(text: str) -> str:
    return QCoreApplication.translate("SummaryModel", text)


@dataclass(frozen=True)
class SummaryRow:
    code: str
    title: str
    state: str  # empty | draft | submitted | recused
    values: Mapping[str, Decimal] = field(default_factory=dict)
    reason: str = ""  # why the judge is recused

    def total(self, keys: list[str]) -> Decimal | None:
        """The sum once every dimension has a value, else None."""
        if not keys or any(k not in self.values for k in keys):
            return None
        return sum((self.values[k] for k in keys), Decimal(0))


def summarize(event: Event, judge_id: str, content: ScoreContent) -> list[SummaryRow]:
    """The judge's projects in defense order (their categories only), from one content read."""
    rows = []
    for project in event.ordered_projects():
        if not event.judge_covers(judge_id, project):
            continue
        conflict = event.is_conflicted(judge_id, project)
        if conflict is not None:
            rows.append(SummaryRow(project.code, project.title, "recused", {}, conflict.reason))
            continue
        sheet = content.sheets.get(project.code)
        values = dict(content.scores.get(project.code, {}))
        state = sheet.state if sheet else ("draft" if values else "empty")
        rows.append(SummaryRow(project.code, project.title, state, values))
    return rows


class SummaryModel(QAbstractTableModel):
    """Columns: code, title, one per dimension, total, state. Read-only."""

    def __init__(self, event: Event, rows: list[SummaryRow]) -> None:
        super().__init__()
        self._rows = rows
        self._dims = list(event.dimensions)
        self._keys = [d.key for d in self._dims]
        self._english = event.language == "en"

    def rows(self) -> list[SummaryRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._dims) + 4

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        dims = len(self._dims)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return tr("Code")
            if section == 1:
                return tr("Title")
            if section < 2 + dims:
                dim = self._dims[section - 2]
                return dim.name_en if self._english else dim.name
            return tr("Total") if section == 2 + dims else tr("State")
        if role == Qt.ItemDataRole.ToolTipRole and 2 <= section < 2 + dims:
            return tr("Out of {0}").replace("{0}", dec(self._dims[section - 2].max))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column, dims = index.column(), len(self._dims)
        if role == CODE_ROLE:
            return row.code
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and 2 <= column <= 2 + dims:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.BackgroundRole and row.state in _BACKGROUNDS:
            return QBrush(QColor(_BACKGROUNDS[row.state]))
        if role == Qt.ItemDataRole.ForegroundRole and row.state in _BACKGROUNDS:
            return QBrush(QColor("#202020"))  # readable on the light backgrounds in dark themes
        if role == Qt.ItemDataRole.ToolTipRole and row.state == "recused":
            return tr("Recused (回避): {0}").replace("{0}", row.reason or "—")
        return None

    def _text(self, row: SummaryRow, column: int) -> str:
        dims = len(self._dims)
        if column == 0:
            return row.code
        if column == 1:
            return row.title
        if column == 3 + dims:
            return state_text(row.state)
        if row.state == "recused":
            return "—"
        if column < 2 + dims:
            value = row.values.get(self._keys[column - 2])
            return dec(value) if value is not None else ""
        total = row.total(self._keys)
        return dec(total) if total is not None else ""
