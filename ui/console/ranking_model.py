"""The ranking table of the Results page: one row per project of a category (or overall).

Every number is the decimal string from results.json; nothing is recomputed or formatted.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont

from scoring.model import Event
from scoring.results_view import OVERALL, Project, projects_of, rank_key, shared_ranks
from ui.console.rows_model import Index, RowsModel

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
SELECTED = QColor("#e3f1e1")
UNDECIDED = QColor("#fbe8c8")
SHARED = QColor("#9a5b00")


def dimension_label(event: Event, key: str) -> str:
    dim = event.dimension(key)
    return dim.name if event.language == "zh" else dim.name_en


class RankingModel(RowsModel):
    """Columns: rank, code, title, unit, [category], dimensions…, final, scores, flags,
    selected."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._event: Event | None = None
        self._rows: list[Project] = []
        self._shared: set[str] = set()
        self._category = OVERALL
        self._columns: list[str] = []
        self._headers: list[str] = []
        self._categories: dict[str, str] = {}

    # -- filling ------------------------------------------------------------------------
    def set_results(
        self, event: Event | None, results: Mapping[str, Any] | None, category: str
    ) -> None:
        self.beginResetModel()
        self._event, self._category = event, category
        self._rows = projects_of(results, category) if results and event else []
        self._shared = shared_ranks(self._rows, category)
        self._categories = {c.key: c.name for c in event.categories} if event else {}
        dims = [d.key for d in event.dimensions] if event else []
        self._columns = [
            "rank",
            "code",
            "title",
            "unit",
            *(["category"] if category == OVERALL else []),
            *(f"dim:{k}" for k in dims),
            "final",
            "n_scores",
            "flags",
            "selected",
        ]
        self._headers = [self._header(c) for c in self._columns]
        self.endResetModel()

    def _header(self, column: str) -> str:
        if column.startswith("dim:") and self._event is not None:
            return dimension_label(self._event, column[4:])
        return {
            "rank": self.tr("Rank"),
            "code": self.tr("Code"),
            "title": self.tr("Project"),
            "unit": self.tr("Unit"),
            "category": self.tr("Category"),
            "final": self.tr("Final"),
            "n_scores": self.tr("Scores"),
            "flags": self.tr("Flags"),
            "selected": self.tr("Selected"),
        }[column]

    # -- reading ------------------------------------------------------------------------
    def code_at(self, row: int) -> str:
        return str(self._rows[row]["code"])

    def row_of(self, code: str) -> int:
        return next((i for i, p in enumerate(self._rows) if p["code"] == code), -1)

    def project(self, row: int) -> Project:
        return self._rows[row]

    def column_of(self, column: str) -> int:
        return self._columns.index(column)

    def rank_text(self, project: Project) -> str:
        rank = project[rank_key(self._category)]
        if rank is None:
            return "—"
        if project["code"] in self._shared:
            return self.tr("={0}").replace("{0}", str(rank))
        return str(rank)

    def flags_text(self, project: Project) -> str:
        return "; ".join(self._flag(f) for f in project.get("flags", []))

    def _flag(self, flag: Mapping[str, str]) -> str:
        kind = flag.get("kind", "")
        judge = flag.get("judge", "")
        if kind == "deviation":
            return (
                self.tr("deviation {0} ({1})")
                .replace("{0}", judge)
                .replace("{1}", flag.get("difference", ""))
            )
        if kind == "missing":
            return self.tr("missing {0}").replace("{0}", judge)
        if kind == "conflict_excluded":
            return self.tr("conflicted {0} not counted").replace("{0}", judge)
        if kind == "tie_broken":
            return (
                self.tr("tie with {0} broken by {1}")
                .replace("{0}", flag.get("with", ""))
                .replace("{1}", flag.get("by", ""))
            )
        if kind == "tie_at_cutoff":
            return self.tr("tie at the cut-off")
        if kind == "not_trimmed":
            return self.tr("not trimmed ({0} scores)").replace("{0}", flag.get("n_scores", ""))
        if kind == "no_scores":
            return self.tr("no scores")
        return kind

    def selected_text(self, project: Project) -> str:
        selected = project.get("selected")
        if selected is None:
            return self.tr("undecided: tie at the cut-off")
        return self.tr("selected") if selected else ""

    def cell(self, project: Project, column: str) -> str:
        if column == "rank":
            return self.rank_text(project)
        if column.startswith("dim:"):
            return str(project.get("dimensions", {}).get(column[4:], "—"))
        if column == "final":
            return "—" if project.get("final") is None else str(project["final"])
        if column == "category":
            return self._categories.get(str(project["category"]), str(project["category"]))
        if column == "flags":
            return self.flags_text(project)
        if column == "selected":
            return self.selected_text(project)
        return str(project.get(column, ""))

    # -- QAbstractTableModel --------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        project = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(project, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in ("title", "unit", "flags", "selected"):
            return self.cell(project, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if (
                column == "rank"
                or column == "final"
                or column == "n_scores"
                or column.startswith("dim:")
            ):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            selected = project.get("selected")
            if selected is None:
                return UNDECIDED
            return SELECTED if selected else None
        if role == Qt.ItemDataRole.FontRole:
            shared = column == "rank" and project["code"] in self._shared
            if column == "final" or shared:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == "rank":
            return SHARED if project["code"] in self._shared else None
        if role == CODE_ROLE:
            return str(project["code"])
        return None
