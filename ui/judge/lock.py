"""Locking the judge window (issue 4 item 6): while the lock screen shows, nothing else works.

The window's own actions (menus and their shortcuts, undo/redo) are disabled, the panes are
disabled so no key, click or widget shortcut reaches them, open questions are cancelled and
dialogs that show scores (marked with HIDE_WHILE_LOCKED) are hidden until the PIN is right.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

from ui.judge.pin_attempts import PinAttempts

if TYPE_CHECKING:
    from widgets.lock_screen import LockScreen

HIDE_WHILE_LOCKED = "hideWhileLocked"  # a dynamic property of a dialog: hide, do not cancel


class WindowLock(QObject):
    lockedChanged = Signal(bool)

    def __init__(
        self,
        window: QMainWindow,
        panes: Sequence[QWidget],
        make_screen: Callable[[], LockScreen],
        attempts: PinAttempts,
        before_lock: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._panes = tuple(panes)
        self._make_screen = make_screen
        self._screen: LockScreen | None = None
        self._before_lock = before_lock
        self._attempts = attempts
        self._actions: list[QAction] = []
        self._hidden: list[QDialog] = []
        self._focus: QWidget | None = None
        self._locked = False

    @property
    def screen(self) -> LockScreen:
        """Built when first needed: most days nobody sets a PIN (and it keeps the start light)."""
        if self._screen is None:
            self._screen = self._make_screen()
            self.screen.unlockRequested.connect(self.unlock)
        return self._screen

    def discard(self) -> None:
        """The window opens another workspace: this lock and its screen go."""
        if self._screen is not None:
            self._screen.deleteLater()
        self.deleteLater()

    def is_locked(self) -> bool:
        return self._locked

    def lock(self) -> None:
        if self.is_locked():
            return
        self._before_lock()  # e.g. save a typed but unconfirmed value
        self._focus = self._window.focusWidget()  # the window's, active or not
        self._put_dialogs_away()
        self._actions = [
            action
            for action in self._window.findChildren(
                QAction, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if action.isEnabled()
        ]
        self._set_enabled(False)
        self.screen.lock()
        if self._hidden:  # a hidden dialog had the keys: without a window manager to pass
            self._window.activateWindow()  # them on, the PIN field would not get them
        self._show_wait(self._attempts.wait_seconds())  # e.g. a restart during a wait
        self._locked = True
        self.lockedChanged.emit(True)

    def unlock(self, pin: str) -> None:
        """The lock screen's PIN: right, and everything comes back as it was; wrong, it stays."""
        if not self.is_locked():
            return
        if self._show_wait(self._attempts.wait_seconds()):
            return  # no PIN is checked during a wait, not even the right one
        if not self._attempts.check(pin):
            if not self._show_wait(self._attempts.wrong()):
                self.screen.show_wrong_pin()
            return
        self._attempts.right()
        self.screen.unlock()
        self._set_enabled(True)
        self._actions = []
        self._locked = False
        self.lockedChanged.emit(False)
        hidden, self._hidden = self._hidden, []
        for dialog in hidden:  # parents first: a child dialog shows on top again
            dialog.show()
        if hidden:
            hidden[-1].activateWindow()  # the keys back where they were, in the dialog
        focus, self._focus = self._focus, None
        if not hidden and focus is not None and focus.isEnabled() and focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_wait(self, seconds: float) -> bool:
        if seconds > 0:
            self.screen.show_wait(seconds)
        return seconds > 0

    def _put_dialogs_away(self) -> None:
        """Cancel the window's open questions (as if the judge had said no); hide the dialogs
        marked HIDE_WHILE_LOCKED. Parents come before their children in findChildren."""
        for dialog in self._window.findChildren(QDialog):
            if not dialog.isVisible():
                continue
            if dialog.property(HIDE_WHILE_LOCKED):
                dialog.hide()
                self._hidden.append(dialog)
            else:
                dialog.reject()

    def _set_enabled(self, enabled: bool) -> None:
        for action in self._actions:
            action.setEnabled(enabled)
        for pane in self._panes:
            pane.setEnabled(enabled)  # disabled widgets get no keys, clicks, focus or shortcuts
        self._window.menuBar().setEnabled(enabled)
