"""CJK line wrapping for reports.fast_table: one-style paragraphs broken into the lines a
reportlab ``Paragraph`` of that style would show, measured once per document.

A :class:`Block` is a wrapped one-style paragraph (see :func:`block`): CJK styles are broken by
:func:`wrap_cjk`, which follows reportlab's CJK wrapping except that no line starts with
closing punctuation such as ” or ， (:data:`CANNOT_START`) or ends with opening punctuation
(:data:`CANNOT_END`); other styles are wrapped by a ``Paragraph`` itself. Characters the font
lacks print as □ (reports.fonts.printable).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from unicodedata import category
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.textsplit import ALL_CANNOT_START
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.rl_config import _FUZZ

from reports.fonts import printable

# Characters whose whitespace handling only reportlab's paragraph parser knows exactly.
_PARSER_ONLY = frozenset("\xa0")
# No line starts with closing punctuation: reportlab's list (textsplit.ALL_CANNOT_START has
# 、。）」』 but not ” ， ： and the like) and the rest of the CJK closing marks; and no line
# ends with opening punctuation (see wrap_cjk).
_RL_CANNOT_START = frozenset(ALL_CANNOT_START)
CANNOT_START = frozenset(ALL_CANNOT_START + "”’，．：；！？》〉｝〗〙〛｠｣…‥～")
CANNOT_END = frozenset("“‘（《〈「『【〔［｛〖〘〚｟｢([{")


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    extra: float  # unused width on the line (a negative value squeezes the word spaces)


# A positioned piece of text: x, baseline, font, size, text, word space.
Item = tuple[float, float, str, float, str, float]


@dataclass(frozen=True, slots=True)
class Block:
    """A wrapped paragraph of one style: its lines and what drawing them needs."""

    lines: tuple[Line, ...]
    font: str
    size: float
    leading: float
    center: bool
    height: float = 0.0
    # The lines placed as a Paragraph draws them, x from the left and baseline from the top.
    items: tuple[Item, ...] = ()

    @classmethod
    def of(
        cls, lines: tuple[Line, ...], font: str, size: float, leading: float, center: bool
    ) -> Block:
        items: list[Item] = []
        baseline = -size
        for line in lines:
            x, space = 0.0, 0.0
            spaces = line.text.count(" ")
            if line.extra > -1e-8 or not spaces:
                if center:
                    x = line.extra / 2
            else:
                space = line.extra / spaces  # an overfull line squeezes its word spaces
            items.append((x, baseline, font, size, line.text, space))
            baseline -= leading
        return cls(lines, font, size, leading, center, len(lines) * leading, tuple(items))


@dataclass(slots=True)
class WrapCache:
    """What one document measures once: wrapped blocks by (text, style, width), string widths,
    and the callers' own shared values (the score sheet's header row)."""

    blocks: dict[tuple[Any, ...], Block] = field(default_factory=dict)
    widths: dict[str, float] = field(default_factory=dict)
    memo: dict[Any, Any] = field(default_factory=dict)


def _paragraph_lines(text: str, style: ParagraphStyle, width: float) -> tuple[Line, ...]:
    """The lines a reportlab Paragraph of ``style`` breaks ``text`` into (the slow path)."""
    paragraph = Paragraph(escape(text), style)
    paragraph.wrap(width, 1e9)
    bl = paragraph.blPara
    if bl.kind == 0:
        return tuple(Line(" ".join(words), extra) for extra, words in bl.lines)
    return tuple(
        Line("".join(getattr(w, "text", "") for w in line.words), line.extraSpace)
        for line in bl.lines
    )


def wrap_cjk(text: str, width: float, font: str, size: float) -> tuple[Line, ...]:
    """Greedy character wrapping as a reportlab CJK Paragraph does (textsplit.dumbSplit: cut
    anywhere in CJK text, in a Latin word back at a space or CJK character; one of reportlab's
    closing marks that does not fit hangs at the end of the line), with the fuller punctuation
    rules: where reportlab would start a line with a closing mark (” ， ： …, or a second mark
    after a hanging one) or end one with an opening mark, the break moves back a character or
    two instead. Text without such a break is wrapped exactly as reportlab wraps it.
    """
    widths = [stringWidth(ch, font, size) for ch in text]
    lines: list[Line] = []
    n = len(text)
    i = used = start = 0
    while i < n:
        c = text[i]
        used += widths[i]
        i += 1
        if used <= width + _FUZZ or used <= 0:
            continue
        extra = width - used
        if ord(c) < 0x3000:
            # Inside a Latin word: back to a space or CJK character in the second half.
            for j in range(i - 1, (start + i) >> 1, -1):
                cj = text[j]
                if category(cj) == "Zs" or ord(cj) >= 0x3000:
                    k = j + 1
                    if k < i:
                        extra += sum(widths[k + 1 : i])
                        c, i = text[k], k + 1
                        break
        hangs = c in _RL_CANNOT_START and not (i < n and text[i] in CANNOT_START)
        if i > start + 1 and not hangs:
            b = i - 1  # the next line starts at b
            while b > start + 1 and (text[b] in CANNOT_START or text[b - 1] in CANNOT_END):
                b -= 1
            if text[b] in CANNOT_START or text[b - 1] in CANNOT_END:  # no better break
                b = i if c in _RL_CANNOT_START else i - 1  # reportlab's own choice
            extra += sum(widths[b:i])
            i = b
        lines.append(Line(text[start:i].strip(), extra))
        start, used = i, 0
    if used > 0:
        lines.append(Line(text[start:], width - used))
    return tuple(lines)


def block(text: str, style: ParagraphStyle, width: float, cache: WrapCache | None = None) -> Block:
    """``text`` (plain, not markup) wrapped like a Paragraph of ``style`` in ``width`` points
    (CJK styles: see :func:`wrap_cjk`; others are wrapped by a Paragraph itself).

    Characters the font lacks print as □ (reports.fonts.printable), as with reports.layout.para.
    """
    font, size = style.fontName, style.fontSize
    key = (text, font, size, style.leading, style.alignment, style.wordWrap, width)
    if cache is not None:
        found = cache.blocks.get(key)
        if found is not None:
            return found
    if style.alignment not in (TA_LEFT, TA_CENTER):
        raise ValueError(f"unsupported paragraph alignment {style.alignment!r}")
    shown = printable(text)
    if style.wordWrap == "CJK" and not _PARSER_ONLY.intersection(shown):
        # The whitespace cleaned as a Paragraph cleans it, then broken like a CJK Paragraph.
        lines = wrap_cjk(cleanBlockQuotedText(shown), width, font, size)
    else:
        lines = _paragraph_lines(shown, style, width)
    made = Block.of(lines, font, size, style.leading, style.alignment == TA_CENTER)
    if cache is not None:
        cache.blocks[key] = made
    return made
