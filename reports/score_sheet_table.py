"""The score sheet's labels and its table of one judge's rows (used by reports.score_sheets).

Totals are the judge's own raw sums, computed exactly with Decimal: a score sheet shows what
the judge entered, never a published result.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table

from reports.data import JudgeSheet
from reports.fonts import printable
from reports.layout import HEAD, MARGIN, MUTED, grid_table, para, styles
from scoring.model import Event, Project

LABELS: dict[str, dict[str, str]] = {
    "zh": {
        "title": "评委评分表",
        "judge": "评委",
        "affiliation": "单位",
        "kind": "来源",
        "score-file": "评分文件",
        "paper": "纸质录入",
        "paper_banner": "由纸质评分表录入：本表分数由秘书处根据评委签字的纸质评分表录入",
        "code_label": "核验码",
        "package": "评审包码",
        "revision": "导出版本",
        "exported": "导出时间",
        "source": "录入文件",
        "project_code": "编号",
        "project_title": "项目名称",
        "total": "合计",
        "comment": "评语",
        "state": "状态",
        "submitted": "已提交",
        "draft": "草稿，未提交",
        "recused": "回避",
        "reason": "回避原因：",
        "unscored": "未评分",
        "continued": "（续）",
        "count": "共 {n} 项：已提交 {submitted}，草稿 {draft}，回避 {recused}，未评分 {unscored}",
        "sign": "评委签名：",
        "date": "日期：",
        "bad_signature": "签名图像无法显示",
        "digest": "结果摘要 ",
        "none": "没有已计入的评分",
        "projects": "项",
    },
    "en": {
        "title": "Judge's score sheet",
        "judge": "Judge",
        "affiliation": "Affiliation",
        "kind": "Input",
        "score-file": "Score file",
        "paper": "Paper input",
        "paper_banner": "Typed from the paper score sheet: the secretariat entered these "
        "scores from the judge's signed paper sheet",
        "code_label": "Verification code",
        "package": "Package code",
        "revision": "Revision",
        "exported": "Exported at",
        "source": "Typed from file",
        "project_code": "Code",
        "project_title": "Project",
        "total": "Total",
        "comment": "Comment",
        "state": "State",
        "submitted": "Submitted",
        "draft": "Draft, not submitted",
        "recused": "Recused",
        "reason": "Recusal: ",
        "unscored": "Not scored",
        "continued": " (continued)",
        "count": "{n} projects: {submitted} submitted, {draft} draft, {recused} recused, "
        "{unscored} not scored",
        "sign": "Judge's signature:",
        "date": "Date:",
        "bad_signature": "The signature image cannot be shown",
        "digest": "Results digest ",
        "none": "No counted input",
        "projects": "projects",
    },
}

DRAFT_BG = colors.HexColor("#fff4d6")
RECUSED_BG = colors.HexColor("#eceff3")
CATEGORY_BG = colors.HexColor("#f4f6f8")
PAPER_BG = colors.HexColor("#fde8e6")
PAPER_INK = colors.HexColor("#9b1c1c")
PORTRAIT_WIDTH = 210 * mm - 2 * MARGIN
LANDSCAPE_WIDTH = 297 * mm - 2 * MARGIN
# Column widths in mm: code, total, comment, state; each dimension; the title's minimum.
FIXED_MM = (13.0, 15.0, 33.0, 19.0)
DIM_MM = 16.0
TITLE_MIN_MM = 42.0
DIM_PAD = 2.0  # points each side in the dimension header cells
MIN_FONT = 6.5


def labels(zh: bool) -> dict[str, str]:
    return LABELS["zh" if zh else "en"]


@cache
def sheet_styles(zh: bool = True) -> dict[str, ParagraphStyle]:
    """Cell styles; English labels wrap at spaces (CJK wrapping would break inside words)."""
    base = styles()
    cell = base["cell"]
    wrap = "CJK" if zh else None
    return {
        "cell": cell,
        "head": ParagraphStyle("ss-head", parent=cell, alignment=TA_CENTER, wordWrap=wrap),
        "dim": ParagraphStyle(
            "ss-dim", parent=cell, alignment=TA_CENTER, fontSize=8, leading=10, wordWrap=wrap
        ),
        "banner": ParagraphStyle(
            "ss-banner",
            parent=base["body"],
            fontSize=10.5,
            leading=14,
            textColor=PAPER_INK,
            wordWrap=wrap,
        ),
        "label": ParagraphStyle("ss-label", parent=base["body"], wordWrap=wrap),
        "muted": ParagraphStyle("ss-muted", parent=base["small"], textColor=MUTED, wordWrap=wrap),
        "code": ParagraphStyle("ss-code", parent=base["code"], fontSize=20, leading=24),
        "small_c": ParagraphStyle(
            "ss-smallc", parent=base["small"], alignment=TA_CENTER, wordWrap=wrap
        ),
    }


def needs_landscape(event: Event) -> bool:
    """Portrait unless the dimension columns leave the title too little room."""
    fixed_mm = sum(FIXED_MM) + DIM_MM * len(event.dimensions) + TITLE_MIN_MM
    return fixed_mm * mm > PORTRAIT_WIDTH


def step_places(event: Event) -> int:
    """Decimal places of the finest step: a judge's scores never need more."""
    places = [max(0, -int(d.step.normalize().as_tuple().exponent)) for d in event.dimensions]
    return max(places, default=0)


def fixed(value: Decimal, places: int) -> str:
    """At least ``places`` decimals, never fewer than the value has (an off-step raw score
    from a file is printed as it is, not rounded)."""
    own = -int(value.normalize().as_tuple().exponent)
    return format(value.quantize(Decimal(1).scaleb(-max(places, own))), "f")


def judge_line(sheet: JudgeSheet, zh: bool) -> str:
    lab, judge = labels(zh), sheet.judge
    who = f"{judge.name}（{judge.id}）" if zh else f"{judge.name} ({judge.id})"
    sep = "：" if zh else ": "
    return f"{lab['judge']}{sep}{who} · {lab['code_label']} {sheet.verification_code}"


class WrapOnce(Paragraph):
    """A paragraph that skips re-wrapping at the width it was last wrapped to.

    One title paragraph is shared by every judge's table (same column width), so a 40-judge
    event wraps each title once instead of a few times per judge.
    """

    _wrapped: tuple[float, float] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._wrapped is not None and self._wrapped[0] == availWidth:
            return availWidth, self._wrapped[1]
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, height)
        return width, height


TitleCache = dict[str, Paragraph]


def title_para(project: Project, titles: TitleCache | None) -> Paragraph:
    if titles is None:
        return para(project.title, sheet_styles()["cell"])
    if project.code not in titles:
        text = escape(printable(project.title))
        titles[project.code] = WrapOnce(text, sheet_styles()["cell"])
    return titles[project.code]


class ContinuedTable(Table):
    """A table whose repeated first header row says "（续）" on every page after the first."""

    continued_cell: Flowable | None = None

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = super().split(availWidth, availHeight)
        for part in parts:
            part.continued_cell = self.continued_cell  # type: ignore[attr-defined]
        if len(parts) == 2 and self.continued_cell is not None:
            cells = parts[1]._cellvalues  # type: ignore[attr-defined]
            # Copy the row: the split parts share the header row's list object.
            cells[0] = [self.continued_cell, *cells[0][1:]]
        return parts


def covered_projects(event: Event, sheet: JudgeSheet) -> list[Project]:
    """The projects of the judge's categories, in defense order."""
    cats = sheet.judge.categories
    return [p for p in event.ordered_projects() if not cats or p.category in cats]


def _dim_head(name: str, zh: bool) -> Paragraph:
    """A dimension's name in its narrow column; an English word too long for it shrinks."""
    style = sheet_styles(zh)["dim"]
    inner = DIM_MM * mm - 2 * DIM_PAD
    words = name.split() or [name]
    longest = max(stringWidth(printable(w), style.fontName, style.fontSize) for w in words)
    if zh or longest <= inner:
        return para(name, style)
    size = max(MIN_FONT, style.fontSize * inner / longest)
    fitted = ParagraphStyle("ss-dim-fit", parent=style, fontSize=size, leading=size * 1.25)
    if longest * size / style.fontSize > inner:
        fitted.wordWrap = "CJK"  # still too long at the smallest size: break inside the word
    return para(name, fitted)


def _header(event: Event, sheet: JudgeSheet, zh: bool) -> list[list[Any]]:
    lab, st = labels(zh), sheet_styles(zh)
    ncols = 5 + len(event.dimensions)
    dims: list[Any] = [
        [_dim_head(d.name if zh else d.name_en, zh), para(f"({d.max.normalize():f})", st["dim"])]
        for d in event.dimensions
    ]
    return [
        [para(judge_line(sheet, zh), st["cell"]), *[""] * (ncols - 1)],
        [
            para(lab["project_code"], st["head"]),
            para(lab["project_title"], st["head"]),
            *dims,
            para(lab["total"], st["head"]),
            para(lab["comment"], st["head"]),
            para(lab["state"], st["head"]),
        ],
    ]


def score_table(
    event: Event, sheet: JudgeSheet, width: float, zh: bool, titles: TitleCache | None = None
) -> tuple[Table, str]:
    """The judge's rows in defense order, grouped by category; returns the count line too."""
    lab, st = labels(zh), sheet_styles(zh)
    dims = event.dimensions
    places = step_places(event)
    code_w, total_w, comment_w, state_w = (v * mm for v in FIXED_MM)
    title_w = width - code_w - total_w - comment_w - state_w - DIM_MM * mm * len(dims)
    widths = [code_w, title_w, *[DIM_MM * mm] * len(dims), total_w, comment_w, state_w]
    ncols = len(widths)
    first_dim, total_col, state_col = 2, 2 + len(dims), ncols - 1
    rows: list[list[Any]] = _header(event, sheet, zh)
    extra: list[tuple[Any, ...]] = [
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), colors.white),
        ("BACKGROUND", (0, 1), (-1, 1), HEAD),
        ("LEFTPADDING", (first_dim, 1), (total_col - 1, 1), DIM_PAD),
        ("RIGHTPADDING", (first_dim, 1), (total_col - 1, 1), DIM_PAD),
        ("ALIGN", (first_dim, 2), (total_col, -1), "RIGHT"),
        ("ALIGN", (state_col, 2), (state_col, -1), "CENTER"),
    ]
    counts = {"submitted": 0, "draft": 0, "recused": 0, "unscored": 0}
    projects = covered_projects(event, sheet)
    names = {c.key: c.name for c in event.categories}
    category = None
    for project in projects:
        if project.category != category:
            category = project.category
            n = sum(1 for p in projects if p.category == category)
            name = names.get(category, category)
            text = f"{name}（{n} 项）" if zh else f"{name} ({n} projects)"
            r = len(rows)
            rows.append([para(text, st["cell"]), *[""] * (ncols - 1)])
            extra += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), CATEGORY_BG)]
        r = len(rows)
        row: list[Any] = [printable(project.code), title_para(project, titles)]
        conflict = event.is_conflicted(sheet.judge.id, project)
        values: Mapping[str, Decimal] = sheet.content.scores.get(project.code, {})
        sheet_row = sheet.content.sheets.get(project.code)
        state = sheet_row.state if sheet_row else "empty"
        comment: Paragraph | str = (
            para(sheet_row.comment, st["cell"]) if sheet_row and sheet_row.comment else ""
        )
        if conflict is not None:
            # Recused: no scores printed, whatever the file holds; the merge reports those.
            counts["recused"] += 1
            reason = para(lab["reason"] + (conflict.reason or "—"), st["cell"])
            row += [lab["recused"], *[""] * len(dims), reason, lab["recused"]]
            extra += [
                ("SPAN", (first_dim, r), (total_col, r)),
                ("ALIGN", (first_dim, r), (total_col, r), "CENTER"),
                ("BACKGROUND", (0, r), (-1, r), RECUSED_BG),
            ]
        elif state == "empty" and not values:
            counts["unscored"] += 1
            row += [*[""] * (len(dims) + 1), comment, lab["unscored"]]
        else:
            cells = [fixed(values[d.key], places) if d.key in values else "" for d in dims]
            complete = all(d.key in values for d in dims)
            total = sum((values[d.key] for d in dims if d.key in values), Decimal(0))
            row += [*cells, fixed(total, places) if complete else "—", comment]
            if state == "submitted":
                counts["submitted"] += 1
                row.append(lab["submitted"])
            else:
                counts["draft"] += 1
                row.append(para(lab["draft"], st["head"]))
                extra.append(("BACKGROUND", (0, r), (-1, r), DRAFT_BG))
        rows.append(row)
    table = grid_table(rows, widths, header_rows=2, extra=extra)
    table.__class__ = ContinuedTable  # the shared grid style, plus the "（续）" header
    continued = para(judge_line(sheet, zh) + lab["continued"], st["cell"])
    table.continued_cell = continued  # type: ignore[attr-defined]
    return table, lab["count"].format(n=len(projects), **counts)
