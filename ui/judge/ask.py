"""Questions the judge window asks; tests replace these class methods (STYLE.md habit 11)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


class Ask:
    """Questions to the judge; tests replace these class methods (STYLE.md habit 11)."""

    @classmethod
    def confirm(cls, parent: QWidget, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def reason(cls, parent: QWidget, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(parent, title, label)
        return text if ok else None

    @classmethod
    def folder(cls, parent: QWidget, title: str) -> Path | None:
        path = QFileDialog.getExistingDirectory(parent, title)
        return Path(path) if path else None

    @classmethod
    def inform(cls, parent: QWidget, title: str, html: str, warning: bool = False) -> None:
        if warning:
            QMessageBox.warning(parent, title, html)
        else:
            QMessageBox.information(parent, title, html)
