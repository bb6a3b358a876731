"""The Results page's charts, painted with QPainter: judges' totals per project (a strip chart)
and judges' leniency (horizontal bars). Both take plain data; positions may be floats, every
number written on a chart arrives as text formatted from exact decimals.

Only the rows inside the exposed rectangle are painted, so 125 projects cost what a screenful
costs; the page fills a chart only when its tab is shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from reports.charts import nice_step
from scoring.results_view import Totals

KEPT = QColor("#1f5fa8")
DROPPED = QColor("#d1342f")
FINAL = QColor("#111111")
GRID = QColor("#d5dbe1")
BAND = QColor("#f3f6f9")
TEXT = QColor("#333333")
POSITIVE = QColor("#e59b3a")
NEGATIVE = QColor("#4c8bc9")
ROW = 18  # pixels per project or judge
HEAD = 44  # legend and axis above the rows
PAD = 10


@dataclass(frozen=True)
class Bar:
    label: str
    value: float  # drawing position only
    text: str  # the written value, from an exact number


class StripChart(QWidget):
    """One row per project: counted totals as dots, dropped ones as red rings, the final as a
    black bar with its value at the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Totals] = []
        self.low, self.high = 0.0, 100.0
        self.legend = ("", "", "")
        self.setMinimumWidth(420)

    def set_rows(
        self, rows: Sequence[Totals], low: float, high: float, legend: tuple[str, str, str]
    ) -> None:
        self.rows, self.low, self.high, self.legend = list(rows), low, max(high, low + 1), legend
        self.setMinimumHeight(HEAD + ROW * len(self.rows) + PAD)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(720, HEAD + ROW * len(self.rows) + PAD)

    def _plot(self) -> tuple[float, float]:
        label = self.fontMetrics().horizontalAdvance("MMMMMM") + PAD
        value = self.fontMetrics().horizontalAdvance("100.00") + PAD
        return float(label), float(self.width() - value)

    def x(self, value: float) -> float:
        left, right = self._plot()
        return left + (value - self.low) / (self.high - self.low) * (right - left)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), Qt.GlobalColor.white)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        left, right = self._plot()
        bottom = HEAD + ROW * len(self.rows)
        step = nice_step(self.high - self.low)
        tick = self.low
        painter.setPen(QPen(GRID))
        while tick <= self.high + 1e-9:
            painter.setPen(QPen(GRID))
            painter.drawLine(QPointF(self.x(tick), HEAD - 4), QPointF(self.x(tick), bottom))
            painter.setPen(TEXT)
            text = f"{tick:.0f}" if step >= 1 else f"{tick:.1f}"
            width = self.fontMetrics().horizontalAdvance(text)
            painter.drawText(QPointF(self.x(tick) - width / 2, HEAD - 8), text)
            tick += step
        self._legend(painter, left)
        first = max(0, (event.rect().top() - HEAD) // ROW)
        last = min(len(self.rows), (event.rect().bottom() - HEAD) // ROW + 1)
        for index in range(first, last):
            self._row(painter, index, left, right)
        painter.end()

    def _legend(self, painter: QPainter, left: float) -> None:
        y = 14.0
        x = left
        for kind, text in zip(("kept", "dropped", "final"), self.legend, strict=True):
            self._mark(painter, kind, QPointF(x + 5, y - 4))
            painter.setPen(TEXT)
            painter.drawText(QPointF(x + 14, y), text)
            x += 28 + self.fontMetrics().horizontalAdvance(text)

    def _mark(self, painter: QPainter, kind: str, at: QPointF) -> None:
        if kind == "kept":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(KEPT))
            painter.drawEllipse(at, 3.5, 3.5)
        elif kind == "dropped":
            painter.setPen(QPen(DROPPED, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(at, 3.5, 3.5)
        else:
            painter.setPen(QPen(FINAL, 2.5))
            painter.drawLine(QPointF(at.x(), at.y() - 6), QPointF(at.x(), at.y() + 6))

    def _row(self, painter: QPainter, index: int, left: float, right: float) -> None:
        row = self.rows[index]
        top = HEAD + index * ROW
        middle = top + ROW / 2
        if index % 2 == 0:
            painter.fillRect(QRectF(0, top, self.width(), ROW), BAND)
        metrics = self.fontMetrics()
        baseline = middle + (metrics.ascent() - metrics.descent()) / 2
        painter.setPen(TEXT)
        painter.drawText(QPointF(4, baseline), row.code)
        for value in row.kept:
            self._mark(painter, "kept", QPointF(self.x(float(value)), middle))
        for value in row.dropped:
            self._mark(painter, "dropped", QPointF(self.x(float(value)), middle))
        if row.final is not None:
            self._mark(painter, "final", QPointF(self.x(float(row.final)), middle))
            painter.setPen(TEXT)
            painter.drawText(QPointF(right + PAD / 2, baseline), str(row.final))


class LeniencyChart(QWidget):
    """One horizontal bar per judge from a zero line: right = more lenient than the panel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.setMinimumWidth(420)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = list(bars)
        self.setMinimumHeight(PAD * 2 + ROW * len(self.bars))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(720, PAD * 2 + ROW * len(self.bars))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), Qt.GlobalColor.white)
        if not self.bars:
            painter.end()
            return
        metrics = self.fontMetrics()
        label_w = max(metrics.horizontalAdvance(b.label) for b in self.bars) + PAD
        text_w = max(metrics.horizontalAdvance(b.text) for b in self.bars) + PAD
        reach = max(abs(b.value) for b in self.bars) or 1.0
        half = max(20.0, (self.width() - label_w - 2 * text_w) / 2)
        zero = label_w + text_w + half
        bottom = PAD + ROW * len(self.bars)
        for index, bar in enumerate(self.bars):
            top = PAD + index * ROW
            baseline = top + ROW / 2 + (metrics.ascent() - metrics.descent()) / 2
            painter.setPen(TEXT)
            painter.drawText(QPointF(4, baseline), bar.label)
            length = bar.value / reach * half
            rect = QRectF(min(zero, zero + length), top + 3, abs(length), ROW - 6)
            painter.fillRect(rect, POSITIVE if bar.value > 0 else NEGATIVE)
            width = metrics.horizontalAdvance(bar.text)
            x = rect.right() + 4 if bar.value >= 0 else rect.left() - 4 - width
            painter.drawText(QPointF(x, baseline), bar.text)
        painter.setPen(QPen(FINAL, 1))
        painter.drawLine(QPointF(zero, PAD / 2), QPointF(zero, bottom + PAD / 2))
        painter.end()


class ChartPane(QWidget):
    """A chart under its title and note, scrolling when it is taller than the page."""

    def __init__(self, chart: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.title = QLabel()
        self.note = QLabel()
        self.note.setWordWrap(True)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(chart)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(scroll, 1)
