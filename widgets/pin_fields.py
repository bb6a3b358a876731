"""A new PIN typed twice, masked: on the first-run page and in Set PIN…."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLineEdit, QWidget


class PinFields(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.pin = QLineEdit(parent)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("optional, 4 to 12 digits"))
        self.again = QLineEdit(parent)
        self.again.setEchoMode(QLineEdit.EchoMode.Password)

    def value(self) -> str:
        return self.pin.text()

    def problem(self) -> str:
        """Why the two fields cannot be used ("" when they can; both empty = no PIN)."""
        pin = self.pin.text()
        if pin != self.again.text():
            return self.tr("The two PINs differ.")
        if pin and not (pin.isdigit() and 4 <= len(pin) <= 12):
            return self.tr("The PIN must be 4 to 12 digits.")
        return ""
