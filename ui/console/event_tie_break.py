"""The tie-break order: the rubric's dimensions in the order equal totals are compared.

A list with Move up / Move down and "Default order" (the rubric's largest maximum first).
``orderChanged(keys)`` carries the new explicit order; an empty list means the default.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
INVALID = QColor("#f8d0cc")


class TieBreakEditor(QWidget):
    orderChanged = Signal(list)  # the dimension keys in order; [] = the default order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.default_button = QPushButton(self.tr("Default order"))
        self.default_button.setToolTip(
            self.tr("The rubric's dimensions from the largest maximum down")
        )
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.up_button.clicked.connect(self.move_up)
        self.down_button.clicked.connect(self.move_down)
        self.default_button.clicked.connect(self.use_default)
        self.list.currentRowChanged.connect(self._update_buttons)
        buttons = QVBoxLayout()
        for button in (self.up_button, self.down_button, self.default_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.list, 1)
        top.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.note)
        self._explicit = False

    def set_order(
        self, items: list[tuple[str, str]], explicit: bool, unknown: dict[str, str]
    ) -> None:
        """Show ``items`` (key, label) in order; ``unknown`` maps keys to the reason they are
        wrong (not a dimension), marked red. Signals are blocked while filling."""
        current = self.current_key()
        blocked = self.list.blockSignals(True)
        try:
            self.list.clear()
            for position, (key, label) in enumerate(items, start=1):
                item = QListWidgetItem(f"{position}. {label}")
                item.setData(KEY_ROLE, key)
                if key in unknown:
                    item.setBackground(QBrush(INVALID))
                    item.setToolTip(unknown[key])
                self.list.addItem(item)
                if key == current:
                    self.list.setCurrentItem(item)
        finally:
            self.list.blockSignals(blocked)
        rows = max(self.list.count(), 3)
        height = self.list.sizeHintForRow(0) if self.list.count() else 20
        self.list.setFixedHeight(rows * height + 2 * self.list.frameWidth() + 4)
        self._explicit = explicit
        self.note.setText(
            self.tr("Set for this event.")
            if explicit
            else self.tr("Default: the largest maximum first, rubric order among equals.")
        )
        self._update_buttons()

    def keys(self) -> list[str]:
        return [str(self.list.item(i).data(KEY_ROLE)) for i in range(self.list.count())]

    def current_key(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(KEY_ROLE))

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)
        self.default_button.setEnabled(self._explicit)

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(1)

    def _move(self, by: int) -> None:
        row = self.list.currentRow()
        keys = self.keys()
        if not (0 <= row < len(keys) and 0 <= row + by < len(keys)):
            return
        keys.insert(row + by, keys.pop(row))
        self.orderChanged.emit(keys)

    def use_default(self) -> None:
        self.orderChanged.emit([])
