"""The score sheet's labels and its table of one judge's rows (used by reports.score_sheets).

Totals are the judge's own raw sums, computed exactly with Decimal: a score sheet shows what
the judge entered, never a published result.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from reports.cjk_wrap import WrapCache, block
from reports.data import JudgeSheet
from reports.fast_table import PAD_X, Cell, FastTable, Row
from reports.fonts import printable
from reports.layout import GRID, HEAD, MARGIN, MUTED, styles
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
        "in_full": "评语全文",
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
        "in_full": "Comments in full",
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


TitleCache = WrapCache  # one per document: each distinct text is wrapped once


def covered_projects(event: Event, sheet: JudgeSheet) -> list[Project]:
    """The projects of the judge's categories, in defense order."""
    cats = sheet.judge.categories
    return [p for p in event.ordered_projects() if not cats or p.category in cats]


def _dim_style(name: str, zh: bool) -> ParagraphStyle:
    """A dimension's name in its narrow column; an English word too long for it shrinks."""
    style = sheet_styles(zh)["dim"]
    inner = DIM_MM * mm - 2 * DIM_PAD
    words = name.split() or [name]
    longest = max(stringWidth(printable(w), style.fontName, style.fontSize) for w in words)
    if zh or longest <= inner:
        return style
    size = max(MIN_FONT, style.fontSize * inner / longest)
    fitted = ParagraphStyle("ss-dim-fit", parent=style, fontSize=size, leading=size * 1.25)
    if longest * size / style.fontSize > inner:
        fitted.wordWrap = "CJK"  # still too long at the smallest size: break inside the word
    return fitted


class _Columns:
    """The column widths of one event's sheets and the cells' inner (text) widths."""

    def __init__(self, event: Event, width: float) -> None:
        dims = event.dimensions
        code_w, total_w, comment_w, state_w = (v * mm for v in FIXED_MM)
        title_w = width - code_w - total_w - comment_w - state_w - DIM_MM * mm * len(dims)
        self.widths = [code_w, title_w, *[DIM_MM * mm] * len(dims), total_w, comment_w, state_w]
        self.positions = [0.0]
        for w in self.widths:
            self.positions.append(self.positions[-1] + w)
        self.full = width - 2 * PAD_X
        self.title = title_w - 2 * PAD_X
        self.comment = comment_w - 2 * PAD_X
        self.state = state_w - 2 * PAD_X


def _header_row(event: Event, zh: bool, cols: _Columns, cache: WrapCache) -> Row:
    """The column heads (the same on every judge's sheet of a document)."""
    key = (
        "header",
        zh,
        tuple(cols.widths),
        tuple((d.name, d.name_en, d.max) for d in event.dimensions),
    )
    if key in cache.memo:
        return cache.memo[key]  # type: ignore[no-any-return]
    lab, st = labels(zh), sheet_styles(zh)
    dim_inner = DIM_MM * mm - 2 * DIM_PAD

    def head(text: str, width: float) -> Cell:
        return Cell((block(text, st["head"], width - 2 * PAD_X, cache),))

    dims = [
        Cell(
            (
                block(name, _dim_style(name, zh), dim_inner, cache),
                block(f"({d.max.normalize():f})", st["dim"], dim_inner, cache),
            ),
            left=DIM_PAD,
            right=DIM_PAD,
        )
        for d in event.dimensions
        for name in [d.name if zh else d.name_en]
    ]
    w = cols.widths
    row = Row(
        [
            head(lab["project_code"], w[0]),
            head(lab["project_title"], w[1]),
            *dims,
            head(lab["total"], w[-3]),
            head(lab["comment"], w[-2]),
            head(lab["state"], w[-1]),
        ],
        cols.positions,
        HEAD,
        cache,
    )
    cache.memo[key] = row
    return row


def _line_row(text: str, cols: _Columns, cache: WrapCache, background: Any = None) -> Row:
    """A row of one cell across the table (the judge line, a category)."""
    cell = Cell((block(text, sheet_styles()["cell"], cols.full, cache),), span=len(cols.widths))
    return Row([cell], cols.positions, background, cache)


# A row cannot break across pages: a comment longer than this many lines is cut in its cell
# and printed whole in rows at the end of the table, each at most this many lines (a
# 600-character comment once made the sheet fail).
COMMENT_LINES = 12


def _parts(text: str, cols: _Columns, cache: WrapCache) -> list[str]:
    """``text`` in pieces of at most COMMENT_LINES lines across the table's width."""
    lines = block(text, sheet_styles()["cell"], cols.full, cache).lines
    parts, start = [], 0
    for first in range(0, len(lines), COMMENT_LINES):
        # Cut the text itself (line texts lose the spaces at their breaks): nothing is lost,
        # and each piece wraps again into at most about COMMENT_LINES lines.
        end = start + sum(len(line.text) for line in lines[first : first + COMMENT_LINES])
        parts.append(text[start:end])
        start = end
    parts[-1] += text[start:]
    return [part for part in parts if part.strip()]


def _comment_cell(
    code: str,
    text: str,
    style: ParagraphStyle,
    width: float,
    cache: WrapCache,
    zh: bool,
    long_comments: list[tuple[str, str]],
) -> Cell:
    made = block(text, style, width, cache)
    if len(made.lines) <= COMMENT_LINES:
        return Cell((made,))
    long_comments.append((code, text))
    kept = sum(len(line.text) for line in made.lines[: COMMENT_LINES - 1])
    note = "……（全文见表末）" if zh else "… (in full at the end of the table)"
    return Cell((block(text[:kept].rstrip() + note, style, width, cache),))


def score_table(
    event: Event, sheet: JudgeSheet, width: float, zh: bool, titles: TitleCache | None = None
) -> tuple[FastTable, str]:
    """The judge's rows in defense order, grouped by category; returns the count line too.
    Comments too long for a row are cut there and printed whole in rows at the end.

    ``titles`` shares wrapped texts (titles, heads) between the judges of one document.
    """
    cache = titles if titles is not None else WrapCache()
    lab, st = labels(zh), sheet_styles(zh)
    cell_style = st["cell"]
    dims = event.dimensions
    places = step_places(event)
    cols = _Columns(event, width)
    positions = cols.positions
    header = [_line_row(judge_line(sheet, zh), cols, cache), _header_row(event, zh, cols, cache)]
    continued = _line_row(judge_line(sheet, zh) + lab["continued"], cols, cache)
    rows: list[Row] = []
    long_comments: list[tuple[str, str]] = []
    counts = {"submitted": 0, "draft": 0, "recused": 0, "unscored": 0}
    projects = covered_projects(event, sheet)
    names = {c.key: c.name for c in event.categories}
    empty_dims = [Cell("")] * len(dims)
    numbers: dict[Decimal, str] = cache.memo.setdefault(("fixed", places), {})

    def shown(value: Decimal) -> str:
        text = numbers.get(value)
        if text is None:
            text = numbers[value] = fixed(value, places)
        return text

    category = None
    for project in projects:
        if project.category != category:
            category = project.category
            n = sum(1 for p in projects if p.category == category)
            name = names.get(category, category)
            text = f"{name}（{n} 项）" if zh else f"{name} ({n} projects)"
            rows.append(_line_row(text, cols, cache, CATEGORY_BG))
        cells = [
            Cell(printable(project.code)),
            Cell((block(project.title, cell_style, cols.title, cache),)),
        ]
        conflict = event.is_conflicted(sheet.judge.id, project)
        values: Mapping[str, Decimal] = sheet.content.scores.get(project.code, {})
        sheet_row = sheet.content.sheets.get(project.code)
        state = sheet_row.state if sheet_row else "empty"
        comment = (
            _comment_cell(
                project.code, sheet_row.comment, cell_style, cols.comment, cache, zh, long_comments
            )
            if sheet_row and sheet_row.comment
            else Cell("")
        )
        background = None
        if conflict is not None:
            # Recused: no scores printed, whatever the file holds; the merge reports those.
            counts["recused"] += 1
            reason_text = lab["reason"] + (conflict.reason or "—")
            reason = block(reason_text, cell_style, cols.comment, cache)
            cells += [
                Cell(lab["recused"], span=len(dims) + 1, align="CENTER"),
                Cell((reason,)),
                Cell(lab["recused"], align="CENTER"),
            ]
            background = RECUSED_BG
        elif state == "empty" and not values:
            counts["unscored"] += 1
            cells += [*empty_dims, Cell(""), comment, Cell(lab["unscored"], align="CENTER")]
        else:
            scores = [
                Cell(shown(values[d.key]) if d.key in values else "", align="RIGHT") for d in dims
            ]
            complete = all(d.key in values for d in dims)
            total = sum((values[d.key] for d in dims if d.key in values), Decimal(0))
            cells += [*scores, Cell(shown(total) if complete else "—", align="RIGHT")]
            cells.append(comment)
            if state == "submitted":
                counts["submitted"] += 1
                cells.append(Cell(lab["submitted"], align="CENTER"))
            else:
                counts["draft"] += 1
                cells.append(Cell((block(lab["draft"], st["head"], cols.state, cache),)))
                background = DRAFT_BG
        rows.append(Row(cells, positions, background, cache))
    span = len(cols.widths)
    heading = (block(lab["in_full"], st["head"], cols.full, cache),)  # with the first part
    for code, text in long_comments:
        for part in _parts(f"{code}：{text}", cols, cache):
            blocks = (*heading, block(part, cell_style, cols.full, cache))
            rows.append(Row([Cell(blocks, span=span)], positions, None, cache))
            heading = ()
    table = FastTable(cols.widths, header, rows, continued, GRID)
    return table, lab["count"].format(n=len(projects), **counts)
