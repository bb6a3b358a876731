"""Run work that the first screen does not need once a widget has been painted.

A window's start is measured to its first paint (bench/judge_ui.py); what can wait (the PDF
viewer, the log file) runs on the event loop's next turn after that paint, a few ms later.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Calls ``callback`` once, after the whole first paint of ``widget`` (children too).

    Owned by the widget: if it is destroyed unpainted, the callback never runs.
    """

    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self._callback: Callable[[], object] | None = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._queue)  # after the rest of this paint
        return False

    def _queue(self) -> None:
        # One more turn: what that paint itself queued (its widgets' own follow-ups) first.
        QTimer.singleShot(0, self._run)

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()
        self.deleteLater()


def after_first_paint(widget: QWidget, callback: Callable[[], object]) -> None:
    AfterFirstPaint(widget, callback)
