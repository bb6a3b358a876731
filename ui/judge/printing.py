"""The judge's score sheet: built as a PDF (reports/) and put on paper through QPrinter.

Printing paints the very PDF that "Save as PDF…" writes, page by page, so the paper and the
file cannot differ. Each page is rendered at the printer's resolution, capped at MAX_DPI: a
1200 dpi printer would otherwise get 140-megapixel images. 240 dpi keeps 7 pt Chinese crisp,
and printing stays synchronous: the demo's two pages take ~0.2 s (at 300 dpi ~0.33 s, most
of it Qt compressing the image for the print stream).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from reports.data import JudgeSheet
from reports.score_sheets import judge_sheet_pdf
from scoring.content import ScoreContent
from storage.workspace import Workspace

MAX_DPI = 240


class PrintError(Exception):
    """The sheet could not be put on paper (printer not ready, unreadable PDF)."""


def sheet_content(workspace: Workspace) -> ScoreContent:
    """What the sheet prints: the current scores, with the time of the latest export (if any).

    Workspace.content() stamps "now" as the export time; before any export that would print a
    time at which nothing was exported, so the sheet shows the real one or none.
    """
    content = workspace.content()
    last = workspace.last_export()
    return dataclasses.replace(content, exported_at=last.at if last else "")


def sheet_pdf(workspace: Workspace) -> bytes:
    """The judge's own score sheet (reports.score_sheets), signature included."""
    content = sheet_content(workspace)
    event = workspace.event
    sheet = JudgeSheet(
        event.judge(content.judge), "score-file", content.verification_code(), content
    )
    return judge_sheet_pdf(event, sheet, content.package_code)


class PdfPages:
    """A PDF held in memory for rendering; the buffer lives as long as the document."""

    def __init__(self, pdf: bytes) -> None:
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer()
        self._buffer.setData(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            raise PrintError("the score sheet PDF could not be read")

    def count(self) -> int:
        return self.document.pageCount()

    def point_size(self, page: int) -> QSizeF:
        return self.document.pagePointSize(page)

    def image(self, page: int, size: QSize) -> QImage:
        """The page on white paper: QPdfDocument.render() leaves the background transparent."""
        rendered = self.document.render(page, size)
        paper = QImage(size, QImage.Format.Format_RGB32)
        paper.fill(Qt.GlobalColor.white)
        painter = QPainter(paper)
        painter.drawImage(0, 0, rendered)
        painter.end()
        return paper


def match_paper(printer: QPrinter, pages: PdfPages, title: str) -> None:
    """Paper size and orientation of the sheet's first page; the PDF carries its margins."""
    size = pages.point_size(0)
    width, height = size.width(), size.height()
    portrait = QSizeF(min(width, height), max(width, height))
    printer.setPageSize(
        QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    )
    landscape = width > height
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    printer.setFullPage(True)
    printer.setDocName(title)


def render_pages(pages: PdfPages, printer: QPrinter) -> int:
    """Paint every page onto the printer, each fitted to a sheet of paper; returns the count."""
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError("the printer is not ready")
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        dpi = min(printer.resolution(), MAX_DPI)
        for page in range(pages.count()):
            if page and not printer.newPage():
                raise PrintError("the printer refused a new page")
            area = QRectF(painter.viewport())  # the whole paper (full-page mode)
            points = pages.point_size(page)
            scale = min(area.width() / points.width(), area.height() / points.height())
            target = QRectF(0, 0, points.width() * scale, points.height() * scale)
            target.moveCenter(area.center())
            # Render no finer than the paper shows it, nor than MAX_DPI.
            factor = min(dpi / 72, scale)
            size = QSize(round(points.width() * factor), round(points.height() * factor))
            painter.drawImage(target, pages.image(page, size))
    finally:
        painter.end()
    return pages.count()
