"""Projects from any sheet (.xlsx or .csv) through a column mapping chosen by the clerk.

The sheet is read as text under the same guards as the event workbook and paper sheets;
``guess_mapping`` proposes a column for each project field from the header names (Chinese or
English), and ``apply_mapping`` turns the rows into project dicts (the format of
``scoring.serialize.event_to_dict``) with every problem named by its row and column.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scoring.numbers import NumberError, to_decimal
from storage import headers as h
from storage.errors import InputError

KIND = "bad_project_sheet"
SUFFIXES = (".xlsx", ".csv")
FIELDS = ("code", "title", "unit", "category", "presenter", "order", "summary")
REQUIRED = ("code", "title")  # a project cannot be imported without these columns
# Header names per field, the preferred first: a sheet with both 项目编号 and 序号 maps the
# first to the code. Whole names match before names found inside a longer header.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "code": ("项目编号", "编号", "code", "project code", "序号", "no", "number", "id"),
    "title": ("项目名称", "名称", "title", "project title", "project", "name", "项目"),
    "unit": ("参评单位", "申报单位", "单位", "unit", "organisation", "organization"),
    "category": ("类别", "组别", "category", "group"),
    "presenter": ("陈述人", "汇报人", "presenter", "speaker"),
    "order": ("答辩顺序", "顺序", "order"),
    "summary": ("简介", "摘要", "项目简介", "summary", "abstract"),
}
_HEADER_SEARCH = 5  # the header is one of the first non-empty rows (a title line may be above)

Mapping_ = dict[str, int | None]  # project field → column index in the sheet, or None


@dataclass(frozen=True)
class SheetGrid:
    """Every row of the sheet as text; ``rows[i]`` is the row Excel shows as i + 1."""

    source: str
    rows: tuple[tuple[str, ...], ...]

    @property
    def width(self) -> int:
        return max((len(row) for row in self.rows), default=0)

    def guess_header_row(self) -> int:
        """The Excel row number of the header: of the first non-empty rows, the one naming
        the most project fields (the first non-empty row when none names any)."""
        filled = [i for i, row in enumerate(self.rows) if any(row)][:_HEADER_SEARCH]
        if not filled:
            return 1
        best = max(filled, key=lambda i: (_named(self.rows[i]), -i))
        return best + 1

    def headers(self, header_row: int) -> list[str]:
        row = self.rows[header_row - 1] if 0 < header_row <= len(self.rows) else ()
        return [row[i] if i < len(row) else "" for i in range(self.width)]

    def body(self, header_row: int) -> list[tuple[int, tuple[str, ...]]]:
        """(Excel row, cells) under the header; empty rows are left out."""
        return [
            (number, row)
            for number, row in enumerate(self.rows[header_row:], start=header_row + 1)
            if any(row)
        ]


@dataclass(frozen=True)
class RowProblem:
    row: int  # Excel row number
    column: str  # the header as typed in the sheet ('' = the whole row)
    message: str
    skipped: bool  # the row is not imported (no code, a code twice)

    def __str__(self) -> str:
        place = f"row {self.row}, column {self.column}" if self.column else f"row {self.row}"
        return f"{place}: {self.message}"


@dataclass(frozen=True)
class PreviewRow:
    row: int  # Excel row number
    values: dict[str, Any]  # the project as imported, or the row's cells when skipped
    imported: bool


@dataclass
class SheetImport:
    projects: list[dict[str, Any]] = field(default_factory=list)  # the rows to import
    new_categories: list[dict[str, Any]] = field(default_factory=list)  # named, not existing
    problems: list[RowProblem] = field(default_factory=list)
    rows: list[PreviewRow] = field(default_factory=list)  # every row read, for a preview

    def problems_of(self, row: int) -> list[RowProblem]:
        return [p for p in self.problems if p.row == row]

    @property
    def skipped(self) -> int:
        return len({p.row for p in self.problems if p.skipped})


def _named(row: Sequence[str]) -> int:
    guessed = guess_mapping(list(row))
    return sum(1 for index in guessed.values() if index is not None)


# -- reading -------------------------------------------------------------------------------
def read_sheet(path: Path) -> SheetGrid:
    """The first sheet of an .xlsx or a .csv as text; InputError (kind 'bad_project_sheet')."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        grid: Sequence[Sequence[object]] = h.load_xlsx(
            path, "project sheet", KIND, first_only=True
        )[""]
    elif suffix == ".csv":
        grid = _read_csv(path)
    else:
        raise InputError(
            "choose an Excel workbook (.xlsx) or a CSV file", source=str(path), kind=KIND
        )
    rows = [[h.cell_text(cell) for cell in row] for row in grid]
    while rows and not any(rows[-1]):
        rows.pop()
    if not rows:
        raise InputError("the sheet is empty", source=str(path), kind=KIND)
    width = max(len(row) for row in rows)
    while width and not any(row[width - 1] for row in rows if len(row) >= width):
        width -= 1  # trailing empty columns (pandas pads every row to the widest)
    return SheetGrid(str(path), tuple(tuple(row[:width]) for row in rows))


def _read_csv(path: Path) -> list[list[str]]:
    return h.read_csv(path, "project sheet", KIND)


# -- the mapping ---------------------------------------------------------------------------
def column_letter(index: int) -> str:
    """0 → 'A', 26 → 'AA': how Excel names a column."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def guess_mapping(headers: Sequence[str]) -> Mapping_:
    """A column per field from the header names; each column is used once at most."""
    mapping: Mapping_ = dict.fromkeys(FIELDS)
    used: set[int] = set()
    # Whole names first (or a part such as '项目名称 (title)'), each field's preferred first.
    for key in FIELDS:
        for synonym in SYNONYMS[key]:
            wanted = {h.norm(synonym): key}
            index = next(
                (
                    i
                    for i, text in enumerate(headers)
                    if i not in used and text and h.match_name(text, wanted)
                ),
                None,
            )
            if index is not None:
                mapping[key] = index
                used.add(index)
                break
    # Then a Chinese name inside a longer header: the longest, then the earliest in the header
    # wins, so '申报单位名称' and '单位名称' are units and '项目全称' is a title.
    names = [h.norm(text) for text in headers]
    inside = sorted(
        (-len(s), name.index(s), key, i)
        for key in FIELDS
        for s in map(h.norm, SYNONYMS[key])
        if len(s) > 1 and not s.isascii()
        for i, name in enumerate(names)
        if s in name
    )
    for _, _, key, index in inside:
        if mapping[key] is None and index not in used:
            mapping[key] = index
            used.add(index)
    return mapping


class _Categories:
    """Resolve a typed category by key or name; unknown names become new categories."""

    def __init__(self, existing: Sequence[Mapping[str, Any]]) -> None:
        self.known: dict[str, str] = {}
        for cat in existing:
            self.known.setdefault(h.norm(str(cat["name"])), cat["key"])
        for cat in existing:
            self.known[h.norm(cat["key"])] = cat["key"]  # a key wins over a name
        self.next_order = max((int(c.get("order", 0)) for c in existing), default=0) + 1
        self.new: list[dict[str, Any]] = []

    def key(self, text: str) -> str:
        if not text:
            return ""
        found = self.known.get(h.norm(text))
        if found is None:
            found = text
            self.new.append({"key": text, "name": text, "order": self.next_order})
            self.next_order += 1
            self.known[h.norm(text)] = text
        return found


def apply_mapping(
    grid: SheetGrid,
    header_row: int,
    mapping: Mapping[str, int | None],
    categories: Sequence[Mapping[str, Any]] = (),
    existing_codes: Sequence[str] = (),
) -> SheetImport:
    """The projects the sheet's rows give under ``mapping``, and every problem by row.

    A row without a code, or with a code already given (above, or in ``existing_codes``
    when appending), is skipped; other problems are reported but the row is imported, so the
    clerk fixes them in the table. Categories are matched by key or name; a name that matches
    none becomes a new category (key = name).
    """
    headers = grid.headers(header_row)
    out = SheetImport()
    missing = [key for key in REQUIRED if mapping.get(key) is None]
    if missing:
        raise ValueError(f"choose a column for: {', '.join(missing)}")
    cats = _Categories(categories)
    seen: dict[str, int] = {}  # code → Excel row
    taken = set(existing_codes)

    def column(key: str) -> str:
        index = mapping.get(key)
        return (headers[index] or column_letter(index)) if index is not None else key

    for number, row in grid.body(header_row):
        rec = {
            key: (row[i] if (i := mapping.get(key)) is not None and i < len(row) else "")
            for key in FIELDS
        }
        code = rec["code"]
        if not code and not any(rec.values()):
            continue  # the row holds only columns nobody imports
        if not code:
            skip = "the code is empty; the row is not imported"
        elif code in seen:
            skip = f"the code {code} is also on row {seen[code]}; not imported"
        elif code in taken:
            skip = f"the project {code} already exists; not imported"
        else:
            skip = ""
        if skip:
            out.problems.append(RowProblem(number, column("code"), skip, True))
            out.rows.append(PreviewRow(number, rec, False))
            continue
        seen[code] = number
        for key in ("title", "unit", "category"):
            if mapping.get(key) is not None and not rec[key]:
                out.problems.append(RowProblem(number, column(key), f"the {key} is empty", False))
        order = 0
        if rec["order"]:
            try:
                order = _whole(rec["order"])
            except ValueError:
                message = f"'{rec['order']}' is not a whole number; the order is left at 0"
                out.problems.append(RowProblem(number, column("order"), message, False))
        project = {**rec, "category": cats.key(rec["category"]), "order": order}
        out.projects.append(project)
        out.rows.append(PreviewRow(number, project, True))
    out.new_categories = cats.new
    return out


def _whole(text: str) -> int:
    """'3', '3.0' (a number cell as read) → 3; ValueError otherwise."""
    try:
        value = to_decimal(text)
    except NumberError:
        raise ValueError(text) from None
    if value != value.to_integral_value():
        raise ValueError(text)
    return int(value)
