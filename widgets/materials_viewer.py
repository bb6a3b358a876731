"""The judge's materials viewer: one tab per material, PDFs and images, messages in place.

The widget only shows what it is given (`set_materials`) and reports what the judge asks for
that it cannot do itself (`fullScreenRequested`); it never reads files or databases.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from widgets.pdf_view import FitMode, ImagePane, PdfPane

Material = tuple[str, str, bytes | Exception]
ZOOM_STEP = 1.25


class MaterialsViewer(QWidget):
    """Materials of one project as tabs; the first one is shown after `set_materials`.

    Keys (Ctrl++ / Ctrl+- zoom, Ctrl+0 fit width, F11 full screen; PageUp/PageDown, Home/End in
    the page) work while the focus is inside the viewer; `menu_actions()` returns the actions
    for the window's View menu.
    """

    fullScreenRequested = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[Material] = []
        self._fit = FitMode.WIDTH  # the fit the judge chose last; kept across materials
        self._build_actions()
        self._build_widgets()
        self.clear(self.tr("No materials to show."))

    # -- construction -------------------------------------------------------------------
    def _action(self, text: str, slot: object, keys: Sequence[QKeySequence | str] = ()) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(key) for key in keys])
        # Only while the focus is in the viewer: the scoring form owns the other keys.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.previous_action = self._action(self.tr("Previous page"), self.previous_page)
        self.next_action = self._action(self.tr("Next page"), self.next_page)
        self.zoom_out_action = self._action(
            self.tr("Zoom out"), self.zoom_out, [QKeySequence.StandardKey.ZoomOut]
        )
        self.zoom_out_action.setIconText(self.tr("−", "zoom out button"))
        self.zoom_in_action = self._action(
            self.tr("Zoom in"), self.zoom_in, [QKeySequence.StandardKey.ZoomIn, "Ctrl+="]
        )
        self.zoom_in_action.setIconText(self.tr("+", "zoom in button"))
        self.fit_width_action = self._action(self.tr("Fit width"), self.fit_width, ["Ctrl+0"])
        self.fit_page_action = self._action(self.tr("Fit page"), self.fit_page)
        for action in (self.fit_width_action, self.fit_page_action):
            action.setCheckable(True)
        # F11 is a key press, not a shortcut: the window may own an F11 action of its own,
        # and two shortcuts on one key would be ambiguous (a Qt warning, neither fires).
        self.full_screen_action = self._action(self.tr("Full screen (F11)"), self._full_screen)
        self.full_screen_action.setCheckable(True)

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setAccessibleName(action.text())
        return button

    def _build_widgets(self) -> None:
        self.tabs = QTabBar(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setExpanding(False)
        self.tabs.setUsesScrollButtons(True)  # many materials scroll rather than squeeze
        self.tabs.setElideMode(Qt.TextElideMode.ElideMiddle)
        self.tabs.setAccessibleName(self.tr("Materials"))
        self.tabs.currentChanged.connect(self._show_item)

        self.page_spin = QSpinBox(self)
        self.page_spin.setKeyboardTracking(False)  # jump when Enter is pressed, not per digit
        self.page_spin.setAccessibleName(self.tr("Page"))
        self.page_spin.valueChanged.connect(self.go_to_page)
        self.zoom_label = QLabel(self)
        self.zoom_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("8888 %"))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        buttons = [self._button(a) for a in (self.previous_action, self.next_action)]
        # Arrows drawn by the style, which greys them out properly when disabled.
        buttons[0].setArrowType(Qt.ArrowType.UpArrow)
        buttons[1].setArrowType(Qt.ArrowType.DownArrow)
        zoom = [self._button(a) for a in (self.zoom_out_action, self.zoom_in_action)]
        fits = [self._button(a) for a in (self.fit_width_action, self.fit_page_action)]
        self.full_screen_button = self._button(self.full_screen_action)
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        for widget in (buttons[0], self.page_spin, buttons[1]):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (zoom[0], self.zoom_label, zoom[1], *fits):
            bar.addWidget(widget)
        bar.addSpacing(12)
        bar.addWidget(self.full_screen_button)

        self.pdf_pane = PdfPane(self)
        # The view learns its size after this widget does (always so when the viewer is
        # added to a window already shown): the zoom shown follows the view's own resize.
        self.pdf_pane.view.resized.connect(self._sync_zoom)
        self.pdf_pane.view.setAccessibleName(self.tr("Material pages"))
        self.pdf_pane.pageChanged.connect(self._sync_page)
        self.image_pane = ImagePane(self)
        self.image_pane.setAccessibleName(self.tr("Material image"))
        self.message_label = QLabel(self)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)  # names and errors are data
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setMargin(24)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stack = QStackedWidget(self)
        for page in (self.pdf_pane, self.image_pane, self.message_label):
            self.stack.addWidget(page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tabs)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        order = [self.tabs, buttons[0], self.page_spin, buttons[1], zoom[0], zoom[1], *fits]
        order += [self.full_screen_button, self.pdf_pane.view, self.image_pane]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # -- data in ------------------------------------------------------------------------
    def set_materials(self, items: Sequence[Material]) -> None:
        """Show one project's materials: (file name, "pdf"|"image"|"other", bytes or error)."""
        if not items:
            self.clear(self.tr("This project has no materials."))
            return
        self._items = list(items)
        with QSignalBlocker(self.tabs):
            self._remove_tabs()
            for name, _kind, data in self._items:
                index = self.tabs.addTab(name.replace("&", "&&"))  # no mnemonics from data
                self.tabs.setTabToolTip(index, name)
                if isinstance(data, Exception):
                    warn = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
                    self.tabs.setTabIcon(index, warn)
            self.tabs.setCurrentIndex(0)
        self.tabs.show()
        self._show_item(0)

    def clear(self, message: str) -> None:
        """No materials: only `message` in place of the pages."""
        self._items = []
        with QSignalBlocker(self.tabs):
            self._remove_tabs()
        self.tabs.hide()
        self._show_message(message)

    def set_full_screen_state(self, on: bool) -> None:
        """The window entered or left full screen (also by its own means): sync the button."""
        with QSignalBlocker(self.full_screen_action):
            self.full_screen_action.setChecked(on)

    def focus_pages(self) -> None:
        """The keys to the pages shown (PageUp/PageDown, arrows), or to the tabs without."""
        shown = self.stack.currentWidget()
        target = getattr(shown, "view", shown) if shown is not self.message_label else self.tabs
        target.setFocus()

    def menu_actions(self) -> list[QAction]:
        """Page and zoom actions for the window's View menu (full screen is the window's)."""
        return [action for action in self.actions() if action is not self.full_screen_action]

    # -- what is shown ------------------------------------------------------------------
    def current_material(self) -> int:
        return self.tabs.currentIndex() if self._items else -1

    def select_material(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def showing(self) -> str:
        """What the stack shows: "pdf", "image" or "message"."""
        current = self.stack.currentWidget()
        if current is self.pdf_pane:
            return "pdf"
        return "image" if current is self.image_pane else "message"

    def message(self) -> str:
        return self.message_label.text() if self.showing() == "message" else ""

    def page_number(self) -> int:
        """1-based page shown, as in "3 / 30"; 0 when no PDF is shown."""
        return self.pdf_pane.current_page() + 1 if self.showing() == "pdf" else 0

    def page_count(self) -> int:
        return self.pdf_pane.page_count() if self.showing() == "pdf" else 0

    def go_to_page(self, number: int) -> None:
        if self.showing() == "pdf":
            self.pdf_pane.go_to_page(number - 1)

    def fit_mode(self) -> FitMode:
        pane = self._zoom_pane()
        return pane.fit_mode() if pane is not None else self._fit

    def zoom_factor(self) -> float:
        pane = self._zoom_pane()
        return pane.zoom_factor() if pane is not None else 1.0

    # -- user actions -------------------------------------------------------------------
    def previous_page(self) -> None:
        self.go_to_page(self.page_number() - 1)

    def next_page(self) -> None:
        self.go_to_page(self.page_number() + 1)

    def zoom_in(self) -> None:
        self._zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom(1 / ZOOM_STEP)

    def fit_width(self) -> None:
        self._set_fit(FitMode.WIDTH)

    def fit_page(self) -> None:
        self._set_fit(FitMode.PAGE)

    def _full_screen(self, checked: bool) -> None:
        self.fullScreenRequested.emit(checked)

    def _zoom(self, step: float) -> None:
        pane = self._zoom_pane()
        if pane is not None:
            pane.zoom_by(step)
        self._sync_zoom()

    def _set_fit(self, mode: FitMode) -> None:
        self._fit = mode
        pane = self._zoom_pane()
        if pane is not None:
            pane.set_fit(mode)
        self._sync_zoom()

    # -- internals ----------------------------------------------------------------------
    def _remove_tabs(self) -> None:
        while self.tabs.count():
            self.tabs.removeTab(0)

    def _zoom_pane(self) -> PdfPane | ImagePane | None:
        current = self.stack.currentWidget()
        return current if isinstance(current, PdfPane | ImagePane) else None

    def _show_item(self, index: int) -> None:
        if not 0 <= index < len(self._items):
            return
        name, kind, data = self._items[index]
        if isinstance(data, Exception):
            reason = str(data) or type(data).__name__
        elif kind == "pdf":
            error = self.pdf_pane.load(data)
            if error == QPdfDocument.Error.None_:
                self._show_pane(self.pdf_pane)
                return
            reason = self._pdf_reason(error)
        elif kind == "image":
            if self.image_pane.load(data):
                self._show_pane(self.image_pane)
                return
            reason = self.tr("the file is not a readable image.")
        else:
            reason = self.tr("files of this kind cannot be displayed here.")
        text = self.tr("This material cannot be shown: {reason}").format(reason=reason)
        self._show_message(f"{name}\n\n{text}")

    def _pdf_reason(self, error: QPdfDocument.Error) -> str:
        return {
            QPdfDocument.Error.IncorrectPassword: self.tr("the PDF is protected by a password."),
            QPdfDocument.Error.UnsupportedSecurityScheme: self.tr("the PDF is locked."),
        }.get(error, self.tr("the file is not a readable PDF."))

    def _show_pane(self, pane: PdfPane | ImagePane) -> None:
        # Release whichever pane is not shown, so one project's bytes do not linger.
        (self.image_pane if pane is self.pdf_pane else self.pdf_pane).unload()
        self.stack.setCurrentWidget(pane)
        pane.set_fit(self._fit)
        self._sync_page()
        self._sync_zoom()

    def _show_message(self, message: str) -> None:
        self.pdf_pane.unload()
        self.image_pane.unload()
        self.message_label.setText(message)
        self.stack.setCurrentWidget(self.message_label)
        self._sync_page()
        self._sync_zoom()

    def _sync_page(self) -> None:
        count, number = self.page_count(), self.page_number()
        with QSignalBlocker(self.page_spin):
            self.page_spin.setRange(min(1, count), count)
            # Shown at the minimum only, so only without a PDF, instead of "0 / 0".
            self.page_spin.setSpecialValueText("" if count else "–")
            self.page_spin.setSuffix(self.tr(" / {count}").format(count=count))
            self.page_spin.setValue(number)
        self.page_spin.setEnabled(count > 0)
        self.previous_action.setEnabled(number > 1)
        self.next_action.setEnabled(0 < number < count)

    def _sync_zoom(self) -> None:
        pane = self._zoom_pane()
        for action in (self.zoom_in_action, self.zoom_out_action):
            action.setEnabled(pane is not None)
        fits = ((self.fit_width_action, FitMode.WIDTH), (self.fit_page_action, FitMode.PAGE))
        for action, mode in fits:
            action.setEnabled(pane is not None)
            action.setChecked(pane is not None and pane.fit_mode() == mode)
        percent = round(pane.zoom_factor() * 100) if pane is not None else 0
        self.zoom_label.setText(self.tr("{percent} %").format(percent=percent) if pane else "")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F11 and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.full_screen_action.trigger()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._sync_zoom()  # a fit mode's factor follows the size of the pane
