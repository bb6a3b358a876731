"""Shared page layout of the PDFs: A4, the CJK font, paragraph styles, "第 3 页 / 共 12 页".

The page total is only known at the end, so the canvas keeps each page's state and draws
the footers when the document is saved (two passes of bookkeeping, one of rendering).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle
from reportlab.platypus import paragraph as _paragraph

from reports.fonts import printable, register

# Chinese line breaking: reportlab's list lacks some full-width marks, so a wrapped title
# could start a line with a lone ， or 》. (A closing ” is below U+3000 and takes reportlab's
# Latin path, which this list does not reach.)
CLOSING = "\uff0c\uff1b\uff1a\uff1f\uff01\u300b\u3009"
_paragraph.ALL_CANNOT_START += "".join(c for c in CLOSING if c not in _paragraph.ALL_CANNOT_START)

MARGIN = 16 * mm
GRID = colors.HexColor("#9aa5b1")
HEAD = colors.HexColor("#e8eef4")
SELECTED = colors.HexColor("#fff4d6")
MUTED = colors.HexColor("#5f6b7a")


def styles() -> dict[str, ParagraphStyle]:
    font = register()
    base = ParagraphStyle("base", fontName=font, fontSize=9.5, leading=13, wordWrap="CJK")
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11),
        "title": ParagraphStyle(
            "title", parent=base, fontSize=20, leading=28, alignment=TA_CENTER, spaceAfter=6 * mm
        ),
        "h1": ParagraphStyle(
            "h1", parent=base, fontSize=14, leading=19, spaceBefore=4 * mm, spaceAfter=3 * mm
        ),
        "h2": ParagraphStyle(
            "h2", parent=base, fontSize=11.5, leading=16, spaceBefore=3 * mm, spaceAfter=2 * mm
        ),
        "code": ParagraphStyle("code", parent=base, fontSize=22, leading=28, alignment=TA_CENTER),
    }


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped: reportlab reads markup; unprintable → □)."""
    return Paragraph(escape(printable(str(text))), style)


def grid_table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    header_rows: int = 1,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A table whose header repeats on every page it spans."""
    table = Table(list(rows), colWidths=list(widths), repeatRows=header_rows)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), register()),
                ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                *extra,
            ]
        )
    )
    return table


def page_label(page: int, total: int, zh: bool) -> str:
    return f"第 {page} 页 / 共 {total} 页" if zh else f"Page {page} of {total}"


def numbered_canvas(footer_left: str, footer_right: str, zh: bool) -> type[Canvas]:
    """A canvas class that writes the footer with the page total on every page."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            width, _ = self._pagesize
            self.saveState()
            self.setFont(register(), 7.5)
            self.setFillColor(MUTED)
            self.drawString(MARGIN, 9 * mm, footer_left)
            self.drawCentredString(width / 2, 9 * mm, page_label(self._pageNumber, total, zh))
            self.drawRightString(width - MARGIN, 9 * mm, footer_right)
            self.restoreState()

    return NumberedCanvas


def build_pdf(
    story: list[Flowable],
    *,
    title: str,
    footer_left: str,
    footer_right: str,
    zh: bool,
    wide: bool = False,
) -> bytes:
    """Render a story to PDF bytes (A4, portrait or landscape), reproducible byte for byte."""
    buffer = io.BytesIO()
    size = landscape(A4) if wide else A4
    doc = SimpleDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=title,
        author="PanelScore",
        creator="PanelScore",
        invariant=1,
        initialFontName=register(),  # start in the embedded font: no unembedded Helvetica
    )
    doc.build(story, canvasmaker=numbered_canvas(footer_left, footer_right, zh))
    return buffer.getvalue()
