"""At start: who uses this laptop now — a judge, or the secretariat?"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.roles import JUDGE, SECRETARIAT


class RoleChooser(QDialog):
    """Two large buttons, asked on a laptop's first start; ``last`` has the focus (Enter)."""

    def __init__(self, last: str = JUDGE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = ""
        self.setWindowTitle(self.tr("PanelScore"))
        title = QLabel(self.tr("PanelScore — offline panel scoring"))
        title.setStyleSheet("font-size: 16pt;")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.judge_button = self._button(
            self.tr("&Judge"), self.tr("Read the materials and score the projects"), JUDGE
        )
        self.secretariat_button = self._button(
            self.tr("&Secretariat"),
            self.tr("Prepare the event, collect the score files, publish the ranking"),
            SECRETARIAT,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.judge_button)
        layout.addWidget(self.secretariat_button)
        focus = self.secretariat_button if last == SECRETARIAT else self.judge_button
        focus.setDefault(True)
        focus.setFocus()
        self.resize(460, 300)

    def _button(self, text: str, detail: str, role: str) -> QPushButton:
        button = QPushButton(f"{text}\n{detail}")
        button.setMinimumHeight(90)
        button.setStyleSheet("font-size: 13pt; text-align: center;")
        button.clicked.connect(lambda: self._choose(role))
        return button

    def _choose(self, role: str) -> None:
        self.role = role
        self.accept()

    @classmethod
    def ask(cls, last: str = JUDGE) -> str | None:
        """The chosen role, or None if the window was closed."""
        dialog = cls(last)
        return dialog.role if dialog.exec() == QDialog.DialogCode.Accepted else None
