"""When to lock the judge's window: after some minutes without key or mouse input."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
    }
)


class IdleWatcher(QObject):
    """Emits `idle()` once after `timeout` seconds without key or mouse input anywhere."""

    idle = Signal()

    def __init__(
        self,
        timeout: float = 0,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._timeout = 0.0
        self._last_input = clock()
        self._fired = False
        # Input only stamps the time (cheap, it runs for every event); this timer checks.
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("IdleWatcher needs a QApplication")
        self._app = app
        self.set_timeout(timeout)

    def timeout(self) -> float:
        return self._timeout

    def set_timeout(self, seconds: float) -> None:
        """Seconds of inactivity before `idle()`; 0 disables the watcher. Restarts the count."""
        self._timeout = max(0.0, float(seconds))
        self.reset()
        # Watching every event of the app costs a Python call each: only while it is on.
        self._app.removeEventFilter(self)
        if self._timeout:
            self._app.installEventFilter(self)
            # Check ten times per period, but not more often than every 50 ms nor less than 1 s.
            self._timer.start(int(min(1000, max(50, self._timeout * 100))))
        else:
            self._timer.stop()

    def reset(self) -> None:
        """Count from now, as if the user had just touched a key (e.g. after unlocking)."""
        self._last_input = self._clock()
        self._fired = False

    def idle_seconds(self) -> float:
        return self._clock() - self._last_input

    def check(self) -> None:
        """Emit `idle()` if the timeout has passed; the timer calls this, tests may too."""
        if self._timeout and not self._fired and self.idle_seconds() >= self._timeout:
            self._fired = True
            self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._last_input = self._clock()
            self._fired = False
        return False
