"""The rubric as an editable table: one row per dimension, saved through ConsoleState.

Typed text is normalised by scoring.rubric_edit; what cannot be stored (a maximum that is not
a number, a band that does not read as "label low-high") is refused and ``refused`` says why.
What can be stored but is wrong (a step that does not divide the maximum, a maximum of 0) is
saved and marked: red background and the reason as the cell's tooltip.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex

from scoring import rubric_edit
from ui.console.event_table_model import INVALID as INVALID
from ui.console.event_table_model import PROBLEM_ROLE as PROBLEM_ROLE
from ui.console.event_table_model import Change, EventTableModel

COLUMNS = rubric_edit.FIELDS  # key, name, name_en, max, step, guidance


def tr(text: str) -> str:
    return QCoreApplication.translate("RubricModel", text)


def headers() -> list[str]:
    return [
        tr("Key"),
        tr("Name (Chinese)"),
        tr("Name (English)"),
        tr("Max"),
        tr("Step"),
        tr("Guidance bands"),
    ]


class RubricModel(EventTableModel):
    KEY = "dimensions"
    COLUMNS = COLUMNS
    RIGHT_ALIGNED = frozenset(rubric_edit.NUMBER_FIELDS)
    PROBLEM_TEXT = None

    def _find_problems(self, data: dict[str, Any]) -> list[dict[str, list[str]]]:
        return rubric_edit.dimension_problems(self._rows)

    def headers(self) -> list[str]:
        return headers()

    # -- reading --------------------------------------------------------------------------
    def text(self, row: int, field: str) -> str:
        value = self._rows[row].get(field, "")
        if field == "guidance":
            return rubric_edit.bands_text(value or [])
        return str(value)

    def _text(self, row: int, field: str) -> str:
        return self.text(row, field)

    def _tip(self, row: int, field: str) -> str | None:
        if field == "guidance":
            return tr("Bands as 'label low-high', separated by ';' — e.g. 优 27-30; 良 21-26.5")
        return None

    def problems(self, row: int, field: str | None = None) -> list[str]:
        found = self._problems[row]
        if field is not None:
            return list(found.get(field, []))
        return [m for f in COLUMNS for m in found.get(f, [])]

    def keys(self) -> list[str]:
        return [str(d.get("key", "")) for d in self._rows]

    # -- editing --------------------------------------------------------------------------
    # ``what`` goes to the audit trail as is (not translated: one language in the log).
    def _normalise(self, field: str, value: Any) -> Any:
        return rubric_edit.normalise(field, str(value))

    def _edit(self, row: int, field: str, stored: Any) -> tuple[str, Change]:
        key = self._rows[row].get("key", "")
        return f"rubric: {field} of {key}", lambda d: rubric_edit.set_field(d, row, field, stored)

    def add_row(self, at: int) -> int:
        """A new dimension at row ``at`` (a free key, max 10, step 0.5); returns its row."""
        at = max(0, min(at, len(self._rows)))
        self._save("rubric: add a dimension", lambda d: rubric_edit.add_dimension(d, at))
        self.beginInsertRows(QModelIndex(), at, at)
        self._load()
        self.endInsertRows()
        self._refresh_cells()
        return at

    def remove_row(self, row: int) -> None:
        key = self._rows[row].get("key", "")
        self._save(
            f"rubric: remove {key}",
            lambda d: rubric_edit.remove_dimension(d, row),
        )
        self.beginRemoveRows(QModelIndex(), row, row)
        self._load()
        self.endRemoveRows()
        self._refresh_cells()

    def move_row(self, row: int, to: int) -> bool:
        """Move a dimension to another row; False when it cannot go there."""
        if row == to or not (0 <= row < len(self._rows) and 0 <= to < len(self._rows)):
            return False
        key = self._rows[row].get("key", "")
        self._save(
            f"rubric: move {key}",
            lambda d: rubric_edit.move_dimension(d, row, to),
        )
        destination = to + 1 if to > row else to  # Qt counts the slot before the move
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._load()
        self.endMoveRows()
        return True

    def reload(self) -> None:
        """As EventTableModel.reload, but nothing at all when the dimensions are the same."""
        if not self._busy and self.state.data.get(self.KEY, []) == self._rows:
            return
        super().reload()
