"""Merge inputs: score files and typed paper sheets, read into one shape (ScoreContent)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from scoring.content import ScoreContent, SheetRow
from scoring.results import PAPER, SCORE_FILE
from storage.package import PackageInfo
from storage.paper import read_paper_sheet
from storage.scorefile import read_score_file

SCORE_SUFFIX = ".psscore"
PAPER_SUFFIXES = (".csv", ".xlsx")


@dataclass(frozen=True)
class LoadedInput:
    source: str
    kind: str  # SCORE_FILE | PAPER
    content: ScoreContent
    stored_code: str  # the code written in the file; '' for paper
    code: str  # the code computed from the content

    @property
    def tampered(self) -> bool:
        return self.kind == SCORE_FILE and self.stored_code != self.code


def expand(paths: list[Path]) -> list[Path]:
    """Files as given, and the score files and paper sheets inside given folders."""
    out: list[Path] = []
    seen: set[Path] = set()  # a file named directly and found in a folder counts once

    def add(path: Path) -> None:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            out.append(path)

    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.name.startswith((".", "~$")) or not child.is_file():
                    continue
                if child.suffix.lower() in (SCORE_SUFFIX, *PAPER_SUFFIXES):
                    add(child)
        else:
            add(path)
    return out


def load_input(path: Path, package: PackageInfo) -> LoadedInput:
    """Read one input; InputError for a file that is not a usable score file or paper sheet."""
    suffix = path.suffix.lower()
    if suffix in PAPER_SUFFIXES:
        sheet = read_paper_sheet(path, package.event)
        content = ScoreContent(
            event_id=package.event.id,
            package_digest=package.digest,
            judge=sheet.judge,
            scores={row.project: dict(row.values) for row in sheet.rows},
            sheets={row.project: SheetRow("submitted", row.comment) for row in sheet.rows},
            package_code=package.code,
        )
        return LoadedInput(str(path), PAPER, content, "", content.verification_code())
    # Any other name is read as a score file: the format check decides, so a renamed
    # score file still counts and a renamed text file gets a clear message.
    content = read_score_file(path)
    return LoadedInput(
        str(path),
        SCORE_FILE,
        content,
        content.meta.get("verification_code", ""),
        content.verification_code(),
    )
