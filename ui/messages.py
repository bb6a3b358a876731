"""Errors and problems of the Qt-free layers, in the language of the user interface.

storage/ and scoring/ word their errors and problems in English (they import no Qt and are
shared with the command line). A clerk or judge reads them here, in Chinese when that is the
language of the window: InputError, WorkbookError and its CellProblems, ExportError,
EditRefused, merge Problems and EventProblems, and any other exception.

How: scoring/wording.py matches a message against the templates of
scoring/message_catalogue.py and fills the translated template (here through Qt's translator,
context "Messages"). With no translator installed the result is the English message exactly
as before. ExportError is explained by its ``kind`` (storage/atomic.py sets it) and the
OSError or InputError it was raised from.

A message no template fits stays English; when its kind is known, Chinese readers get what
the kind means with the English text as the detail, so nothing is hidden. Nothing is ever
empty and nothing here raises: these functions run inside error handlers.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from scoring import message_words
from scoring.problems import Problem
from scoring.validation import EventProblem
from scoring.wording import Wording
from storage.atomic import os_error_kind
from storage.errors import CellProblem, ExportError, InputError, SaveError, WorkbookError
from storage.workspace import EditRefused

CONTEXT = "Messages"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


WORDING = Wording(tr)  # looks each text up when a message is shown: a language switch counts
fill = WORDING.fill
translating = WORDING.translating
explain_message = WORDING.explain_message
field_name = WORDING.field_name
part_name = WORDING.part_name


# -- the public functions ----------------------------------------------------------------
def explain_error(error: BaseException, *, with_file: bool = True) -> str:
    """What went wrong, for people: like ``str(error)`` (the file first, when the error names
    one), or like ``error.message`` with ``with_file=False``."""
    try:
        reason = _reason(error)
    except Exception:  # never an error while showing one
        reason = str(error) or type(error).__name__
    source = _source(error)
    return fill(message_words.SOURCE, source, reason) if with_file and source else reason


def explain_problem(problem: Problem) -> str:
    """A merge or ranking problem's message (``problem.message``) in the user's language."""
    return WORDING.explain_problem(problem.message, problem.kind)


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
    return fill(message_words.SOURCE, shown, message) if shown else message


def explain_cell_problem(problem: CellProblem) -> str:
    """A workbook problem with its sheet, row and column, like ``str(problem)``."""
    has_row, has_column = problem.row is not None, bool(problem.column)
    values = [problem.sheet]
    if has_row:
        values.append(str(problem.row))
    if has_column:
        values.append(problem.column)
    values.append(explain_message(problem.message))
    return fill(message_words.CELL[(has_row, has_column)], *values)


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
        return _known(error.message, message_words.INPUT_KINDS.get(error.kind))
    if isinstance(error, SaveError):
        return _not_saved(error)
    if isinstance(error, ExportError):
        return _export(error)
    if isinstance(error, EditRefused):
        return _known(str(error), message_words.REFUSED_KINDS.get(error.kind))
    if isinstance(error, OSError):
        return _os_reason(error)
    text = str(error)
    found = explain_message(text) if text else text
    if found != text or not translating():
        return found or type(error).__name__
    return fill(message_words.GENERIC, text or type(error).__name__)


def _known(message: str, meaning: str | None) -> str:
    return WORDING.known(message, meaning)


def _workbook(error: WorkbookError) -> str:
    if not error.problems:
        return explain_message(error.message)
    first = explain_cell_problem(error.problems[0])
    if len(error.problems) == 1:
        return first
    return fill(message_words.MORE_PROBLEMS, first, str(len(error.problems) - 1))


def _os_reason(error: OSError) -> str:
    kind = os_error_kind(error)
    if kind in message_words.EXPORT_REASONS:
        return tr(message_words.EXPORT_REASONS[kind])
    return _system(error.strerror or str(error))


def _system(words: str) -> str:
    """The system's own words for an error we have none for (English on most systems)."""
    return fill(message_words.SYSTEM, words) if translating() else words


def _not_saved(error: SaveError) -> str:
    if error.kind in message_words.SAVE_REASONS:
        return fill(message_words.NOT_SAVED, tr(message_words.SAVE_REASONS[error.kind]))
    if error.kind in message_words.EXPORT_REASONS:  # the data folder could not be made
        return fill(message_words.NOT_SAVED, tr(message_words.EXPORT_REASONS[error.kind]))
    cause = error.__cause__
    why = cause.strerror if isinstance(cause, OSError) and cause.strerror else str(cause or "")
    return fill(message_words.NOT_SAVED, _system(why or error.message))


def _export(error: ExportError) -> str:
    cause = error.__cause__
    if error.kind in message_words.EXPORT_REASONS:
        return fill(message_words.COULD_NOT_WRITE, tr(message_words.EXPORT_REASONS[error.kind]))
    if error.kind == "os_error":
        if isinstance(cause, OSError):
            why = cause.strerror or str(cause)
        else:
            why = error.message.partition(": ")[2] or error.message
        return fill(message_words.COULD_NOT_WRITE, _system(why))
    if error.kind == "no_folder" and error.target:
        return fill(message_words.NO_FOLDER, str(Path(error.target).parent))
    if error.kind == "read_back":
        if isinstance(cause, InputError):
            return fill(message_words.READ_BACK, explain_error(cause, with_file=False))
        return tr(message_words.READ_BACK_DIFFERS)
    return explain_message(error.message)
