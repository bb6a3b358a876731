"""A light table flowable for long, uniform row lists (the score sheet's per-judge rows).

It looks like a platypus ``Table`` with the shared grid style (reports.layout.grid_table):
same row heights, paddings, text positions, backgrounds and grid; but every row is measured
once when it is built, the table splits by whole rows (repeating its header rows, the first of
which may be replaced on continuation pages), and drawing writes the text of all cells in one
PDF text block and the grid as one path. A 440-page run of score sheets spends a fraction of
the time platypus ``Table`` needs (which re-measures the remaining rows and their spans at
every page break and draws every cell through a separate text object).

Text cells are :class:`reports.cjk_wrap.Block` (a wrapped one-style paragraph, broken into
the lines a ``Paragraph`` of that style would show, except that no line starts with closing
punctuation such as ” or ， — see :func:`reports.cjk_wrap.wrap_cjk`) or plain strings (one
line, as a ``Table`` string cell). Characters the font lacks print as □
(reports.fonts.printable).
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from typing import Any, NamedTuple

from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import Flowable

from reports.cjk_wrap import Block, Item, WrapCache
from reports.fonts import register

# The paddings and string leading of the shared grid style (reports.layout.grid_table): a
# string cell there keeps platypus' default cell leading (only its FONTSIZE is set).
PAD_X = 6.0
PAD_TOP = 2.0
PAD_BOTTOM = 2.5
STRING_LEADING = 12.0
STRING_SIZE = 8.5
GRID_WIDTH = 0.4


Content = str | tuple[Block, ...]


class Cell(NamedTuple):
    """One cell: a one-line string (aligned LEFT, RIGHT or CENTER) or stacked blocks."""

    content: Content
    span: int = 1
    align: str = "LEFT"
    left: float = PAD_X
    right: float = PAD_X


STRING_HEIGHT = STRING_LEADING + PAD_TOP + PAD_BOTTOM
# Baselines are kept relative to the middle of the row: a one-line string's is this far up.
_STRING_BASE = (PAD_BOTTOM - PAD_TOP + STRING_LEADING) / 2 - STRING_SIZE
_PADS = PAD_TOP + PAD_BOTTOM


class Row:
    """A measured row: its height, its text placed relative to its middle, where spans lie.

    Heights and positions follow platypus Table with VALIGN MIDDLE: a string (and a span's
    covered "" cells) counts as one cell leading high; stacked blocks are centred in the row.
    """

    __slots__ = ("background", "blocked", "height", "items")

    def __init__(
        self,
        cells: Sequence[Cell],
        positions: Sequence[float],
        background: Any = None,
        cache: WrapCache | None = None,
    ) -> None:
        self.background = background
        widths = cache.widths if cache is not None else {}
        font = register()
        blocked: list[int] = []
        items: list[Item] = []
        add = items.append
        height = 0.0
        col = 0
        for content, span, align, left, right in cells:
            x0 = positions[col]
            if span > 1:
                blocked += range(col + 1, col + span)
                height = max(height, STRING_HEIGHT)
            col += span
            if isinstance(content, str):
                height = max(height, STRING_HEIGHT)
                if not content:
                    continue
                if align == "LEFT":
                    x = x0 + left
                else:
                    w = widths.get(content)
                    if w is None:
                        w = widths[content] = stringWidth(content, font, STRING_SIZE)
                    if align == "RIGHT":
                        x = positions[col] - right - w
                    else:
                        x = (x0 + positions[col] + left - right) / 2 - w / 2
                add((x, _STRING_BASE, font, STRING_SIZE, content, 0.0))
                continue
            total = 0.0
            for b in content:
                total += b.height
            height = max(height, total + _PADS)
            top = (PAD_BOTTOM - PAD_TOP + total) / 2
            x0 += left
            for b in content:
                for x, y, name, size, text, space in b.items:
                    add((x0 + x, top + y, name, size, text, space))
                top -= b.height
        if col != len(positions) - 1:
            raise ValueError(f"row covers {col} columns, table has {len(positions) - 1}")
        self.height = height
        self.blocked = frozenset(blocked)
        self.items = items


# Per document: each text's subset-encoded pieces (the font's subsets belong to the document).
_ENCODED: weakref.WeakKeyDictionary[Any, dict[tuple[str, str], list[tuple[int, bytes]]]] = (
    weakref.WeakKeyDictionary()
)


class FastTable(Flowable):
    """Rows under ``header`` rows that repeat on every page; ``continued`` replaces the first
    header row on pages after the first."""

    def __init__(
        self,
        widths: Sequence[float],
        header: Sequence[Row],
        rows: Sequence[Row],
        continued: Row | None = None,
        grid: Any = colors.black,
    ) -> None:
        super().__init__()
        self.widths = list(widths)
        self.positions = [0.0]
        for w in self.widths:
            self.positions.append(self.positions[-1] + w)
        self.header = list(header)
        self.rows = list(rows)
        self.continued = continued
        self.grid = grid
        self.width = self.positions[-1]
        self.height = sum(r.height for r in self.header) + sum(r.height for r in self.rows)
        self.hAlign = "CENTER"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Whole rows that fit, then the rest under the repeated header (like Table.split)."""
        used = sum(r.height for r in self.header)
        if used > availHeight:
            return []
        n = 0
        for row in self.rows:
            if used + row.height > availHeight:
                break
            used += row.height
            n += 1
        if n == 0:
            return []
        if n == len(self.rows):
            return [self]
        header = self.header
        following = header if self.continued is None else [self.continued, *header[1:]]
        return [
            FastTable(self.widths, header, self.rows[:n], self.continued, self.grid),
            FastTable(self.widths, following, self.rows[n:], self.continued, self.grid),
        ]

    def draw(self) -> None:
        canv = self.canv
        rows = [*self.header, *self.rows]
        tops: list[float] = []
        y = self.height
        for row in rows:
            tops.append(y)
            y -= row.height
        width = self.width
        canv.saveState()
        # Backgrounds: a rectangle per row, as a Table fills them.
        for row, top in zip(rows, tops, strict=True):
            if row.background is not None:
                canv.setFillColor(row.background)
                canv.rect(0, top - row.height, width, row.height, stroke=0, fill=1)
        canv.setFillColor(colors.black)
        self._draw_text(rows, tops)
        # The grid: every row boundary across, every column boundary down except through spans.
        path = canv.beginPath()
        for top in [*tops, 0.0]:
            path.moveTo(0, top)
            path.lineTo(width, top)
        last = len(self.positions) - 1
        for col, x in enumerate(self.positions):
            start = None
            for row, top in zip(rows, tops, strict=True):
                if 0 < col < last and col in row.blocked:
                    if start is not None:
                        path.moveTo(x, start)
                        path.lineTo(x, top)
                        start = None
                elif start is None:
                    start = top
            if start is not None:
                path.moveTo(x, start)
                path.lineTo(x, 0)
        canv.setStrokeColor(self.grid)
        canv.setLineWidth(GRID_WIDTH)
        canv.setLineCap(1)
        canv.setLineJoin(1)
        canv.drawPath(path, stroke=1, fill=0)
        canv.restoreState()

    def _draw_text(self, rows: Sequence[Row], tops: Sequence[float]) -> None:
        """All cells' text in one BT…ET block, encoded as the canvas would (font subsets)."""
        canv = self.canv
        doc = canv._doc
        encoded = _ENCODED.setdefault(doc, {})
        escape_pdf = canv._escape
        code = ["BT"]
        add = code.append
        current: tuple[str, int, float] | None = None
        space = 0.0
        selects: dict[tuple[str, int, float], str] = {}
        for row, top in zip(rows, tops, strict=True):
            middle = top - row.height / 2
            for x, dy, font_name, size, text, word_space in row.items:
                pieces = encoded.get((font_name, text))
                if pieces is None:
                    font = getFont(font_name)
                    pieces = encoded[font_name, text] = font.splitString(text, doc)
                add(f"1 0 0 1 {fp_str(x, middle + dy)} Tm")
                if word_space != space:
                    add(f"{fp_str(word_space)} Tw")
                    space = word_space
                for subset, raw in pieces:
                    if current != (font_name, subset, size):
                        current = (font_name, subset, size)
                        select = selects.get(current)
                        if select is None:
                            name = getFont(font_name).getSubsetInternalName(subset, doc)
                            select = selects[current] = f"{name} {fp_str(size)} Tf"
                        add(select)
                    add(f"({escape_pdf(raw)}) Tj")
        if space:
            add("0 Tw")
        add("ET")
        canv._code.append("\n".join(code))
