"""The charts section: judges' totals per project, judges' leniency, agreement per category.

Positions on a chart may be floats; every number printed is exact (Decimal/Fraction) text.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal, localcontext
from fractions import Fraction

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from reports.charts import Bar, StripRow, bar_chart, bar_reach, strip_plot
from reports.data import ReportData
from reports.layout import grid_table, styles
from reports.ranking_common import (
    Project,
    by_category,
    counted_judges,
    dash,
    judge_names,
    paragraph,
)
from reports.ranking_labels import labels
from scoring.numbers import EXACT, round_half_up

WIDTH = 178 * mm - 12
ROWS_PER_DRAWING = 40  # 40 rows of 13 pt fill a page; 125 projects become 4 drawings
BARS_PER_DRAWING = 48  # a panel larger than this continues in a second drawing


def _rows(projects: Sequence[Project]) -> list[StripRow]:
    rows = []
    for project in projects:
        trace = project.get("trace", [])
        final = project.get("final")
        rows.append(
            StripRow(
                str(project["code"]),
                [float(Decimal(t["total"])) for t in trace if not t["dropped"]],
                [float(Decimal(t["total"])) for t in trace if t["dropped"]],
                None if final is None else float(Decimal(final)),
            )
        )
    return rows


def _scale(data: ReportData) -> tuple[float, float]:
    """One scale for every distribution drawing: from a round number below the lowest total
    to the rubric's maximum, so drawings can be compared."""
    values = [float(Decimal(t["total"])) for p in data.projects() for t in p.get("trace", [])] or [
        0.0
    ]
    high = float(data.event.max_total)
    low = max(0.0, math.floor(min(values) / 10) * 10)
    return (low, high) if low < high else (0.0, max(high, 1.0))


def distribution(data: ReportData) -> list[Flowable]:
    t = labels(data.zh)
    s = styles()
    low, high = _scale(data)
    legend = (t["legend_kept"], t["legend_dropped"], t["legend_final"])
    story: list[Flowable] = [paragraph(t["chart_dist_note"], s["small"]), Spacer(1, 2 * mm)]
    for key, projects in by_category(data):
        chunks = [
            projects[i : i + ROWS_PER_DRAWING] for i in range(0, len(projects), ROWS_PER_DRAWING)
        ]
        for index, chunk in enumerate(chunks, start=1):
            title = t["chart_dist"].format(name=data.category_name(key))
            if len(chunks) > 1:
                title += t["chart_dist_part"].format(i=index, n=len(chunks))
            drawing = strip_plot(
                _rows(chunk),
                low=low,
                high=high,
                width=WIDTH,
                legend=legend,
                axis_label=t["axis_total"],
            )
            story.append(KeepTogether([paragraph(title, s["h2"]), drawing]))
    return story


def leniency(data: ReportData) -> list[tuple[str, Fraction, int]]:
    """(judge id, mean of (judge total − project mean of all judges' totals), n projects).

    A description of the data from the published trace, not a result; exact fractions.
    """
    # Σ(total − S_p/n_p) = Σ total − Σ S_p/n_p, with S_p the project's sum of totals and n_p
    # its number of scores; summing S_p per n in Decimal (exact at this precision) and
    # dividing once per n keeps 10,000 scores from becoming 10,000 Fraction additions.
    own: dict[str, Decimal] = {}
    by_size: dict[str, dict[int, Decimal]] = {}
    counts: dict[str, int] = {}
    with localcontext(EXACT):
        for project in data.projects():
            totals = [(str(t["judge"]), Decimal(t["total"])) for t in project.get("trace", [])]
            if not totals:
                continue
            panel = sum((total for _, total in totals), Decimal(0))
            size = len(totals)
            for judge, total in totals:
                own[judge] = own.get(judge, Decimal(0)) + total
                sizes = by_size.setdefault(judge, {})
                sizes[size] = sizes.get(size, Decimal(0)) + panel
                counts[judge] = counts.get(judge, 0) + 1
    order = counted_judges(data)
    judges = [j for j in order if j in own] + sorted(j for j in own if j not in order)
    out = []
    for judge in judges:
        means = sum((Fraction(s) / n for n, s in by_size[judge].items()), Fraction(0))
        out.append((judge, (Fraction(own[judge]) - means) / counts[judge], counts[judge]))
    return out


def signed(value: Fraction, decimals: int = 2) -> str:
    rounded = round_half_up(value, decimals)
    return f"+{rounded}" if rounded > 0 else f"{rounded}"


def leniency_chart(data: ReportData) -> list[Flowable]:
    t = labels(data.zh)
    s = styles()
    names = judge_names(data)
    bars = [
        Bar(f"{names.get(j, j)} ({n})", float(value), signed(value))
        for j, value, n in leniency(data)
    ]
    if not bars:
        return []
    reach = bar_reach(bars)
    drawings = [
        bar_chart(
            bars[i : i + BARS_PER_DRAWING], width=WIDTH, axis_label=t["axis_leniency"], reach=reach
        )
        for i in range(0, len(bars), BARS_PER_DRAWING)
    ]
    return [
        CondPageBreak(drawings[0].height + 60),
        KeepTogether(
            [paragraph(t["chart_leniency"], s["h2"]), paragraph(t["leniency_note"], s["small"])]
        ),
        Spacer(1, 2 * mm),
        *drawings,
    ]


def agreement_table(data: ReportData) -> list[Flowable]:
    t = labels(data.zh)
    s = styles()
    stats = ("kendall_w", "icc2_1", "icc2_k", "icc3_1", "icc3_k")
    heads = ("W", "ICC(2,1)", "ICC(2,k)", "ICC(3,1)", "ICC(3,k)")
    rows: list[list[object]] = [[t["col_category"], t["col_n_judges"], t["col_n_projects"], *heads]]
    agreement = data.results.get("agreement", {})
    for key, _ in by_category(data):
        entry = agreement.get(key, {})
        rows.append(
            [
                paragraph(data.category_name(key), s["cell"]),
                dash(entry.get("n_judges")),
                dash(entry.get("n_projects")),
                *[dash(entry.get(k)) for k in stats],
            ]
        )
    first = WIDTH * 0.23
    rest = (WIDTH - first) / 7
    table = grid_table(rows, [first, *[rest] * 7], extra=[("ALIGN", (1, 0), (-1, -1), "CENTER")])
    return [
        CondPageBreak(60 * mm),
        paragraph(t["agreement"], s["h2"]),
        table,
        Spacer(1, 2 * mm),
        paragraph(t["agreement_note"], s["small"]),
    ]


def charts_section(data: ReportData) -> list[Flowable]:
    t = labels(data.zh)
    return [
        PageBreak(),
        paragraph(t["sec_charts"], styles()["h1"]),
        *distribution(data),
        Spacer(1, 4 * mm),
        *leniency_chart(data),
        Spacer(1, 4 * mm),
        *agreement_table(data),
    ]
