"""The judge window's menu bar: every action is reachable from a menu, most by a key too."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ui.judge.undo_actions import UndoActions
from widgets.score_form import SUBMIT_KEYS

if TYPE_CHECKING:
    from ui.judge.window import JudgeWindow


class JudgeMenus(QObject):
    """File, Edit, Project and View; the workspace's actions wait for a chosen judge."""

    def __init__(self, window: JudgeWindow) -> None:
        super().__init__(window)
        self._window = window
        bar = window.menuBar()
        file = bar.addMenu(self.tr("&File"))
        open_key = QKeySequence.StandardKey.Open
        self._add(file, self.tr("&Import event package…"), window.packages.choose, open_key)
        self.export = self._add(file, self.tr("&Export score file…"), window.export, "Ctrl+E")
        self.finish = self._add(file, self.tr("&Finish…"), window.open_finish, "Ctrl+Shift+F")
        file.addSeparator()
        self.switch = self._add(
            file, self.tr("Switch to the &secretariat console"), window.switchToSecretariat.emit
        )
        self._add(file, self.tr("&Quit"), window.close, QKeySequence.StandardKey.Quit)
        edit = bar.addMenu(self.tr("&Edit"))
        self.undo = UndoActions(window, window.session.undo_stack, window.flush, window.go_to)
        edit.addActions([self.undo.undo, self.undo.redo])
        go = bar.addMenu(self.tr("&Project"))
        self.next = self._add(go, self.tr("&Next project"), window.next_project, "Ctrl+PgDown")
        self.previous = self._add(
            go, self.tr("&Previous project"), window.previous_project, "Ctrl+PgUp"
        )
        # Ctrl+Enter submits from anywhere in the window (the form was built without its own:
        # two owners would make it ambiguous); the menu names it "Enter", as the key says.
        self.submit = self._add(go, self.tr("&Submit") + "\tCtrl+Enter", window.submit)
        self.submit.setShortcuts([QKeySequence(keys) for keys in SUBMIT_KEYS])
        self.revise = self._add(go, self.tr("&Revise…"), window.revise)
        self.view = bar.addMenu(self.tr("&View"))
        self._add(self.view, self.tr("&Full-screen materials"), window.toggle_full_screen, "F11")
        self._add(self.view, self.tr("&Lock"), window.lock, "Ctrl+L")
        self.set_pin = self._add(self.view, self.tr("Set &PIN…"), window.set_pin)
        # The countdown's buttons (Space starts and pauses it while it has the focus).
        timer = bar.addMenu(self.tr("&Timer"))
        self.timer_actions = [
            self._add(timer, self.tr("&Start or pause"), lambda: window.timer.toggle()),
            self._add(timer, self.tr("&Next phase"), lambda: window.timer.next_phase()),
            self._add(timer, self.tr("&Reset"), lambda: window.timer.reset()),
            self._add(timer, self.tr("&Durations…"), lambda: window.timer.edit_durations()),
        ]
        self.workspace_actions = [
            self.export,
            self.finish,
            self.next,
            self.previous,
            self.submit,
            self.revise,
            self.set_pin,
            *self.timer_actions,
        ]
        self.enable_workspace(False)

    def add_viewer_actions(self, actions: list[QAction]) -> None:
        """The materials viewer's page and zoom actions, once it is built (after the first
        paint); they go with the viewer when it is replaced."""
        self.view.addSeparator()
        self.view.addActions(actions)

    def _add(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self._window)  # the window's: the lock disables its actions
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def enable_workspace(self, enabled: bool) -> None:
        for action in self.workspace_actions:
            action.setEnabled(enabled)
