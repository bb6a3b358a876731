"""A project's materials: PDFs (QtPdf) and images in tabs, with page navigation and zoom.

A material that cannot be shown gets a message in its place, never a crash.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

Item = tuple[str, str, object]  # (file name, kind, bytes or the error that stopped loading)


class MaterialsViewer(QWidget):
    fullScreenRequested = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Materials"))
        self.tabs = QTabBar()
        self.tabs.currentChanged.connect(self._show)
        self.document = QPdfDocument(self)
        self.pdf = QPdfView()
        self.pdf.setDocument(self.document)
        self.pdf.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.image = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.image_area = QScrollArea()
        self.image_area.setWidget(self.image)
        self.image_area.setWidgetResizable(True)
        self.message = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.stack = QStackedWidget()
        for page in (self.message, self.pdf, self.image_area):
            self.stack.addWidget(page)
        self.page_label = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.tabs, 1)
        for text, tip, slot in (
            ("◀", self.tr("Previous page"), self.previous_page),
            ("▶", self.tr("Next page"), self.next_page),
            ("−", self.tr("Zoom out (Ctrl+-)"), self.zoom_out),
            ("+", self.tr("Zoom in (Ctrl++)"), self.zoom_in),
            ("↔", self.tr("Fit width"), self.fit_width),
            ("⛶", self.tr("Full screen (F11)"), self._request_full_screen),
        ):
            button = QToolButton(text=text, toolTip=tip)
            button.setAccessibleName(tip)
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addWidget(self.page_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, self.zoom_in)
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, self.zoom_out)
        self._items: list[Item] = []
        self._buffer: QBuffer | None = None
        self._bytes = QByteArray()
        self._full_screen = False
        self.pdf.pageNavigator().currentPageChanged.connect(self._update_page_label)

    # -- content --------------------------------------------------------------------------
    def set_materials(self, items: Sequence[Item]) -> None:
        self._items = list(items)
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        for name, _kind, _data in self._items:
            self.tabs.addTab(name)
        self.tabs.blockSignals(False)
        self.tabs.setCurrentIndex(0)
        self._show(0)

    def clear(self, message: str) -> None:
        self.set_materials([])
        self._say(message)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        self.page_label.clear()

    def _show(self, index: int) -> None:
        if not 0 <= index < len(self._items):
            return
        name, kind, data = self._items[index]
        if not isinstance(data, bytes):
            self._say(self.tr("This material cannot be shown: {0}").replace("{0}", str(data)))
        elif kind == "pdf":
            self._show_pdf(data)
        elif kind == "image":
            image = QImage.fromData(data)
            if image.isNull():
                self._say(self.tr("This image cannot be shown: {0}").replace("{0}", name))
                return
            self.image.setPixmap(QPixmap.fromImage(image))
            self.stack.setCurrentWidget(self.image_area)
            self.page_label.clear()
        else:
            self._say(
                self.tr(
                    "{0} is not a PDF or an image; open it on the secretariat's computer."
                ).replace("{0}", name)
            )

    def _show_pdf(self, data: bytes) -> None:
        self.document.close()
        self._bytes = QByteArray(data)  # the buffer reads from it: keep both alive
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() < 1:
            self._say(self.tr("This PDF is damaged and cannot be shown."))
            return
        self.stack.setCurrentWidget(self.pdf)
        self.pdf.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf.pageNavigator().jump(0, self.pdf.pageNavigator().currentLocation())
        self._update_page_label()

    # -- navigation -----------------------------------------------------------------------
    def current_page(self) -> int:
        return self.pdf.pageNavigator().currentPage()

    def page_count(self) -> int:
        return self.document.pageCount() if self.stack.currentWidget() is self.pdf else 0

    def _jump(self, page: int) -> None:
        if 0 <= page < self.page_count():
            navigator = self.pdf.pageNavigator()
            navigator.jump(page, navigator.currentLocation())

    def next_page(self) -> None:
        self._jump(self.current_page() + 1)

    def previous_page(self) -> None:
        self._jump(self.current_page() - 1)

    def zoom_in(self) -> None:
        self.pdf.setZoomMode(QPdfView.ZoomMode.Custom)
        self.pdf.setZoomFactor(min(4.0, self.pdf.zoomFactor() * 1.25))

    def zoom_out(self) -> None:
        self.pdf.setZoomMode(QPdfView.ZoomMode.Custom)
        self.pdf.setZoomFactor(max(0.25, self.pdf.zoomFactor() / 1.25))

    def fit_width(self) -> None:
        self.pdf.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _update_page_label(self) -> None:
        if self.page_count():
            self.page_label.setText(f"{self.current_page() + 1} / {self.page_count()}")

    def _request_full_screen(self) -> None:
        self.fullScreenRequested.emit(not self._full_screen)

    def set_full_screen_state(self, on: bool) -> None:
        self._full_screen = on
