"""Typed paper sheets in the secretariat's event file, with double entry: each cell is kept
per pass with the clerk who typed it; once two clerks agree, the sheet is written as an
ordinary paper sheet (storage/paper.py) among the collected inputs, which the merge reads
like any other."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from scoring.model import Event
from scoring.numbers import to_decimal
from scoring.validation import check_score
from storage.clock import now
from storage.errors import InputError
from storage.lean_sqlite_utils import Database
from storage.paper import read_paper_sheet, write_paper_sheet

if TYPE_CHECKING:
    from storage.secretariat import CollectedInput

COMMENT = "comment"  # the paper-cell field that holds a project's comment


@dataclass(frozen=True)
class PaperDifference:
    project: str
    field: str
    first: str
    second: str


class PaperEntries:
    """The double-entry part of EventStore (which provides these attributes)."""

    db: Database
    inputs_dir: Path

    def _audit(self, what: str, detail: str, clerk: str = "") -> None:
        raise NotImplementedError

    def input_paths(self) -> list[Path]:
        raise NotImplementedError

    def set_paper_cell(
        self, judge: str, pass_no: int, clerk: str, project: str, field: str, value: str
    ) -> None:
        """One typed cell of a paper sheet; pass 1 and pass 2 are typed by different clerks."""
        if pass_no not in (1, 2):
            raise ValueError("pass is 1 or 2")
        value = value.strip()
        at = now()
        with self.db.atomic():
            if value:
                self.db.execute(
                    "INSERT OR REPLACE INTO paper_cells VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [judge, pass_no, project, field, value, clerk, at],
                )
            else:
                self.db.execute(
                    "DELETE FROM paper_cells WHERE judge = ? AND pass = ? AND project = ? "
                    "AND field = ?",
                    [judge, pass_no, project, field],
                )
            self._audit("paper", f"{judge} pass {pass_no} {project} {field} = {value}", clerk)

    def paper_cells(self, judge: str, pass_no: int) -> dict[tuple[str, str], str]:
        return {
            (project, field): value
            for project, field, value in self.db.execute(
                "SELECT project, field, value FROM paper_cells WHERE judge = ? AND pass = ?",
                [judge, pass_no],
            )
        }

    def paper_clerks(self, judge: str) -> dict[int, set[str]]:
        clerks: dict[int, set[str]] = {1: set(), 2: set()}
        for pass_no, clerk in self.db.execute(
            "SELECT DISTINCT pass, clerk FROM paper_cells WHERE judge = ?", [judge]
        ):
            clerks[int(pass_no)].add(str(clerk))
        return clerks

    def paper_judges(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT DISTINCT judge FROM paper_cells")]

    def paper_differences(self, judge: str) -> list[PaperDifference]:
        """Every cell where the two passes disagree (numbers compared as numbers)."""
        first, second = self.paper_cells(judge, 1), self.paper_cells(judge, 2)
        out = []
        for key in sorted(set(first) | set(second)):
            a, b = first.get(key, ""), second.get(key, "")
            if not _same_cell(a, b):
                out.append(PaperDifference(key[0], key[1], a, b))
        return out

    def write_paper_input(self, judge: str, event: Event) -> CollectedInput:
        """Write the agreed typed sheet as a paper-sheet input (replacing an earlier one).

        Refused while the passes disagree, a pass is missing, or both were typed by the same
        clerk; a value off the rubric's grid is refused with the cell named."""
        first, second = self.paper_cells(judge, 1), self.paper_cells(judge, 2)
        if not first or not second:
            raise InputError("both clerks must type the sheet before it counts", kind="paper")
        clerks = self.paper_clerks(judge)
        if clerks[1] & clerks[2]:
            raise InputError("the second pass must be typed by another clerk", kind="paper")
        if self.paper_differences(judge):
            raise InputError("the two passes still disagree", kind="paper")
        rows: list[tuple[str, dict[str, Decimal], str]] = []
        for project in event.ordered_projects():
            values: dict[str, Decimal] = {}
            for dim in event.dimensions:
                text = first.get((project.code, dim.key), "")
                if text:
                    try:
                        values[dim.key] = check_score(dim, text)
                    except ValueError as error:
                        raise InputError(
                            f"{project.code} {dim.name}: {error}", kind="paper"
                        ) from None
            comment = first.get((project.code, COMMENT), "")
            if values or comment:
                rows.append((project.code, values, comment))
        name = f"paper-{judge}.csv"
        self.inputs_dir.mkdir(parents=True, exist_ok=True)
        path = self.inputs_dir / name
        write_paper_sheet(path, event, judge, rows)
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        at = now()
        with self.db.atomic():
            self.db.execute(
                "INSERT OR REPLACE INTO inputs VALUES (?, ?, ?, ?)",
                [name, f"typed by {', '.join(sorted(clerks[1] | clerks[2]))}", sha, at],
            )
            self._audit("paper agreed", f"{judge} → {name}")
        from storage.secretariat import CollectedInput

        return CollectedInput(path, "typed", at)

    def paper_input_matches(self, judge: str, event: Event) -> bool | None:
        """Whether the judge's written paper-sheet input still holds what the typed sheet
        holds (a cell fixed after "use this sheet" means it must be written again); None
        if no typed sheet of this judge is among the inputs."""
        path = self.inputs_dir / f"paper-{judge}.csv"
        if path not in self.input_paths():
            return None
        try:
            sheet = read_paper_sheet(path, event)
        except InputError:
            return False
        written: dict[tuple[str, str], object] = {
            (row.project, key): value for row in sheet.rows for key, value in row.values.items()
        }
        written.update({(row.project, COMMENT): row.comment for row in sheet.rows if row.comment})
        typed: dict[tuple[str, str], object] = {}
        for (project, field), text in self.paper_cells(judge, 1).items():
            try:
                typed[(project, field)] = text if field == COMMENT else to_decimal(text)
            except (ValueError, ArithmeticError):
                return False
        return written == typed


def _same_cell(a: str, b: str) -> bool:
    if a == b:
        return True
    try:
        return to_decimal(a) == to_decimal(b)
    except (ValueError, ArithmeticError):
        return False
