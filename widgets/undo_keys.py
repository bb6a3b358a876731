"""Ctrl+Z in a field: the field's own typing first, then the window's undo of scores.

A spin box or text box claims Ctrl+Z and Ctrl+Shift+Z for its own typing, so the window's
Undo (the score edits) would never get them where the judge's keyboard is while scoring.
With nothing of its own to undo, the field now lets them through to the window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeyEvent, QKeySequence

_REDO = (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))  # as the window's Redo


def leave_to_window(event: QEvent, can_undo: bool, can_redo: bool) -> bool:
    """For a field's ShortcutOverride: whether it is an Undo or Redo the field has nothing
    of its own for. The caller then ignores the event (the window's shortcut runs)."""
    if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
        return False
    if event.matches(QKeySequence.StandardKey.Undo):
        return not can_undo
    pressed = QKeySequence(event.keyCombination())
    if event.matches(QKeySequence.StandardKey.Redo) or pressed in _REDO:
        return not can_redo
    return False
