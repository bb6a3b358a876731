"""Messages of the Qt-free layers in another language, through the catalogue's templates.

storage/ and scoring/ word their errors and problems in English. scoring/message_catalogue.py
lists every such message as an English template, word for word, with ``{0}``… where a value
goes. A message is matched against the templates; the translated template is filled with the
values, which are themselves translated where they are words from a small known set (a file
kind, a field, a sheet state) or messages of their own ("could not write it: …").

``Wording(translate)`` does this with any lookup of the catalogue's texts: Qt's translator in
the app (ui/messages.py), the committed Chinese translation file in the reports
(reports/wording_zh.py). With a lookup that finds nothing, every message stays as it is. A
message no template fits stays English. Nothing here raises on a message it cannot place.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from scoring import message_catalogue as catalogue
from scoring import message_words

_PLACEHOLDER = re.compile(r"\{(\d+)\}")
_JUDGE_ROW = re.compile(r"(.+) \(row (\d+)\)")
_MAX_DEPTH = 4  # messages inside messages: "could not write it: the disk is full"


@dataclass(frozen=True)
class _Rule:
    template: str
    handlers: str  # one letter per placeholder (see scoring/message_catalogue.py)
    pattern: re.Pattern[str]


@cache
def _rules() -> tuple[_Rule, ...]:
    """The templates as patterns, those with the most fixed text first (the most specific)."""
    rules = []
    for template, handlers in catalogue.RULES:
        parts = _PLACEHOLDER.split(template)
        regex = "".join(
            re.escape(part) if i % 2 == 0 else _group(part, handlers[int(part)], parts[i + 1])
            for i, part in enumerate(parts)
        )
        fixed = sum(len(part) for part in parts[::2])
        rules.append((-fixed, _Rule(template, handlers, re.compile(regex, re.DOTALL))))
    rules.sort(key=lambda pair: pair[0])  # stable: equal ones keep the catalogue's order
    return tuple(rule for _, rule in rules)


def _group(index: str, handler: str, following: str) -> str:
    """A placeholder's pattern: a value never spans the "; " between parts of a compound
    message (a paper sheet's problems); a message inside the message may, and typed text
    may up to where the template's next words begin."""
    if handler in "mMe":
        return f"(?P<g{index}>.*?)"
    if handler == "t" and following:
        return f"(?P<g{index}>(?:(?!{re.escape(following)}).)*?)"
    return f"(?P<g{index}>(?:(?!; ).)*?)"


class Wording:
    """The catalogue's texts through ``translate`` (English text in, shown text out)."""

    def __init__(self, translate: Callable[[str], str]) -> None:
        self.tr = translate

    def fill(self, template: str, *values: str) -> str:
        """The translated template with {0}, {1}… replaced in one pass (a value may hold
        '{1}')."""

        def value(match: re.Match[str]) -> str:
            index = int(match[1])
            return values[index] if index < len(values) else match[0]

        return _PLACEHOLDER.sub(value, self.tr(template))

    def translating(self) -> bool:
        """Whether the texts are translated at all (else English: messages as they are)."""
        return self.tr(message_words.DETAIL) != message_words.DETAIL

    def explain_message(self, text: str) -> str:
        """A message of the Qt-free layers in this wording; as it is when no template fits."""
        try:
            found = self._match(text, 0)
            if found is None:
                found = self._compound(text)
        except Exception:  # a template without its translation's placeholders, say
            found = None
        return text if found is None else found

    def explain_problem(self, message: str, kind: str) -> str:
        """A merge or ranking problem's message; an unknown one says what its kind means,
        with the English as the detail."""
        return self.known(message, message_words.INPUT_KINDS.get(kind))

    def known(self, message: str, meaning: str | None) -> str:
        """The message translated; else what its kind means, with the English as the detail."""
        found = self.explain_message(message)
        if found != message or meaning is None or not self.translating():
            return found
        if not message:  # nothing to give as the detail
            return self.tr(meaning)
        return self.fill(message_words.DETAIL, self.tr(meaning), message)

    def field_name(self, key: str) -> str:
        """A field of the event (``EventProblem.field``, e.g. 'tie_break') in words."""
        return self._word("f", key) or key

    def part_name(self, where: str) -> str:
        """A part of the event (``EventProblem.where``, e.g. 'Rubric') in words."""
        return self._word("p", where) or where

    def join(self, items: list[str], template: str) -> str:
        text = items[0]
        for item in items[1:]:
            text = self.fill(template, text, item)
        return text

    # -- matching messages against the templates ---------------------------------------------
    def _match(self, text: str, depth: int) -> str | None:
        if depth > _MAX_DEPTH:
            return None
        for rule in _rules():
            found = rule.pattern.fullmatch(text)
            if found is None:
                continue
            values = []
            for index, handler in enumerate(rule.handlers):
                value = self._value(handler, found[f"g{index}"], depth)
                if value is None:
                    break
                values.append(value)
            else:
                return self.fill(rule.template, *values)
        return None

    def _compound(self, text: str) -> str | None:
        """Messages joined with "; " (a paper sheet's problems): each part on its own."""
        parts = text.split("; ")
        if len(parts) < 2:
            return None
        out: list[str] = []
        start = 0
        while start < len(parts):
            for end in range(len(parts), start, -1):  # the longest run that is one message
                found = self._match("; ".join(parts[start:end]), 1)
                if found is not None:
                    out.append(found)
                    start = end
                    break
            else:
                return None
        return self.join(out, message_words.JOIN)

    def _value(self, handler: str, raw: str, depth: int) -> str | None:
        """A placeholder's value as shown; None when it does not fit (nor does the template)."""
        if handler in "rt":
            return raw
        if handler == "m":
            return self._match(raw, depth + 1)
        if handler == "M":  # also messages joined with "; " (a paper sheet's problems)
            return self._match(raw, depth + 1) or self._compound(raw) or raw
        if handler == "e":
            return self._event_text(raw, depth)
        if handler == "l":
            items = raw.split(", ")
            words = [word for word in (self._word("f", item) for item in items) if word]
            return self.join(words, message_words.LIST) if len(words) == len(items) else None
        if handler == "j":
            judges = []
            for item in raw.split(", "):
                found = _JUDGE_ROW.fullmatch(item)
                judges.append(
                    self.fill(message_words.JUDGE_ROW, found[1], found[2]) if found else item
                )
            return self.join(judges, message_words.LIST)
        return self._word(handler, raw)

    def _word(self, handler: str, raw: str) -> str | None:
        return self.tr(raw) if raw in message_words.WORDS.get(handler, ()) else None

    def _event_text(self, text: str, depth: int) -> str:
        """``str(EventProblem)`` ("Projects G01 category: unknown category 'x'") translated."""
        place, separator, message = text.partition(": ")
        words = place.split(" ")
        if not separator or self._word("p", words[0]) is None:
            return self._match(text, depth + 1) or text
        shown = [self.part_name(words[0]), *words[1:]]
        if len(words) > 1 and self._word("f", words[-1]) is not None:
            shown[-1] = self.field_name(words[-1])
        translated = self._match(message, depth + 1) or message
        return self.fill(message_words.SOURCE, " ".join(shown), translated)
