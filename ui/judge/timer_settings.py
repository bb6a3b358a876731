"""The judge's own timer durations, kept in the workspace so a restart keeps them."""

from __future__ import annotations

from PySide6.QtCore import QObject

from storage.workspace import Workspace
from widgets.countdown import Countdown

PRESENTATION_KEY = "timer_presentation"
QA_KEY = "timer_qa"
MAX_MINUTES = 180  # the durations dialog's limit


def saved_minutes(saved: str, default: int, least: int) -> int:
    """A saved duration, or the event's when none was saved (or it is unusable)."""
    try:
        minutes = int(saved)
    except ValueError:
        return default
    return minutes if least <= minutes <= MAX_MINUTES else default


class TimerSettings(QObject):
    """Shows the saved durations (else the event's) and saves each edit in one transaction."""

    def __init__(self, timer: Countdown, workspace: Workspace) -> None:
        super().__init__(timer)
        self._workspace = workspace
        rules = workspace.event.rules
        timer.set_durations(
            saved_minutes(workspace.get(PRESENTATION_KEY), rules.presentation_minutes, 1),
            saved_minutes(workspace.get(QA_KEY), rules.qa_minutes, 0),
        )
        timer.durationsChanged.connect(self._save)

    def _save(self, presentation: int, qa: int) -> None:
        self._workspace.set_settings({PRESENTATION_KEY: str(presentation), QA_KEY: str(qa)})
