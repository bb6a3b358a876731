"""View → Set PIN…: set, change or remove the lock's PIN (changing needs the current one)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from storage.errors import EditRefused, SaveError
from storage.workspace import Workspace
from ui.ask import Ask
from ui.messages import explain_error


class PinSetting(QObject):
    def change(self, parent: QWidget, workspace: Workspace) -> str:
        """Ask for the PINs and store the new one; what to tell the judge ("" when
        unchanged)."""
        had_pin = workspace.has_pin
        answers = Ask.new_pin(parent, had_pin)
        if answers is None:
            return ""
        current, new = answers
        title = self.tr("Set PIN")
        if had_pin and not workspace.check_pin(current):
            Ask.inform(parent, title, self.tr("The current PIN is not right."), warning=True)
            return ""
        try:
            workspace.set_pin(new)
        except (EditRefused, SaveError) as error:
            Ask.inform(parent, title, explain_error(error, with_file=False), warning=True)
            return ""
        return self.tr("PIN set: Ctrl+L locks.") if new else self.tr("PIN removed.")
