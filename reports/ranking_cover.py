"""The cover of ranking.pdf: the event, the rubric, the method in words, the counts, the codes."""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from reports.data import ReportData
from reports.layout import HEAD, grid_table, styles
from reports.ranking_common import by_category, counted_judges, judge_names, paragraph, style
from reports.ranking_labels import labels
from scoring.describe import method_sentence

WIDTH = 178 * mm - 12  # the frame's width less its padding


def _num(value: Decimal) -> str:
    return f"{value.normalize():f}"


def _facts(data: ReportData) -> list[tuple[str, str]]:
    t = labels(data.zh)
    event = data.event
    rows = [(t["date"], event.date), (t["venue"], event.venue), (t["organiser"], event.organiser)]
    return [(label, value) for label, value in rows if value]


def _rubric(data: ReportData) -> Flowable:
    t = labels(data.zh)
    cell = styles()["cell"]
    dims = data.event.dimensions
    rows: list[list[object]] = [[t["dimension"], t["name_en"], t["max"], t["step"]]]
    for dim in dims:
        first, second = (dim.name, dim.name_en) if data.zh else (dim.name_en, dim.name)
        rows.append(
            [paragraph(first, cell), paragraph(second, cell), _num(dim.max), _num(dim.step)]
        )
    rows.append([paragraph(t["sum"], cell), "", _num(data.event.max_total), ""])
    widths = [WIDTH * 0.34, WIDTH * 0.36, WIDTH * 0.15, WIDTH * 0.15]
    return grid_table(
        rows,
        widths,
        extra=[
            ("ALIGN", (2, 0), (-1, -1), "CENTER"),
            ("SPAN", (0, -1), (1, -1)),
            ("BACKGROUND", (0, -1), (-1, -1), HEAD),
        ],
    )


def _counts(data: ReportData) -> list[tuple[str, str]]:
    t = labels(data.zh)
    names = judge_names(data)
    judges = counted_judges(data)
    sep = "、" if data.zh else ", "
    judge_text = t["judges_text"].format(
        n=len(judges), names=sep.join(names.get(j, j) for j in judges)
    )
    parts = sep.join(
        t["category_count"].format(name=data.category_name(key), n=len(items))
        for key, items in by_category(data)
    )
    project_text = t["projects_text"].format(n=len(data.projects()), parts=parts)
    order = " → ".join(data.dimension_name(key) for key in data.results["method"]["tie_break"])
    return [
        (t["method"], method_sentence(data.event, "zh" if data.zh else "en")),
        (t["tie_break"], t["tie_break_text"].format(order=order)),
        (t["top_n"], t["top_n_text"].format(n=data.results["method"]["top_n"])),
        (t["judges_counted"], judge_text),
        (t["projects"], project_text),
        (t["package_code"], str(data.results["event"]["package_code"])),
    ]


def _pairs(rows: list[tuple[str, str]]) -> Flowable:
    cell = styles()["cell"]
    body = [[paragraph(label, cell), paragraph(value, cell)] for label, value in rows]
    return grid_table(
        body,
        [WIDTH * 0.22, WIDTH * 0.78],
        header_rows=0,
        extra=[("BACKGROUND", (0, 0), (0, -1), HEAD), ("VALIGN", (0, 0), (-1, -1), "TOP")],
    )


def cover(data: ReportData) -> list[Flowable]:
    t = labels(data.zh)
    s = styles()
    digest_style = style("body", fontSize=10.5, leading=15, textColor=colors.HexColor("#1d3557"))
    story: list[Flowable] = [
        Spacer(1, 14 * mm),
        paragraph(data.event.name, s["title"]),
        paragraph(t["doc_title"], style("title", fontSize=15, leading=20, spaceAfter=8 * mm)),
    ]
    facts = _facts(data)
    if facts:
        story += [_pairs(facts), Spacer(1, 5 * mm)]
    story += [
        paragraph(t["rubric"], s["h2"]),
        _rubric(data),
        Spacer(1, 5 * mm),
        _pairs(_counts(data)),
        Spacer(1, 6 * mm),
        paragraph(t["digest"], s["h2"]),
        paragraph(data.digest(), digest_style),
        Spacer(1, 1.5 * mm),
        paragraph(t["digest_note"], s["small"]),
    ]
    return story
