"""widgets.first_paint: deferred work runs once, after a widget's first paint, never before."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from widgets.first_paint import after_first_paint


def test_the_callback_runs_once_after_the_first_paint(qtbot) -> None:
    label = QLabel("评审打分")
    qtbot.addWidget(label)
    calls: list[bool] = []
    after_first_paint(label, lambda: calls.append(label.isVisible()))
    qtbot.wait(20)
    assert calls == []  # not shown, not painted: nothing yet
    label.show()
    qtbot.waitUntil(lambda: calls == [True])
    label.update()
    label.repaint()
    qtbot.wait(20)
    assert calls == [True]  # later paints do not run it again


def test_a_widget_destroyed_unpainted_never_runs_the_callback(qtbot) -> None:
    label = QLabel("x")
    calls: list[int] = []
    after_first_paint(label, lambda: calls.append(1))
    label.deleteLater()
    qtbot.wait(20)
    assert calls == []
