"""Charts drawn with reportlab's own graphics (no matplotlib): a strip plot and a bar chart.

Callers pass floats only as drawing coordinates; every number printed on a chart arrives as
text already formatted from exact decimals.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, Path, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from reports.fonts import printable, register

KEPT = colors.HexColor("#1f5fa8")
DROPPED = colors.HexColor("#d1342f")
FINAL = colors.HexColor("#111111")
GRIDLINE = colors.HexColor("#d5dbe1")
BAND = colors.HexColor("#f3f6f9")
TEXT = colors.HexColor("#333333")
POSITIVE = colors.HexColor("#e59b3a")
NEGATIVE = colors.HexColor("#4c8bc9")


@dataclass(frozen=True)
class StripRow:
    """One project: its label, the judges' totals (kept and dropped) and its final."""

    label: str
    kept: Sequence[float]
    dropped: Sequence[float]
    final: float | None


@dataclass(frozen=True)
class Bar:
    label: str
    value: float  # drawing coordinate only
    text: str  # the printed value, formatted from an exact number


def nice_step(span: float, ticks: int = 8) -> float:
    """A round tick distance (1, 2, 5 × 10^k) giving about ``ticks`` intervals."""
    raw = max(span, 1e-9) / ticks
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def _drawing(width: float, height: float) -> Drawing:
    # The renderer starts each drawing in its default font (unembedded Helvetica) unless told.
    return Drawing(width, height, initialFontName=register(), initialFontSize=7)


def _label(x: float, y: float, text: str, size: float, anchor: str = "start") -> String:
    return String(
        x, y, printable(text), fontName=register(), fontSize=size, fillColor=TEXT, textAnchor=anchor
    )


def _ticks(low: float, high: float, step: float) -> list[float]:
    first = math.ceil(low / step - 1e-9)
    last = math.floor(high / step + 1e-9)
    return [i * step for i in range(first, last + 1)]


def _tick_text(value: float, step: float) -> str:
    return f"{value:.0f}" if step >= 1 else f"{value:.1f}"


def strip_plot(
    rows: Sequence[StripRow],
    *,
    low: float,
    high: float,
    width: float,
    legend: tuple[str, str, str],
    axis_label: str,
    row_height: float = 13.0,
) -> Drawing:
    """Dots per row on a horizontal scale: kept filled, dropped as rings, the final as a tick."""
    size = 7.0
    label_w = max([stringWidth(printable(r.label), register(), size) for r in rows] + [20]) + 8
    top_pad, bottom_pad = 26.0, 24.0
    height = top_pad + bottom_pad + row_height * len(rows)
    d = _drawing(width, height)
    x0, x1 = label_w, width - 10
    plot_top, plot_bottom = height - top_pad, bottom_pad

    def xpos(value: float) -> float:
        return x0 + (value - low) / (high - low) * (x1 - x0)

    for i in range(len(rows)):  # alternate bands so a row can be followed across the page
        if i % 2 == 0:
            y = plot_top - (i + 1) * row_height
            d.add(Rect(x0, y, x1 - x0, row_height, fillColor=BAND, strokeColor=None))
    step = nice_step(high - low)
    for tick in _ticks(low, high, step):
        x = xpos(tick)
        d.add(Line(x, plot_bottom, x, plot_top, strokeColor=GRIDLINE, strokeWidth=0.5))
        d.add(_label(x, plot_bottom - 9, _tick_text(tick, step), size, "middle"))
    d.add(_label((x0 + x1) / 2, 2, axis_label, size, "middle"))
    for i, row in enumerate(rows):
        yc = plot_top - (i + 0.5) * row_height
        d.add(_label(x0 - 5, yc - 2.5, row.label, size, "end"))
        # A small deterministic vertical spread keeps equal totals from hiding each other.
        kept = [(xpos(v), yc + ((j % 5) - 2) * row_height * 0.09) for j, v in enumerate(row.kept)]
        d.add(_dots(kept))
        for j, value in enumerate(row.dropped):
            dy = ((j % 3) - 1) * row_height * 0.12
            d.add(
                Circle(
                    xpos(value), yc + dy, 2.3, fillColor=None, strokeColor=DROPPED, strokeWidth=0.9
                )
            )
        if row.final is not None:
            x = xpos(row.final)
            half = row_height * 0.42
            d.add(Line(x, yc - half, x, yc + half, strokeColor=FINAL, strokeWidth=1.6))
    d.add(
        Rect(
            x0,
            plot_bottom,
            x1 - x0,
            plot_top - plot_bottom,
            fillColor=None,
            strokeColor=GRIDLINE,
            strokeWidth=0.6,
        )
    )
    _strip_legend(d, x0, height - 12, legend)
    return d


def _dots(points: Sequence[tuple[float, float]], size: float = 3.8) -> Path:
    """Round dots as one-point subpaths stroked with round caps: one path for a whole row, because
    thousands of separate circles (250 projects × 40 judges) make rendering slow."""
    path = Path(
        strokeColor=KEPT, strokeWidth=size, strokeLineCap=1, strokeOpacity=0.55, fillColor=None
    )
    for x, y in points:  # "x y m h": a closed one-point subpath, drawn as a round dot
        path.moveTo(x, y)
        path.closePath()
    return path


def _strip_legend(d: Drawing, x: float, y: float, legend: tuple[str, str, str]) -> None:
    size = 7.5
    kept, dropped, final = (printable(text) for text in legend)
    d.add(_dots([(x + 3, y + 2.5)], 4.4))
    x += 9
    d.add(_label(x, y, kept, size))
    x += stringWidth(kept, register(), size) + 14
    d.add(Circle(x + 3, y + 2.5, 2.4, fillColor=None, strokeColor=DROPPED, strokeWidth=0.9))
    x += 9
    d.add(_label(x, y, dropped, size))
    x += stringWidth(dropped, register(), size) + 14
    d.add(Line(x + 2, y - 1.5, x + 2, y + 7, strokeColor=FINAL, strokeWidth=1.6))
    d.add(_label(x + 7, y, final, size))


def bar_reach(bars: Sequence[Bar]) -> float:
    """The half-width of the value axis: a round number beyond the largest bar."""
    reach = max([abs(b.value) for b in bars] + [0.5])
    step = nice_step(2 * reach, 6)
    return math.ceil(reach / step) * step


def bar_chart(
    bars: Sequence[Bar],
    *,
    width: float,
    axis_label: str,
    row_height: float = 13.0,
    reach: float | None = None,
) -> Drawing:
    """Horizontal bars from a zero line (negative to the left), the value printed at the end."""
    size = 7.5
    font = register()
    label_w = max([stringWidth(printable(b.label), font, size) for b in bars] + [20]) + 8
    text_w = max([stringWidth(b.text, font, size) for b in bars] + [10]) + 6
    top_pad, bottom_pad = 8.0, 24.0
    height = top_pad + bottom_pad + row_height * len(bars)
    d = _drawing(width, height)
    x0, x1 = label_w + text_w, width - text_w
    # Several drawings of one chart share ``reach`` so that their bars compare.
    reach = reach if reach is not None else bar_reach(bars)
    step = nice_step(2 * reach, 6)

    def xpos(value: float) -> float:
        return x0 + (value + reach) / (2 * reach) * (x1 - x0)

    plot_top, plot_bottom = height - top_pad, bottom_pad
    for tick in _ticks(-reach, reach, step):
        x = xpos(tick)
        d.add(Line(x, plot_bottom, x, plot_top, strokeColor=GRIDLINE, strokeWidth=0.5))
        text = _tick_text(tick, step)
        d.add(_label(x, plot_bottom - 9, ("+" if tick > 0 else "") + text, size - 0.5, "middle"))
    d.add(_label((x0 + x1) / 2, 2, axis_label, size, "middle"))
    zero = xpos(0)
    for i, bar in enumerate(bars):
        yc = plot_top - (i + 0.5) * row_height
        end = xpos(bar.value)
        left, right = min(zero, end), max(zero, end)
        colour = POSITIVE if bar.value > 0 else NEGATIVE
        d.add(
            Rect(
                left,
                yc - row_height * 0.33,
                right - left,
                row_height * 0.66,
                fillColor=colour,
                strokeColor=None,
            )
        )
        d.add(_label(label_w - 4, yc - 2.6, bar.label, size, "end"))
        if bar.value >= 0:
            d.add(_label(right + 3, yc - 2.6, bar.text, size))
        else:
            d.add(_label(left - 3, yc - 2.6, bar.text, size, "end"))
    d.add(Line(zero, plot_bottom, zero, plot_top, strokeColor=FINAL, strokeWidth=0.8))
    return d
