"""The event package (.pspkg): one SQLite file with the event and its materials.

Its digest is SHA-256 over the canonical event and the list of materials (with their own
SHA-256); the first 8 base32 characters are the package code read aloud (DESIGN.md §5).
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import secrets
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from scoring.canonical import sha256_hex, short_code
from scoring.model import Event
from scoring.serialize import event_from_dict, event_to_dict
from scoring.validation import check_ready
from storage.atomic import atomic_write, describe_os_error, os_error_kind, safe_file_name
from storage.db import DAMAGED, check_format, open_untrusted
from storage.errors import ExportError, InputError
from storage.materials import MaterialFile, check_material_name, match_materials

PACKAGE_FORMAT = "panelscore-package"
PACKAGE_VERSION = 1
MAX_PACKAGE_BYTES = 8 * 2**30
Progress = Callable[[int, int, str], None]

_TABLES = {
    "meta": {"key", "value"},
    "event": {"data"},
    "materials": {"project", "name", "kind", "sha256", "bytes", "data"},
}


@dataclass(frozen=True)
class PackageInfo:
    path: Path
    event: Event
    digest: str
    code: str
    materials: tuple[MaterialFile, ...]
    created_at: str = ""
    unmatched: tuple[str, ...] = ()  # files of the materials folder that name no project


def package_digest(event: Event, materials: Iterable[MaterialFile]) -> str:
    listed = sorted([m.project, m.name, m.sha256, m.bytes] for m in materials)
    return sha256_hex({"event": event_to_dict(event), "materials": listed})


def build_package(
    event: Event,
    materials_dir: Path | None,
    out: Path,
    progress: Progress | None = None,
) -> PackageInfo:
    """Write the package atomically; InputError if the event or a material is not usable."""
    problems = check_ready(event)
    if problems:
        raise InputError(f"the event is not consistent: {problems[0]}", kind="bad_event")
    matched, unmatched = match_materials(materials_dir, event) if materials_dir else ([], [])
    files: list[tuple[MaterialFile, Path]] = []
    for index, (code, path) in enumerate(matched):
        files.append((MaterialFile.from_path(code, path), path))
        if progress:
            progress(index + 1, len(matched) + 1, path.name)
    materials = tuple(m for m, _ in files)
    digest = package_digest(event, materials)
    created = datetime.now(UTC).isoformat(timespec="seconds")

    def write(temp: Path) -> None:
        # Here, not at the top: the judge app imports this module on start, only to read.
        from storage.lean_sqlite_utils import Database

        with contextlib.closing(Database(temp)) as db:  # closed on errors too
            with db.conn:
                db["meta"].insert_all(
                    [
                        {"key": "format", "value": PACKAGE_FORMAT},
                        {"key": "format_version", "value": str(PACKAGE_VERSION)},
                        {"key": "event_id", "value": event.id},
                        {"key": "digest", "value": digest},
                        {"key": "code", "value": short_code(digest)},
                        {"key": "created_at", "value": created},
                    ],
                    pk="key",
                )
                db["event"].insert({"data": _json(event_to_dict(event))})
                db["materials"].create(
                    {
                        "project": str,
                        "name": str,
                        "kind": str,
                        "sha256": str,
                        "bytes": int,
                        "data": bytes,
                    },
                    pk=("project", "name"),
                )
            for material, path in files:
                with db.conn:
                    db["materials"].insert({**material.as_row(), "data": path.read_bytes()})
            db.conn.execute("PRAGMA journal_mode=DELETE")

    def check(temp: Path) -> None:
        if read_package(temp).digest != digest:
            raise ExportError(
                "the package read back differs from what was written", target=str(out)
            )

    atomic_write(out, write, check)
    if progress:
        progress(len(matched) + 1, len(matched) + 1, out.name)
    return PackageInfo(
        out,
        event,
        digest,
        short_code(digest),
        materials,
        created,
        tuple(path.name for path in unmatched),
    )


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def read_package(path: Path, *, check_pages: bool = True) -> PackageInfo:
    """Open and verify a package from anywhere (untrusted): format, schema, digest, names.

    ``check_pages=False`` is for the workspace's own copy, checked whole when it was
    imported: it skips SQLite's scan of every page (the materials make that the bulk of a
    package: ~150 ms for 500 MB from the page cache, over a second from disk) and keeps
    every other check. Each material's SHA-256 is still checked when it is read.
    """
    source = str(path)
    db = open_untrusted(
        path,
        max_bytes=MAX_PACKAGE_BYTES,
        what="PanelScore event package",
        check_pages=check_pages,
    )
    try:
        meta = check_format(
            db,
            source=source,
            what="PanelScore event package",
            format_name=PACKAGE_FORMAT,
            known_version=PACKAGE_VERSION,
            tables=_TABLES,
        )
        rows = db.execute("SELECT data FROM event").fetchall()
        if len(rows) != 1:
            raise InputError(DAMAGED, source=source, kind="damaged")
        event = event_from_dict(json.loads(rows[0][0]))
        materials = tuple(
            MaterialFile(str(p), str(n), str(k), str(s), int(b))
            for p, n, k, s, b in db.execute(
                "SELECT project, name, kind, sha256, bytes FROM materials ORDER BY project, name"
            )
        )
    except (
        sqlite3.DatabaseError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        ArithmeticError,
        RecursionError,
    ):
        # Any odd content is damage: the digest proves consistency, not good intent.
        raise InputError(DAMAGED, source=source, kind="damaged") from None
    finally:
        db.close()
    for material in materials:
        check_material_name(material.name, source=source)
    problems = check_ready(event)
    if problems:
        raise InputError(
            f"the package's event is not consistent: {problems[0]}",
            source=source,
            kind="bad_package",
        )
    digest = package_digest(event, materials)
    if digest != meta.get("digest") or meta.get("event_id") != event.id:
        raise InputError(
            "the package was changed after it was made (its digest does not match)",
            source=source,
            kind="digest_mismatch",
        )
    return PackageInfo(
        path, event, digest, short_code(digest), materials, meta.get("created_at", "")
    )


def read_material(package: PackageInfo, project: str, name: str) -> bytes:
    """One material's bytes, checked against its SHA-256 (InputError if it differs)."""
    db = open_untrusted(package.path, max_bytes=MAX_PACKAGE_BYTES, what="PanelScore event package")
    try:
        row = db.execute(
            "SELECT data, sha256 FROM materials WHERE project = ? AND name = ?", [project, name]
        ).fetchone()
    except sqlite3.DatabaseError:
        raise InputError(DAMAGED, source=str(package.path), kind="damaged") from None
    finally:
        db.close()
    if row is None:
        raise InputError(f"the material {name} is not in the package", kind="missing_material")
    data, digest = row
    if hashlib.sha256(data).hexdigest() != digest:
        raise InputError(f"the material {name} is damaged", kind="damaged")
    return bytes(data)


def package_file_name(event_name: str, code: str) -> str:
    """``<event name>-<code>.pspkg``, safe on FAT and NTFS."""
    return f"{safe_file_name(event_name, 'event')[:80].rstrip('. ')}-{code}.pspkg"


def export_package(
    event: Event, materials: Path | None, folder: Path, progress: Progress | None = None
) -> PackageInfo:
    """Build the package in ``folder`` and name it after the event and its code (known only
    once it is built); a failure leaves nothing under a package name."""
    temp = folder / f".export-{secrets.token_hex(4)}.pspkg"
    try:
        info = build_package(event, materials, temp, progress)
        target = folder / package_file_name(event.name, info.code)
        os.replace(temp, target)
    except OSError as error:
        raise ExportError(
            f"could not write it: {describe_os_error(error)}",
            target=str(folder),
            kind=os_error_kind(error),
        ) from error
    finally:
        temp.unlink(missing_ok=True)
    return dataclasses.replace(info, path=target)
