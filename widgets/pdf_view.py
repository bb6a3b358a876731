"""The two panes of the materials viewer: a PDF (QtPdf, loaded from memory) and an image.

Both panes share one small zoom vocabulary (`FitMode`, `zoom_factor`, `set_fit`, `zoom_by`)
so the viewer's toolbar drives either without knowing which one is showing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMessageLogContext,
    QPointF,
    QSize,
    Qt,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QKeyEvent,
    QPainter,
    QPalette,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

log = logging.getLogger(__name__)
MIN_ZOOM = 0.1
MAX_ZOOM = 8.0


class FitMode(Enum):
    WIDTH = "width"
    PAGE = "page"
    CUSTOM = "custom"


ZOOM_MODES = {
    FitMode.WIDTH: QPdfView.ZoomMode.FitToWidth,
    FitMode.PAGE: QPdfView.ZoomMode.FitInView,
    FitMode.CUSTOM: QPdfView.ZoomMode.Custom,
}


def _clamp(factor: float) -> float:
    return max(MIN_ZOOM, min(MAX_ZOOM, factor))


class PageView(QPdfView):
    """QPdfView plus Home/End; PageUp/PageDown scroll a screen (QAbstractScrollArea)."""

    resized = Signal()  # the viewport has its new size: a fit mode's factor changed

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def go_to_page(self, index: int) -> None:
        count = self.document().pageCount() if self.document() is not None else 0
        if count:
            navigator = self.pageNavigator()
            navigator.jump(max(0, min(count - 1, index)), QPointF(0, 0), navigator.currentZoom())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() == Qt.KeyboardModifier.NoModifier:
            if event.key() == Qt.Key.Key_Home:
                self.go_to_page(0)
                return
            if event.key() == Qt.Key.Key_End:
                self.go_to_page(self.document().pageCount() - 1)
                return
        super().keyPressEvent(event)


class PdfPane(QWidget):
    """A PDF shown page under page (MultiPage), so a judge scrolls through it like paper.

    Pages are rendered lazily by QPdfView, only those in sight, on its render thread; loading
    the document from memory costs well under a millisecond even for 30 pages.
    """

    pageChanged = Signal(int)  # 0-based page index now at the top part of the view

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = PageView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        # One document for the pane's life: QPdfView cannot be given no document without a
        # Qt warning, and reloading a document costs nothing. It is a child of this pane made
        # after the view, so it is destroyed after the view: destroyed first (or as the view's
        # child) it would close itself and signal a half-destroyed view (a segfault).
        self._document = QPdfDocument(self)
        # The document reads the PDF through the QIODevice for as long as it is open, so
        # the bytes and the buffer over them are kept here.
        self._bytes = QByteArray()
        self._buffer = QBuffer()
        self.view.setDocument(self._document)
        self.view.pageNavigator().currentPageChanged.connect(self.pageChanged)

    def load(self, data: bytes) -> QPdfDocument.Error:
        """Show `data`; on anything but Error.None_ the pane is left empty."""
        data_array = QByteArray(data)
        buffer = QBuffer()
        buffer.setData(data_array)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._document.load(buffer)  # closes the previous document and its buffer first
        self._bytes, self._buffer = data_array, buffer
        error = self._document.error()
        if self._document.status() != QPdfDocument.Status.Ready:
            self.unload()
            return QPdfDocument.Error.Unknown if error == QPdfDocument.Error.None_ else error
        # The navigator outlives documents: start each one at its first page, top of the view.
        self.view.pageNavigator().clear()
        self.view.verticalScrollBar().setValue(0)
        self.view.horizontalScrollBar().setValue(0)
        return QPdfDocument.Error.None_

    def unload(self) -> None:
        self._document.close()
        self._bytes, self._buffer = QByteArray(), QBuffer()

    def page_count(self) -> int:
        return self._document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, index: int) -> None:
        self.view.go_to_page(index)

    # -- zoom ---------------------------------------------------------------------------
    def fit_mode(self) -> FitMode:
        return next(fit for fit, zoom in ZOOM_MODES.items() if zoom == self.view.zoomMode())

    def set_fit(self, mode: FitMode) -> None:
        self._keeping_place(self.view.setZoomMode, ZOOM_MODES[mode])

    def zoom_factor(self) -> float:
        """The factor in effect (1.0 = actual size), also while a fit mode chooses it."""
        view = self.view
        if view.zoomMode() == QPdfView.ZoomMode.Custom or self.page_count() == 0:
            return view.zoomFactor()
        # Same arithmetic as QPdfViewPrivate::calculateDocumentLayout, so that zooming in
        # from a fit mode starts from the size the judge is looking at, not from 100 %.
        points = self._document.pagePointSize(self.current_page())
        resolution = QGuiApplication.primaryScreen().logicalDotsPerInch() / 72.0
        if points.width() <= 0 or points.height() <= 0:
            return 1.0
        margins = view.documentMargins()
        width = view.viewport().width() - margins.left() - margins.right()
        factor = width / (points.width() * resolution)
        if view.zoomMode() == QPdfView.ZoomMode.FitInView:
            height = view.viewport().height() - view.pageSpacing()
            factor = min(factor, height / (points.height() * resolution))
        return max(factor, MIN_ZOOM)

    def zoom_by(self, step: float) -> None:
        factor = _clamp(self.zoom_factor() * step)
        self._keeping_place(self._set_custom_zoom, factor)

    def _set_custom_zoom(self, factor: float) -> None:
        self.view.setZoomFactor(factor)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)

    def _keeping_place(self, change: Callable[[Any], None], value: object) -> None:
        """Apply a zoom change and keep the same part of the document at the top."""
        bar = self.view.verticalScrollBar()
        fraction = bar.value() / max(1, bar.maximum() + bar.pageStep())
        change(value)
        bar.setValue(round(fraction * (bar.maximum() + bar.pageStep())))


def _decode_quietly(data: bytes) -> QImage:
    """Decode with Qt's image plugins without letting a damaged file warn in the log.

    libjpeg and libpng report damage through qWarning; for a material that becomes a message
    to the judge (or nothing, if the image still decodes), so it is only logged at INFO.
    """
    complaints: list[str] = []

    def keep(_mode: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        complaints.append(message)

    previous = qInstallMessageHandler(keep)
    try:
        image = QImage.fromData(data)
    finally:
        qInstallMessageHandler(previous)
    for message in complaints:
        log.info("decoding an image material: %s", message)
    return image


class ImagePane(QScrollArea):
    """A PNG/JPEG scaled to fit the width (or the page, or a custom factor)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self._mode = FitMode.WIDTH
        self._factor = 1.0
        self._label = QLabel()
        self._label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWidget(self._label)
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setBackgroundRole(QPalette.ColorRole.Dark)  # like QPdfView around its pages
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def load(self, data: bytes) -> bool:
        image = _decode_quietly(data)
        if image.isNull():
            self.unload()
            return False
        if image.hasAlphaChannel():
            # Transparent parts would show the dark backdrop; paper is white.
            opaque = QImage(image.size(), QImage.Format.Format_RGB32)
            opaque.fill(Qt.GlobalColor.white)
            painter = QPainter(opaque)
            painter.drawImage(0, 0, image)
            painter.end()
            image = opaque
        self._image = image
        self._mode = FitMode.WIDTH
        self._rescale()
        self.verticalScrollBar().setValue(0)
        return True

    def unload(self) -> None:
        self._image = QImage()
        self._label.clear()

    def shown_size(self) -> QSize:
        pixmap = self._label.pixmap()
        return pixmap.deviceIndependentSize().toSize() if not pixmap.isNull() else QSize()

    def fit_mode(self) -> FitMode:
        return self._mode

    def set_fit(self, mode: FitMode) -> None:
        if mode == FitMode.CUSTOM:
            self._factor = self.zoom_factor()
        self._mode = mode
        self._rescale()

    def zoom_factor(self) -> float:
        if self._mode == FitMode.CUSTOM or self._image.isNull():
            return self._factor
        return self._fit_factor()

    def zoom_by(self, step: float) -> None:
        self._factor = _clamp(self.zoom_factor() * step)
        self._mode = FitMode.CUSTOM
        self._rescale()

    def _fit_factor(self) -> float:
        room = self.maximumViewportSize()  # the viewport without scroll bars
        width, height = self._image.width(), self._image.height()
        if self._mode == FitMode.PAGE:
            return min(room.width() / width, room.height() / height)
        # Fitting the width: if the result is taller than the view a vertical scroll bar
        # appears and takes width, so leave room for it up front (no resize ping-pong).
        factor = room.width() / width
        if height * factor > room.height():
            bar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
            factor = (room.width() - bar) / width
        return factor

    def _rescale(self) -> None:
        if self._image.isNull():
            return
        factor = max(self.zoom_factor(), MIN_ZOOM)
        ratio = self.devicePixelRatioF()
        target = QSize(
            max(1, round(self._image.width() * factor * ratio)),
            max(1, round(self._image.height() * factor * ratio)),
        )
        scaled = self._image.scaled(
            target, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        pixmap = QPixmap.fromImage(scaled)
        pixmap.setDevicePixelRatio(ratio)
        self._label.setPixmap(pixmap)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._mode != FitMode.CUSTOM:
            self._rescale()
