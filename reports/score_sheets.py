"""score-sheets.pdf: one signed sheet per judge, from that judge's own input.

The same per-judge builder prints one sheet on the judge's laptop before export
(:func:`judge_sheet_pdf`, no results needed) and every counted judge's sheet after the merge
(:func:`score_sheets_pdf`). Totals here are the judge's own raw sums, computed exactly with
Decimal; nothing published (finals, ranks) appears on a score sheet.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from decimal import Decimal
from pathlib import PurePath
from typing import Any

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, KeepTogether, PageBreak, Spacer, Table

from reports.data import JudgeSheet, ReportData
from reports.layout import MARGIN, MUTED, build_pdf, grid_table, para, styles
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
        "code_label": "评分文件核验码",
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
PAPER_BG = colors.HexColor("#fde8e6")
PAPER_INK = colors.HexColor("#9b1c1c")
QR_SIZE = 30 * mm
MAX_SIGNATURE_BYTES = 4 * 1024 * 1024
MAX_SIGNATURE_SIDE = 5000
PORTRAIT_WIDTH = 210 * mm - 2 * MARGIN
LANDSCAPE_WIDTH = 297 * mm - 2 * MARGIN
# Fixed columns (mm): code, total, comment, state; each dimension; the title's minimum.
FIXED_MM = (13.0, 15.0, 36.0, 19.0)
DIM_MM = 14.0
TITLE_MIN_MM = 42.0


def labels(zh: bool) -> dict[str, str]:
    return LABELS["zh" if zh else "en"]


def qr_payload(event_id: str, judge_id: str, code: str) -> str:
    return f"PanelScore|{event_id}|{judge_id}|{code}"


def qr_drawing(value: str, size: float = QR_SIZE) -> Drawing:
    """A vector QR code (reportlab's own widget), scaled to ``size`` points square."""
    widget = QrCodeWidget(value, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


def needs_landscape(event: Event) -> bool:
    fixed = sum(FIXED_MM) + DIM_MM * len(event.dimensions) + TITLE_MIN_MM
    return fixed * mm > PORTRAIT_WIDTH


def step_places(event: Event) -> int:
    """Decimal places of the finest step: a judge's scores never need more."""
    places = [max(0, -int(d.step.normalize().as_tuple().exponent)) for d in event.dimensions]
    return max(places, default=0)


def fixed(value: Decimal, places: int) -> str:
    return format(value.quantize(Decimal(1).scaleb(-places)), "f")


def _cell_styles(zh: bool) -> dict[str, ParagraphStyle]:
    base = styles()
    cell = base["cell"]
    return {
        "cell": cell,
        "head": ParagraphStyle("ss-head", parent=cell, alignment=TA_CENTER, leading=10.5),
        "banner": ParagraphStyle(
            "ss-banner", parent=base["body"], fontSize=10.5, leading=14, textColor=PAPER_INK
        ),
        "muted": ParagraphStyle("ss-muted", parent=base["small"], textColor=MUTED),
        "code": ParagraphStyle("ss-code", parent=base["code"], fontSize=20, leading=24),
        "small_c": ParagraphStyle("ss-smallc", parent=base["small"], alignment=TA_CENTER),
    }


def _info_block(event: Event, sheet: JudgeSheet, package_code: str, zh: bool) -> list[Flowable]:
    """Who, what and the verification code (text and QR) at the top of the sheet."""
    lab, st = labels(zh), _cell_styles(zh)
    judge, content = sheet.judge, sheet.content
    rows: list[list[Any]] = [
        [
            lab["judge"],
            para(f"{judge.name}（{judge.id}）" if zh else f"{judge.name} ({judge.id})", st["cell"]),
        ],
        [lab["affiliation"], para(judge.affiliation or "—", st["cell"])],
        [lab["kind"], para(lab.get(sheet.kind, sheet.kind), st["cell"])],
        [lab["package"], package_code or content.package_code or "—"],
    ]
    if sheet.kind == "paper":
        rows.append([lab["source"], para(PurePath(sheet.source).name or "—", st["cell"])])
    else:
        rows.append([lab["revision"], str(content.revision)])
        rows.append([lab["exported"], content.exported_at.replace("T", " ") or "—"])
    info = grid_table(
        rows,
        [24 * mm, 96 * mm],
        header_rows=0,
        extra=[("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e8eef4"))],
    )
    code_box = [
        qr_drawing(qr_payload(event.id, judge.id, sheet.verification_code)),
        para(sheet.verification_code or "—", st["code"]),
        para(lab["code_label"], st["small_c"]),
    ]
    top = Table([[info, code_box]], colWidths=[124 * mm, None])
    top.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ALIGN", (1, 0), (1, 0), "CENTER"),
            ("LEFTPADDING", (0, 0), (0, 0), 0),
        ]
    )
    out: list[Flowable] = [
        para(event.name, styles()["h2"]),
        para(f"{lab['title']} · {judge.name}", styles()["h1"]),
        top,
    ]
    if sheet.kind == "paper":
        banner = Table([[para(lab["paper_banner"], st["banner"])]])
        banner.setStyle(
            [("BOX", (0, 0), (-1, -1), 1.2, PAPER_INK), ("BACKGROUND", (0, 0), (-1, -1), PAPER_BG)]
        )
        out += [Spacer(1, 2 * mm), banner]
    out.append(Spacer(1, 3 * mm))
    return out


class ContinuedTable(Table):
    """A table whose repeated first header row says "（续）" on every page after the first."""

    continued_cell: Flowable | None = None

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        parts = super().split(availWidth, availHeight)
        for part in parts:
            part.continued_cell = self.continued_cell  # type: ignore[attr-defined]
        if len(parts) == 2 and self.continued_cell is not None:
            parts[1]._cellvalues[0][0] = self.continued_cell  # type: ignore[attr-defined]
        return parts


def _covered(event: Event, sheet: JudgeSheet) -> list[Project]:
    cats = sheet.judge.categories
    return [p for p in event.ordered_projects() if not cats or p.category in cats]


def _score_table(event: Event, sheet: JudgeSheet, width: float, zh: bool) -> tuple[Table, str]:
    """The judge's rows in defense order, grouped by category; returns the count line too."""
    lab, st = labels(zh), _cell_styles(zh)
    dims = event.dimensions
    places = step_places(event)
    code_w, total_w, comment_w, state_w = (v * mm for v in FIXED_MM)
    title_w = width - code_w - total_w - comment_w - state_w - DIM_MM * mm * len(dims)
    widths = [code_w, title_w, *[DIM_MM * mm] * len(dims), total_w, comment_w, state_w]
    ncols = len(widths)
    first_dim, total_col, state_col = 2, 2 + len(dims), ncols - 1
    judge = sheet.judge
    name = (
        f"{lab['judge']}：{judge.name}（{judge.id}）"
        if zh
        else f"{lab['judge']}: {judge.name} ({judge.id})"
    )
    name += f" · {lab['code_label']} {sheet.verification_code}"
    header = [
        [para(name, st["cell"]), *[""] * (ncols - 1)],
        [
            para(lab["project_code"], st["head"]),
            para(lab["project_title"], st["head"]),
            *[
                para(f"{d.name if zh else d.name_en}\n({d.max.normalize():f})", st["head"])
                for d in dims
            ],
            para(lab["total"], st["head"]),
            para(lab["comment"], st["head"]),
            para(lab["state"], st["head"]),
        ],
    ]
    rows: list[list[Any]] = [*header]
    extra: list[tuple[Any, ...]] = [
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#e8eef4")),
        ("ALIGN", (first_dim, 2), (total_col, -1), "RIGHT"),
        ("ALIGN", (state_col, 2), (state_col, -1), "CENTER"),
    ]
    counts = {"submitted": 0, "draft": 0, "recused": 0, "unscored": 0}
    category = None
    projects = _covered(event, sheet)
    names = {c.key: c.name for c in event.categories}
    for project in projects:
        if project.category != category:
            category = project.category
            n = sum(1 for p in projects if p.category == category)
            r = len(rows)
            rows.append(
                [
                    para(
                        f"{names.get(category, category)}（{n} {lab['projects']}）"
                        if zh
                        else f"{names.get(category, category)} ({n} projects)",
                        st["cell"],
                    ),
                    *[""] * (ncols - 1),
                ]
            )
            extra += [
                ("SPAN", (0, r), (-1, r)),
                ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f4f6f8")),
            ]
        r = len(rows)
        row: list[Any] = [project.code, para(project.title, st["cell"])]
        conflict = event.is_conflicted(judge.id, project)
        values: Mapping[str, Decimal] = sheet.content.scores.get(project.code, {})
        sheet_row = sheet.content.sheets.get(project.code)
        state = sheet_row.state if sheet_row else "empty"
        comment = sheet_row.comment if sheet_row else ""
        if conflict is not None:
            counts["recused"] += 1
            reason = lab["reason"] + (conflict.reason or "—")
            row += [lab["recused"], *[""] * len(dims), para(reason, st["cell"]), lab["recused"]]
            extra += [
                ("SPAN", (first_dim, r), (total_col, r)),
                ("ALIGN", (first_dim, r), (total_col, r), "CENTER"),
                ("BACKGROUND", (0, r), (-1, r), RECUSED_BG),
            ]
        elif state == "empty" and not values:
            counts["unscored"] += 1
            row += [
                *[""] * (len(dims) + 1),
                para(comment, st["cell"]) if comment else "",
                lab["unscored"],
            ]
        else:
            cells = [fixed(values[d.key], places) if d.key in values else "" for d in dims]
            complete = all(d.key in values for d in dims)
            total = sum((values[d.key] for d in dims if d.key in values), Decimal(0))
            row += [
                *cells,
                fixed(total, places) if complete else "—",
                para(comment, st["cell"]) if comment else "",
            ]
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
    table.continued_cell = para(name + lab["continued"], st["cell"])  # type: ignore[attr-defined]
    count = lab["count"].format(n=len(projects), **counts)
    return table, count


def _signature_image(png: bytes) -> Flowable | None:
    """The drawn signature, fitted to 60 × 18 mm; None if the bytes are not a usable image."""
    if not png or len(png) > MAX_SIGNATURE_BYTES:
        return None
    try:
        reader = ImageReader(io.BytesIO(png))
        w, h = reader.getSize()
        if not (0 < w <= MAX_SIGNATURE_SIDE and 0 < h <= MAX_SIGNATURE_SIDE):
            return None
        reader.getRGBData()  # decode fully now: a truncated PNG must fail here, not mid-build
        scale = min(60 * mm / w, 18 * mm / h)
        return Image(io.BytesIO(png), width=w * scale, height=h * scale)
    except Exception:  # any decoder error (PIL raises many kinds) means "cannot be shown"
        return None


def _signature_block(sheet: JudgeSheet, zh: bool) -> Flowable:
    lab, st = labels(zh), _cell_styles(zh)
    png = sheet.content.signature_png
    drawn: Any = ""
    if png:
        drawn = _signature_image(png) or para(lab["bad_signature"], st["muted"])
    body = styles()["body"]
    table = Table(
        [[para(lab["sign"], body), drawn, para(lab["date"], body), ""]],
        colWidths=[24 * mm, 70 * mm, 14 * mm, 45 * mm],
        rowHeights=[22 * mm],
    )
    table.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("ALIGN", (1, 0), (1, 0), "CENTER"),
            ("LINEBELOW", (1, 0), (1, 0), 0.8, colors.black),
            ("LINEBELOW", (3, 0), (3, 0), 0.8, colors.black),
        ]
    )
    table.hAlign = "LEFT"
    return table


def judge_flowables(
    event: Event, sheet: JudgeSheet, package_code: str, width: float, zh: bool
) -> list[Flowable]:
    """One judge's whole sheet: heading, code and QR, the score table, count and signature."""
    table, count = _score_table(event, sheet, width, zh)
    st = _cell_styles(zh)
    return [
        *_info_block(event, sheet, package_code, zh),
        table,
        KeepTogether(
            [
                Spacer(1, 3 * mm),
                para(count, st["cell"]),
                Spacer(1, 4 * mm),
                _signature_block(sheet, zh),
            ]
        ),
    ]


def _pdf(event: Event, sheets: list[JudgeSheet], package_code: str, note: str) -> bytes:
    zh = event.language != "en"
    lab = labels(zh)
    wide = needs_landscape(event)
    width = LANDSCAPE_WIDTH if wide else PORTRAIT_WIDTH
    story: list[Flowable] = []
    for index, sheet in enumerate(sheets):
        if index:
            story.append(PageBreak())  # every judge starts on a new page
        story += judge_flowables(event, sheet, package_code, width, zh)
    if not story:
        story = [para(event.name, styles()["h1"]), para(lab["none"], styles()["body"])]
    return build_pdf(
        story,
        title=f"{event.name} · {lab['title']}",
        footer_left=f"{lab['title']} · {lab['package']} {package_code}",
        footer_right=note[:48],
        zh=zh,
        wide=wide,
    )


def judge_sheet_pdf(
    event: Event, sheet: JudgeSheet, package_code: str, digest_note: str = ""
) -> bytes:
    """One judge's sheet, as the laptop prints it before export (needs no results)."""
    return _pdf(event, [sheet], package_code, digest_note)


def score_sheets_pdf(data: ReportData) -> bytes:
    """Every counted judge's sheet, each starting on a new page."""
    package_code = str(data.results.get("event", {}).get("package_code", ""))
    note = labels(data.zh)["digest"] + data.digest()[:16]
    return _pdf(data.event, list(data.sheets), package_code, note)
