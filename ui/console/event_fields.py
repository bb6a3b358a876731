"""Controls of the Event page, each bound to one value of the event data.

A bound control reports a finished change (``changed(field, value)``: text when editing is
finished, a spin box when its value is committed, a choice when it is picked) and shows a
value from the data with its signals blocked, so filling it never loops back into an edit.
Each has a reason label beside it for what is wrong with the value.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSpinBox,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from scoring.numbers import to_decimal
from scoring.serialize import dec

INVALID_STYLE = "background: #fdecea;"
REASON_STYLE = "color: #8c1d18;"


class Bound(QObject):
    """One control for one field; subclasses know how to read and show their control."""

    changed = Signal(str, object)  # field, the new value as stored in the data

    def __init__(self, field: str, editor: QWidget, wide: bool = False) -> None:
        super().__init__(editor)
        self.field = field
        self.editor = editor
        self.reason = QLabel()
        self.reason.setStyleSheet(REASON_STYLE)
        self.reason.setWordWrap(True)
        self.reason.setVisible(False)
        self.row = QWidget()
        line = QHBoxLayout(self.row)
        line.setContentsMargins(0, 0, 0, 0)
        if wide:
            line.addWidget(editor, 1)
        else:
            line.addWidget(editor, 0, Qt.AlignmentFlag.AlignLeft)
        line.addWidget(self.reason, 0 if wide else 1)

    def value(self) -> Any:
        raise NotImplementedError

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def show(self, value: Any) -> None:
        """Fill the control from the data (signals blocked; unchanged values are left alone)."""
        if value == self.value():
            return
        blocked = self.editor.blockSignals(True)
        try:
            self._show(value)
        finally:
            self.editor.blockSignals(blocked)

    def mark(self, reason: str) -> None:
        """Show what is wrong with the value ('' = nothing): red control, reason beside it."""
        self.reason.setText(reason)
        self.reason.setVisible(bool(reason))
        self.editor.setToolTip(reason)
        self.editor.setStyleSheet(INVALID_STYLE if reason else "")

    def _commit(self) -> None:
        self.changed.emit(self.field, self.value())


class TextField(Bound):
    def __init__(self, field: str, placeholder: str = "") -> None:
        self.line = QLineEdit()
        self.line.setPlaceholderText(placeholder)
        super().__init__(field, self.line, wide=True)
        self._shown = ""
        self.line.editingFinished.connect(self._finished)

    def value(self) -> str:
        return self.line.text().strip()

    def _show(self, value: Any) -> None:
        self.line.setText(str(value))

    def show(self, value: Any) -> None:
        self._shown = str(value)
        super().show(value)

    def _finished(self) -> None:
        if self.value() != self._shown:
            self._shown = self.value()
            self._commit()


class DateField(TextField):
    """A date as text (ISO from the calendar button; other text is kept as typed)."""

    def __init__(self, field: str, placeholder: str, calendar_text: str, calendar_tip: str) -> None:
        super().__init__(field, placeholder)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.menu = QMenu(self.line)
        action = QWidgetAction(self.menu)
        action.setDefaultWidget(self.calendar)
        self.menu.addAction(action)
        self.button = QToolButton()
        self.button.setText(calendar_text)
        self.button.setToolTip(calendar_tip)
        self.button.clicked.connect(self._popup)
        layout = self.row.layout()
        assert isinstance(layout, QHBoxLayout)
        layout.insertWidget(1, self.button)

    def _popup(self) -> None:
        date = QDate.fromString(self.value(), Qt.DateFormat.ISODate)
        self.calendar.setSelectedDate(date if date.isValid() else QDate.currentDate())
        self.menu.popup(self.button.mapToGlobal(self.button.rect().bottomLeft()))

    def _picked(self, date: QDate) -> None:
        self.menu.hide()
        self.line.setText(date.toString(Qt.DateFormat.ISODate))
        self._finished()


class ChoiceField(Bound):
    def __init__(self, field: str, choices: list[tuple[str, str]]) -> None:
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for value, label in choices:
            self.combo.addItem(label, value)
        super().__init__(field, self.combo)
        self.combo.activated.connect(self._picked)

    def value(self) -> str:
        return str(self.combo.currentData())

    def _show(self, value: Any) -> None:
        index = self.combo.findData(value)
        if index < 0:  # a value this build does not know: show it rather than hide it
            self.combo.addItem(str(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)

    def _picked(self, _index: int) -> None:
        self._commit()


class NumberField(Bound):
    """A whole number; the range refuses what cannot be stored. Committed on Enter, on
    leaving the box, or per arrow step — not per digit typed."""

    def __init__(self, field: str, low: int, high: int, suffix: str = "") -> None:
        self.spin = QSpinBox()
        self.spin.setRange(low, high)
        self.spin.setSuffix(suffix)
        self.spin.setKeyboardTracking(False)
        self.spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self.spin.setFixedWidth(150)
        super().__init__(field, self.spin)
        self.spin.valueChanged.connect(self._changed)

    def value(self) -> int:
        return self.spin.value()

    def _show(self, value: Any) -> None:
        self.spin.setValue(int(value))

    def _changed(self, _value: int) -> None:
        self._commit()


class DecimalField(Bound):
    """A decimal number stored as decimal text ('15', '7.5'), two places at most."""

    def __init__(self, field: str, low: int, high: int, suffix: str = "") -> None:
        self.spin = QDoubleSpinBox()
        self.spin.setDecimals(2)
        self.spin.setRange(low, high)
        self.spin.setSuffix(suffix)
        self.spin.setKeyboardTracking(False)
        self.spin.setFixedWidth(150)
        super().__init__(field, self.spin)
        self.spin.valueChanged.connect(self._changed)

    def value(self) -> str:
        return dec(to_decimal(f"{self.spin.value():.2f}"))

    def _show(self, value: Any) -> None:
        self.spin.setValue(float(Decimal(str(value))))

    def _changed(self, _value: float) -> None:
        self._commit()
