"""The shipped CJK font, registered once, and the check of text it cannot show.

reportlab silently drops characters a font lacks (shared/STACK-NOTES.md), so every text that
goes into a PDF is checked against the font's character map first and reported.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_FILE = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "wqy-microhei.ttc"
FONT = "WenQuanYiMicroHei"


@cache
def register() -> str:
    """Register the font with reportlab (once) and return its name."""
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(FONT_FILE), subfontIndex=0))
    return FONT


@cache
def _charmap() -> frozenset[int]:
    register()
    font = pdfmetrics.getFont(FONT)
    return frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]


def missing_characters(text: str) -> list[str]:
    """Characters of ``text`` the font cannot draw (controls and whitespace excepted)."""
    charmap = _charmap()
    seen: list[str] = []
    for char in text:
        if ord(char) in charmap or char in seen:
            continue
        if char.isspace() or unicodedata.category(char).startswith("C"):
            continue
        seen.append(char)
    return seen


def describe(chars: Iterable[str]) -> str:
    return ", ".join(f"'{c}' (U+{ord(c):04X})" for c in chars)


PLACEHOLDER = "□"


def printable(text: str) -> str:
    """The text with characters the font lacks replaced by □, so nothing vanishes unseen."""
    missing = missing_characters(text)
    for char in missing:
        text = text.replace(char, PLACEHOLDER)
    return text
