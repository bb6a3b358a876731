"""ranking.xlsx: the published results as a spreadsheet, read only from ``data.results``.

Sheets, in this order (Chinese names when ``data.zh``, English otherwise):

- 总排名 / Ranking: every project in overall rank order (unranked last).
- one sheet per category, in category order, named after the category (Excel forbids
  ``[]:*?/\\``, allows 31 characters and compares names case-insensitively, so a name is
  cleaned, cut and numbered " (2)" when needed): the same columns in category rank order.
- 评分明细 / Scores: one row per judge × project × dimension of every counted input, with
  whether the score counted (from each project's ``trace``), the input kind, the
  verification code and the judge's comment on the project.
- 评委 / Judges: ``results['judges']`` (the file name of each input, never its full path).
- 问题 / Problems: ``results['problems']`` and ``data.extra_problems``.

Finals, dimension results and scores are numeric cells holding the exact decimal, shown with
as many places as the published string has, so the displayed text equals results.json.
Ranks and counts are integers. Every text cell is stored as a string, never as a formula;
text starting with ``= + - @`` also gets Excel's quote prefix (what Excel itself stores for
a typed ``'=1+1``), so editing the cell in Excel keeps it text (DESIGN.md §6).
"""

from __future__ import annotations

import functools
import io
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import PureWindowsPath
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from reports.data import ReportData

# Column headers are "|"-separated to keep this table short; dimension names go between
# "ranking" and "ranking_tail".
LABELS: dict[str, dict[str, Any]] = {
    "zh": {
        "sheets": {"ranking": "总排名", "scores": "评分明细", "judges": "评委", "problems": "问题"},
        "ranking": "总排名|编号|项目名称|参评单位|类别|类别内排名",
        "ranking_tail": "最终得分|评分人数|并列|入选|提示",
        "scores": "评委编号|评委姓名|项目编号|维度键|维度|分值|计分|来源|校验码|备注",
        "judges": "评委编号|姓名|来源文件|类型|校验码|版本|状态",
        "problems": "类型|评委|项目|说明|来源文件",
        "yes_no_pending": ("是", "否", "待定"),
        "use": {"counted": "计入", "dropped": "被去掉", "not_counted": "未计入"},
        "kind": {"score-file": "评分文件", "paper": "纸质评分表"},
        "status": {"counted": "计入", "superseded": "被替代", "duplicate": "重复"}
        | {"excluded": "已排除", "rejected": "已拒绝", "missing": "缺失"},
        "flags": {
            "not_trimmed": "评分数 {n_scores} 少于 {min_judges_for_trim}，未去掉最高最低分",
            "deviation": "{judge} 总分 {total} 偏离均值 {panel_mean}（{difference}）",
            "missing": "{judge} 未评分",
            "conflict_excluded": "{judge} 回避，其评分未计入",
            "tie_broken": "与 {with} 最终得分相同，按{by}区分",
            "tie_at_cutoff": "并列第 {rank} 名跨越入选线（前 {top_n} 名），待评审组决定",
            "no_scores": "无评分",
        },
        "list_sep": "、",
        "flag_sep": "；",
    },
    "en": {
        "sheets": {"ranking": "Ranking", "scores": "Scores"}
        | {"judges": "Judges", "problems": "Problems"},
        "ranking": "Overall rank|Code|Title|Unit|Category|Rank in category",
        "ranking_tail": "Final|Scores|Tied|Selected|Notes",
        "scores": "Judge|Judge name|Project|Dimension key|Dimension|Value|Use|Source"
        "|Verification code|Comment",
        "judges": "Judge|Name|Source file|Kind|Verification code|Revision|Status",
        "problems": "Kind|Judge|Project|Message|Source file",
        "yes_no_pending": ("yes", "no", "panel decides"),
        "use": {"counted": "counted", "dropped": "trimmed", "not_counted": "not counted"},
        "kind": {"score-file": "score file", "paper": "paper sheet"},
        "status": {},  # the status keys are English words already
        "flags": {
            "not_trimmed": "{n_scores} scores, fewer than {min_judges_for_trim}: not trimmed",
            "deviation": "{judge} total {total} deviates from the mean {panel_mean} ({difference})",
            "missing": "{judge} has no score",
            "conflict_excluded": "{judge} is conflicted; the score was not counted",
            "tie_broken": "same final as {with}; decided by {by}",
            "tie_at_cutoff": "shared rank {rank} straddles the top {top_n} cut-off; panel decides",
            "no_scores": "no scores",
        },
        "list_sep": ", ",
        "flag_sep": "; ",
    },
}

_FORMULA_START = ("=", "+", "-", "@")  # Excel runs a typed cell starting so as a formula
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_SHEET_MAX = 31
_BOLD = Font(bold=True)

Row = list[Any]


def ranking_xlsx(data: ReportData) -> bytes:
    labels = LABELS["zh" if data.zh else "en"]
    # Write-only mode streams rows; the 250 × 40 event has ~30,000 score rows.
    book = Workbook(write_only=True)
    names = labels["sheets"]
    taken = {name.casefold() for name in names.values()}
    header = _ranking_header(data, labels)
    projects = data.projects()
    overall = sorted(projects, key=lambda p: (p["rank_overall"] is None, p["rank_overall"] or 0))
    _add_sheet(book, names["ranking"], header, [_ranking_row(data, labels, p) for p in overall])
    for category in data.event.ordered_categories():
        # results.json already lists a category's projects in rank order (unranked last).
        rows = [_ranking_row(data, labels, p) for p in projects if p["category"] == category.key]
        _add_sheet(book, _sheet_name(category.name, taken), header, rows)
    _add_sheet(book, names["scores"], labels["scores"].split("|"), _score_rows(data, labels))
    _add_sheet(book, names["judges"], labels["judges"].split("|"), _judge_rows(data, labels))
    _add_sheet(book, names["problems"], labels["problems"].split("|"), _problem_rows(data))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# -- rows ------------------------------------------------------------------------------------
def _dimension_keys(data: ReportData) -> list[str]:
    return [d.key for d in data.event.dimensions]


def _dimension_name(data: ReportData, key: str) -> str:
    try:
        return data.dimension_name(key)
    except KeyError:  # an input may name a dimension the rubric does not have
        return key


def _ranking_header(data: ReportData, labels: Mapping[str, Any]) -> Row:
    dims = [_dimension_name(data, k) for k in _dimension_keys(data)]
    return [*labels["ranking"].split("|"), *dims, *labels["ranking_tail"].split("|")]


def _ranking_row(data: ReportData, labels: Mapping[str, Any], p: Mapping[str, Any]) -> Row:
    dims = p.get("dimensions") or {}
    selected = p["selected"]
    yes, no, pending = labels["yes_no_pending"]
    chosen = pending if selected is None else yes if selected else no
    return [
        p["rank_overall"],
        p["code"],
        p["title"],
        p["unit"],
        data.category_name(p["category"]),
        p["rank_in_category"],
        *(_Number(dims.get(k)) for k in _dimension_keys(data)),
        _Number(p["final"]),
        p["n_scores"],
        yes if p["tied"] else no,
        chosen,
        _flags_text(data, labels, p["flags"]),
    ]


def _flags_text(
    data: ReportData, labels: Mapping[str, Any], flags: Iterable[Mapping[str, str]]
) -> str:
    texts = []
    for flag in flags:
        values = {k: str(v) for k, v in flag.items()}
        if "by" in values:  # dimension keys → names people know
            names = (_dimension_name(data, k.strip()) for k in values["by"].split(","))
            values["by"] = labels["list_sep"].join(names)
        if "with" in values:
            values["with"] = labels["list_sep"].join(c.strip() for c in values["with"].split(","))
        template = labels["flags"].get(values.get("kind", ""))
        if template is None:  # a flag kind this module does not know yet: show it raw
            texts.append(" ".join(f"{k}={v}" for k, v in values.items()))
        else:
            texts.append(template.format_map(_Blank(values)))
    return labels["flag_sep"].join(texts)


class _Blank(dict[str, str]):
    """A missing flag key prints as empty rather than failing the whole report."""

    def __missing__(self, key: str) -> str:
        return ""


def _score_places(data: ReportData) -> int:
    """Judges' numbers show as many places as results.json's trace: decimals or the step's."""
    steps = [-d.step.normalize().as_tuple().exponent for d in data.event.dimensions]
    return max([int(data.results["method"]["decimals"]), *[int(s) for s in steps]])


def _score_rows(data: ReportData, labels: Mapping[str, Any]) -> list[Row]:
    keys = _dimension_keys(data)
    # Whether a score counted is read from the trace (one entry per counted score).
    dropped: dict[tuple[str, str], set[str]] = {}
    for p in data.projects():
        for t in p.get("trace", ()):
            gone = set(keys) if t.get("dropped") else set(t.get("dropped_dimensions", ()))
            dropped[(t["judge"], p["code"])] = gone
    position = {p.code: i for i, p in enumerate(data.event.ordered_projects())}
    dim_position = {k: i for i, k in enumerate(keys)}
    places = _score_places(data)
    rows: list[Row] = []
    for sheet in data.sheets:
        content = sheet.content
        judge = [sheet.judge.id, sheet.judge.name]
        kind = labels["kind"].get(sheet.kind, sheet.kind)
        for code in sorted(content.scores, key=lambda c: (position.get(c, len(position)), c)):
            row = content.sheets.get(code)
            source = [kind, sheet.verification_code, row.comment if row else ""]
            gone = dropped.get((sheet.judge.id, code))
            values = content.scores[code]
            for key in sorted(values, key=lambda k: (dim_position.get(k, len(dim_position)), k)):
                use = "not_counted" if gone is None else "dropped" if key in gone else "counted"
                name, value = _dimension_name(data, key), _Number(values[key], places)
                rows.append([*judge, code, key, name, value, labels["use"][use], *source])
    return rows


def _file_name(source: str) -> str:
    """Only the file name: full paths differ between machines and may name private folders.
    PureWindowsPath splits on both / and \\, whichever machine wrote the path."""
    return PureWindowsPath(source).name if source else ""


def _judge_rows(data: ReportData, labels: Mapping[str, Any]) -> list[Row]:
    return [
        [
            j["id"],
            j["name"],
            _file_name(j.get("source", "")),
            labels["kind"].get(j["kind"], j["kind"]),
            j["verification_code"],
            j.get("revision", 0),
            labels["status"].get(j["status"], j["status"]),
        ]
        for j in data.results["judges"]
    ]


def _problem_rows(data: ReportData) -> list[Row]:
    problems = [*data.results["problems"], *data.extra_problems]
    return [
        [
            p.get("kind", ""),
            p.get("judge", ""),
            p.get("project", ""),
            p.get("message", ""),
            _file_name(p.get("source", "")),
        ]
        for p in problems
    ]


# -- cells -----------------------------------------------------------------------------------
class _Number:
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
    return ILLEGAL_CHARACTERS_RE.sub("□", text)[:32767]


def _cell(sheet: WriteOnlyWorksheet, value: Any, bold: bool = False) -> Any:
    """The value to append: plain where openpyxl's own typing is right, else a typed cell.
    ``bold`` is for the header row, which is all text."""
    if isinstance(value, _Number):
        if value.value is None:
            value = value.text or None
        else:
            cell = WriteOnlyCell(sheet, value.value)  # openpyxl writes a Decimal as a number
            cell.number_format = value.number_format()
            return cell
    if isinstance(value, str):
        value = _clean(value)
        if not value:
            return None  # no cell at all: an empty string cell costs time and reads back as ""
        risky = value.startswith(_FORMULA_START) or value in ERROR_CODES
        if not (risky or bold):
            return value
        cell = WriteOnlyCell(sheet)
        cell.value = value
        cell.data_type = "s"  # openpyxl would make '=…' a formula and '#N/A' an error
        if risky:
            cell.quotePrefix = True
        if bold:
            cell.font = _BOLD
        return cell
    return value  # ints, None


def _width(value: Any) -> int:
    if isinstance(value, _Number):
        return len(value.text)
    return 0 if value is None else _text_width(str(value))


@functools.lru_cache(maxsize=4096)  # names, codes and labels repeat on thousands of rows
def _text_width(text: str) -> int:
    """Display width: CJK characters take two columns in Excel's default font."""
    line = max(text.splitlines() or [""], key=len)
    if line.isascii():
        return len(line)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def _add_sheet(book: Workbook, title: str, header: Row, rows: Sequence[Row]) -> None:
    sheet = book.create_sheet(title)
    # Widths must be set before the first row: write-only sheets stream the columns first.
    widths = [_width(h) + 4 for h in header]  # room for the filter button
    for row in rows:
        for c, value in enumerate(row):
            widths[c] = max(widths[c], _width(value))
    last = get_column_letter(len(header))
    for c, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = min(max(width + 2, 6), 60)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{last}{len(rows) + 1}"
    sheet.append([_cell(sheet, h, bold=True) for h in header])
    for row in rows:
        sheet.append([_cell(sheet, value) for value in row])


def _sheet_name(name: str, taken: set[str]) -> str:
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
