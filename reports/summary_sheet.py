"""summary-sheet.pdf: judges × projects with each judge's total, the final and the rank.

Everything printed comes from ``results`` (the trace, final, rank): nothing is recomputed.
Landscape A4; a large panel is split into groups of judge columns so that every cell stays
legible, with code, title, final and rank repeated in each group.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from reports.data import ReportData
from reports.fonts import printable, register
from reports.layout import HEAD, MARGIN, MUTED, SELECTED, build_pdf, grid_table, para, styles
from scoring.model import Event, Project

LABELS: dict[str, dict[str, str]] = {
    "zh": {
        "title": "评审结果汇总签字表",
        "code": "编号",
        "project": "项目名称",
        "final": "最终得分",
        "rank": "类别名次",
        "recused": "回避",
        "tied": "并列{rank}",
        "group": "{category} · 评委第 {i} 组，共 {n} 组（{first}–{last}）",
        "group_one": "{category} · 全部评委（{first}–{last}）",
        "no_judges": "{category} · 无已计入的评委",
        "info": "日期：{date}　地点：{venue}　评审包码：{package}　计入评委：{judges} 人",
        "digest": "结果摘要：{digest}（最终得分与名次均取自 results.json）",
        "legend": "单元格为该评委对该项目的总分；（ ）= 按规则去掉的最高分或最低分；"
        "* = 部分维度分被去掉（按维度计分）；回避 = 该评委回避该项目；— = 无有效评分。",
        "colours": "浅黄底色 = 入选；浅红底色 = 名次并列跨越入选线，由评委会决定。",
        "signatures": ("评委组长（签名）：", "监督员（签名）：", "秘书处（签名）："),
        "date": "日期：",
    },
    "en": {
        "title": "Summary sheet for signature",
        "code": "Code",
        "project": "Project",
        "final": "Final",
        "rank": "Rank",
        "recused": "Recused",
        "tied": "={rank}",
        "group": "{category} · judge group {i} of {n} ({first}–{last})",
        "group_one": "{category} · all judges ({first}–{last})",
        "no_judges": "{category} · no counted judge",
        "info": "Date: {date} · Venue: {venue} · Package code: {package} · "
        "Counted judges: {judges}",
        "digest": "Results digest: {digest} (finals and ranks are those of results.json)",
        "legend": "Each cell is the judge's total for the project; ( ) = dropped by the trimming "
        "rule; * = some dimensions dropped (dimension basis); Recused = the judge is recused; "
        "— = no counted score.",
        "colours": "Yellow = selected; red = a shared rank straddles the cut-off, "
        "for the panel to decide.",
        "signatures": ("Panel chair:", "Supervisor:", "Secretariat:"),
        "date": "Date:",
    },
}

MAX_PER_GROUP = 12
PAGE_WIDTH = landscape(A4)[0] - 2 * MARGIN
CODE_W, FINAL_W, RANK_W = 14 * mm, 16 * mm, 16 * mm
JUDGE_W_MAX, TITLE_MIN = 16 * mm, 36 * mm
TITLE_LINES = 3  # a longer title is cut with …; the ranking report prints it whole
PENDING = colors.HexColor("#fde2e1")
DROPPED_INK = colors.HexColor("#7a8694")


def labels(zh: bool) -> dict[str, str | tuple[str, ...]]:
    return LABELS["zh" if zh else "en"]  # type: ignore[return-value]


def judge_groups(judges: Sequence[Any], per_group: int = MAX_PER_GROUP) -> list[list[Any]]:
    """Balanced column groups of at most ``per_group`` judges (40 → 10, 10, 10, 10)."""
    if not judges:
        return [[]]
    count = math.ceil(len(judges) / per_group)
    size = math.ceil(len(judges) / count)
    return [list(judges[i : i + size]) for i in range(0, len(judges), size)]


@cache
def _styles(zh: bool) -> dict[str, ParagraphStyle]:
    """Data cells wrap as CJK (safe for any text); English prose wraps at spaces."""
    small = styles()["small"]
    return {
        "title": ParagraphStyle("sum-title", parent=small, fontSize=7.5, leading=9.5),
        "head": ParagraphStyle(
            "sum-head", parent=small, fontSize=7, leading=8.5, alignment=TA_CENTER
        ),
        "group": ParagraphStyle("sum-group", parent=styles()["cell"], fontSize=9, leading=12),
        "legend": ParagraphStyle(
            "sum-legend", parent=small, textColor=MUTED, wordWrap="CJK" if zh else None
        ),
    }


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _cell(
    trace: Mapping[str, Mapping[str, Any]],
    judge_id: str,
    project: Project | None,
    event: Event,
    recused: str,
) -> tuple[str, bool]:
    """The printed cell and whether it is a dropped total (drawn in grey)."""
    entry = trace.get(judge_id)
    if entry is not None:
        total = str(entry["total"])
        if entry.get("dropped"):
            return f"({total})", True
        if entry.get("dropped_dimensions"):
            return f"{total}*", False
        return total, False
    if project is not None and event.is_conflicted(judge_id, project):
        return recused, False
    return "—", False


def _group_table(
    data: ReportData,
    rows_in: Sequence[Mapping[str, Any]],
    group: Sequence[tuple[str, str]],
    heading: str,
) -> Table:
    lab, st, event = labels(data.zh), _styles(data.zh), data.event
    judge_w = min(
        JUDGE_W_MAX, (PAGE_WIDTH - CODE_W - FINAL_W - RANK_W - TITLE_MIN) / max(len(group), 1)
    )
    title_w = PAGE_WIDTH - CODE_W - FINAL_W - RANK_W - judge_w * len(group)
    widths = [CODE_W, title_w, *[judge_w] * len(group), FINAL_W, RANK_W]
    ncols = len(widths)
    per_line = int((title_w - 12) / st["title"].fontSize)  # 12 pt = the cell's side padding
    title_chars = max(per_line, 4) * TITLE_LINES
    head = [para(lab["code"], st["head"]), para(lab["project"], st["head"])]
    head += [[para(jid, st["head"]), para(_short(name, 8), st["head"])] for jid, name in group]
    head += [para(lab["final"], st["head"]), para(lab["rank"], st["head"])]
    rows: list[list[Any]] = [[para(heading, st["group"]), *[""] * (ncols - 1)], head]
    last_judge = 1 + len(group)
    extra: list[tuple[Any, ...]] = [
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), colors.white),
        ("BACKGROUND", (0, 1), (-1, 1), HEAD),
        ("FONTSIZE", (2, 2), (last_judge, -1), 7.5),
        ("LEFTPADDING", (2, 1), (last_judge, -1), 2),
        ("RIGHTPADDING", (2, 1), (last_judge, -1), 2),
        ("ALIGN", (2, 2), (-1, -1), "CENTER"),
    ]
    projects = {p.code: p for p in event.projects}
    for result in rows_in:
        r = len(rows)
        trace = {str(t["judge"]): t for t in result.get("trace", [])}
        project = projects.get(str(result["code"]))
        row: list[Any] = [
            printable(str(result["code"])),
            para(_short(str(result["title"]), title_chars), st["title"]),
        ]
        for c, (jid, _) in enumerate(group, start=2):
            text, dropped = _cell(trace, jid, project, event, str(lab["recused"]))
            row.append(text)
            if dropped:
                extra.append(("TEXTCOLOR", (c, r), (c, r), DROPPED_INK))
        rank = result.get("rank_in_category")
        rank_text = "—" if rank is None else str(rank)
        if rank is not None and result.get("tied"):
            rank_text = str(lab["tied"]).format(rank=rank)
        row += [result.get("final") or "—", rank_text]
        if result.get("selected") is True:
            extra.append(("BACKGROUND", (0, r), (-1, r), SELECTED))
        elif result.get("selected") is None:
            extra.append(("BACKGROUND", (0, r), (-1, r), PENDING))
        rows.append(row)
    return grid_table(rows, widths, header_rows=2, extra=extra)


def _signature_block(zh: bool) -> Flowable:
    lab = labels(zh)
    body = ParagraphStyle("sum-sign", parent=styles()["body"], wordWrap="CJK" if zh else None)
    names = list(lab["signatures"])
    row: list[Any] = []
    for name in names:
        row += [para(name, body), ""]
    table = Table(
        [row, [para(lab["date"], body), "", "", "", "", ""]],
        colWidths=[36 * mm, 50 * mm] * 3,
        rowHeights=[16 * mm, 14 * mm],
    )
    lines = [("LINEBELOW", (c, 0), (c, 0), 0.8, colors.black) for c in (1, 3, 5)]
    table.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), register()),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LINEBELOW", (1, 1), (1, 1), 0.8, colors.black),
            *lines,
        ]
    )
    table.hAlign = "LEFT"
    return table


def _counted(data: ReportData) -> list[tuple[str, str]]:
    return [
        (str(j["id"]), str(j["name"]))
        for j in data.results.get("judges", [])
        if j.get("status") == "counted"
    ]


def _covers(event: Event, judge_id: str, category: str) -> bool:
    try:
        judge = event.judge(judge_id)
    except KeyError:
        return True
    return not judge.categories or category in judge.categories


def summary_sheet_pdf(data: ReportData) -> bytes:
    lab, st, event, zh = labels(data.zh), _styles(data.zh), data.event, data.zh
    counted = _counted(data)
    package = str(data.results.get("event", {}).get("package_code", ""))
    story: list[Flowable] = [
        para(lab["title"], styles()["title"]),
        para(event.name, styles()["h2"]),
        para(
            str(lab["info"]).format(
                date=event.date or "—",
                venue=event.venue or "—",
                package=package or "—",
                judges=len(counted),
            ),
            styles()["body"],
        ),
        para(str(lab["digest"]).format(digest=data.digest()), st["legend"]),
        para(lab["legend"], st["legend"]),
        para(lab["colours"], st["legend"]),
        Spacer(1, 3 * mm),
    ]
    results = data.projects()
    first = True
    for category in event.ordered_categories():
        rows_in = [p for p in results if p.get("category") == category.key]
        if not rows_in:
            continue
        judges = [j for j in counted if _covers(event, j[0], category.key)]
        groups = judge_groups(judges)
        for i, group in enumerate(groups, start=1):
            if not first:
                story.append(PageBreak())  # each category and judge group starts a page
            first = False
            if not group:
                heading = str(lab["no_judges"]).format(category=category.name)
            else:
                key = "group" if len(groups) > 1 else "group_one"
                heading = str(lab[key]).format(
                    category=category.name, i=i, n=len(groups), first=group[0][0], last=group[-1][0]
                )
            story.append(_group_table(data, rows_in, group, heading))
    story.append(KeepTogether([Spacer(1, 6 * mm), _signature_block(zh)]))
    return build_pdf(
        story,
        title=f"{event.name} · {lab['title']}",
        footer_left=f"{lab['title']} · {package}",
        footer_right=f"{'结果摘要' if zh else 'Results digest'} {data.digest()[:16]}",
        zh=zh,
        wide=True,
    )
