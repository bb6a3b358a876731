"""The presentation / Q&A timer: what the judge sees as the (fake) clock moves on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from widgets.countdown import NORMAL, OVERTIME, PRESENTATION, QA, WARNING, Countdown


class FakeClock:
    """A monotonic clock the test moves by hand, so no test waits for real seconds."""

    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, minutes: int = 0, seconds: float = 0) -> None:
        self.now += minutes * 60 + seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def timer(qtbot, clock: FakeClock) -> Countdown:
    countdown = Countdown(clock=clock)
    qtbot.addWidget(countdown)
    countdown.set_durations(5, 3)
    countdown.show()
    return countdown


def advance(timer: Countdown, clock: FakeClock, minutes: int = 0, seconds: float = 0) -> None:
    clock.advance(minutes, seconds)
    timer.refresh()  # what the 200 ms QTimer does; calling it keeps the test free of waits


def button(timer: Countdown, text: str) -> QPushButton:
    (match,) = [b for b in timer.findChildren(QPushButton) if b.text() == text]
    return match


def test_starts_at_the_full_presentation_time(timer: Countdown) -> None:
    assert timer.display_text() == "5:00"
    assert timer.phase() == PRESENTATION
    assert timer.state() == NORMAL
    assert not timer.is_running()


def test_last_minute_turns_to_warning(qtbot, timer: Countdown, clock: FakeClock) -> None:
    qtbot.mouseClick(button(timer, "Start"), Qt.MouseButton.LeftButton)
    advance(timer, clock, 4, 1)
    assert timer.display_text() == "0:59"
    assert timer.state() == WARNING
    assert button(timer, "Pause").isVisible()


def test_past_zero_counts_overtime_upwards(timer: Countdown, clock: FakeClock) -> None:
    timer.start()
    advance(timer, clock, 5, 0)
    assert (timer.display_text(), timer.state()) == ("0:00", OVERTIME)
    advance(timer, clock, 0, 5)
    assert (timer.display_text(), timer.state()) == ("+0:05", OVERTIME)
    advance(timer, clock, 1, 7.6)
    assert timer.display_text() == "+1:12"


def test_next_phase_switches_to_qa_and_keeps_running(
    qtbot, timer: Countdown, clock: FakeClock
) -> None:
    timer.start()
    advance(timer, clock, 4, 30)
    with qtbot.waitSignal(timer.phaseChanged) as blocker:
        qtbot.mouseClick(button(timer, "Next phase"), Qt.MouseButton.LeftButton)
    assert blocker.args == [QA]
    assert timer.phase() == QA
    assert (timer.display_text(), timer.state()) == ("3:00", NORMAL)
    advance(timer, clock, 0, 10)
    assert timer.display_text() == "2:50"
    assert not button(timer, "Next phase").isEnabled()  # Q&A is the last phase


def test_pause_stops_the_count_and_resume_goes_on(
    qtbot, timer: Countdown, clock: FakeClock
) -> None:
    timer.start()
    advance(timer, clock, 0, 30)
    qtbot.mouseClick(button(timer, "Pause"), Qt.MouseButton.LeftButton)
    advance(timer, clock, 2, 0)
    assert timer.display_text() == "4:30"
    assert not timer.is_running()
    qtbot.mouseClick(button(timer, "Resume"), Qt.MouseButton.LeftButton)
    advance(timer, clock, 0, 10)
    assert timer.display_text() == "4:20"


def test_space_starts_and_pauses_when_the_timer_has_focus(
    qtbot, timer: Countdown, clock: FakeClock
) -> None:
    qtbot.keyClick(timer, Qt.Key.Key_Space)
    assert timer.is_running()
    advance(timer, clock, 0, 12)
    qtbot.keyClick(timer, Qt.Key.Key_Space)
    advance(timer, clock, 1, 0)
    assert not timer.is_running()
    assert timer.display_text() == "4:48"


def test_reset_returns_to_a_stopped_presentation(qtbot, timer: Countdown, clock: FakeClock) -> None:
    timer.start()
    timer.next_phase()
    advance(timer, clock, 3, 20)
    with qtbot.waitSignal(timer.phaseChanged) as blocker:
        qtbot.mouseClick(button(timer, "Reset"), Qt.MouseButton.LeftButton)
    assert blocker.args == [PRESENTATION]
    assert (timer.display_text(), timer.state(), timer.is_running()) == ("5:00", NORMAL, False)
    assert button(timer, "Start").isEnabled()


def test_durations_from_the_event_emit_nothing(qtbot, timer: Countdown) -> None:
    with qtbot.assertNotEmitted(timer.durationsChanged):
        timer.set_durations(8, 5)
    assert timer.display_text() == "8:00"
    assert timer.durations() == (8, 5)


def test_durations_dialog_emits_the_edited_values(qtbot, timer: Countdown) -> None:
    qtbot.mouseClick(button(timer, "Durations…"), Qt.MouseButton.LeftButton)
    dialog = timer.durations_dialog()
    assert dialog is not None and dialog.isVisible()
    assert (dialog.presentation_spin.value(), dialog.qa_spin.value()) == (5, 3)
    dialog.presentation_spin.setValue(10)
    dialog.qa_spin.setValue(4)
    with qtbot.waitSignal(timer.durationsChanged) as blocker:
        dialog.accept()
    assert blocker.args == [10, 4]
    assert timer.display_text() == "10:00"
    qtbot.waitUntil(lambda: timer.durations_dialog() is None)


def test_cancelled_durations_dialog_changes_nothing(qtbot, timer: Countdown) -> None:
    timer.edit_durations()
    dialog = timer.durations_dialog()
    assert dialog is not None
    dialog.presentation_spin.setValue(20)
    with qtbot.assertNotEmitted(timer.durationsChanged):
        dialog.reject()
    assert timer.display_text() == "5:00"
