"""ranking.xlsx's cells and sheets (used by reports.xlsx): numbers with their published
places, text stored as text (quote-prefixed when Excel would run it), column widths, legal and
unique sheet names.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from xlsxwriter import Workbook
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

_FORMULA_START = ("=", "+", "-", "@")  # Excel runs a typed cell starting so as a formula
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_SHEET_MAX = 31
# Typed into Excel, these become error values; like formulas they keep the quote prefix.
_ERROR_CODES = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))
# The control characters XML 1.0 cannot hold (tab, line feed and carriage return it can).
_ILLEGAL_CHARACTERS = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")
_TEXT_MAX = 32767  # characters in a cell
_DIGIT_PIXELS = 7  # Calibri 11's digit: a <col> width of W characters is 7 W pixels

Row = list[Any]


# -- cells -----------------------------------------------------------------------------------
class Number:
    """A decimal shown with a fixed number of places (its own, or ``places`` if more)."""

    def __init__(self, value: str | Decimal | None, places: int = 0) -> None:
        self.value: Decimal | None = None
        self.text = "" if value is None else str(value)
        self.places = places
        try:
            number = Decimal(self.text)
        except InvalidOperation:  # empty, or not a number after all: keep it as text
            return
        if number.is_finite():
            self.places = max(places, -int(number.as_tuple().exponent))
            self.value = number
            self.text = format(number, f".{self.places}f")

    def number_format(self) -> str:
        return "0." + "0" * self.places if self.places else "0"


def _clean(text: str) -> str:
    """XML cannot hold most control characters; show them as □ like the PDFs do."""
    return _ILLEGAL_CHARACTERS.sub("□", text)[:_TEXT_MAX]


@functools.lru_cache(maxsize=4096)  # names, codes and labels repeat on thousands of rows
def _text(text: str) -> tuple[str, bool]:
    """The cleaned text, and whether Excel would run it (a formula or an error value) if it
    were typed in, so that it needs the quote prefix."""
    text = _clean(text)
    return text, text.startswith(_FORMULA_START) or text in _ERROR_CODES


class Output:
    """The workbook and its few cell formats, each made once (XlsxWriter keeps every Format)."""

    def __init__(self, book: Workbook) -> None:
        self.book = book
        bold, quote = {"bold": True}, {"quote_prefix": True}
        # [bold][quote prefix]: the header row is bold; text Excel would run is quoted.
        self.text: tuple[tuple[Format | None, Format], ...] = (
            (None, book.add_format(quote)),
            (book.add_format(bold), book.add_format(bold | quote)),
        )
        self.numbers: dict[int, Format] = {}

    def number(self, value: Number) -> Format:
        """'0', '0.0', '0.00', …: the places the published string has."""
        style = self.numbers.get(value.places)
        if style is None:
            style = self.book.add_format({"num_format": value.number_format()})
            self.numbers[value.places] = style
        return style


def _write_row(sheet: Worksheet, out: Output, r: int, row: Row, bold: bool = False) -> None:
    """One row of cells. Text always goes through ``write_string``: ``write`` would store
    '=1+1' as a formula. Empty text and ``None`` make no cell at all (an empty string cell
    costs time and reads back as ""). ``bold`` is for the header row, which is all text."""
    text_styles = out.text[bold]
    for c, value in enumerate(row):
        if value is None:
            continue
        if isinstance(value, Number):
            number = float(value.value) if value.value is not None else math.nan
            if math.isfinite(number):  # the exact decimal, shown with its published places
                sheet.write_number(r, c, number, out.number(value))
                continue
            value = value.text  # not a number after all, or beyond a double: keep the text
        elif isinstance(value, bool):
            sheet.write_boolean(r, c, value)
            continue
        elif isinstance(value, int | float):  # ranks, counts, revisions
            sheet.write_number(r, c, value)
            continue
        text, risky = _text(str(value))
        if text:
            sheet.write_string(r, c, text, text_styles[risky])


def _width(value: Any) -> int:
    if isinstance(value, Number):
        return len(value.text)
    return 0 if value is None else _text_width(str(value))


@functools.lru_cache(maxsize=4096)  # names, codes and labels repeat on thousands of rows
def _text_width(text: str) -> int:
    """Display width: CJK characters take two columns in Excel's default font."""
    line = max(text.splitlines() or [""], key=len)
    if line.isascii():
        return len(line)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def add_sheet(out: Output, title: str, header: Row, rows: Sequence[Row]) -> None:
    sheet = out.book.add_worksheet(title)
    widths = [_width(h) + 4 for h in header]  # room for the filter button
    for row in rows:
        for c, value in enumerate(row):
            widths[c] = max(widths[c], _width(value))
    for c, width in enumerate(widths):
        # set_column() would add Excel's cell padding; pixels store <col width> as given.
        sheet.set_column_pixels(c, c, min(max(width + 2, 6), 60) * _DIGIT_PIXELS)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, len(rows), len(header) - 1)
    _write_row(sheet, out, 0, header, bold=True)
    for r, row in enumerate(rows, start=1):
        _write_row(sheet, out, r, row)


def sheet_name(name: str, taken: set[str]) -> str:
    """A legal, unique sheet name for a category; ``taken`` holds casefolded names."""
    base = _SHEET_FORBIDDEN.sub("_", _clean(name)).strip().strip("'") or "_"
    candidate, n = _fit(base, ""), 2
    while candidate.casefold() in taken or candidate.casefold() == "history":
        candidate, n = _fit(base, f" ({n})"), n + 1
    taken.add(candidate.casefold())
    return candidate


def _fit(base: str, suffix: str) -> str:
    """Cut to Excel's limit, counted in UTF-16 units as Excel counts them."""
    while len((base + suffix).encode("utf-16-le")) // 2 > _SHEET_MAX:
        base = base[:-1]
    return (base.rstrip().rstrip("'") or "_") + suffix
