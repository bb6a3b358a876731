"""Questions the console window asks; tests replace these class methods (STYLE.md habit 11)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class ConsoleAsk:
    @classmethod
    def confirm(cls, parent: QWidget, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def inform(cls, parent: QWidget, title: str, text: str, warning: bool = False) -> None:
        if warning:
            QMessageBox.warning(parent, title, text)
        else:
            QMessageBox.information(parent, title, text)
