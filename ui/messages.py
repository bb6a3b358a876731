"""Errors and problems of the Qt-free layers, in the language of the user interface.

storage/ and scoring/ word their errors and problems in English (they import no Qt and are
shared with the command line). A clerk or judge reads them here, in Chinese when that is the
language of the window: InputError, WorkbookError and its CellProblems, ExportError,
EditRefused, merge Problems and EventProblems, and any other exception.

How: ui/message_catalogue.py lists every message the Qt-free layers make as an English
template, word for word, with ``{0}``… where they put a value. A message is matched against
the templates; the translated template is filled with the values, which are themselves
translated where they are words from a small known set (a file kind, a field, a sheet state)
or messages of their own (a disk error inside "could not write it: …"). With no translator
installed the result is the English message exactly as before. ExportError is explained by
its ``kind`` (storage/atomic.py sets it) and the OSError or InputError it was raised from.

A message no template fits stays English; when its kind is known, Chinese readers get what
the kind means with the English text as the detail, so nothing is hidden. Nothing is ever
empty and nothing here raises: these functions run inside error handlers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from scoring.problems import Problem
from scoring.validation import EventProblem
from storage.atomic import os_error_kind
from storage.errors import CellProblem, ExportError, InputError, WorkbookError
from storage.workspace import EditRefused
from ui import message_catalogue as catalogue

CONTEXT = "Messages"
_PLACEHOLDER = re.compile(r"\{(\d+)\}")
_JUDGE_ROW = re.compile(r"(.+) \(row (\d+)\)")
_MAX_DEPTH = 4  # messages inside messages: "could not write it: the disk is full"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def fill(template: str, *values: str) -> str:
    """The translated template with {0}, {1}… replaced in one pass (a value may hold '{1}')."""

    def value(match: re.Match[str]) -> str:
        index = int(match[1])
        return values[index] if index < len(values) else match[0]

    return _PLACEHOLDER.sub(value, tr(template))


def translating() -> bool:
    """Whether a translation of these texts is installed (else English: texts as they are)."""
    return tr(catalogue.DETAIL) != catalogue.DETAIL


# -- the public functions ----------------------------------------------------------------
def explain_error(error: BaseException, *, with_file: bool = True) -> str:
    """What went wrong, for people: like ``str(error)`` (the file first, when the error names
    one), or like ``error.message`` with ``with_file=False``."""
    try:
        reason = _reason(error)
    except Exception:  # never an error while showing one
        reason = str(error) or type(error).__name__
    source = _source(error)
    return fill(catalogue.SOURCE, source, reason) if with_file and source else reason


def explain_problem(problem: Problem) -> str:
    """A merge or ranking problem's message (``problem.message``) in the user's language."""
    return _known(problem.message, catalogue.INPUT_KINDS.get(problem.kind))


def explain_event_problem(problem: EventProblem) -> str:
    """An EventProblem's message (``problem.message``) in the user's language."""
    return explain_message(problem.message)


def describe_event_problem(problem: EventProblem, *, with_part: bool = True) -> str:
    """The problem with its place, like ``str(problem)``: "Rubric k1 step: …"; without the
    part ("k1 step: …", or only the message) where the part is shown already."""
    place = [part_name(problem.where)] if with_part else []
    place += [problem.key, field_name(problem.field)]
    shown = " ".join(part for part in place if part)
    message = explain_event_problem(problem)
    return fill(catalogue.SOURCE, shown, message) if shown else message


def explain_cell_problem(problem: CellProblem) -> str:
    """A workbook problem with its sheet, row and column, like ``str(problem)``."""
    has_row, has_column = problem.row is not None, bool(problem.column)
    values = [problem.sheet]
    if has_row:
        values.append(str(problem.row))
    if has_column:
        values.append(problem.column)
    values.append(explain_message(problem.message))
    return fill(catalogue.CELL[(has_row, has_column)], *values)


def explain_message(text: str) -> str:
    """A message of the Qt-free layers (also one kept as text, such as an InputRow's
    problems) in the user's language; as it is when no template fits."""
    try:
        found = _match(text, 0)
        if found is None:
            found = _compound(text)
    except Exception:  # a template without its translation's placeholders, say
        found = None
    return text if found is None else found


def field_name(key: str) -> str:
    """A field of the event (``EventProblem.field``, e.g. 'tie_break') in words."""
    return _word("f", key) or key


def part_name(where: str) -> str:
    """A part of the event (``EventProblem.where``, e.g. 'Rubric') in words."""
    return _word("p", where) or where


# -- errors ----------------------------------------------------------------------------------
def _source(error: BaseException) -> str:
    if isinstance(error, InputError):
        return error.source
    if isinstance(error, ExportError):
        return error.target
    if isinstance(error, OSError) and error.filename:
        return str(error.filename)
    return ""


def _reason(error: BaseException) -> str:
    if isinstance(error, WorkbookError):
        return _workbook(error)
    if isinstance(error, InputError):
        return _known(error.message, catalogue.INPUT_KINDS.get(error.kind))
    if isinstance(error, ExportError):
        return _export(error)
    if isinstance(error, EditRefused):
        return _known(str(error), catalogue.REFUSED_KINDS.get(error.kind))
    if isinstance(error, OSError):
        return _os_reason(error)
    text = str(error)
    found = explain_message(text) if text else text
    if found != text or not translating():
        return found or type(error).__name__
    return fill(catalogue.GENERIC, text or type(error).__name__)


def _known(message: str, meaning: str | None) -> str:
    """The message translated; else what its kind means, with the English as the detail."""
    found = explain_message(message)
    if found != message or meaning is None or not translating():
        return found
    return fill(catalogue.DETAIL, tr(meaning), message)


def _workbook(error: WorkbookError) -> str:
    if not error.problems:
        return explain_message(error.message)
    first = explain_cell_problem(error.problems[0])
    if len(error.problems) == 1:
        return first
    return fill(catalogue.MORE_PROBLEMS, first, str(len(error.problems) - 1))


def _os_reason(error: OSError) -> str:
    kind = os_error_kind(error)
    if kind in catalogue.EXPORT_REASONS:
        return tr(catalogue.EXPORT_REASONS[kind])
    return _system(error.strerror or str(error))


def _system(words: str) -> str:
    """The system's own words for an error we have none for (English on most systems)."""
    return fill(catalogue.SYSTEM, words) if translating() else words


def _export(error: ExportError) -> str:
    cause = error.__cause__
    if error.kind in catalogue.EXPORT_REASONS:
        return fill(catalogue.COULD_NOT_WRITE, tr(catalogue.EXPORT_REASONS[error.kind]))
    if error.kind == "os_error":
        if isinstance(cause, OSError):
            why = cause.strerror or str(cause)
        else:
            why = error.message.partition(": ")[2] or error.message
        return fill(catalogue.COULD_NOT_WRITE, _system(why))
    if error.kind == "no_folder" and error.target:
        return fill(catalogue.NO_FOLDER, str(Path(error.target).parent))
    if error.kind == "read_back":
        if isinstance(cause, InputError):
            return fill(catalogue.READ_BACK, explain_error(cause, with_file=False))
        return tr(catalogue.READ_BACK_DIFFERS)
    return explain_message(error.message)


# -- matching messages against the templates -------------------------------------------------
@dataclass(frozen=True)
class _Rule:
    template: str
    handlers: str  # one letter per placeholder (see ui/message_catalogue.py)
    pattern: re.Pattern[str]


@cache
def _rules() -> tuple[_Rule, ...]:
    """The templates as patterns, those with the most fixed text first (the most specific)."""
    rules = []
    for template, handlers in catalogue.RULES:
        parts = _PLACEHOLDER.split(template)
        regex = "".join(
            re.escape(part) if i % 2 == 0 else _group(part, handlers[int(part)])
            for i, part in enumerate(parts)
        )
        fixed = sum(len(part) for part in parts[::2])
        rules.append((-fixed, _Rule(template, handlers, re.compile(regex, re.DOTALL))))
    rules.sort(key=lambda pair: pair[0])  # stable: equal ones keep the catalogue's order
    return tuple(rule for _, rule in rules)


def _group(index: str, handler: str) -> str:
    """A placeholder's pattern: a value never spans the "; " between parts of a compound
    message (a paper sheet's problems); a message inside the message may."""
    return f"(?P<g{index}>.*?)" if handler in "mMe" else f"(?P<g{index}>(?:(?!; ).)*?)"


def _match(text: str, depth: int) -> str | None:
    if depth > _MAX_DEPTH:
        return None
    for rule in _rules():
        found = rule.pattern.fullmatch(text)
        if found is None:
            continue
        values = []
        for index, handler in enumerate(rule.handlers):
            value = _value(handler, found[f"g{index}"], depth)
            if value is None:
                break
            values.append(value)
        else:
            return fill(rule.template, *values)
    return None


def _compound(text: str) -> str | None:
    """Messages joined with "; " (a paper sheet's problems): each part on its own."""
    parts = text.split("; ")
    if len(parts) < 2:
        return None
    out: list[str] = []
    start = 0
    while start < len(parts):
        for end in range(len(parts), start, -1):  # the longest run that is one message
            found = _match("; ".join(parts[start:end]), 1)
            if found is not None:
                out.append(found)
                start = end
                break
        else:
            return None
    return _join(out, catalogue.JOIN)


def _value(handler: str, raw: str, depth: int) -> str | None:
    """A placeholder's value as shown; None when it does not fit (the template does not)."""
    if handler == "r":
        return raw
    if handler in "mM":
        found = _match(raw, depth + 1)
        return raw if found is None and handler == "M" else found
    if handler == "e":
        return _event_text(raw, depth)
    if handler == "l":
        items = raw.split(", ")
        words = [word for word in (_word("f", item) for item in items) if word is not None]
        return _join(words, catalogue.LIST) if len(words) == len(items) else None
    if handler == "j":
        judges = []
        for item in raw.split(", "):
            found = _JUDGE_ROW.fullmatch(item)
            judges.append(fill(catalogue.JUDGE_ROW, found[1], found[2]) if found else item)
        return _join(judges, catalogue.LIST)
    return _word(handler, raw)


def _word(handler: str, raw: str) -> str | None:
    return tr(raw) if raw in catalogue.WORDS.get(handler, ()) else None


def _join(items: list[str], template: str) -> str:
    text = items[0]
    for item in items[1:]:
        text = fill(template, text, item)
    return text


def _event_text(text: str, depth: int) -> str:
    """``str(EventProblem)`` ("Projects G01 category: unknown category 'x'") translated."""
    place, separator, message = text.partition(": ")
    words = place.split(" ")
    if not separator or _word("p", words[0]) is None:
        return _match(text, depth + 1) or text
    shown = [part_name(words[0]), *words[1:]]
    if len(words) > 1 and _word("f", words[-1]) is not None:
        shown[-1] = field_name(words[-1])
    translated = _match(message, depth + 1) or message
    return fill(catalogue.SOURCE, " ".join(shown), translated)
