"""One project's breakdown on the Results page: each judge's scores, and whether they counted.

Rows come from the project's trace in results.json (judge order), then the judges flagged
as missing or conflicted. Numbers are the results' decimal strings.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont

from scoring.model import Event
from scoring.results_view import Project
from ui.console.ranking_model import dimension_label
from ui.console.rows_model import Index, RowsModel

DROPPED = QColor("#b3261e")
QUIET = QColor("#6b6b6b")
JUDGE_ROLE = Qt.ItemDataRole.UserRole + 1


class BreakdownModel(RowsModel):
    """Columns: judge, dimensions…, total, status."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dims: list[str] = []
        self._headers: list[str] = []
        self._rows: list[dict[str, Any]] = []
        self._median = False

    def set_project(
        self, event: Event | None, project: Project | None, names: Mapping[str, str]
    ) -> None:
        self.beginResetModel()
        self._dims = [d.key for d in event.dimensions] if event else []
        self._median = event is not None and event.rules.aggregate == "median"
        labels = [dimension_label(event, k) for k in self._dims] if event else []
        self._headers = [self.tr("Judge"), *labels, self.tr("Total"), self.tr("Counted")]
        self._rows = []
        if project is not None:
            for t in project.get("trace", []):
                self._rows.append({**t, "name": names.get(str(t["judge"]), ""), "kind": "score"})
            for flag in project.get("flags", []):
                if flag.get("kind") in ("missing", "conflict_excluded"):
                    judge = flag.get("judge", "")
                    self._rows.append(
                        {"judge": judge, "name": names.get(judge, ""), "kind": flag["kind"]}
                    )
        self.endResetModel()

    # -- reading ------------------------------------------------------------------------
    def judge_at(self, row: int) -> str:
        return str(self._rows[row]["judge"])

    def total_at(self, row: int) -> str:
        return str(self._rows[row].get("total", ""))

    def dropped_at(self, row: int) -> bool:
        row_data = self._rows[row]
        return bool(row_data.get("dropped")) or bool(row_data.get("dropped_dimensions"))

    def status(self, row_data: Mapping[str, Any]) -> str:
        kind = row_data["kind"]
        if kind == "missing":
            return self.tr("missing: no score")
        if kind == "conflict_excluded":
            return self.tr("conflict of interest: not counted")
        if row_data.get("dropped"):
            return self.tr("not a middle value") if self._median else self.tr("dropped")
        dims = row_data.get("dropped_dimensions") or []
        if dims:
            return self.tr("dropped in {0}").replace("{0}", ", ".join(dims))
        return self.tr("counted")

    def _cell(self, row_data: Mapping[str, Any], column: int) -> str:
        if column == 0:
            return f"{row_data['judge']} {row_data['name']}".strip()
        if column <= len(self._dims):
            return str(row_data.get("values", {}).get(self._dims[column - 1], ""))
        if column == len(self._dims) + 1:
            return str(row_data.get("total", ""))
        return self.status(row_data)

    # -- QAbstractTableModel --------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row_data = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(row_data, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and 0 < column <= len(self._dims) + 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row_data["kind"] != "score":
                return QUIET
            dims = row_data.get("dropped_dimensions") or []
            dim_dropped = 0 < column <= len(self._dims) and self._dims[column - 1] in dims
            if row_data.get("dropped") or dim_dropped:
                return DROPPED
            return None
        if role == Qt.ItemDataRole.FontRole and row_data.get("dropped"):
            font = QFont()
            font.setStrikeOut(column == len(self._dims) + 1)
            return font
        if role == JUDGE_ROLE:
            return str(row_data["judge"])
        return None
