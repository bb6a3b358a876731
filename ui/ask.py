"""Questions the app asks the user; tests replace these class methods (STYLE.md habit 11).

The dialog classes are imported by the question that needs them: creating their Python types
(and enums) costs ~4 ms that a judge's start does not need (bench/judge_ui.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QWidget


class Ask:
    """Questions to the judge or the clerk; tests replace these class methods."""

    @classmethod
    def confirm(cls, parent: QWidget, title: str, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def reason(cls, parent: QWidget, title: str, label: str, text: str = "") -> str | None:
        """A line of text (``text`` offered first), or None if the user cancelled."""
        from PySide6.QtWidgets import QInputDialog

        answer, ok = QInputDialog.getText(parent, title, label, text=text)
        return answer if ok else None

    @classmethod
    def folder(cls, parent: QWidget, title: str, start: Path | None = None) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path = QFileDialog.getExistingDirectory(parent, title, str(start or ""))
        return Path(path) if path else None

    @classmethod
    def open_file(cls, parent: QWidget, title: str, filters: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
        return Path(path) if path else None

    @classmethod
    def open_files(cls, parent: QWidget, title: str, filters: str) -> list[Path]:
        from PySide6.QtWidgets import QFileDialog

        names, _ = QFileDialog.getOpenFileNames(parent, title, "", filters)
        return [Path(name) for name in names]

    @classmethod
    def save_path(cls, parent: QWidget, title: str, suggested: Path, filters: str) -> Path | None:
        """Where to save a file; ``suggested`` is the folder and name offered first."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
        return Path(path) if path else None

    @classmethod
    def print_preview(
        cls, parent: QWidget, printer: QPrinter, paint: Callable[[QPrinter], None]
    ) -> bool:
        """The print preview (its Print button opens the printer dialog); True if printed."""
        from ui.printing import print_preview_dialog  # QtPdf only when someone prints

        return print_preview_dialog(parent, printer, paint)

    @classmethod
    def new_pin(cls, parent: QWidget, ask_current: bool) -> tuple[str, str] | None:
        """The current PIN (when one is set) and the new one, typed twice ("" removes it)."""
        from widgets.pin_dialog import PinDialog

        return PinDialog.ask(parent, ask_current)

    @classmethod
    def inform(cls, parent: QWidget, title: str, html: str, warning: bool = False) -> None:
        from PySide6.QtWidgets import QMessageBox

        if warning:
            QMessageBox.warning(parent, title, html)
        else:
            QMessageBox.information(parent, title, html)
