"""Set PIN…: the lock needs a PIN; changing or removing one asks for the current one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from widgets.pin_fields import PinFields


class PinDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, ask_current: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set PIN"))
        self.current = QLineEdit(self)
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.fields = PinFields(self)
        self.fields.pin.setPlaceholderText(self.tr("4 to 12 digits; empty removes the PIN"))
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        if ask_current:
            form.addRow(self.tr("Current PIN:"), self.current)
        else:
            self.current.hide()
        form.addRow(self.tr("New PIN:"), self.fields.pin)
        form.addRow(self.tr("New PIN again:"), self.fields.again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The lock (Ctrl+L, and after 5 idle minutes) needs it.")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        (self.current if ask_current else self.fields.pin).setFocus()

    def accept(self) -> None:
        problem = self.fields.problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()

    def answers(self) -> tuple[str, str]:
        """The current PIN as typed, and the new one ("" removes it)."""
        return self.current.text(), self.fields.value()

    @classmethod
    def ask(cls, parent: QWidget, ask_current: bool) -> tuple[str, str] | None:
        dialog = cls(parent, ask_current=ask_current)
        return dialog.answers() if dialog.exec() == QDialog.DialogCode.Accepted else None
