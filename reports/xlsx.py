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
text starting with ``= + - @`` (or an error value such as ``#N/A``) also gets Excel's quote
prefix (what Excel itself stores for a typed ``'=1+1``), so editing the cell in Excel keeps
it text (DESIGN.md §6).

Written with XlsxWriter (about twice as fast as openpyxl here). The same data gives the same
bytes: the creation date is the event's date, never the clock.
"""

from __future__ import annotations

import datetime
import io
import re
from collections.abc import Iterable, Mapping
from pathlib import PureWindowsPath
from typing import Any

from xlsxwriter import Workbook

from reports.data import ReportData
from reports.wording_zh import problem_message
from reports.xlsx_cells import Number, Output, Row, add_sheet, sheet_name

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

_EVENT_DATE = re.compile(r"(\d{4})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})")
_NO_DATE = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)


def ranking_xlsx(data: ReportData) -> bytes:
    labels = LABELS["zh" if data.zh else "en"]
    buffer = io.BytesIO()
    # In memory: no temporary files, and XlsxWriter gives every zip member a fixed time, so
    # with a fixed creation date the same data gives the same bytes (the 250 × 40 event has
    # ~30,000 score rows; constant_memory mode measured slower, and needs temporary files).
    book = Workbook(buffer, {"in_memory": True})
    book.set_properties({"created": _created(data)})
    out = Output(book)
    names = labels["sheets"]
    taken = {name.casefold() for name in names.values()}
    header = _ranking_header(data, labels)
    projects = data.projects()
    overall = sorted(projects, key=lambda p: (p["rank_overall"] is None, p["rank_overall"] or 0))
    add_sheet(out, names["ranking"], header, [_ranking_row(data, labels, p) for p in overall])
    for category in data.event.ordered_categories():
        # results.json already lists a category's projects in rank order (unranked last).
        rows = [_ranking_row(data, labels, p) for p in projects if p["category"] == category.key]
        add_sheet(out, sheet_name(category.name, taken), header, rows)
    add_sheet(out, names["scores"], labels["scores"].split("|"), _score_rows(data, labels))
    add_sheet(out, names["judges"], labels["judges"].split("|"), _judge_rows(data, labels))
    add_sheet(out, names["problems"], labels["problems"].split("|"), _problem_rows(data))
    book.close()
    return buffer.getvalue()


def _created(data: ReportData) -> datetime.datetime:
    """The workbook's creation date: the event's date (noon UTC) when it reads as a date,
    else a constant, never the clock, so that a rerun on the same results is byte-identical."""
    match = _EVENT_DATE.search(data.event.date or "")
    if match:
        try:
            day = datetime.date(*(int(part) for part in match.groups()))
        except ValueError:  # "2024-13-45": not a date after all
            return _NO_DATE
        return datetime.datetime(day.year, day.month, day.day, 12, tzinfo=datetime.UTC)
    return _NO_DATE


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
        *(Number(dims.get(k)) for k in _dimension_keys(data)),
        Number(p["final"]),
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
                name, value = _dimension_name(data, key), Number(values[key], places)
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
            problem_message(p, data.zh),
            _file_name(p.get("source", "")),
        ]
        for p in problems
    ]
