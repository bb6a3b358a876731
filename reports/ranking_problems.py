"""Problems and exclusions: the problems list, every input with its verification code (the
list the secretariat ticks against the signed papers), and the recusals."""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from reports.data import ReportData
from reports.layout import grid_table, styles
from reports.ranking_common import judge_names, paragraph
from reports.ranking_labels import labels, problem_kind
from reports.wording_zh import problem_message

WIDTH = 178 * mm - 12
PAPER = colors.HexColor("#eef6e8")


def _problem_rows(data: ReportData) -> list[Mapping[str, str]]:
    return [*data.results.get("problems", []), *data.extra_problems]


def problems_table(data: ReportData) -> list[Flowable]:
    t = labels(data.zh)
    s = styles()
    cell = s["cell"]
    names = judge_names(data)
    problems = _problem_rows(data)
    story: list[Flowable] = [paragraph(t["problems"], s["h2"])]
    if not problems:
        return [*story, paragraph(t["no_problems"], s["body"])]
    rows: list[list[object]] = [
        [t["col_no"], t["col_kind"], t["col_judge"], t["col_project"], t["col_message"]]
    ]
    for number, problem in enumerate(problems, start=1):
        judge = str(problem.get("judge", ""))
        who = f"{judge} {names[judge]}" if judge in names else judge
        message = problem_message(problem, data.zh)
        if problem.get("source"):
            message += f" [{problem['source']}]"
        rows.append(
            [
                str(number),
                paragraph(problem_kind(str(problem.get("kind", "")), data.zh), cell),
                paragraph(who, cell),
                paragraph(problem.get("project", ""), cell),
                paragraph(message, cell),
            ]
        )
    widths = [10 * mm, 30 * mm, 28 * mm, 16 * mm]
    widths.append(WIDTH - sum(widths))
    story.append(grid_table(rows, widths, extra=[("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return story


def inputs_table(data: ReportData) -> list[Flowable]:
    t = labels(data.zh)
    s = styles()
    cell = s["cell"]
    rows: list[list[object]] = [
        [
            t["col_judge_id"],
            t["col_name"],
            t["col_input_kind"],
            t["col_code_v"],
            t["col_revision"],
            t["col_status"],
            t["col_check"],
        ]
    ]
    shading = []
    for index, entry in enumerate(data.results.get("judges", []), start=1):
        kind = str(entry.get("kind", ""))
        status = str(entry.get("status", ""))
        rows.append(
            [
                paragraph(entry.get("id", ""), cell),
                paragraph(entry.get("name", ""), cell),
                paragraph(t.get(f"kind_{kind}", kind), cell),
                str(entry.get("verification_code", "")) or "—",
                str(entry.get("revision", "")),
                paragraph(t.get(f"status_{status}", status), cell),
                "",
            ]
        )
        if kind == "paper":
            shading.append(("BACKGROUND", (0, index), (-1, index), PAPER))
    widths = [20 * mm, 34 * mm, 26 * mm, 32 * mm, 14 * mm, 22 * mm]
    widths.append(WIDTH - sum(widths))
    table = grid_table(
        rows,
        widths,
        extra=[
            ("FONTSIZE", (3, 1), (3, -1), 10.5),
            ("ALIGN", (3, 0), (-1, -1), "CENTER"),
            *shading,
        ],
    )
    story: list[Flowable] = [paragraph(t["inputs"], s["h2"]), table]
    if any(str(e.get("kind", "")) == "paper" for e in data.results.get("judges", [])):
        story += [Spacer(1, 1.5 * mm), paragraph(t["paper_note"], s["small"])]
    return story


def recusals_table(data: ReportData) -> list[Flowable]:
    t = labels(data.zh)
    s = styles()
    cell = s["cell"]
    names = judge_names(data)
    story: list[Flowable] = [paragraph(t["recusals"], s["h2"])]
    if not data.event.conflicts:
        return [*story, paragraph(t["none"], s["body"])]
    titles = {p.code: p.title for p in data.event.projects}
    rows: list[list[object]] = [[t["col_judge"], t["col_target"], t["col_reason"]]]
    for conflict in data.event.conflicts:
        who = f"{conflict.judge} {names.get(conflict.judge, '')}".strip()
        if conflict.project:
            target = f"{conflict.project} {titles.get(conflict.project, '')}".strip()
        else:
            target = t["unit_prefix"] + conflict.unit
        rows.append(
            [paragraph(who, cell), paragraph(target, cell), paragraph(conflict.reason, cell)]
        )
    widths = [32 * mm, 80 * mm]
    widths.append(WIDTH - sum(widths))
    story.append(grid_table(rows, widths, extra=[("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return story


def problems_section(data: ReportData) -> list[Flowable]:
    t = labels(data.zh)
    return [
        PageBreak(),
        paragraph(t["sec_problems"], styles()["h1"]),
        *problems_table(data),
        Spacer(1, 4 * mm),
        *inputs_table(data),
        Spacer(1, 4 * mm),
        *recusals_table(data),
    ]
