"""First run: import the event package, compare its code, say who you are, set a PIN."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scoring.model import Judge
from ui.ask import Ask
from widgets.pin_fields import PinFields


class FirstRunPage(QWidget):
    importRequested = Signal(Path)
    demoRequested = Signal()
    startRequested = Signal(str, str)  # judge id, PIN ("" = none)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.intro = QLabel(
            self.tr("Import the event package from the USB stick (or drop the .pspkg file here).")
        )
        self.intro.setWordWrap(True)
        self.import_button = QPushButton(self.tr("&Import event package…"))
        self.demo_button = QPushButton(self.tr("Open the &demo event"))
        self.import_button.clicked.connect(self._choose_file)
        self.demo_button.clicked.connect(self.demoRequested)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()

        self.event_name = QLabel()
        self.event_name.setStyleSheet("font-size: 18pt;")
        self.event_name.setWordWrap(True)
        self.code = QLabel()
        self.code.setStyleSheet("font-size: 36pt; font-family: monospace; letter-spacing: 4px;")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.judge = QComboBox()
        self.judge.setAccessibleName(self.tr("I am"))
        self.pins = PinFields(self)
        self.pin, self.pin_again = self.pins.pin, self.pins.again
        self.start_button = QPushButton(self.tr("&Start scoring"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._start)
        form = QFormLayout()
        form.addRow(self.tr("Package code (compare with the one read aloud):"), self.code)
        form.addRow(self.tr("I am:"), self.judge)
        form.addRow(self.tr("PIN:"), self.pin)
        form.addRow(self.tr("PIN again:"), self.pin_again)
        self.details = QWidget()
        details = QVBoxLayout(self.details)
        details.addWidget(self.event_name)
        details.addLayout(form)
        details.addWidget(self.start_button, alignment=Qt.AlignmentFlag.AlignRight)
        self.details.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.details)
        layout.addStretch()

    # -- filled by the window -------------------------------------------------------------
    def show_package(
        self, event_name: str, code: str, judges: Sequence[Judge], current: str = ""
    ) -> None:
        self.error.hide()
        self.event_name.setText(event_name)
        self.code.setText(code)
        self.judge.clear()
        for judge in judges:
            label = f"{judge.name}（{judge.affiliation}）" if judge.affiliation else judge.name
            self.judge.addItem(label, judge.id)
        if current:
            self.judge.setCurrentIndex(max(0, self.judge.findData(current)))
        self.details.show()
        self.judge.setFocus()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    # -- user actions ---------------------------------------------------------------------
    def _choose_file(self) -> None:
        path = self.ask_file()
        if path is not None:
            self.importRequested.emit(path)

    def ask_file(self) -> Path | None:
        """The package file the user picks; None if they cancel."""
        filters = self.tr("PanelScore event package (*.pspkg)")
        return Ask.open_file(self, self.tr("Import event package"), filters)

    def _start(self) -> None:
        problem = self.pins.problem()
        if problem:
            self.show_error(problem)
            return
        self.startRequested.emit(str(self.judge.currentData()), self.pins.value())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].toLocalFile().lower().endswith(".pspkg"):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.importRequested.emit(Path(event.mimeData().urls()[0].toLocalFile()))
