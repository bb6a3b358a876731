"""The conflicts matrix: judges × projects (or × units), with the suggested conflicts.

A cell is a conflict (✕), a conflict through the project's unit (✕, in the projects view),
some of the unit's projects (k/n, in the units view), a suggestion (?) from
scoring.conflicts, or outside the judge's categories (grey). The view turns a click or the
space bar into ``toggleRequested``; the page asks for a reason and calls ``set_conflict``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from scoring.conflicts import Suggestion, suggest_conflicts
from scoring.model import Event, Judge, Project
from ui.console.state import ConsoleState

Index = QModelIndex | QPersistentModelIndex
Mode = Literal["projects", "units"]
CellState = Literal["none", "conflict", "unit", "partial"]
COLOURS = {
    "conflict": QColor("#f1aeb5"),
    "unit": QColor("#f6c9ce"),
    "partial": QColor("#fbe0e3"),
    "suggested": QColor("#ffe69c"),
    "outside": QColor("#ececec"),
}


@dataclass(frozen=True)
class Cell:
    judge: Judge
    unit: str
    project: Project | None  # None in the units view
    state: CellState
    reason: str = ""
    suggestion: Suggestion | None = None
    count: tuple[int, int] = (0, 0)  # units view: conflicted projects, projects of the unit


class ConflictMatrixModel(QAbstractTableModel):
    def __init__(self, state: ConsoleState, mode: Mode = "projects") -> None:
        super().__init__()
        self.state = state
        self.mode: Mode = mode
        self.event: Event | None = None
        self.judges: list[Judge] = []
        self.projects: list[Project] = []
        self.units: list[str] = []
        self.suggestions: dict[tuple[str, str], Suggestion] = {}
        self._shape: tuple[object, ...] = ()
        self._reload()
        state.eventChanged.connect(self._event_changed)

    def _reload(self) -> None:
        self._apply(self._compute(self.mode))

    def _compute(self, mode: Mode) -> dict[str, Any]:
        event = self.state.event()
        projects = event.ordered_projects() if event else []
        units = list(dict.fromkeys(p.unit for p in projects if p.unit))
        found = suggest_conflicts(event) if event else []
        judges = event.ordered_judges() if event else []
        columns = [p.code for p in projects] if mode == "projects" else units
        return {
            "mode": mode,
            "event": event,
            "judges": judges,
            "projects": projects,
            "units": units,
            "suggestions": {(s.judge, s.unit): s for s in found},
            "_shape": (mode, tuple(j.id for j in judges), tuple(columns)),
        }

    def _apply(self, values: dict[str, Any]) -> None:
        for name, value in values.items():
            setattr(self, name, value)

    def _event_changed(self) -> None:
        values = self._compute(self.mode)
        if values["_shape"] != self._shape:
            self.beginResetModel()
            self._apply(values)
            self.endResetModel()
            return
        self._apply(values)
        if self.judges and self.columnCount():
            last = self.index(len(self.judges) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def set_mode(self, mode: Mode) -> None:
        if mode == self.mode:
            return
        values = self._compute(mode)
        self.beginResetModel()
        self._apply(values)
        self.endResetModel()

    # -- cells ------------------------------------------------------------------------------
    def cell(self, index: Index) -> Cell:
        judge = self.judges[index.row()]
        event = self.event
        assert event is not None
        if self.mode == "projects":
            project = self.projects[index.column()]
            found = event.is_conflicted(judge.id, project)
            suggestion = self.suggestions.get((judge.id, project.unit))
            if found is None:
                return Cell(judge, project.unit, project, "none", "", suggestion)
            state: CellState = "conflict" if found.project == project.code else "unit"
            return Cell(judge, project.unit, project, state, found.reason, suggestion)
        unit = self.units[index.column()]
        suggestion = self.suggestions.get((judge.id, unit))
        for conflict in event.conflicts:
            if conflict.judge == judge.id and conflict.unit == unit:
                return Cell(judge, unit, None, "conflict", conflict.reason, suggestion)
        projects = [p for p in self.projects if p.unit == unit]
        hit = sum(event.is_conflicted(judge.id, p) is not None for p in projects)
        state = "partial" if hit else "none"
        return Cell(judge, unit, None, state, "", suggestion, (hit, len(projects)))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.judges)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self.projects) if self.mode == "projects" else len(self.units)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.event is None:
            return None
        if not (0 <= index.row() < self.rowCount() and 0 <= index.column() < self.columnCount()):
            return None
        cell = self.cell(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if cell.state in ("conflict", "unit"):
                return "✕"
            if cell.state == "partial":
                return f"{cell.count[0]}/{cell.count[1]}"
            return "?" if cell.suggestion else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(cell)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(cell)
        return None

    def _outside(self, cell: Cell) -> bool:
        judge = cell.judge
        return (
            cell.project is not None
            and bool(judge.categories)
            and (cell.project.category not in judge.categories)
        )

    def _background(self, cell: Cell) -> QBrush | None:
        if cell.state != "none":
            return QBrush(COLOURS[cell.state])
        if cell.suggestion:
            return QBrush(COLOURS["suggested"])
        if self._outside(cell):
            return QBrush(COLOURS["outside"])
        return None

    def _tooltip(self, cell: Cell) -> str:
        lines = [f"{cell.judge.id} {cell.judge.name}"]
        if cell.project is not None:
            lines.append(f"{cell.project.code} {cell.project.title}")
        lines.append(cell.unit)
        if cell.state == "conflict":
            lines.append(self.tr("Conflict: {0}").replace("{0}", cell.reason or "—"))
        elif cell.state == "unit":
            text = self.tr("Conflict with every project of this unit: {0}")
            lines.append(text.replace("{0}", cell.reason or "—"))
        elif cell.state == "partial":
            text = self.tr("Conflict with {0} of the unit's {1} projects")
            lines.append(text.replace("{0}", str(cell.count[0])).replace("{1}", str(cell.count[1])))
        if cell.suggestion and cell.state != "conflict":
            lines.append(self.suggestion_text(cell.suggestion))
        if self._outside(cell):
            lines.append(self.tr("Outside the judge's categories"))
        return "\n".join(line for line in lines if line)

    def suggestion_text(self, suggestion: Suggestion) -> str:
        text = {
            "same": self.tr("Suggested: the judge's affiliation “{0}” is the unit “{1}”"),
            "names": self.tr("Suggested: the judge's affiliation “{0}” names the unit “{1}”"),
            "within": self.tr("Suggested: the judge's affiliation “{0}” is part of the unit “{1}”"),
        }[suggestion.how]
        return text.replace("{0}", suggestion.affiliation).replace("{1}", suggestion.unit)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(self.judges):
                return None
            judge = self.judges[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{judge.id} {judge.name}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return judge.affiliation or None
            return None
        if not 0 <= section < self.columnCount():
            return None
        if self.mode == "units":
            unit = self.units[section]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return unit
            return None
        project = self.projects[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return project.code
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{project.code} {project.title}\n{project.unit}"
        return None

    # -- changing conflicts -------------------------------------------------------------------
    def set_conflict(self, index: Index, on: bool, reason: str = "") -> None:
        """Add (with ``reason``) or remove the conflict of this cell, saved at once.

        In the projects view a cell conflicted through its unit is left alone (the unit's
        conflict is removed in the units view)."""
        cell = self.cell(index)
        judge = cell.judge.id
        if self.mode == "projects":
            assert cell.project is not None
            code = cell.project.code
            if on and cell.state == "none":
                entry = {"judge": judge, "project": code, "unit": "", "reason": reason}
                self.state.edit(f"conflict {judge} × {code}", _appender(entry))
            elif not on and cell.state == "conflict":
                self.state.edit(f"no conflict {judge} × {code}", _remover(judge, "project", code))
            return
        unit = cell.unit
        if on and cell.state != "conflict":
            entry = {"judge": judge, "project": "", "unit": unit, "reason": reason}
            self.state.edit(f"conflict {judge} × {unit}", _appender(entry))
        elif not on and cell.state == "conflict":
            self.state.edit(f"no conflict {judge} × {unit}", _remover(judge, "unit", unit))

    def accept_suggestions(self, reason_for: dict[tuple[str, str], str]) -> int:
        """A unit conflict for every suggestion; ``reason_for`` maps (judge, unit) to the
        reason to record. Returns how many were added."""
        pending = [s for s in self.suggestions.values() if (s.judge, s.unit) in reason_for]
        if not pending:
            return 0
        entries = [
            {
                "judge": s.judge,
                "project": "",
                "unit": s.unit,
                "reason": reason_for[(s.judge, s.unit)],
            }
            for s in pending
        ]

        def change(data: dict[str, Any]) -> None:
            data.setdefault("conflicts", []).extend(entries)

        self.state.edit(f"accept {len(entries)} suggested conflicts", change)
        return len(entries)


def _appender(entry: dict[str, str]) -> Any:
    def change(data: dict[str, Any]) -> None:
        data.setdefault("conflicts", []).append(entry)

    return change


def _remover(judge: str, field: str, value: str) -> Any:
    def change(data: dict[str, Any]) -> None:
        data["conflicts"] = [
            c
            for c in data.get("conflicts", [])
            if not (c.get("judge") == judge and c.get(field) == value)
        ]

    return change


class ConflictMatrixView(QTableView):
    """A click (press and release on the same cell) or the space bar asks for a toggle."""

    toggleRequested = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pressed = QPersistentModelIndex()
        self._double = False
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        index = self.indexAt(event.position().toPoint())
        left = event.button() == Qt.MouseButton.LeftButton
        self._pressed = QPersistentModelIndex(index) if left else QPersistentModelIndex()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        index = self.indexAt(event.position().toPoint())
        pressed, self._pressed = self._pressed, QPersistentModelIndex()
        double, self._double = self._double, False
        left = event.button() == Qt.MouseButton.LeftButton
        if left and not double and index.isValid() and index == pressed:
            self.toggleRequested.emit(index)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """A double click counts as one click: the release that follows toggles nothing."""
        event.accept()
        self._double = True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and self.currentIndex().isValid():
            self.toggleRequested.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)
