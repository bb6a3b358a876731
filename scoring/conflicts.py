"""Suggested conflicts of interest (回避): a judge whose affiliation names a project's unit.

The rule, after normalising both texts (Unicode NFKC, so full-width letters, digits and
brackets become ordinary ones; case folded; whitespace removed, except one space between two
Latin words):

* the affiliation is looked at whole and in parts, split at brackets and punctuation
  (``企业家代表（黄埔区工商业联合会推荐）`` has the parts ``企业家代表`` and
  ``黄埔区工商业联合会推荐``);
* **same**: a part equals the unit (``黄埔区水务局`` / ``黄埔区 水务局``);
* **names**: the unit, at least 4 characters long, occurs in the affiliation
  (``黄埔区水务局河湖管理科`` names ``黄埔区水务局``);
* **within**: a part of at least 4 characters occurs in the unit's name
  (``中山大学`` lies within ``中山大学附属第一医院``), unless that part lies within the names
  of more than 2 different units of the event: then it names a place or a whole system
  (``广州开发区`` lies within five bureaus' names), not one organisation.

Latin letters and digits only match at word boundaries (``Water`` does not match
``Waterloo``). Units shorter than 4 characters are never matched inside a longer text, and a
short affiliation such as ``黄埔区`` is never matched inside a unit: both would flag far too
many projects. A suggestion is only a suggestion: the secretariat accepts it or not.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from scoring.model import Event

How = Literal["same", "names", "within"]
MIN_CHARS = 4  # the shorter text must have at least this many characters to match inside
MAX_UNITS = 2  # a part lying within more units' names than this is a place, not a unit
_SPLIT = re.compile(r"[()\[\]{}<>,;:/\\|、，；：。·•【】〔〕《》「」『』〈〉]+")


@dataclass(frozen=True)
class Suggestion:
    """The judge should probably not score the projects of ``unit``."""

    judge: str
    unit: str
    affiliation: str  # the judge's affiliation as written
    how: How


def normalise(text: str) -> str:
    """Full-width to ordinary (NFKC), case folded, whitespace removed except one space
    between two Latin words (``Water Board`` stays two words, ``黄埔区 水务局`` is one)."""
    out = ""
    for word in unicodedata.normalize("NFKC", text).casefold().split():
        if out and _is_word_char(out[-1]) and _is_word_char(word[0]):
            out += " "
        out += word
    return out


def parts(affiliation: str) -> list[str]:
    """The normalised affiliation and its pieces between brackets and punctuation."""
    whole = normalise(affiliation)
    out = [whole] if whole else []
    for piece in _SPLIT.split(whole):
        if piece and piece not in out:
            out.append(piece)
    return out


def _is_word_char(char: str) -> bool:
    return char.isascii() and char.isalnum()


def contains(text: str, inner: str) -> bool:
    """``inner`` occurs in ``text``; Latin letters and digits only at word boundaries."""
    start = text.find(inner)
    while start >= 0:
        end = start + len(inner)
        before_ok = start == 0 or not (_is_word_char(inner[0]) and _is_word_char(text[start - 1]))
        after_ok = end == len(text) or not (_is_word_char(inner[-1]) and _is_word_char(text[end]))
        if before_ok and after_ok:
            return True
        start = text.find(inner, start + 1)
    return False


def match(affiliation: str, unit: str, units: list[str] | None = None) -> How | None:
    """How the affiliation matches the unit, or None; ``units``: every unit of the event
    (normalised), to recognise a part that lies within many units' names."""
    target = normalise(unit)
    pieces = parts(affiliation)
    if not target or not pieces:
        return None
    if target in pieces:
        return "same"
    if len(target) >= MIN_CHARS and contains(pieces[0], target):
        return "names"
    for piece in pieces:
        if len(piece) < MIN_CHARS or not contains(target, piece):
            continue
        spread = sum(contains(other, piece) for other in units) if units is not None else 1
        if spread <= MAX_UNITS:
            return "within"
    return None


def suggest_conflicts(event: Event) -> list[Suggestion]:
    """Judge × unit pairs the rule suggests, leaving out pairs already covered by a conflict
    (the unit's, or one for every project of the unit); judges and units in event order."""
    units: list[str] = []
    for project in event.ordered_projects():
        if project.unit and project.unit not in units:
            units.append(project.unit)
    normalised = sorted({normalise(u) for u in units})
    out: list[Suggestion] = []
    for judge in event.ordered_judges():
        if not judge.affiliation.strip():
            continue
        for unit in units:
            how = match(judge.affiliation, unit, normalised)
            if how is not None and not _covered(event, judge.id, unit):
                out.append(Suggestion(judge.id, unit, judge.affiliation, how))
    return out


def _covered(event: Event, judge_id: str, unit: str) -> bool:
    projects = [p for p in event.projects if p.unit == unit]
    return all(event.is_conflicted(judge_id, p) is not None for p in projects)
