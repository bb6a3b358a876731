"""Undo and Redo of score edits that show the judge what they changed.

A score edit may belong to another project than the one shown: after stepping, the window
goes to that project, as text editors go to the undone change. A value typed but not
confirmed is reported before the step (so Ctrl+Z takes it back), never during it, so no edit
is pushed onto the stack while it undoes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget


class UndoActions(QObject):
    def __init__(
        self,
        window: QWidget,
        stack: QUndoStack,
        flush: Callable[[], bool],
        show_project: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._stack = stack
        self._flush = flush
        self._show_project = show_project
        # Direct children of the window: the lock finds and disables them with the others.
        self.undo = QAction(self.tr("&Undo"), window)
        self.undo.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo.triggered.connect(self.step_back)
        self.redo = QAction(self.tr("&Redo"), window)
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo.triggered.connect(self.step_forward)
        stack.undoTextChanged.connect(self._on_undo_text)
        stack.redoTextChanged.connect(self._on_redo_text)
        stack.canUndoChanged.connect(self.undo.setEnabled)
        stack.canRedoChanged.connect(self.redo.setEnabled)
        self.undo.setEnabled(stack.canUndo())
        self.redo.setEnabled(stack.canRedo())

    def step_back(self) -> None:
        if not self._flush():
            return  # a refused value stays where it is, with its message
        if self._stack.canUndo():
            command = self._stack.command(self._stack.index() - 1)
            self._stack.undo()
            self._show(command)

    def step_forward(self) -> None:
        if not self._flush():
            return
        if self._stack.canRedo():
            command = self._stack.command(self._stack.index())
            self._stack.redo()
            self._show(command)

    def _show(self, command: object) -> None:
        project = getattr(command, "project", "")
        if project:
            self._show_project(project)

    def _on_undo_text(self, text: str) -> None:
        self.undo.setText(self.tr("&Undo %1").replace("%1", text) if text else self.tr("&Undo"))

    def _on_redo_text(self, text: str) -> None:
        self.redo.setText(self.tr("&Redo %1").replace("%1", text) if text else self.tr("&Redo"))
