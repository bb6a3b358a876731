"""The judge's edits as undoable commands over the workspace (one transaction each).

Widgets report what the judge did; this object saves it at once, keeps it undoable
(Ctrl+Z / Ctrl+Shift+Z) and tells the window what was saved when.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from storage.errors import SaveError
from storage.workspace import EditRefused, Workspace
from ui.messages import explain_error


def tr(text: str) -> str:
    return QCoreApplication.translate("JudgeSession", text)


class ScoreEdit(QUndoCommand):
    """One dimension's value changed; the first redo already happened when it was typed."""

    def __init__(
        self,
        session: JudgeSession,
        project: str,
        key: str,
        old: Decimal | None,
        new: Decimal | None,
    ) -> None:
        super().__init__(tr("Score %1 %2").replace("%1", project).replace("%2", key))
        self._session, self._project, self._key = session, project, key
        self._old, self._new = old, new
        self._done = True

    @property
    def project(self) -> str:
        return self._project

    def redo(self) -> None:
        if self._done:  # pushed after the save itself succeeded
            self._done = False
            return
        self._session.apply(self._project, self._key, self._new)

    def undo(self) -> None:
        self._session.apply(self._project, self._key, self._old)


class JudgeSession(QObject):
    saved = Signal(str)  # the time it was saved, "22:31:05"
    sheetChanged = Signal(str)  # project code whose values or state changed
    refused = Signal(str)  # a message for the judge
    notSaved = Signal(str)  # the laptop's disk did not take an edit (full, read-only): why

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = QUndoStack(self)

    def _saved(self, project: str, at: str) -> None:
        self.saved.emit(at[11:19] if len(at) >= 19 else at)
        self.sheetChanged.emit(project)

    def apply(self, project: str, key: str, value: Decimal | None) -> bool:
        """Save without recording (used by undo/redo)."""
        try:
            at = self.workspace.set_score(project, key, value)
        except (EditRefused, SaveError) as error:
            self.sheetChanged.emit(project)  # the form shows the stored value again
            self._tell(error)
            return False
        self._saved(project, at)
        return True

    def set_value(self, project: str, key: str, value: Decimal | None) -> bool:
        old = self.workspace.sheet(project).values.get(key)
        if old == value:
            return True
        if not self.apply(project, key, value):
            return False
        self.undo_stack.push(ScoreEdit(self, project, key, old, value))
        return True

    def set_comment(self, project: str, comment: str) -> bool:
        if self.workspace.sheet(project).comment == comment:
            return True
        return self._run(project, lambda: self.workspace.set_comment(project, comment))

    def submit(self, project: str) -> bool:
        # After submission the form is read-only: older edits can no longer be undone.
        done = self._run(project, lambda: self.workspace.submit(project))
        if done:
            self.undo_stack.clear()
        return done

    def revise(self, project: str, reason: str) -> bool:
        return self._run(project, lambda: self.workspace.revise(project, reason))

    def _run(self, project: str, action: Callable[[], str]) -> bool:
        try:
            at = action()
        except (EditRefused, SaveError) as error:
            self._tell(error)
            return False
        self._saved(project, at)
        return True

    def _tell(self, error: EditRefused | SaveError) -> None:
        if isinstance(error, SaveError):  # which file is no help to a judge: the log has it
            self.notSaved.emit(explain_error(error, with_file=False))
        else:
            self.refused.emit(explain_error(error))
