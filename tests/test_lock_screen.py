"""The lock overlay asks for a PIN; the idle watcher says when to lock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from widgets.idle_watcher import IdleWatcher
from widgets.lock_screen import LockScreen

EVENT = "2023年度全区绩效改革创新项目评审会"
JUDGE = "陈立衡"


@pytest.fixture
def workspace(qtbot) -> QWidget:
    """Stands in for the judge workspace: a window with a field the lock must cover."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.addWidget(QLineEdit("score 8.5", objectName="scoreField"))
    window.resize(800, 600)
    with qtbot.waitExposed(window):
        window.show()
    return window


@pytest.fixture
def lock(workspace: QWidget) -> LockScreen:
    overlay = LockScreen(EVENT, JUDGE, parent=workspace)
    overlay.lock()
    return overlay


def pin_field(lock: LockScreen) -> QLineEdit:
    return lock.findChild(QLineEdit)


def unlock_button(lock: LockScreen) -> QPushButton:
    return lock.findChild(QPushButton)


def test_shows_event_and_judge_and_covers_the_workspace(
    qtbot, workspace: QWidget, lock: LockScreen
) -> None:
    texts = [label.text() for label in lock.findChildren(QLabel)]
    assert EVENT in texts
    assert any(JUDGE in text for text in texts)
    assert lock.isVisible()
    assert lock.geometry() == workspace.rect()
    workspace.resize(1000, 700)
    qtbot.waitUntil(lambda: lock.geometry() == workspace.rect())


def test_lock_screen_is_hidden_until_locked(workspace: QWidget) -> None:
    overlay = LockScreen(EVENT, JUDGE, parent=workspace)
    assert not overlay.isVisible()
    overlay.lock()
    assert overlay.isVisible()
    overlay.unlock()
    assert not overlay.isVisible()


def test_digits_and_enter_request_an_unlock(qtbot, lock: LockScreen) -> None:
    field = pin_field(lock)
    assert field.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(field, "12ab34")  # letters are refused
    assert field.text() == "1234"
    with qtbot.waitSignal(lock.unlockRequested) as blocker:
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert blocker.args == ["1234"]


def test_unlock_button_requests_an_unlock(qtbot, lock: LockScreen) -> None:
    assert not unlock_button(lock).isEnabled()
    qtbot.keyClicks(pin_field(lock), "0815")
    with qtbot.waitSignal(lock.unlockRequested) as blocker:
        qtbot.mouseClick(unlock_button(lock), Qt.MouseButton.LeftButton)
    assert blocker.args == ["0815"]


def test_an_empty_pin_requests_nothing(qtbot, lock: LockScreen) -> None:
    with qtbot.assertNotEmitted(lock.unlockRequested):
        qtbot.keyClick(pin_field(lock), Qt.Key.Key_Return)


def test_wrong_pin_clears_the_field_and_says_so(qtbot, lock: LockScreen) -> None:
    qtbot.keyClicks(pin_field(lock), "9999")
    lock.show_wrong_pin()
    assert pin_field(lock).text() == ""
    assert lock.message() == "Wrong PIN"
    assert any(
        label.text() == "Wrong PIN" and label.isVisible() for label in lock.findChildren(QLabel)
    )
    lock.reset()
    assert lock.message() == ""


def test_tab_stays_inside_the_lock_screen(qtbot, workspace: QWidget, lock: LockScreen) -> None:
    field = pin_field(lock)
    qtbot.keyClicks(field, "1")
    for _ in range(4):
        qtbot.keyClick(workspace.focusWidget(), Qt.Key.Key_Tab)
        assert lock.isAncestorOf(workspace.focusWidget())
    assert workspace.findChild(QLineEdit, "scoreField").text() == "score 8.5"


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_idle_after_the_timeout_and_a_key_press_restarts_the_count(
    qtbot, workspace: QWidget
) -> None:
    clock = FakeClock()
    watcher = IdleWatcher(300, workspace, clock=clock)
    field = workspace.findChild(QLineEdit, "scoreField")
    clock.now += 299
    with qtbot.assertNotEmitted(watcher.idle):
        watcher.check()
    qtbot.keyClick(field, Qt.Key.Key_5)
    clock.now += 2  # 301 s since the start, but only 2 s since the key press
    with qtbot.assertNotEmitted(watcher.idle):
        watcher.check()
    clock.now += 298
    with qtbot.waitSignal(watcher.idle):
        watcher.check()
    with qtbot.assertNotEmitted(watcher.idle):  # once per idle period, not on every check
        clock.now += 60
        watcher.check()
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    clock.now += 300
    with qtbot.waitSignal(watcher.idle):
        watcher.check()


def test_timeout_zero_disables_the_watcher(qtbot, workspace: QWidget) -> None:
    clock = FakeClock()
    watcher = IdleWatcher(60, workspace, clock=clock)
    watcher.set_timeout(0)
    clock.now += 10_000
    with qtbot.assertNotEmitted(watcher.idle):
        watcher.check()


def test_idle_fires_from_its_own_timer(qtbot, workspace: QWidget) -> None:
    watcher = IdleWatcher(parent=workspace)
    with qtbot.waitSignal(watcher.idle, timeout=5000):
        watcher.set_timeout(0.2)
    watcher.set_timeout(0)
