"""Paper sheets: one judge's scores typed in from paper, as .csv or .xlsx (DESIGN.md §5).

Reading checks only the sheet's shape and that every score is a number; score ranges and
whether judge and projects are known are the merge's business, reported per row there.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from scoring.model import Event
from scoring.numbers import NumberError, to_decimal
from storage import headers as h
from storage.atomic import atomic_write
from storage.errors import InputError

KIND = "bad_paper_sheet"
SUFFIXES = (".csv", ".xlsx")
_FORMULA_START = ("=", "+", "-", "@")  # Excel would run such a cell as a formula
_MAX_LISTED = 10  # problems named in one message; a clerk fixes those and tries again


@dataclass(frozen=True)
class PaperRow:
    project: str
    values: dict[str, Decimal]  # dimension key → score; a blank cell is absent
    comment: str
    row: int  # the row number Excel shows (1 = header)


@dataclass(frozen=True)
class PaperSheet:
    judge: str
    rows: tuple[PaperRow, ...]
    source: str


def read_paper_sheet(path: Path, event: Event) -> PaperSheet:
    """The judge and rows of a paper sheet; InputError (kind 'bad_paper_sheet') if unusable."""

    def refuse(message: str) -> InputError:
        return InputError(message, source=str(path), kind=KIND)

    suffix = path.suffix.lower()
    if suffix == ".csv":
        grid: Sequence[Sequence[object]] = _read_csv(path)
    elif suffix == ".xlsx":
        grid = h.load_xlsx(path, "paper sheet", KIND, first_only=True)[""]
    else:
        raise refuse("a paper sheet must be a .csv or .xlsx file")
    fixed = (h.PAPER_JUDGE, h.PAPER_PROJECT, h.PAPER_COMMENT)
    names = h.column_names(fixed)
    for dim in event.dimensions:
        for name in (dim.key, dim.name, dim.name_en):
            names.setdefault(h.norm(name), dim.key)
    if not any(h.cell_text(cell) for line in grid for cell in line):
        raise refuse("the sheet is empty")
    table = h.make_table("", grid, names, [h.PAPER_JUDGE, h.PAPER_PROJECT])
    missing = [c.label for c in table.missing]
    missing += [f"{d.name} / {d.key}" for d in event.dimensions if d.key not in table.columns]
    if missing:
        raise refuse(
            f"columns missing from the header (row {table.header_row}): " + ", ".join(missing)
        )

    problems: list[str] = []
    judges: dict[str, int] = {}  # judge → first row, to name rows when there are several
    seen: dict[str, int] = {}  # project → first row: a project typed twice is a typing error
    rows = []
    for row, rec in table.rows:
        values: dict[str, Decimal] = {}
        for dim in event.dimensions:
            text = rec[dim.key]
            try:
                if text:
                    values[dim.key] = to_decimal(text)
            except NumberError:
                column = table.header(dim.key)
                problems.append(f"row {row}, column {column}: '{text}' is not a number")
        if not rec["project"] and not values and not rec["comment"]:
            continue  # only the judge filled in: an unused line of the form
        for key in ("judge", "project"):
            if not rec[key]:
                problems.append(f"row {row}, column {table.header(key)}: the cell is empty")
        if rec["judge"]:
            judges.setdefault(rec["judge"], row)
        if rec["project"] in seen:
            problems.append(
                f"row {row}: project {rec['project']} is also on row {seen[rec['project']]}"
            )
        seen.setdefault(rec["project"], row)
        rows.append(PaperRow(rec["project"], values, rec["comment"], row))
    if len(judges) > 1:
        found = ", ".join(f"{judge} (row {row})" for judge, row in judges.items())
        problems.insert(
            0, f"the sheet holds scores of more than one judge: {found}; make one sheet per judge"
        )
    if problems:
        more = len(problems) - _MAX_LISTED
        raise refuse("; ".join(problems[:_MAX_LISTED]) + (f"; and {more} more" if more > 0 else ""))
    if not rows:
        raise refuse("the sheet has no scores")
    return PaperSheet(next(iter(judges)), tuple(rows), str(path))


def _read_csv(path: Path) -> list[list[str]]:
    return [[_unescape(cell) for cell in row] for row in h.read_csv(path, "paper sheet", KIND)]


def _unescape(cell: str) -> str:
    """Undo the quote that write_paper_sheet puts before '=', '+', '-' and '@'."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(_FORMULA_START) else cell


def write_paper_sheet(
    path: Path,
    event: Event,
    judge_id: str,
    rows: Sequence[tuple[str, Mapping[str, Decimal], str]],
) -> None:
    """A paper sheet with Chinese headers: .csv (UTF-8 with BOM, for Excel) or .xlsx."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValueError(f"a paper sheet is written as .csv or .xlsx, not {path.name}")
    dims = event.dimensions
    header = [h.PAPER_JUDGE.zh, h.PAPER_PROJECT.zh, *(d.name for d in dims), h.PAPER_COMMENT.zh]
    body = [
        [judge_id, project, *(values.get(d.key) for d in dims), comment]
        for project, values, comment in rows
    ]

    def write_csv(temp: Path) -> None:
        with temp.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows([_csv_cell(cell) for cell in line] for line in body)

    def write_xlsx(temp: Path) -> None:
        from openpyxl import Workbook

        book = Workbook()
        cells = [[h.excel_number(c) if isinstance(c, Decimal) else c for c in r] for r in body]
        h.fill_sheet(book.active, header, cells)
        book.active.title = "评分表"
        book.save(temp)

    atomic_write(path, write_csv if suffix == ".csv" else write_xlsx)


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    text = str(value)
    # A leading quote keeps Excel from running the cell as a formula (DESIGN.md §6).
    return "'" + text if text.startswith(_FORMULA_START) else text
