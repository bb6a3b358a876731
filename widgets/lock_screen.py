"""The lock that hides a judge's scores when they step away (issue 4 item 6).

The widget only collects a PIN and asks for it to be checked (`unlockRequested`); the hashed
PIN lives in storage, which the caller asks. widgets/idle_watcher.py says when to lock.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QMouseEvent, QPainter, QPaintEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

MAX_PIN_LENGTH = 12


class LockScreen(QWidget):
    """An opaque overlay over its parent: event and judge name, a PIN field and Unlock."""

    unlockRequested = Signal(str)

    def __init__(
        self,
        event_name: str,
        judge_name: str,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._wait_until = 0.0
        # Counts down a wait after too many wrong PINs; stopped when the wait is over.
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(1000)
        self._wait_timer.timeout.connect(self.tick)
        self.setAccessibleName(self.tr("Workspace locked"))
        self._title = QLabel(self.tr("Locked"))
        title_font = QFont(self.font())
        title_font.setPointSize(title_font.pointSize() + 10)
        title_font.setBold(True)
        self._title.setFont(title_font)
        self._event = QLabel()
        event_font = QFont(self.font())
        event_font.setPointSize(event_font.pointSize() + 3)
        self._event.setFont(event_font)
        self._event.setWordWrap(True)
        self._judge = QLabel()
        self._pin = QLineEdit()
        self._pin.setEchoMode(QLineEdit.EchoMode.Password)
        self._pin.setMaxLength(MAX_PIN_LENGTH)
        self._pin.setValidator(
            QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{MAX_PIN_LENGTH}}}"), self)
        )
        self._pin.setPlaceholderText(self.tr("PIN"))
        self._pin.setAccessibleName(self.tr("PIN"))
        # Digits only: a numeric on-screen keyboard on tablets, no autocorrect or prediction.
        self._pin.setInputMethodHints(
            Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData
        )
        self._pin.returnPressed.connect(self._submit)
        self._pin.textChanged.connect(self._on_text_changed)
        self._message = QLabel()
        self._message.setStyleSheet("color: #c62828; font-weight: bold;")
        self._message.setAccessibleName(self.tr("Unlock message"))
        self._unlock = QPushButton(self.tr("Unlock"))
        self._unlock.setAccessibleName(self.tr("Unlock"))
        self._unlock.clicked.connect(self._submit)

        card = QFrame()
        card.setObjectName("lockCard")
        card.setStyleSheet(
            "QFrame#lockCard { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 8px; }"
        )
        # A fixed width: word-wrapped labels in a centred box otherwise get a clipped height.
        card.setFixedWidth(480)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(10)
        for label in (self._title, self._event, self._judge, self._message):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextFormat(Qt.TextFormat.PlainText)  # names are data, never markup
        inner.addWidget(self._title)
        inner.addWidget(self._event)
        inner.addWidget(self._judge)
        inner.addSpacing(8)
        inner.addWidget(self._pin)
        inner.addWidget(self._message)
        inner.addWidget(self._unlock)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.setFocusProxy(self._pin)
        self.set_names(event_name, judge_name)
        self.reset()
        self.hide()  # shown by lock(); a child widget would otherwise appear with its parent
        if parent is not None:
            # Track the parent's size so the overlay always covers the whole workspace.
            parent.installEventFilter(self)
            self.setGeometry(parent.rect())

    def set_names(self, event_name: str, judge_name: str) -> None:
        self._event.setText(event_name)
        self._judge.setText(self.tr("Judge: %1").replace("%1", judge_name))

    def lock(self) -> None:
        """Cover the parent and put the cursor in the PIN field."""
        self.reset()
        if self.parentWidget() is not None:
            self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self._pin.setFocus(Qt.FocusReason.OtherFocusReason)

    def unlock(self) -> None:
        """Hide the overlay; call it once storage has accepted the PIN."""
        self.reset()
        self.hide()

    def reset(self) -> None:
        """An empty PIN field and no message."""
        self._wait_timer.stop()
        self._wait_until = 0.0
        self._pin.setEnabled(True)
        self._pin.clear()
        self._message.clear()
        self._message.hide()
        self._on_text_changed(self._pin.text())  # clear() is silent when already empty

    def show_wrong_pin(self) -> None:
        self._pin.clear()
        self._message.setText(self.tr("Wrong PIN"))
        self._message.show()
        self._pin.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_wait(self, seconds: float) -> None:
        """Too many wrong PINs: no PIN can be typed for `seconds`; the message counts down."""
        self._pin.clear()
        self._pin.setEnabled(False)
        self._wait_until = self._clock() + seconds
        self._wait_timer.start()
        self.tick()

    def waiting(self) -> bool:
        return self._wait_until > 0

    def tick(self) -> None:
        """Update the countdown; the timer calls this every second, tests may too."""
        if not self.waiting():
            return
        left = math.ceil(self._wait_until - self._clock())
        if left > 0:
            self._message.setText(
                self.tr("Too many wrong PINs; try again in {0} s").replace("{0}", str(left))
            )
            self._message.show()
            return
        self._wait_timer.stop()
        self._wait_until = 0.0
        self._pin.setEnabled(True)
        self._message.setText(self.tr("Enter the PIN again"))
        self._pin.setFocus(Qt.FocusReason.OtherFocusReason)

    def message(self) -> str:
        return self._message.text() if self._message.isVisibleTo(self) else ""

    def _submit(self) -> None:
        pin = self._pin.text()
        if pin:
            self.unlockRequested.emit(pin)

    def _on_text_changed(self, text: str) -> None:
        self._unlock.setEnabled(bool(text))

    # --- an overlay: opaque, keeps clicks and Tab focus to itself ----------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        # Opaque on purpose: nothing of the scores underneath may show through.
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window().color().darker(115))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()  # a click on the overlay must not reach the workspace below
        self._pin.setFocus(Qt.FocusReason.MouseFocusReason)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab cycles between the PIN field and Unlock instead of leaving into the workspace.
        order = [w for w in (self._pin, self._unlock) if w.isEnabled()]
        if not order:  # waiting after wrong PINs: focus stays off the workspace below
            return True
        current = self.focusWidget()
        index = order.index(current) if current in order else -1
        step = 1 if next else -1
        order[(index + step) % len(order)].setFocus(Qt.FocusReason.TabFocusReason)
        return True
