"""A pad where the judge signs with a mouse or a stylus (issue 4 item 7).

The drawing is kept as strokes of points, so undo drops a stroke and the PNG is re-rendered
from vectors at the size the score file wants instead of being cut out of a screen bitmap.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

PEN_WIDTH = 2.5
INK = QColor("#1b1f3a")  # dark blue-black, like a ballpoint
MAX_PNG_WIDTH = 600
PNG_MARGIN = 12  # pixels of white around the cropped strokes


def stroke_path(points: list[QPointF]) -> QPainterPath:
    """A smooth path through the points: quadratic curves via the midpoints between them."""
    path = QPainterPath(points[0])
    if len(points) == 1:
        # A tap leaves a dot: a zero-length line drawn with a round cap.
        path.lineTo(points[0] + QPointF(0.01, 0))
        return path
    for current, following in itertools.pairwise(points[1:]):
        path.quadTo(current, (current + following) / 2)
    path.lineTo(points[-1])
    return path


def _pen() -> QPen:
    return QPen(
        INK, PEN_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
    )


class SignatureCanvas(QWidget):
    """The white drawing surface; SignaturePad adds the buttons around it."""

    strokesChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[list[QPointF]] = []
        self._current: list[QPointF] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMinimumSize(320, 120)
        self.setAccessibleName(self.tr("Signature area"))

    def sizeHint(self) -> QSize:
        return QSize(480, 180)

    def strokes(self) -> list[list[QPointF]]:
        return [list(stroke) for stroke in self._strokes]

    def clear(self) -> None:
        if self._strokes or self._current:
            self._strokes.clear()
            self._current = None
            self.update()
            self.strokesChanged.emit()

    def undo(self) -> None:
        if self._strokes:
            self._strokes.pop()
            self.update()
            self.strokesChanged.emit()

    # --- input: mouse and tablet share the same three steps ------------------------------

    def _begin(self, point: QPointF) -> None:
        self._current = [point]
        self.update()

    def _extend(self, point: QPointF) -> None:
        if self._current is not None and point != self._current[-1]:
            self._current.append(point)
            self.update()

    def _finish(self, point: QPointF) -> None:
        if self._current is None:
            return
        self._extend(point)
        self._strokes.append(self._current)
        self._current = None
        self.update()
        self.strokesChanged.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._finish(event.position())

    def tabletEvent(self, event: QTabletEvent) -> None:
        # Accepting stops Qt from also synthesising mouse events for the same stylus motion.
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove and event.buttons():
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._finish(event.position())
        event.accept()

    # --- keyboard: Ctrl+Z undoes a stroke even if the window has its own Undo action -------

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
        ):
            event.accept()  # claim the key so a window-wide Ctrl+Z shortcut does not fire
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        # A baseline and a hint, like a paper form; neither goes into the PNG.
        baseline = self.height() - 36
        painter.setPen(QPen(QColor("#c8c8c8"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(16, baseline, self.width() - 16, baseline)
        if not self._strokes and not self._current:
            painter.setPen(QColor("#9a9a9a"))
            hint_rect = QRectF(16, baseline + 4, self.width() - 32, 28)
            painter.drawText(hint_rect, Qt.AlignmentFlag.AlignLeft, self.tr("Sign above the line"))
        # A frame shows where the pad ends; the highlight colour says it has the keyboard.
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        else:
            painter.setPen(QPen(QColor("#b0b0b0"), 1))
            painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(_pen())
        for stroke in [*self._strokes, *([self._current] if self._current else [])]:
            painter.drawPath(stroke_path(stroke))
        painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()  # the focus frame

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()


class SignaturePad(QWidget):
    """Canvas plus Undo and Clear; `to_png()` gives the cropped signature for the score file."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = SignatureCanvas()
        self.canvas.strokesChanged.connect(self._on_strokes_changed)
        self._undo_button = QPushButton(self.tr("Undo stroke"))
        self._undo_button.setToolTip(self.tr("Undo the last stroke (Ctrl+Z)"))
        self._undo_button.clicked.connect(self.canvas.undo)
        self._clear_button = QPushButton(self.tr("Clear"))
        self._clear_button.setToolTip(self.tr("Erase the whole signature"))
        self._clear_button.clicked.connect(self.clear)
        self._caption = QLabel(self.tr("Draw your signature with the mouse or a stylus."))
        self._caption.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self._caption, 1)
        buttons.addWidget(self._undo_button)
        buttons.addWidget(self._clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.canvas)
        self.setAccessibleName(self.tr("Signature pad"))
        self._update_buttons()

    def is_empty(self) -> bool:
        return not self.canvas.strokes()

    def clear(self) -> None:
        self.canvas.clear()

    def undo(self) -> None:
        self.canvas.undo()

    def to_png(self) -> bytes:
        """The strokes on white, cropped with a margin, at most MAX_PNG_WIDTH pixels wide.

        Small signatures are rendered up to twice their screen size so they print sharply.
        Raises ValueError when nothing has been drawn.
        """
        paths = [stroke_path(stroke) for stroke in self.canvas.strokes()]
        if not paths:
            raise ValueError("the signature pad is empty")
        bounds = QRectF()
        for path in paths:
            bounds = bounds.united(path.boundingRect())
        bounds.adjust(-PNG_MARGIN, -PNG_MARGIN, PNG_MARGIN, PNG_MARGIN)
        scale = min(2.0, MAX_PNG_WIDTH / bounds.width())
        image = QImage(
            max(1, round(bounds.width() * scale)),
            max(1, round(bounds.height() * scale)),
            QImage.Format.Format_RGB32,
        )
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        painter.translate(-bounds.topLeft())
        painter.setPen(_pen())
        for path in paths:
            painter.drawPath(path)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())

    def _update_buttons(self) -> None:
        empty = self.is_empty()
        self._undo_button.setEnabled(not empty)
        self._clear_button.setEnabled(not empty)

    def _on_strokes_changed(self) -> None:
        self._update_buttons()
        self.changed.emit()
