"""One rubric dimension's score input: name, guidance bands, spin box and slider.

The value is a Decimal on the rubric's step grid, or None while the dimension is not scored.
None is shown as "—", the spin box's special value text at a sentinel one step below zero, so
"not scored yet" never looks like 0.

Choices a judge will notice:
- A typed value is rounded to the nearest step, halves up: 27.3 with step 0.5 becomes 27.5.
- A number above the maximum is rejected, never clamped: Enter leaves it in the field with an
  "at most …" message and focus stays, so a slip like 35 for 25 cannot pass unnoticed;
  leaving the field restores the last committed value. Keys that could never make a valid
  number (letters, a third decimal digit, a minus sign before a number) are refused as typed.
- A band button sets the band's midpoint rounded down to the step (优 27–30 → 28.5,
  良 21–26.5 → 23.5): a neutral start inside the band, to fine-tune with the arrows.
- Deleting the text and pressing Enter, the Clear button, or stepping below 0 clears the score.
"""

from __future__ import annotations

import unicodedata
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from scoring.model import Band, Dimension
from widgets.undo_keys import leave_to_window

EMPTY = "—"
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def number_text(value: Decimal) -> str:
    """27.50 → "27.5", 1E+2 → "100": the shortest exact text of a score."""
    return f"{value.normalize():f}"


def decimals_of(step: Decimal) -> int:
    return max(0, -int(step.normalize().as_tuple().exponent))


def snap(value: Decimal, step: Decimal, maximum: Decimal) -> Decimal:
    """The nearest point of the step grid (halves up), kept within 0–maximum."""
    grid = Decimal(1).scaleb(-decimals_of(step))
    snapped = (value / step).quantize(Decimal(1), ROUND_HALF_UP) * step
    while snapped > maximum:
        snapped -= step
    return max(snapped, Decimal(0)).quantize(grid)


def band_pick(band: Band, step: Decimal, maximum: Decimal) -> Decimal:
    """The band's midpoint rounded down to the step, never below the band's low end."""
    grid = Decimal(1).scaleb(-decimals_of(step))
    middle = (band.low + band.high) / 2
    picked = (middle / step).to_integral_value(ROUND_FLOOR) * step
    return min(max(picked, band.low), maximum).quantize(grid)


_DECIMAL_MARKS = str.maketrans({",": ".", "，": ".", "。": "."})


def normalize_number(text: str, point: str = ".") -> str:
    """Full-width digits and signs as ASCII ("２７．５" → "27.5"), a comma or 。 as the decimal
    point; the length stays the same, so the cursor position still fits."""
    folded = "".join(
        char if char == EMPTY else unicodedata.normalize("NFKC", char)[:1] or char for char in text
    )
    return folded.translate(_DECIMAL_MARKS).replace(".", point)


class ScoreSpinBox(QDoubleSpinBox):
    """A spin box that lets an over-maximum number be typed, so Enter can refuse it aloud."""

    returnPressed = Signal()  # Enter took the typed value (editingFinished came first)
    outOfRange = Signal()  # Enter on a number above the maximum: nothing committed
    reverted = Signal()  # Esc on a number above the maximum: the stored value shows again

    def validate(self, text: str, pos: int) -> object:
        # A Chinese input method in full-width mode types "２７．５"; a decimal comma is a
        # slip for the point (never a thousands separator in a score): both are read as typed.
        text = normalize_number(text, self.locale().decimalPoint())
        if EMPTY in text and text != EMPTY:
            # Typing next to "—" (a click puts the cursor after it) replaces it.
            pos -= text[:pos].count(EMPTY)
            text = text.replace(EMPTY, "")
        state, text, pos = super().validate(text, pos)
        if state == QValidator.State.Invalid and self.above_maximum(text):
            state = QValidator.State.Intermediate
        return state, text, pos

    def above_maximum(self, text: str) -> bool:
        number, ok = self.locale().toDouble(text.strip())
        fraction = text.partition(self.locale().decimalPoint())[2]
        return ok and number > self.maximum() and len(fraction.strip()) <= self.decimals()

    def event(self, event: QEvent) -> bool:
        line = self.lineEdit()
        if leave_to_window(event, line.isUndoAvailable(), line.isRedoAvailable()):
            event.ignore()  # not this field's: the window's Undo / Redo of scores takes it
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.above_maximum(self.lineEdit().text()):
            event.accept()
            with QSignalBlocker(self):
                self.setValue(self.value())  # shows the stored value's text again
            self.reverted.emit()
            return
        if event.key() not in _ENTER_KEYS:
            super().keyPressEvent(event)
            return
        if self.above_maximum(self.lineEdit().text()):
            event.accept()
            self.outOfRange.emit()
            return
        if not self.lineEdit().text().strip():
            self.setValue(self.minimum())  # an emptied field means "clear the score"
        super().keyPressEvent(event)  # interprets the text and emits editingFinished
        event.accept()
        self.returnPressed.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        # Qt would put the last value back: a number above the maximum stays, so leaving the
        # project refuses it aloud (DimensionInput.commit_pending) instead of losing it.
        text = self.lineEdit().text()
        super().focusOutEvent(event)
        if self.above_maximum(text) and self.lineEdit().text() != text:
            self.lineEdit().setText(text)

    def wheelEvent(self, event: QWheelEvent) -> None:
        # Scrolling past an unfocused field must not change a score.
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class DimensionInput(QWidget):
    """Name, guidance band buttons, spin box and slider for one dimension."""

    valueCommitted = Signal(str, object)  # key, Decimal or None (cleared)
    advanceRequested = Signal(str)  # Enter in the spin box: the form moves focus on

    def __init__(
        self, dimension: Dimension, parent: QWidget | None = None, *, english_names: bool = False
    ) -> None:
        super().__init__(parent)
        self._dimension = dimension
        self._step = dimension.step
        self._value: Decimal | None = None
        self._shown = -float(dimension.step)  # the spin value last put there by code
        name = dimension.name_en if english_names and dimension.name_en else dimension.name
        maximum = number_text(dimension.max)

        self._title = QLabel(self.tr("{name} ({maximum})").format(name=name, maximum=maximum))
        self._title.setToolTip(dimension.name_en if not english_names else dimension.name)
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)

        self._spin = ScoreSpinBox(self)
        self._spin.setDecimals(decimals_of(self._step))
        self._spin.setRange(-float(self._step), float(dimension.max))
        self._spin.setSingleStep(float(self._step))
        self._spin.setSpecialValueText(EMPTY)
        self._spin.setKeyboardTracking(False)
        self._spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self._spin.setMinimumWidth(90)
        self._spin.setValue(self._shown)
        self._spin.setAccessibleName(self.tr("{name} score").format(name=name))
        guidance = ", ".join(band.text() for band in dimension.guidance)
        self._spin.setAccessibleDescription(
            self.tr("0 to {maximum} in steps of {step}. {guidance}").format(
                maximum=maximum, step=number_text(self._step), guidance=guidance
            )
        )
        self._spin.setToolTip(self._spin.accessibleDescription())
        self._title.setBuddy(self._spin)

        self._clear = QToolButton(self)
        self._clear.setText(self.tr("Clear"))
        self._clear.setToolTip(self.tr("Clear this score (not scored yet)"))
        self._clear.setAccessibleName(self.tr("Clear {name}").format(name=name))

        # A plain list, not a QButtonGroup: Qt makes a group of checkable buttons one Tab stop
        # (like radio buttons), so 良, 中 and 差 were out of the keyboard's reach. The marks
        # follow the value, none when it is empty.
        self._bands: list[QPushButton] = []
        band_row = QHBoxLayout()
        band_row.setSpacing(4)
        for index, band in enumerate(dimension.guidance):
            button = QPushButton(band.text(), self)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            picked = number_text(band_pick(band, self._step, dimension.max))
            button.setToolTip(self.tr("Set {value}").format(value=picked))
            button.setAccessibleName(f"{name} {band.text()}")
            button.clicked.connect(lambda _checked=False, at=index: self._on_band_clicked(at))
            self._bands.append(button)
            band_row.addWidget(button)

        self._slider = QSlider(Qt.Orientation.Horizontal, self)
        self._slider.setRange(0, int(dimension.max / self._step))
        self._slider.setPageStep(max(1, int(Decimal(1) / self._step)))
        # The spin box is the keyboard path; a focusable slider would only lengthen Tab.
        self._slider.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._slider.setAccessibleName(self.tr("{name} slider").format(name=name))
        self._slider.installEventFilter(self)

        self._error = QLabel(self.tr("At most {maximum}: not saved").format(maximum=maximum))
        self._error.setStyleSheet("color: #b3261e;")
        self._error.setVisible(False)

        top = QHBoxLayout()
        top.addWidget(self._title, 1)
        top.addWidget(self._spin)
        top.addWidget(self._clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self._error)
        layout.addLayout(band_row)
        layout.addWidget(self._slider)

        self._spin.valueChanged.connect(self._on_spin_finished)
        self._spin.editingFinished.connect(self._on_spin_finished)
        self._spin.returnPressed.connect(self._on_return)
        self._spin.outOfRange.connect(self._on_out_of_range)
        self._spin.reverted.connect(self._error.hide)
        self._spin.lineEdit().textEdited.connect(self._error.hide)
        self._clear.clicked.connect(self.clear)
        self._slider.valueChanged.connect(self._on_slider_changed)
        self._slider.sliderReleased.connect(self._on_slider_released)
        self._mark_bands(None)

    # -- API ------------------------------------------------------------------------------
    @property
    def key(self) -> str:
        return self._dimension.key

    def value(self) -> Decimal | None:
        return self._value

    def set_value(self, value: Decimal | None) -> None:
        """Show a stored value without emitting anything."""
        self._value = value
        self._error.setVisible(False)
        self._show(value)

    def set_read_only(self, read_only: bool) -> None:
        self._spin.setReadOnly(read_only)  # still focusable, so the values can be read aloud
        self._clear.setEnabled(not read_only)
        self._slider.setEnabled(not read_only)
        for button in self._bands:
            button.setEnabled(not read_only)

    def focus_input(self) -> None:
        self._spin.setFocus(Qt.FocusReason.TabFocusReason)
        self._spin.selectAll()  # typed digits replace the shown value

    def spin_box(self) -> ScoreSpinBox:
        return self._spin

    def band_buttons(self) -> list[QAbstractButton]:
        return list(self._bands)

    def slider(self) -> QSlider:
        return self._slider

    def commit_pending(self) -> bool:
        """Commit typed, unconfirmed text; False when it is above the maximum (kept, shown)."""
        if self._spin.isReadOnly() or not self.isEnabled():
            return True
        if self._spin.above_maximum(self._spin.lineEdit().text()):
            self._on_out_of_range()
            return False
        self._spin.interpretText()
        self._on_spin_finished()
        return True

    def clear(self) -> None:
        self._commit(None)

    # -- internals ------------------------------------------------------------------------
    def _from_spin(self, number: float) -> Decimal | None:
        if number < 0:
            return None
        return snap(Decimal(repr(number)), self._step, self._dimension.max)

    def _show(self, value: Decimal | None) -> None:
        self._shown = -float(self._step) if value is None else float(value)
        position = 0 if value is None else int((value / self._step).to_integral_value())
        with QSignalBlocker(self._spin), QSignalBlocker(self._slider):
            self._spin.setValue(self._shown)
            self._slider.setValue(position)
        self._mark_bands(value)

    def _mark_bands(self, value: Decimal | None) -> None:
        for band, button in zip(self._dimension.guidance, self._bands, strict=True):
            inside = value is not None and band.low <= value <= band.high
            with QSignalBlocker(button):
                button.setChecked(inside)

    def _commit(self, value: Decimal | None) -> None:
        self._error.setVisible(False)
        self._show(value)
        if value != self._value:
            self._value = value
            self.valueCommitted.emit(self._dimension.key, value)

    def _on_spin_finished(self, _number: float = 0.0) -> None:
        # Without keyboard tracking valueChanged fires on Enter, focus-out and the arrows;
        # editingFinished also on a plain focus-out. Only a real change commits, so tabbing
        # through a loaded off-grid value does not rewrite it.
        if self._spin.value() != self._shown:
            self._commit(self._from_spin(self._spin.value()))

    def _on_return(self) -> None:
        self.advanceRequested.emit(self._dimension.key)

    def _on_out_of_range(self) -> None:
        self._error.setVisible(True)
        self._spin.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_band_clicked(self, index: int) -> None:
        band = self._dimension.guidance[index]
        self._commit(band_pick(band, self._step, self._dimension.max))

    def _slider_value(self) -> Decimal:
        return snap(self._step * self._slider.value(), self._step, self._dimension.max)

    def _on_slider_changed(self, _position: int) -> None:
        value = self._slider_value()
        if self._slider.isSliderDown():  # dragging: show, commit on release
            with QSignalBlocker(self._spin):
                self._spin.setValue(float(value))
            self._mark_bands(value)
        else:  # a click on the groove or a key: one deliberate change
            self._commit(value)

    def _on_slider_released(self) -> None:
        self._commit(self._slider_value())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A wheel over the slider while scrolling the form must not change a score. (getattr:
        # Qt may still deliver an event while this widget's Python side is being torn down.)
        slider = getattr(self, "_slider", None)
        return slider is not None and watched is slider and event.type() == QEvent.Type.Wheel
