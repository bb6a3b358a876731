"""The presentation / Q&A timer a judge keeps an eye on during a defense (issue 4 item 5).

Time is read from a monotonic clock, never summed from timer ticks, so a busy GUI thread or a
late tick cannot make the count drift; the QTimer only repaints. Tests inject a fake clock.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

PRESENTATION = "presentation"
QA = "qa"

NORMAL = "normal"
WARNING = "warning"  # the last minute
OVERTIME = "overtime"  # zero reached; the count goes on upwards

_COLOURS = {NORMAL: "", WARNING: "#b86e00", OVERTIME: "#c62828"}
_TICK_MS = 200


def format_seconds(remaining: int) -> str:
    """'4:59' while time remains, '+0:12' once over time (remaining is negative)."""
    sign = "+" if remaining < 0 else ""
    minutes, seconds = divmod(abs(remaining), 60)
    return f"{sign}{minutes}:{seconds:02d}"


class DurationsDialog(QDialog):
    """Two spin boxes for the phase lengths in minutes."""

    def __init__(self, presentation: int, qa: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Timer durations"))
        self.presentation_spin = QSpinBox()
        self.presentation_spin.setRange(1, 180)
        self.presentation_spin.setSuffix(self.tr(" min"))
        self.presentation_spin.setValue(presentation)
        self.presentation_spin.setAccessibleName(self.tr("Presentation minutes"))
        self.qa_spin = QSpinBox()
        self.qa_spin.setRange(0, 180)  # some events have no Q&A
        self.qa_spin.setSuffix(self.tr(" min"))
        self.qa_spin.setValue(qa)
        self.qa_spin.setAccessibleName(self.tr("Q&A minutes"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Presentation:"), self.presentation_spin)
        form.addRow(self.tr("&Q&&A:"), self.qa_spin)
        form.addRow(buttons)

    def values(self) -> tuple[int, int]:
        return self.presentation_spin.value(), self.qa_spin.value()


class Countdown(QWidget):
    """Two-phase countdown: large m:ss, amber in the last minute, red and counting up at zero."""

    phaseChanged = Signal(str)  # PRESENTATION or QA
    durationsChanged = Signal(int, int)  # minutes, after the user edited them

    def __init__(
        self, parent: QWidget | None = None, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._minutes = {PRESENTATION: 8, QA: 5}
        self._phase = PRESENTATION
        self._elapsed_before = 0.0  # seconds counted before the current run
        self._started_at: float | None = None  # clock() when the current run began
        self._dialog: DurationsDialog | None = None
        self._shown_state = ""

        self._timer = QTimer(self)
        self._timer.setInterval(_TICK_MS)
        self._timer.timeout.connect(self.refresh)

        self._phase_label = QLabel()
        self._phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._display = QLabel()
        self._display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._display.setAccessibleName(self.tr("Time remaining"))
        font = QFont(self.font())
        font.setPointSize(44)
        font.setBold(True)
        self._display.setFont(font)
        self._start_button = QPushButton()
        self._start_button.clicked.connect(self.toggle)
        self._next_button = QPushButton(self.tr("Next phase"))
        self._next_button.setAccessibleName(self.tr("Next phase"))
        self._next_button.clicked.connect(self.next_phase)
        self._reset_button = QPushButton(self.tr("Reset"))
        self._reset_button.setAccessibleName(self.tr("Reset timer"))
        self._reset_button.clicked.connect(self.reset)
        self._durations_button = QPushButton(self.tr("Durations…"))
        self._durations_button.setAccessibleName(self.tr("Edit durations"))
        self._durations_button.clicked.connect(self.edit_durations)

        # No mnemonics on these buttons: Alt+letters would collide with the workspace's own.
        buttons = QHBoxLayout()
        for button in (
            self._start_button,
            self._next_button,
            self._reset_button,
            self._durations_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._phase_label)
        layout.addWidget(self._display)
        layout.addLayout(buttons)
        # The widget itself takes focus so Space can start/pause without a button in focus.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Presentation timer"))
        self.refresh()

    # --- data in -------------------------------------------------------------------------

    def set_durations(self, presentation_minutes: int, qa_minutes: int) -> None:
        """Durations from the event; no signal, since the user did not change anything."""
        self._minutes = {PRESENTATION: presentation_minutes, QA: qa_minutes}
        self.refresh()

    def durations(self) -> tuple[int, int]:
        return self._minutes[PRESENTATION], self._minutes[QA]

    # --- state out -----------------------------------------------------------------------

    def phase(self) -> str:
        return self._phase

    def is_running(self) -> bool:
        return self._started_at is not None

    def elapsed_seconds(self) -> float:
        running = 0.0 if self._started_at is None else self._clock() - self._started_at
        return self._elapsed_before + running

    def remaining_seconds(self) -> int:
        """Whole seconds left in the phase; negative once over time."""
        # The tiny epsilon keeps 240.99999999 (float sums of clock readings) from showing 1:00.
        elapsed = math.floor(self.elapsed_seconds() + 1e-6)
        return self._minutes[self._phase] * 60 - elapsed

    def state(self) -> str:
        remaining = self.remaining_seconds()
        if remaining <= 0:
            return OVERTIME
        return WARNING if remaining < 60 else NORMAL

    def display_text(self) -> str:
        return self._display.text()

    # --- actions -------------------------------------------------------------------------

    def start(self) -> None:
        if self._started_at is None:
            self._started_at = self._clock()
            self._timer.start()
            self.refresh()

    def pause(self) -> None:
        if self._started_at is not None:
            self._elapsed_before = self.elapsed_seconds()
            self._started_at = None
            self._timer.stop()
            self.refresh()

    def toggle(self) -> None:
        if self.is_running():
            self.pause()
        else:
            self.start()

    def next_phase(self) -> None:
        """Presentation → Q&A; a running timer goes straight on into the Q&A."""
        if self._phase == QA:
            return
        self._set_phase(QA, keep_running=self.is_running())

    def reset(self) -> None:
        """Stopped, back at the full presentation time, ready for the next project."""
        self._set_phase(PRESENTATION, keep_running=False)

    def edit_durations(self) -> None:
        """Open the durations dialog without blocking; the result arrives in a slot."""
        if self._dialog is not None:
            self._dialog.raise_()
            return
        self._dialog = DurationsDialog(*self.durations(), parent=self)
        self._dialog.accepted.connect(self._on_durations_accepted)
        self._dialog.finished.connect(self._on_durations_finished)
        self._dialog.open()

    def durations_dialog(self) -> DurationsDialog | None:
        """The open durations dialog, if any (tests drive its spin boxes)."""
        return self._dialog

    # --- internals -----------------------------------------------------------------------

    def _set_phase(self, phase: str, *, keep_running: bool) -> None:
        self._timer.stop()
        self._elapsed_before = 0.0
        self._started_at = None
        changed = phase != self._phase
        self._phase = phase
        if keep_running:
            self.start()
        self.refresh()
        if changed:
            self.phaseChanged.emit(phase)

    def _on_durations_accepted(self) -> None:
        if self._dialog is None:
            return
        presentation, qa = self._dialog.values()
        if (presentation, qa) != self.durations():
            self.set_durations(presentation, qa)
            self.durationsChanged.emit(presentation, qa)

    def _on_durations_finished(self) -> None:
        if self._dialog is not None:
            self._dialog.deleteLater()
            self._dialog = None

    def refresh(self) -> None:
        """Redraw from the clock; the QTimer calls this about five times a second."""
        remaining = self.remaining_seconds()
        state = self.state()
        self._display.setText(format_seconds(remaining))
        if state != self._shown_state:  # restyling re-polishes; do it only on a change
            colour = _COLOURS[state]
            self._display.setStyleSheet(f"color: {colour};" if colour else "")
            self._shown_state = state
        if self._phase == PRESENTATION:
            title = self.tr("Presentation · %1 min")
        else:
            title = self.tr("Q&A · %1 min")
        self._phase_label.setText(title.replace("%1", str(self._minutes[self._phase])))
        running = self.is_running()
        fresh = self._elapsed_before == 0.0 and not running
        if running:
            self._start_button.setText(self.tr("Pause"))
        else:
            self._start_button.setText(self.tr("Start") if fresh else self.tr("Resume"))
        self._start_button.setAccessibleName(self.tr("Pause") if running else self.tr("Start"))
        self._next_button.setEnabled(self._phase == PRESENTATION)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            self.toggle()
            event.accept()
            return
        super().keyPressEvent(event)
