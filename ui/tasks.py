"""Long work off the GUI thread: a function run in QThreadPool with a progress dialog.

The function gets ``progress(done, total, label)``; calling it after the user pressed Cancel
raises :class:`Cancelled` inside the worker, so work stops at the next step. The result (or
the error) comes back on the GUI thread through signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[int, int, str], None]


class Cancelled(Exception):
    """The user cancelled the work."""


class _Signals(QObject):
    progressed = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object)  # the exception


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals
        self.cancel = threading.Event()
        self.setAutoDelete(False)

    def progress(self, done: int, total: int, label: str) -> None:
        if self.cancel.is_set():
            raise Cancelled
        self.signals.progressed.emit(done, total, label)

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except BaseException as error:  # every failure goes back to the GUI thread
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)


class Task(QObject):
    """One piece of background work; keep a reference until ``finished`` is emitted."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget,
        title: str,
        work: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        *,
        cancellable: bool = True,
        show_after_ms: int = 300,
    ) -> None:
        super().__init__(parent)
        self.signals = _Signals()
        self.runnable = _Runnable(work, self.signals)
        self._on_done = on_done
        self._on_error = on_error
        self.result: Any = None
        self.error: BaseException | None = None
        self.running = True
        self.dialog = QProgressDialog(title, self.tr("Cancel") if cancellable else "", 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(show_after_ms)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self.cancel)
        self.signals.progressed.connect(self._on_progress)
        self.signals.done.connect(self._done)
        self.signals.failed.connect(self._failed)

    def start(self) -> Task:
        QThreadPool.globalInstance().start(self.runnable)
        return self

    def cancel(self) -> None:
        self.runnable.cancel.set()
        self.dialog.setLabelText(self.tr("Stopping…"))

    def _on_progress(self, done: int, total: int, label: str) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if label:
            self.dialog.setLabelText(label)

    def _finish(self) -> None:
        self.running = False
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self.dialog.deleteLater()
        self.finished.emit()

    def _done(self, result: object) -> None:
        self.result = result
        self._finish()
        self._on_done(result)

    def _failed(self, error: BaseException) -> None:
        self.error = error
        self._finish()
        self._on_error(error)


def run_task(
    parent: QWidget,
    title: str,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    *,
    cancellable: bool = True,
) -> Task:
    """Start ``work`` in the thread pool with a progress dialog shown after 0.3 s."""
    return Task(parent, title, work, on_done, on_error, cancellable=cancellable).start()
