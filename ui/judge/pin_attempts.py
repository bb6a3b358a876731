"""Wrong PINs in a row make the lock screen wait: 30 s after 5, doubling every 5 more, up to
5 minutes; a right PIN starts over. Kept in the workspace settings, so a restart (or killing
the app) neither resets the count nor ends a wait."""

from __future__ import annotations

import time
from collections.abc import Callable

from storage.workspace import Workspace

FAILURES_KEY = "pin_failures"
WAIT_UNTIL_KEY = "pin_wait_until"  # wall-clock seconds: a monotonic clock restarts with the PC
TRIES_PER_STEP = 5
FIRST_WAIT = 30
LONGEST_WAIT = 300


def wait_after(failures: int) -> int:
    """Seconds to wait after this many wrong PINs in a row (0 between the steps)."""
    if failures < TRIES_PER_STEP or failures % TRIES_PER_STEP:
        return 0
    return min(LONGEST_WAIT, FIRST_WAIT * 2 ** (failures // TRIES_PER_STEP - 1))


class PinAttempts:
    def __init__(self, workspace: Workspace, *, clock: Callable[[], float] = time.time) -> None:
        self._workspace = workspace
        self._clock = clock

    def check(self, pin: str) -> bool:
        """Whether the PIN is right (the caller counts it with wrong() or right())."""
        return self._workspace.check_pin(pin)

    def failures(self) -> int:
        return int(_number(self._workspace.get(FAILURES_KEY)))

    def wait_seconds(self) -> float:
        """Seconds before another PIN may be tried (0: now). A clock set back waits at most
        the longest wait."""
        left = _number(self._workspace.get(WAIT_UNTIL_KEY)) - self._clock()
        return max(0.0, min(float(LONGEST_WAIT), left))

    def wrong(self) -> float:
        """Count a wrong PIN; the seconds to wait now."""
        failures = self.failures() + 1
        wait = wait_after(failures)
        until = self._clock() + wait if wait else 0
        self._workspace.set_settings({FAILURES_KEY: str(failures), WAIT_UNTIL_KEY: str(until)})
        return float(wait)

    def right(self) -> None:
        if self.failures():
            self._workspace.set_settings({FAILURES_KEY: "0", WAIT_UNTIL_KEY: "0"})


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return 0.0
