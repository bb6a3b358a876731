"""Appendix: every judge's total per project, dropped ones struck through, and the final, so
anyone can recompute a result by hand; then the signature block that closes the report.

Compact by design: one row per project (with many judges, each cell stacks several judges'
totals as lines), plain strings in cells except the struck-through ones, so 250 projects ×
40 judges stay a few dozen pages and render fast.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table
from reportlab.platypus.tables import TableStyle

from reports.data import ReportData
from reports.fonts import register
from reports.layout import GRID, HEAD, styles
from reports.ranking_common import (
    Project,
    by_category,
    counted_judges,
    dash,
    judge_names,
    paragraph,
    room,
    style,
)
from reports.ranking_labels import labels

WIDTH = 178 * mm - 12
FONT_SIZE = 7.0
LEADING = 8.8
PAD = 2.0  # top and bottom
SIDE = 1.5  # left and right: narrow judge columns fit 14 judges side by side
STRUCK = colors.HexColor("#9b2c2c")


def _judges_of(data: ReportData, projects: Sequence[Project]) -> list[str]:
    """Counted judges who scored, missed or recused a project of this category."""
    present: set[str] = set()
    for project in projects:
        present |= {str(t["judge"]) for t in project.get("trace", [])}
        present |= {str(f["judge"]) for f in project.get("flags", []) if "judge" in f}
    order = counted_judges(data)
    return [j for j in order if j in present] + sorted(present - set(order))


def _shows_sum(data: ReportData) -> bool:
    """Counted sum ÷ counted judges = final only for a (trimmed) mean of totals."""
    method = data.results["method"]
    return method["aggregate"] in ("trimmed", "mean") and method["basis"] == "total"


def _recused(data: ReportData, code: str) -> set[str]:
    """Judges with a conflict (回避) for this project, whether or not they scored it."""
    try:
        project = data.event.project(code)
    except KeyError:
        return set()
    return {c.judge for c in data.event.conflicts if data.event.is_conflicted(c.judge, project)}


def _values(data: ReportData, project: Project, judges: Sequence[str]) -> list[tuple[str, bool]]:
    """(text, struck) per judge: the total, or why there is none."""
    t = labels(data.zh)
    trace = {str(e["judge"]): e for e in project.get("trace", [])}
    flagged = {str(f.get("judge")): str(f.get("kind")) for f in project.get("flags", [])}
    recused = _recused(data, str(project["code"]))
    out: list[tuple[str, bool]] = []
    for judge in judges:
        entry = trace.get(judge)
        if entry is not None:
            mark = "*" if entry.get("dropped_dimensions") else ""
            out.append((str(entry["total"]) + mark, bool(entry["dropped"])))
        elif flagged.get(judge) == "conflict_excluded" or judge in recused:
            out.append((t["conflict_cell"], False))
        elif flagged.get(judge) == "missing":
            out.append((t["missing_cell"], False))
        else:
            out.append(("", False))
    return out


def _stack(values: Sequence[tuple[str, bool]], style: ParagraphStyle) -> object:
    """One cell holding several judges' values as lines; a Paragraph only when a value is
    struck through (plain strings are much faster for thousands of cells)."""
    if not any(s for _, s in values):
        return "\n".join(v for v, _ in values)
    lines = [
        f'<font color="#{STRUCK.hexval()[2:]}"><strike>{escape(v)}</strike></font>'
        if s
        else escape(v) or "&nbsp;"
        for v, s in values
    ]
    return Paragraph("<br/>".join(lines), style)


def _category_table(data: ReportData, projects: Sequence[Project], judges: Sequence[str]) -> Table:
    """One row per project. With more judges than columns, column c holds judges c, c+P,
    c+2P… as lines, and the header lists their ids the same way, line for line."""
    t = labels(data.zh)
    show_sum = _shows_sum(data)
    code_w = room(t["col_code"], 11 * mm, FONT_SIZE)
    final_w = room(t["col_final"], 13 * mm, FONT_SIZE)
    n_w = room(t["col_kept_n"], 8 * mm, FONT_SIZE)
    sum_w = room(t["col_kept_sum"], 14 * mm, FONT_SIZE)
    fixed = code_w + final_w + ((n_w + sum_w) if show_sum else 0)
    table = [_values(data, project, judges) for project in projects]
    texts = [v for row in table for v, _ in row] + ["100.00"]
    need = max(stringWidth(v, register(), FONT_SIZE) for v in texts) + 2 * SIDE + 0.5
    lines = max(1, math.ceil(len(judges) / max(1, int((WIDTH - fixed) // need))))
    columns = max(1, math.ceil(len(judges) / lines))
    judge_w = (WIDTH - fixed) / columns
    # No CJK wrapping inside a number: a struck "100.00" must never break into two lines.
    struck = style("cell", fontSize=FONT_SIZE, leading=LEADING, alignment=TA_RIGHT, wordWrap=None)
    head = style("cell", fontSize=FONT_SIZE, leading=LEADING, alignment=TA_CENTER)
    tail_heads = [t["col_kept_n"], t["col_kept_sum"]] if show_sum else []
    ids = ["\n".join(judges[c::columns]) for c in range(columns)]
    rows: list[list[object]] = [
        [
            paragraph(t["col_code"], head),
            *ids,
            *[paragraph(h, head) for h in [*tail_heads, t["col_final"]]],
        ]
    ]
    for project, values in zip(projects, table, strict=True):
        values = values + [("", False)] * (lines * columns - len(values))
        cells = [_stack(values[c::columns], struck) for c in range(columns)]
        tail: list[object] = []
        if show_sum:
            kept = [Decimal(e["total"]) for e in project.get("trace", []) if not e["dropped"]]
            tail = [str(len(kept)), str(sum(kept, Decimal(0))) if kept else "—"]
        rows.append([str(project["code"]), *cells, *tail, dash(project.get("final"))])
    widths = [code_w, *[judge_w] * columns, *([n_w, sum_w] if show_sum else []), final_w]
    # Fixed row heights: every cell has the same number of lines, and reportlab then skips
    # measuring 250 × 40 cells again at every page break.
    height = lines * LEADING + 2 * PAD + 1
    head_height = max(height, 2 * LEADING + 2 * PAD + 1)
    return Table(
        rows,
        colWidths=widths,
        rowHeights=[head_height] + [height] * len(projects),
        repeatRows=1,
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), register()),
                ("FONTSIZE", (0, 0), (-1, -1), FONT_SIZE),
                ("LEADING", (0, 0), (-1, -1), LEADING),
                ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), PAD),
                ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
                ("LEFTPADDING", (0, 0), (-1, -1), SIDE),
                ("RIGHTPADDING", (0, 0), (-1, -1), SIDE),
                ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
                ("ALIGN", (0, 0), (0, -1), "CENTER"),
                ("ALIGN", (1, 0), (columns, 0), "CENTER"),
                ("TEXTCOLOR", (-1, 1), (-1, -1), colors.HexColor("#1f3b5c")),  # the result
            ]
        ),
    )


def appendix_section(data: ReportData) -> list[Flowable]:
    t = labels(data.zh)
    s = styles()
    method = data.results["method"]
    formula = t["trace_formula"] if _shows_sum(data) else ""
    if method["basis"] == "dimension":
        formula = t["trace_dimension"]
    names = judge_names(data)
    sep = "；" if data.zh else "; "
    key = t["trace_judges"].format(
        names=sep.join(f"{j} {names.get(j, '')}".strip() for j in counted_judges(data))
    )
    story: list[Flowable] = [
        PageBreak(),
        paragraph(t["sec_appendix"], s["h1"]),
        paragraph(t["trace_intro"].format(formula=formula, d=method["decimals"]), s["small"]),
        Spacer(1, 1 * mm),
        paragraph(key, s["small"]),
    ]
    for cat, projects in by_category(data):
        judges = _judges_of(data, projects)
        story += [
            paragraph(data.category_name(cat), s["h2"]),
            _category_table(data, projects, judges),
        ]
    return story


def signature_section(data: ReportData) -> list[Flowable]:
    t = labels(data.zh)
    s = styles()
    chair = next((j.name for j in data.event.ordered_judges() if "组长" in j.role), "")
    rows = []
    for key in ("sign_chair", "sign_supervisor", "sign_secretariat"):
        role = t[key] + (f"（{chair}）" if key == "sign_chair" and chair else "")
        rows.append([role, t["sign_here"], "", t["sign_date"], ""])
    table = Table(
        rows,
        colWidths=[44 * mm, 16 * mm, 58 * mm, 14 * mm, WIDTH - 132 * mm],
        rowHeights=[16 * mm] * len(rows),
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), register()),
                ("FONTSIZE", (0, 0), (-1, -1), 10),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("ALIGN", (3, 0), (3, -1), "RIGHT"),
                ("LINEBELOW", (2, 0), (2, -1), 0.8, colors.black),
                ("LINEBELOW", (4, 0), (4, -1), 0.8, colors.black),
            ]
        )
    )
    block: list[Flowable] = [
        paragraph(t["sec_sign"], s["h1"]),
        paragraph(t["sign_intro"], s["body"]),
    ]
    pending = [str(p["code"]) for p in data.projects() if p.get("selected", False) is None]
    if pending:  # a tie at the cut-off: the panel's decision is written here and signed
        sep = "、" if data.zh else ", "
        lines = Table([[""], [""]], colWidths=[WIDTH], rowHeights=[11 * mm] * 2)
        lines.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.8, colors.black)]))
        block += [
            Spacer(1, 3 * mm),
            paragraph(t["sign_decision"].format(codes=sep.join(pending)), s["body"]),
            lines,
        ]
    return [Spacer(1, 8 * mm), KeepTogether([*block, table])]
