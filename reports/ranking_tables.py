"""The ranking table of each category, its flags as numbered notes, and the cut-off box.

Every number is the string results.json publishes; nothing here is recomputed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table
from reportlab.platypus.tables import TableStyle

from reports.data import ReportData
from reports.fonts import printable
from reports.layout import SELECTED, grid_table, styles
from reports.ranking_common import (
    Project,
    by_category,
    dash,
    judge_names,
    paragraph,
    room,
    style,
    wrapping,
)
from reports.ranking_labels import labels

WIDTH = 178 * mm - 12
PENDING = colors.HexColor("#fde0dc")
ALERT = colors.HexColor("#c0392b")
NOTE = colors.HexColor("#8a1c1c")
HEAD_SIZE = 8.0


def rank_text(project: Project, zh: bool) -> str:
    rank = project.get("rank_in_category")
    if rank is None:
        return "—"
    return labels(zh)["shared_rank"].format(rank=rank) if project.get("tied") else str(rank)


def flag_text(data: ReportData, project: Project, flag: Mapping[str, Any]) -> str:
    """One flag in words (the reader never sees a flag key they would have to look up)."""
    t = labels(data.zh)
    names = judge_names(data)
    code = str(project["code"])
    kind = str(flag.get("kind", ""))
    judge = str(flag.get("judge", ""))
    who = f"{judge} {names[judge]}" if judge in names else judge
    sep = "、" if data.zh else ", "
    if kind == "deviation":
        diff = str(flag.get("difference", ""))
        return t["flag_deviation"].format(
            code=code,
            judge=who,
            total=flag.get("total", ""),
            mean=flag.get("panel_mean", ""),
            diff=diff if diff.startswith("-") else f"+{diff}",
            limit=data.results["method"].get("deviation_limit", ""),
        )
    if kind == "not_trimmed":
        return t["flag_not_trimmed"].format(
            code=code, n=flag.get("n_scores", ""), min=flag.get("min_judges_for_trim", "")
        )
    if kind == "missing":
        return t["flag_missing"].format(code=code, judge=who)
    if kind == "conflict_excluded":
        return t["flag_conflict"].format(code=code, judge=who)
    if kind == "tie_broken":
        keys = [k for k in str(flag.get("by", "")).split(",") if k]
        by = sep.join(_dimension(data, k) for k in keys)
        others = sep.join(c for c in str(flag.get("with", "")).split(",") if c)
        return t["flag_tie_broken"].format(code=code, with_=others, by=by)
    if kind == "tie_at_cutoff":
        return t["flag_tie_at_cutoff"].format(
            code=code, rank=flag.get("rank", ""), top_n=flag.get("top_n", "")
        )
    if kind == "no_scores":
        return t["flag_no_scores"].format(code=code)
    detail = ", ".join(f"{k}={v}" for k, v in flag.items() if k != "kind")
    return t["flag_other"].format(code=code, kind=kind, detail=detail)


def _dimension(data: ReportData, key: str) -> str:
    try:
        return data.dimension_name(key)
    except KeyError:
        return key


def _widths(data: ReportData, with_unit: bool) -> list[float]:
    """Fixed columns first; title (and unit) share what is left."""
    t = labels(data.zh)
    n_dims = len(data.event.dimensions)
    rank = room(t["col_rank"], 12 * mm, HEAD_SIZE)
    code = room(t["col_code"], 11 * mm, HEAD_SIZE)
    final = room(t["col_final"], 14 * mm, HEAD_SIZE)
    n = room(t["col_n"], 9 * mm, HEAD_SIZE)
    sel = room(t["col_selected"], 9 * mm, HEAD_SIZE)
    dim_min = 13 * mm if n_dims <= 4 else max(10 * mm, 62 * mm / n_dims)
    dim = max(room(_dimension(data, d.key), dim_min, HEAD_SIZE) for d in data.event.dimensions)
    rest = WIDTH - rank - code - final - n - sel - dim * n_dims
    if with_unit:
        return [rank, code, rest * 0.6, rest * 0.4, *[dim] * n_dims, final, n, sel]
    return [rank, code, rest, *[dim] * n_dims, final, n, sel]


def _cutoff_box(data: ReportData, projects: Sequence[Project]) -> Flowable | None:
    """A framed notice of a shared rank straddling the top-N line (selected is null)."""
    t = labels(data.zh)
    groups: dict[str, list[str]] = {}
    top_n = str(data.results["method"]["top_n"])
    for project in projects:
        for flag in project.get("flags", []):
            if flag.get("kind") == "tie_at_cutoff":
                groups.setdefault(str(flag.get("rank", "")), []).append(str(project["code"]))
                top_n = str(flag.get("top_n", top_n))
    if not groups:
        return None
    sep = "、" if data.zh else ", "
    text = " ".join(
        t["cutoff_box"].format(codes=sep.join(codes), rank=rank, top_n=top_n)
        for rank, codes in groups.items()
    )
    box = Table([[paragraph(text, style("body", textColor=NOTE))]], colWidths=[WIDTH])
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.6, ALERT),
                ("BACKGROUND", (0, 0), (-1, -1), PENDING),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return box


def _table(data: ReportData, projects: Sequence[Project], notes: Mapping[str, list[int]]) -> Table:
    t = labels(data.zh)
    cell = styles()["cell"]
    head = style("cell", fontSize=HEAD_SIZE, leading=10)
    dims = data.event.dimensions
    with_unit = len(dims) <= 4
    header: list[object] = [t["col_rank"], t["col_code"], paragraph(t["col_title"], head)]
    if with_unit:
        header.append(paragraph(t["col_unit"], head))
    for dim in dims:
        name = dim.name if data.zh else dim.name_en
        header.append(paragraph(f"{name}\n({dim.max.normalize():f})", head))
    header += [
        paragraph(t["col_final"], head),
        paragraph(t["col_n"], head),
        paragraph(t["col_selected"], head),
    ]
    rows: list[list[object]] = [header]
    shading: list[tuple[Any, ...]] = []
    for index, project in enumerate(projects, start=1):
        marks = "".join(f"[{n}]" for n in notes.get(str(project["code"]), []))
        title = Paragraph(
            printable_markup(str(project["title"]))
            + (f' <font color="#8a1c1c" size="7">{marks}</font>' if marks else ""),
            wrapping(cell, str(project["title"])),
        )
        row: list[object] = [rank_text(project, data.zh), str(project["code"]), title]
        if with_unit:
            row.append(paragraph(project["unit"], cell))
        else:  # many dimensions: the unit goes under the title to keep the columns readable
            row[2] = [title, paragraph(project["unit"], style("cell", fontSize=7.5))]
        dimensions = project.get("dimensions", {})
        row += [dash(dimensions.get(dim.key)) for dim in dims]
        selected = project.get("selected")
        mark = t["selected_mark"] if selected else t["pending_mark"] if selected is None else ""
        row += [dash(project.get("final")), str(project.get("n_scores", "")), mark]
        rows.append(row)
        if selected is None:
            shading.append(("BACKGROUND", (0, index), (-1, index), PENDING))
        elif selected:
            shading.append(("BACKGROUND", (0, index), (-1, index), SELECTED))
    first_num = 4 if with_unit else 3
    return grid_table(
        rows,
        _widths(data, with_unit),
        extra=[
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("ALIGN", (0, 0), (1, -1), "CENTER"),
            ("ALIGN", (first_num, 1), (-1, -1), "RIGHT"),
            ("ALIGN", (-1, 1), (-1, -1), "CENTER"),
            ("TEXTCOLOR", (-1, 1), (-1, -1), ALERT),
            ("FONTSIZE", (-3, 1), (-3, -1), 9.5),
            *shading,
        ],
    )


def printable_markup(text: str) -> str:
    """Plain text made safe inside Paragraph markup (escaped, unprintable → □)."""
    return escape(printable(text))


def category_section(data: ReportData, key: str, projects: Sequence[Project]) -> list[Flowable]:
    t = labels(data.zh)
    s = styles()
    notes: dict[str, list[int]] = {}
    texts: list[str] = []
    for project in projects:
        for flag in project.get("flags", []):
            texts.append(flag_text(data, project, flag))
            notes.setdefault(str(project["code"]), []).append(len(texts))
    heading = paragraph(
        t["category_heading"].format(section=t["sec_rank"], name=data.category_name(key)), s["h1"]
    )
    legend = paragraph(t["legend"].format(n=data.results["method"]["top_n"]), s["small"])
    top: list[Flowable] = [heading, legend, Spacer(1, 2 * mm)]
    box = _cutoff_box(data, projects)
    if box is not None:
        top += [box, Spacer(1, 2 * mm)]
    story: list[Flowable] = [*top, _table(data, projects, notes)]
    if texts:
        small = s["small"]
        lines = [paragraph(f"[{n}] {text}", small) for n, text in enumerate(texts, start=1)]
        story += [Spacer(1, 2 * mm), KeepTogether([paragraph(t["notes"], s["h2"]), *lines[:3]])]
        story += lines[3:]
    return story


def ranking_section(data: ReportData) -> list[Flowable]:
    story: list[Flowable] = []
    for key, projects in by_category(data):
        story += [PageBreak(), *category_section(data, key, projects)]
    return story
