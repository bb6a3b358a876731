"""Typed errors of bad input, each with a message a secretariat clerk understands."""

from __future__ import annotations

from dataclasses import dataclass


class InputError(Exception):
    """A file or folder the user gave us cannot be used. ``kind`` is stable for programs."""

    kind = "bad_input"

    def __init__(self, message: str, *, source: str = "", kind: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source
        if kind:
            self.kind = kind

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


@dataclass(frozen=True)
class CellProblem:
    """A problem at a place in a workbook: sheet, Excel row number (1 = header), column."""

    sheet: str
    row: int | None
    column: str
    message: str

    def __str__(self) -> str:
        place = [f"sheet {self.sheet}"]
        if self.row is not None:
            place.append(f"row {self.row}")
        if self.column:
            place.append(f"column {self.column}")
        return f"{', '.join(place)}: {self.message}"


class WorkbookError(InputError):
    """The event workbook has problems; ``problems`` lists every one found."""

    kind = "bad_workbook"

    def __init__(self, problems: list[CellProblem], *, source: str = "") -> None:
        first = str(problems[0]) if problems else "unreadable workbook"
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        super().__init__(first + more, source=source)
        self.problems = problems


class ExportError(Exception):
    """Writing a file failed (full or read-only disk, pulled USB stick); nothing was left.

    ``kind`` says why, stable for programs (storage.atomic sets it: 'disk_full', 'quota',
    'read_only', 'no_permission', 'folder_gone', 'disk_stopped', 'disk_gone', 'full_or_gone',
    'os_error' for any other system error, 'no_folder', 'read_back'); '' when not known.
    """

    def __init__(self, message: str, *, target: str = "", kind: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.target = target
        self.kind = kind

    def __str__(self) -> str:
        return f"{self.target}: {self.message}" if self.target else self.message


class SaveError(ExportError):
    """The laptop's own workspace database could not be written, so the change was not saved
    (and nothing of it was kept). ``kind``: 'disk_full', 'read_only', 'no_permission',
    'busy' (another program holds the file), 'damaged', 'disk_stopped', or ExportError's
    kinds for a folder that could not be made."""


class EditRefused(Exception):
    """An edit the workspace will not make (submitted sheet, recusal, bad value).

    ``kind`` is stable for programs (e.g. 'submitted', 'recused', 'bad_score'); ``message``
    is for people.
    """

    kind = "refused"

    def __init__(self, message: str, *, kind: str = "") -> None:
        super().__init__(message)
        self.message = message
        if kind:
            self.kind = kind
