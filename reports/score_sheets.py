"""score-sheets.pdf: one signed sheet per judge, from that judge's own input.

The same per-judge builder (:func:`judge_flowables`) prints one sheet on the judge's laptop
before export (:func:`judge_sheet_pdf`, which needs no results) and every counted judge's
sheet after the merge (:func:`score_sheets_pdf`), each judge starting on a new page.
Labels live in reports.score_sheet_table.LABELS.
"""

from __future__ import annotations

import io
import itertools
from pathlib import PurePath
from typing import Any

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.lib.validators import isListOfNumbers, isString
from reportlab.platypus import Flowable, Image, KeepTogether, PageBreak, Spacer, Table

from reports.data import JudgeSheet, ReportData
from reports.fonts import register
from reports.layout import HEAD, build_pdf, grid_table, para, styles
from reports.score_sheet_table import (
    LANDSCAPE_WIDTH,
    PAPER_BG,
    PAPER_INK,
    PORTRAIT_WIDTH,
    TitleCache,
    labels,
    needs_landscape,
    score_table,
    sheet_styles,
)
from scoring.model import Event

QR_SIZE = 30 * mm
MAX_SIGNATURE_BYTES = 4 * 1024 * 1024
MAX_SIGNATURE_SIDE = 5000


def qr_payload(event_id: str, judge_id: str, code: str) -> str:
    return f"PanelScore|{event_id}|{judge_id}|{code}"


def qr_modules(value: str) -> tuple[list[list[bool]], int]:
    """The QR code's modules (error correction M) and quiet-zone width, from reportlab."""
    widget = QrCodeWidget(value, barLevel="M")
    widget.qr.make()
    return widget.qr.modules, widget.barBorder


class QrDrawing(Drawing):
    """A drawing of a QR code that remembers what it encodes (tests read it back).

    A run of dark modules in a row is one filled rectangle, as reportlab's widget draws it,
    but straight onto the canvas: the widget builds and renders a shape object per run, many
    times slower. (One rectangle per fill also keeps the modules crisp in PDF viewers that snap
    rectangles to the pixel grid.)
    """

    _attrMap = AttrMap(
        BASE=Drawing, qr_value=AttrMapValue(isString), rects=AttrMapValue(isListOfNumbers)
    )

    def draw(self, showBoundary: Any = None) -> None:
        canv = self.canv
        canv.saveState()
        canv.setFillColor(colors.black)
        r = self.rects
        for i in range(0, len(r), 4):
            canv.rect(r[i], r[i + 1], r[i + 2], r[i + 3], stroke=0, fill=1)
        canv.restoreState()


def qr_drawing(value: str, size: float = QR_SIZE) -> QrDrawing:
    """A vector QR code, ``size`` points square with its quiet zone."""
    modules, border = qr_modules(value)
    box = size / (len(modules) + 2 * border)
    rects: list[float] = []
    for r, row in enumerate(modules):
        y = size - (r + border + 1) * box
        c = 0
        for dark, run in itertools.groupby(bool(m) for m in row):
            n = sum(1 for _ in run)
            if dark:
                rects += [(c + border) * box, y, n * box, box]
            c += n
    drawing = QrDrawing(size, size)
    drawing.rects = rects
    drawing.qr_value = value
    drawing.initialFontName = register()  # no unembedded Helvetica, should anything render
    return drawing


def _info_block(event: Event, sheet: JudgeSheet, package_code: str, zh: bool) -> list[Flowable]:
    """Who, what and the verification code (large text and QR) at the top of the sheet."""
    lab, st = labels(zh), sheet_styles(zh)
    judge, content = sheet.judge, sheet.content
    who = f"{judge.name}（{judge.id}）" if zh else f"{judge.name} ({judge.id})"
    rows: list[list[Any]] = [
        [lab["judge"], para(who, st["cell"])],
        [lab["affiliation"], para(judge.affiliation or "—", st["cell"])],
        [lab["kind"], para(lab.get(sheet.kind, sheet.kind), st["cell"])],
        [lab["package"], para(package_code or content.package_code or "—", st["cell"])],
    ]
    if sheet.kind == "paper":
        rows.append([lab["source"], para(PurePath(sheet.source).name or "—", st["cell"])])
    else:
        rows.append([lab["revision"], str(content.revision)])
        rows.append(
            [lab["exported"], para(content.exported_at.replace("T", " ") or "—", st["cell"])]
        )
    info = grid_table(
        rows,
        [26 * mm, 94 * mm],
        header_rows=0,
        extra=[
            # grid_table colours "header rows - 1" = the last row when there is no header.
            ("BACKGROUND", (0, 0), (-1, -1), colors.white),
            ("BACKGROUND", (0, 0), (0, -1), HEAD),
        ],
    )
    code_box = [
        qr_drawing(qr_payload(event.id, judge.id, sheet.verification_code)),
        para(sheet.verification_code or "—", st["code"]),
        para(lab["code_label"], st["small_c"]),
    ]
    top = Table([[info, code_box]], colWidths=[124 * mm, None])
    top.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), register()),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ALIGN", (1, 0), (1, 0), "CENTER"),
            ("LEFTPADDING", (0, 0), (0, 0), 0),
        ]
    )
    top.hAlign = "LEFT"
    out: list[Flowable] = [
        para(event.name, styles()["h2"]),
        para(f"{lab['title']} · {judge.name}", styles()["h1"]),
        top,
    ]
    if sheet.kind == "paper":
        banner = Table([[para(lab["paper_banner"], st["banner"])]])
        banner.setStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), register()),
                ("BOX", (0, 0), (-1, -1), 1.2, PAPER_INK),
                ("BACKGROUND", (0, 0), (-1, -1), PAPER_BG),
            ]
        )
        out += [Spacer(1, 2 * mm), banner]
    out.append(Spacer(1, 3 * mm))
    return out


def signature_image(png: bytes) -> Flowable | None:
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
    """评委签名 and 日期 lines; a drawn signature (if any) stands on the signature line."""
    lab, st = labels(zh), sheet_styles(zh)
    png = sheet.content.signature_png
    drawn: Any = ""
    if png:
        drawn = signature_image(png) or para(lab["bad_signature"], st["muted"])
    body = st["label"]
    table = Table(
        [[para(lab["sign"], body), drawn, para(lab["date"], body), ""]],
        colWidths=[34 * mm, 70 * mm, 18 * mm, 45 * mm],
        rowHeights=[22 * mm],
    )
    table.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), register()),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("ALIGN", (1, 0), (1, 0), "CENTER"),
            ("LINEBELOW", (1, 0), (1, 0), 0.8, colors.black),
            ("LINEBELOW", (3, 0), (3, 0), 0.8, colors.black),
        ]
    )
    table.hAlign = "LEFT"
    return table


def judge_flowables(
    event: Event,
    sheet: JudgeSheet,
    package_code: str,
    width: float,
    zh: bool,
    titles: TitleCache | None = None,
) -> list[Flowable]:
    """One judge's whole sheet: heading, code and QR, the score table, count and signature.

    ``titles`` shares the wrapped texts (project titles, column heads) between the judges of
    one document, so each is wrapped once.
    """
    table, count = score_table(event, sheet, width, zh, titles)
    closing = [
        Spacer(1, 3 * mm),
        para(count, sheet_styles()["cell"]),
        Spacer(1, 4 * mm),
        _signature_block(sheet, zh),
    ]
    return [*_info_block(event, sheet, package_code, zh), table, KeepTogether(closing)]


def _pdf(event: Event, sheets: list[JudgeSheet], package_code: str, note: str) -> bytes:
    zh = event.language != "en"
    lab = labels(zh)
    wide = needs_landscape(event)
    width = LANDSCAPE_WIDTH if wide else PORTRAIT_WIDTH
    story: list[Flowable] = []
    titles = TitleCache()
    for index, sheet in enumerate(sheets):
        if index:
            story.append(PageBreak())  # every judge starts on a new page
        story += judge_flowables(event, sheet, package_code, width, zh, titles)
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
