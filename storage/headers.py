"""Spreadsheet plumbing shared by the event workbook and paper sheets.

zh/en sheet and column names (DESIGN.md §5), tolerant header matching, cell values as exact
text, a guarded .xlsx reader for untrusted files, and a formatted sheet writer.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import math
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from scoring.model import Band
from storage.errors import InputError

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

MAX_FILE_BYTES = 20 * 1024 * 1024
# A small .xlsx can unpack to gigabytes (a "zip bomb"); real workbooks stay far below this.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls and password-protected .xlsx


@dataclass(frozen=True)
class Column:
    """A column (or Event field): its key, which is also its English name, and its zh name."""

    key: str
    zh: str
    required: bool = False

    @property
    def label(self) -> str:
        return f"{self.zh} / {self.key}"


@dataclass(frozen=True)
class SheetSpec:
    en: str
    zh: str
    columns: tuple[Column, ...]

    @property
    def label(self) -> str:
        return f"{self.zh} / {self.en}"


def _cols(spec: str) -> tuple[Column, ...]:
    """'key 中文 *' per item; '*' marks a required column."""
    out = []
    for item in spec.split(","):
        key, zh, *flag = item.split()
        out.append(Column(key, zh, bool(flag)))
    return tuple(out)


EVENT = SheetSpec("Event", "评审会", _cols("field 项目 *, value 值 *"))
RUBRIC = SheetSpec(
    "Rubric",
    "评分维度",
    _cols("key 键 *, name 名称 *, name_en 英文名称, max 满分 *, step 步长, guidance 评分指引"),
)
CATEGORIES = SheetSpec("Categories", "类别", _cols("key 键 *, name 名称 *, order 顺序"))
PROJECTS = SheetSpec(
    "Projects",
    "项目",
    _cols(
        "code 编号 *, title 项目名称 *, unit 参评单位 *, category 类别 *, presenter 陈述人, "
        "order 顺序, summary 简介"
    ),
)
JUDGES = SheetSpec(
    "Judges",
    "评委",
    _cols("id 编号 *, name 姓名 *, affiliation 单位, role 身份, order 顺序, categories 评审类别"),
)
CONFLICTS = SheetSpec(
    "Conflicts", "回避", _cols("judge 评委编号 *, project 项目编号, unit 参评单位, reason 原因")
)
SHEETS = (EVENT, RUBRIC, CATEGORIES, PROJECTS, JUDGES, CONFLICTS)

# Fields of the Event sheet, in the order the template lists them.
EVENT_FIELDS = _cols(
    "name 名称, date 日期, venue 地点, organiser 主办单位, language 语言, aggregate 计分方法, "
    "trim 去掉最高最低各, min_judges_for_trim 最少评委数, basis 计分基准, decimals 小数位数, "
    "tie_break 同分比较顺序, top_n 入选数, deviation_limit 偏离提示分差, "
    "presentation_minutes 陈述时长, qa_minutes 答辩时长, id 编号"
)

_LIST_SEP = re.compile(r"[,，、;；]")
_BAND_SEP = re.compile(r"[;；,，、\n]")
_BAND = re.compile(
    r"^(?P<label>.*?)\s*(?P<low>\d+(?:\.\d+)?)\s*(?:-|–|—|~|～|至|到)\s*(?P<high>\d+(?:\.\d+)?)\s*分?$"
)

PAPER_JUDGE = Column("judge", "评委编号", True)
PAPER_PROJECT = Column("project", "项目编号", True)
PAPER_COMMENT = Column("comment", "备注")


def norm(text: str) -> str:
    """Compare names ignoring case, width, surrounding spaces and space/underscore/hyphen."""
    text = unicodedata.normalize("NFKC", text).strip().casefold()
    return re.sub(r"[\s_\-]+", " ", text)


def _aliases(spec: str) -> dict[str, str]:
    """'key alias alias; key …' → {norm(name): key}."""
    out: dict[str, str] = {}
    for item in spec.split(";"):
        key, *aliases = item.split()
        out.update({norm(alias): key for alias in (key, *aliases)})
    return out


# Values of the Event sheet's choice fields: the key, or a Chinese or English name of it.
CHOICES = {
    "aggregate": _aliases("trimmed 去掉最高最低 截尾平均; mean 平均; median 中位数; zscore 标准分"),
    "basis": _aliases("total 总分; dimension 维度 分项"),
    "language": _aliases("zh 中文; en english 英文"),
}


def _variants(header: str) -> list[str]:
    """A header as typed, plus its parts, so '满分 (max)' or '满分/max' also match."""
    whole = norm(header)
    parts = [norm(p) for p in re.split(r"[()/|\n（）]", unicodedata.normalize("NFKC", header))]
    return [whole, *(p for p in parts if p and p != whole)]


def match_name(header: str, names: Mapping[str, str]) -> str | None:
    """The key whose normalised name matches the header; ``names`` maps norm(name) → key."""
    for variant in _variants(header):
        if variant in names:
            return names[variant]
    return None


def column_names(columns: Iterable[Column]) -> dict[str, str]:
    names: dict[str, str] = {}
    for column in columns:
        names.setdefault(norm(column.key), column.key)
        names.setdefault(norm(column.zh), column.key)
    return names


def find_sheet(sheet_names: Sequence[str], spec: SheetSpec) -> str | None:
    wanted = {norm(spec.en): spec.en, norm(spec.zh): spec.en}
    return next((name for name in sheet_names if match_name(name, wanted)), None)


def cell_text(value: object) -> str:
    """A cell as exact text: numbers through their shortest repr, dates as ISO dates."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""  # pandas gives NaN for Excel error cells such as #N/A
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value).strip()


def split_list(text: str) -> list[str]:
    """'a, b，c、d' → ['a', 'b', 'c', 'd']: Chinese and English commas both separate."""
    return [item.strip() for item in _LIST_SEP.split(text) if item.strip()]


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")


def guidance_text(bands: Iterable[Band]) -> str:
    return "; ".join(f"{b.label} {_plain(b.low)}-{_plain(b.high)}" for b in bands)


def parse_guidance(text: str) -> tuple[Band, ...]:
    """'优 27-30; 良 21-26.5' → bands; ValueError names the part that cannot be read."""
    bands = []
    for part in (p.strip() for p in _BAND_SEP.split(text)):
        match = _BAND.match(part)
        if part and (match is None or not match["label"]):
            raise ValueError(f"cannot read the band '{part}'; write it like '优 27-30'")
        if match:
            bands.append(Band(match["label"], Decimal(match["low"]), Decimal(match["high"])))
    return tuple(bands)


@dataclass
class Table:
    """One sheet's rows under its header; ``columns`` maps key → (index, header as typed)."""

    sheet: str
    header_row: int
    columns: dict[str, tuple[int, str]]
    rows: list[tuple[int, dict[str, str]]]  # (Excel row, key → text), empty rows skipped
    missing: list[Column]

    def header(self, key: str, fallback: str = "") -> str:
        return self.columns[key][1] if key in self.columns else fallback


def make_table(
    sheet: str,
    grid: Sequence[Sequence[object]],
    names: Mapping[str, str],
    required: Iterable[Column] = (),
) -> Table:
    """Rows under the header; columns matched through ``names`` (norm(name) → key)."""
    texts = [[cell_text(v) for v in row] for row in grid]

    def matches(index: int) -> int:
        return sum(1 for text in texts[index] if text and match_name(text, names))

    # A title line above the header is common: take the top row naming the most columns.
    top = [i for i, row in enumerate(texts) if any(row)][:5]
    header_at = max(top, key=matches, default=len(texts))
    columns: dict[str, tuple[int, str]] = {}
    for index, header in enumerate(texts[header_at] if header_at < len(texts) else []):
        key = match_name(header, names) if header else None
        if key is not None and key not in columns:
            columns[key] = (index, header)
    rows = []
    for offset, row in enumerate(texts[header_at + 1 :], start=header_at + 2):
        record = dict.fromkeys(names.values(), "")  # absent optional columns read as blank
        record.update({k: row[i] if i < len(row) else "" for k, (i, _) in columns.items()})
        if any(record[k] for k in columns):
            rows.append((offset, record))
    missing = [c for c in required if c.key not in columns]
    return Table(sheet, header_at + 1, columns, rows, missing)


def check_file(path: Path, what: str, kind: str) -> None:
    """Refuse folders, missing and oversized files before any parser sees them."""
    try:
        if path.is_dir():
            raise InputError(
                f"this is a folder; choose the {what} file", source=str(path), kind=kind
            )
        if not path.is_file():
            raise InputError(f"there is no {what} file here", source=str(path), kind=kind)
        size = path.stat().st_size
    except OSError as error:
        raise InputError(
            f"the {what} cannot be opened ({error.strerror})", source=str(path), kind=kind
        ) from error
    if size > MAX_FILE_BYTES:
        raise InputError(
            f"the file is larger than {MAX_FILE_BYTES // 2**20} MB; is this the right {what}?",
            source=str(path),
            kind=kind,
        )


def load_xlsx(
    path: Path,
    what: str,
    kind: str,
    *,
    first_only: bool = False,
) -> dict[str, list[list[object]]]:
    """Every sheet (or only the first) as rows of cell values; errors become InputError."""
    check_file(path, what, kind)

    def refuse(message: str) -> InputError:
        return InputError(message, source=str(path), kind=kind)

    try:
        with path.open("rb") as handle:
            magic = handle.read(8)
        if magic == _OLE_MAGIC:
            raise refuse(
                "this is an old Excel 97–2003 (.xls) file or a password-protected "
                "workbook; save it in Excel as an unprotected Excel Workbook (.xlsx)"
            )
        if not zipfile.is_zipfile(path):
            raise refuse(f"this is not an Excel workbook (.xlsx); is it the right {what}?")
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if "[Content_Types].xml" not in {info.filename for info in infos}:
                raise refuse(f"this is not an Excel workbook (.xlsx); is it the right {what}?")
            if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES:
                raise refuse("the workbook is too large when unpacked; is this the right file?")
        import pandas as pd  # lazily: pandas costs ~0.3 s to import (STACK-NOTES.md)

        # Text and numbers as Excel holds them: no NaN for blanks, no guessing of types.
        frames = pd.read_excel(
            path,
            sheet_name=0 if first_only else None,
            header=None,
            dtype=object,
            keep_default_na=False,
            engine="openpyxl",
        )
    except InputError:
        raise
    except OSError as error:
        if error.errno is None:  # openpyxl's "not a workbook" errors are OSErrors too
            raise refuse("the file is damaged or is not an Excel workbook") from error
        raise refuse(f"the {what} cannot be read ({error.strerror})") from error
    except Exception as error:  # openpyxl, zipfile, zlib and XML parsers raise many types
        raise refuse("the file is damaged or is not an Excel workbook") from error
    if first_only:
        return {"": frames.values.tolist()}
    return {str(name): frame.values.tolist() for name, frame in frames.items()}


def fill_sheet(sheet: Worksheet, header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Write header and rows to an openpyxl sheet: bold frozen header, fitted widths.

    Text is always stored as text, so a cell like '=HYPERLINK(…)' never becomes a formula.
    """
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    widths = [0] * len(header)
    for r, values in enumerate([list(header), *map(list, rows)], start=1):
        for c, value in enumerate(values, start=1):
            cell = sheet.cell(row=r, column=c)
            if isinstance(value, str):
                cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
                cell.data_type = "s"
            else:
                cell.value = value
            if r == 1:
                cell.font = Font(bold=True)
            if c <= len(widths):
                widths[c - 1] = max(widths[c - 1], _display_width(cell_text(value)))
    for c, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = min(max(width + 2, 8), 60)
    sheet.freeze_panes = "A2"


def _display_width(text: str) -> int:
    """Chinese characters take two columns in Excel's default font."""
    line = max(text.splitlines() or [""], key=len)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def excel_number(value: Decimal) -> int | float:
    """A decimal as an Excel number; scores have few digits, so the float is exact enough
    to give back the same decimal through its shortest repr."""
    return int(value) if value == value.to_integral_value() else float(value)


def read_csv(path: Path, what: str, kind: str) -> list[list[str]]:
    """The rows of a CSV file as text: any of the encodings and delimiters Excel writes."""
    check_file(path, what, kind)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(
            f"the {what} cannot be read ({error.strerror})", source=str(path), kind=kind
        ) from error
    text = decode_text(data, str(path), kind)
    if "\x00" in text:
        raise InputError("this is not a CSV text file", source=str(path), kind=kind)
    first = next((line for line in text.splitlines() if line.strip()), "")
    # Excel writes ';' in some locales and tabs for "Unicode text"; commas otherwise.
    delimiter = max(",;\t", key=first.count)
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise InputError(
            f"the CSV file cannot be read ({error})", source=str(path), kind=kind
        ) from error


def decode_text(data: bytes, source: str, kind: str) -> str:
    """UTF-8 with or without BOM, UTF-16 with BOM, else GB18030 (Excel on Chinese Windows)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ["utf-16"]
    else:
        encodings = ["utf-8-sig", "gb18030"]
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(
        "the file's text encoding is not readable; save it as 'CSV UTF-8'", source=source, kind=kind
    )
