"""The materials preflight: before the package is built, open every file the package would
take and list per project its files and pages, the projects without material and the files
that match no project.

Files are matched exactly as ``build_package`` matches them (``match_materials``). Counting
a PDF's pages needs a PDF reader, which this layer does not have: the caller passes
``pages(path)`` returning the page count or a message saying why the file cannot be read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from scoring.model import Event, Project
from storage.materials import match_materials, material_kind

Progress = Callable[[int, int, str], None]
PageCount = Callable[[Path], int | str]


@dataclass(frozen=True)
class FileCheck:
    project: str
    path: Path
    kind: str  # pdf | image | other (other files are packaged but not shown to judges)
    bytes: int
    pages: int | None  # a PDF's pages, 1 for an image, None for other files or on error
    error: str = ""  # why the file cannot be opened ('' = fine)

    @property
    def ok(self) -> bool:
        return not self.error and self.kind != "other"


@dataclass(frozen=True)
class Preflight:
    folder: Path
    files: tuple[FileCheck, ...]  # matched files, in defense order of their projects
    without_material: tuple[Project, ...]  # in defense order
    unmatched: tuple[Path, ...]  # files (and folders) of the folder that name no project

    def files_of(self, code: str) -> list[FileCheck]:
        return [f for f in self.files if f.project == code]

    @property
    def pages(self) -> int:
        return sum(f.pages or 0 for f in self.files)

    @property
    def bytes(self) -> int:
        return sum(f.bytes for f in self.files)

    @property
    def failed(self) -> tuple[FileCheck, ...]:
        """Files that cannot be opened."""
        return tuple(f for f in self.files if f.error)

    @property
    def not_shown(self) -> tuple[FileCheck, ...]:
        """Files the judge app cannot show (neither PDF nor image)."""
        return tuple(f for f in self.files if f.kind == "other")

    @property
    def projects_with_material(self) -> int:
        return len({f.project for f in self.files})

    @property
    def clean(self) -> bool:
        return not (self.failed or self.not_shown or self.without_material or self.unmatched)


def preflight(
    folder: Path, event: Event, pages: PageCount, progress: Progress | None = None
) -> Preflight:
    """Match the folder's files to the event's projects and open every PDF and image.

    InputError when the folder is missing or holds a file the package would refuse (a bad
    name, a link, a file over 1 GB). ``progress(done, total, file name)`` after each file;
    an exception it raises (cancel) stops the check.
    """
    matched, unmatched = match_materials(folder, event)
    position = {p.code: i for i, p in enumerate(event.ordered_projects())}
    matched.sort(key=lambda item: (position[item[0]], item[1].name))
    checks = []
    for done, (code, path) in enumerate(matched):
        if progress is not None:
            progress(done, len(matched), path.name)
        checks.append(_check(code, path, pages))
    if progress is not None:
        progress(len(matched), len(matched), "")
    found = {code for code, _ in matched}
    without = tuple(p for p in event.ordered_projects() if p.code not in found)
    return Preflight(folder, tuple(checks), without, tuple(unmatched))


def _check(code: str, path: Path, pages: PageCount) -> FileCheck:
    kind = material_kind(path.name)
    try:
        size = path.stat().st_size
    except OSError as error:
        return FileCheck(code, path, kind, 0, None, error.strerror or "cannot be read")
    if kind == "other":
        return FileCheck(code, path, kind, size, None)
    result = pages(path)
    if isinstance(result, str):
        return FileCheck(code, path, kind, size, None, result)
    return FileCheck(code, path, kind, size, result)
