"""One judge's paper sheet as a grid to type in: projects (defense order) × dimensions and a
comment. Every cell is saved as it is typed, with the clerk's name and the pass (1 or 2)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from scoring.model import Event, Project
from scoring.validation import check_score
from storage.paper_entry import COMMENT
from storage.secretariat import EventStore
from ui.messages import explain_message

Index = QModelIndex | QPersistentModelIndex
INVALID = "#f4b6b0"  # off the rubric's grid
DIFFERENT = "#ffd27f"  # the two passes disagree
RECUSED = "#e4e4e4"
CODE, TITLE = 0, 1


def tr(text: str) -> str:
    return QCoreApplication.translate("PaperGridModel", text)


class PaperGridModel(QAbstractTableModel):
    """Columns: code, title, one per dimension, comment. ``changed`` after every saved cell."""

    changed = Signal()

    def __init__(self, store: EventStore, event: Event, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.paper_event = event
        self.judge = ""
        self.pass_no = 1
        self.clerk = ""
        self.writable = False  # a clerk is named and may type this pass
        self._projects: list[Project] = []
        self._recused: set[str] = set()
        self._cells: dict[tuple[str, str], str] = {}
        self._differences: dict[tuple[str, str], tuple[str, str]] = {}
        self._both = False
        self._fields = [d.key for d in event.dimensions] + [COMMENT]

    # -- loading ---------------------------------------------------------------------------
    def load(self, judge: str, pass_no: int, clerk: str, writable: bool) -> None:
        self.beginResetModel()
        self.judge, self.pass_no, self.clerk, self.writable = judge, pass_no, clerk, writable
        self._projects = [
            p
            for p in self.paper_event.ordered_projects()
            if self.paper_event.judge_covers(judge, p)
        ]
        self._recused = {
            p.code for p in self._projects if self.paper_event.is_conflicted(judge, p) is not None
        }
        self._cells = self.store.paper_cells(judge, pass_no) if judge else {}
        self._compare()
        self.endResetModel()

    def _compare(self) -> None:
        judge = self.judge
        self._both = bool(
            judge and self.store.paper_cells(judge, 1) and self.store.paper_cells(judge, 2)
        )
        self._differences = (
            {(d.project, d.field): (d.first, d.second) for d in self.store.paper_differences(judge)}
            if self._both
            else {}
        )

    # -- what the dialog shows -------------------------------------------------------------
    def both_passes(self) -> bool:
        return self._both

    def differences(self) -> int:
        return len(self._differences)

    def invalid(self) -> list[str]:
        """Why each off-grid cell of this pass is refused, e.g. 'G01 创新立意: 31 is outside…'."""
        out = []
        for project in self._projects:
            for dim in self.paper_event.dimensions:
                reason = self._reason(project.code, dim.key)
                if reason:
                    out.append(f"{project.code} {reason}")
        return out

    def project_at(self, row: int) -> Project:
        return self._projects[row]

    def field_at(self, column: int) -> str:
        return self._fields[column - 2] if column >= 2 else ""

    def _reason(self, code: str, field: str) -> str:
        text = self._cells.get((code, field), "")
        if not text or field == COMMENT:
            return ""
        try:
            check_score(self.paper_event.dimension(field), text)
        except ValueError as error:
            return explain_message(str(error))
        return ""

    # -- the model -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._projects)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2 + len(self._fields)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._projects):
                return str(section + 1)
            return None
        if not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == CODE:
                return tr("Code")
            if section == TITLE:
                return tr("Project")
            field = self.field_at(section)
            if field == COMMENT:
                return tr("Comment")
            dim = self.paper_event.dimension(field)
            name = dim.name_en if self.paper_event.language == "en" and dim.name_en else dim.name
            return f"{name} ({dim.max})"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        code = self._projects[index.row()].code
        if index.column() >= 2 and self.writable and code not in self._recused:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        project = self._projects[index.row()]
        column = index.column()
        if column < 2:
            if role == Qt.ItemDataRole.DisplayRole:
                return project.code if column == CODE else project.title
            if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
                return project.title
            if role == Qt.ItemDataRole.BackgroundRole and project.code in self._recused:
                return QBrush(QColor(RECUSED))
            return None
        key = (project.code, self.field_at(column))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._cells.get(key, "")
        if project.code in self._recused:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(RECUSED))
            if role == Qt.ItemDataRole.ToolTipRole:
                return tr("Recused (回避): this judge does not score this project")
            return None
        reason = self._reason(*key)
        if role == Qt.ItemDataRole.BackgroundRole:
            if reason:
                return QBrush(QColor(INVALID))
            if key in self._differences:
                return QBrush(QColor(DIFFERENT))
            return None
        if role == Qt.ItemDataRole.ForegroundRole and (reason or key in self._differences):
            return QBrush(QColor("#202020"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if reason:
                return reason
            if key in self._differences:
                first, second = self._differences[key]
                empty = tr("(empty)")
                return (
                    tr("Pass 1: {0} · Pass 2: {1}")
                    .replace("{0}", first or empty)
                    .replace("{1}", second or empty)
                )
        if role == Qt.ItemDataRole.TextAlignmentRole and self.field_at(column) != COMMENT:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        key = (self._projects[index.row()].code, self.field_at(index.column()))
        text = "" if value is None else str(value).strip()
        if text == self._cells.get(key, ""):
            return True
        self.store.set_paper_cell(self.judge, self.pass_no, self.clerk, key[0], key[1], text)
        if text:
            self._cells[key] = text
        else:
            self._cells.pop(key, None)
        before = set(self._differences)
        self._compare()
        changed = before ^ set(self._differences) | {key}
        for code, field in changed:
            self._emit_cell(code, field)
        self.changed.emit()
        return True

    def _emit_cell(self, code: str, field: str) -> None:
        rows = [i for i, p in enumerate(self._projects) if p.code == code]
        if rows and field in self._fields:
            cell = self.index(rows[0], 2 + self._fields.index(field))
            self.dataChanged.emit(cell, cell)
