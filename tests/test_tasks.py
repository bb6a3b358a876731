"""Background work: the result and errors come back on the GUI thread; Cancel stops it."""

from __future__ import annotations

import threading
import time

from PySide6.QtWidgets import QWidget

from ui.tasks import Cancelled, run_task


def test_result_arrives_on_the_gui_thread(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[object] = []
    gui = threading.get_ident()

    def work(progress) -> int:
        for step in range(3):
            progress(step, 3, f"step {step}")
        return threading.get_ident()

    def done(result: object) -> None:
        seen.append((result, threading.get_ident()))

    task = run_task(parent, "work", work, done, seen.append)
    qtbot.waitUntil(lambda: not task.running)
    ((worker, where),) = seen
    assert worker != gui and where == gui


def test_errors_come_back_as_exceptions(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    errors: list[BaseException] = []

    def work(progress) -> None:
        raise ValueError("the disk is full")

    task = run_task(parent, "work", work, errors.append, errors.append)
    qtbot.waitUntil(lambda: not task.running)
    assert [str(e) for e in errors] == ["the disk is full"]


def test_cancel_stops_the_work_at_its_next_step(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    errors: list[BaseException] = []
    steps: list[int] = []

    def work(progress) -> None:
        for step in range(1000):
            progress(step, 1000, "")
            steps.append(step)
            time.sleep(0.005)

    task = run_task(parent, "work", work, errors.append, errors.append)
    qtbot.waitUntil(lambda: len(steps) > 3)
    task.dialog.canceled.emit()  # what the Cancel button sends
    qtbot.waitUntil(lambda: not task.running)
    assert isinstance(errors[0], Cancelled) and len(steps) < 1000
