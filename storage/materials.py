"""Material files: matching a folder's files to projects by code prefix, and name safety."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from scoring.model import Event
from storage.errors import InputError

MAX_MATERIAL_BYTES = 1024 * 2**20
_SEPARATORS = "-_ .—–（(【["
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp"}


@dataclass(frozen=True)
class MaterialFile:
    project: str
    name: str
    kind: str  # pdf | image | other
    sha256: str
    bytes: int

    @classmethod
    def from_path(cls, project: str, path: Path) -> MaterialFile:
        data = path.read_bytes()
        return cls(
            project,
            path.name,
            material_kind(path.name),
            hashlib.sha256(data).hexdigest(),
            len(data),
        )

    def as_row(self) -> dict[str, object]:
        return {
            "project": self.project,
            "name": self.name,
            "kind": self.kind,
            "sha256": self.sha256,
            "bytes": self.bytes,
        }


def material_kind(name: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix == ".pdf":
        return "pdf"
    return "image" if suffix in IMAGE_SUFFIXES else "other"


def check_material_name(name: str, *, source: str = "") -> None:
    """Reject names that could escape a folder when written out: absolute, '..', separators."""
    bad = (
        not name
        or ".." in name
        or "/" in name
        or "\\" in name
        or "\x00" in name
        or PurePosixPath(name).is_absolute()
        or PureWindowsPath(name).is_absolute()
        or PureWindowsPath(name).drive != ""
    )
    if bad:
        raise InputError(
            f"the material name '{name}' is not allowed (it contains '..', a "
            "folder separator or a drive)",
            source=source,
            kind="bad_material_name",
        )


def _project_for(name: str, codes: list[str]) -> str | None:
    """The longest project code the name starts with, followed by a separator or the end."""
    stem = Path(name).stem
    for code in codes:  # longest first, so G10 wins over G1
        if stem == code or (stem.startswith(code) and stem[len(code)] in _SEPARATORS):
            return code
    return None


def match_materials(folder: Path, event: Event) -> tuple[list[tuple[str, Path]], list[Path]]:
    """(project code, file) for each file named after a project, and the files that match none.

    Hidden files and office lock files are skipped; a bad name or a link is an InputError.
    """
    if not folder.is_dir():
        raise InputError(
            "the materials folder does not exist", source=str(folder), kind="not_found"
        )
    codes = sorted((p.code for p in event.projects), key=len, reverse=True)
    matched: list[tuple[str, Path]] = []
    unmatched: list[Path] = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith((".", "~$")):
            continue
        check_material_name(path.name, source=str(path))
        if path.is_symlink():
            raise InputError(
                "links are not accepted as materials; copy the file itself",
                source=str(path),
                kind="bad_material_name",
            )
        if not path.is_file():
            unmatched.append(path)
            continue
        if path.stat().st_size > MAX_MATERIAL_BYTES:
            raise InputError("the material is larger than 1 GB", source=str(path), kind="too_large")
        code = _project_for(path.name, codes)
        if code is None:
            unmatched.append(path)
        else:
            matched.append((code, path))
    return matched, unmatched
