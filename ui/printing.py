"""Putting a PDF on paper through QPrinter: the very PDF, page by page, so the paper and the
file cannot differ (the judge's score sheet, the secretariat's reports).

Each page is rendered at the printer's resolution, capped at MAX_DPI: a 1200 dpi printer
would otherwise get 140-megapixel images. 240 dpi keeps 7 pt Chinese crisp, and printing
stays synchronous: the demo's two-page sheet takes ~0.2 s (at 300 dpi ~0.33 s, most of it Qt
compressing the image for the print stream).
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QWidget

MAX_DPI = 240


class PrintError(Exception):
    """The PDF could not be put on paper (printer not ready, unreadable PDF)."""


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
            raise PrintError("the PDF could not be read")

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
    """Paper size and orientation of the first page; the PDF carries its margins."""
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


def print_preview_dialog(
    parent: QWidget, printer: QPrinter, paint: Callable[[QPrinter], None]
) -> bool:
    """The print preview (its Print button opens the printer dialog); True if printed."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog  # only when someone prints

    dialog = QPrintPreviewDialog(printer, parent)
    dialog.paintRequested.connect(paint)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        # Now, not later: the dialog points at the printer, which the caller may drop.
        shiboken6.delete(dialog)
