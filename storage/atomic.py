"""Atomic file writes: temporary file in the target folder, fsync, check, rename, fsync folder.

A pulled USB stick or a full disk leaves either the old file or nothing under the target
name, never a half-written file with a valid name (DESIGN.md §6).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import sqlite3
from collections.abc import Callable, Mapping
from pathlib import Path

from storage.errors import ExportError, InputError

_MESSAGES = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the disk is read-only (is the USB stick write-protected?)",
    errno.EACCES: "PanelScore may not write to this folder",
    errno.EPERM: "PanelScore may not write to this folder",
    errno.ENOENT: "the folder is not there any more (was the USB stick pulled out?)",
    errno.EIO: "the disk stopped answering (was the USB stick pulled out?)",
    errno.ENODEV: "the disk is not there any more (was the USB stick pulled out?)",
    errno.ENXIO: "the disk is not there any more (was the USB stick pulled out?)",
}


# Why writing failed, stable for programs (ExportError.kind); "os_error" for anything else.
_KINDS = {
    errno.ENOSPC: "disk_full",
    errno.EDQUOT: "quota",
    errno.EROFS: "read_only",
    errno.EACCES: "no_permission",
    errno.EPERM: "no_permission",
    errno.ENOENT: "folder_gone",
    errno.EIO: "disk_stopped",
    errno.ENODEV: "disk_gone",
    errno.ENXIO: "disk_gone",
}
FULL_OR_GONE = "the disk is full or stopped answering"


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def safe_file_name(stem: str, fallback: str = "file") -> str:
    """``stem`` usable as a file name on FAT and NTFS (USB sticks): forbidden characters
    become '_', trailing dots and spaces go."""
    return _UNSAFE.sub("_", stem.strip()).rstrip(". ") or fallback


def describe_os_error(error: OSError) -> str:
    return _MESSAGES.get(error.errno or 0, error.strerror or str(error))


def os_error_kind(error: OSError) -> str:
    """The ExportError kind of an OSError (the same cases as describe_os_error)."""
    return _KINDS.get(error.errno or 0, "os_error")


def fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    # Some file systems (FAT on Windows) cannot fsync a folder; the rename stands anyway.
    with contextlib.suppress(OSError):
        fsync_path(folder)


def atomic_write(
    target: Path,
    write: Callable[[Path], None],
    check: Callable[[Path], None] | None = None,
) -> Path:
    """Write ``target`` through ``write(temp_path)``; ``check(temp_path)`` reads it back.

    ``check`` raises to refuse the file (it is then deleted). Raises ExportError with a
    message a clerk understands; on any failure nothing is left under a new name.
    """
    folder = target.parent
    temp = folder / f".{target.name}.{secrets.token_hex(4)}.part"
    try:
        if not folder.is_dir():
            raise ExportError(
                f"the folder {folder} is not there (was the USB stick pulled out?)",
                target=str(target),
                kind="no_folder",
            )
        write(temp)
        fsync_path(temp)
        if check is not None:
            check(temp)
        os.replace(temp, target)
        _fsync_folder(folder)
    except sqlite3.DatabaseError as error:  # SQLite's word for a full or vanished disk
        _remove_quietly(temp)
        kind, why = _why_not(folder)
        raise ExportError(f"could not write it: {why}", target=str(target), kind=kind) from error
    except InputError as error:  # the read-back found something other than what was written
        _remove_quietly(temp)
        raise ExportError(
            f"what was read back is not right: {error.message}",
            target=str(target),
            kind="read_back",
        ) from error
    except OSError as error:
        _remove_quietly(temp)
        raise ExportError(
            f"could not write it: {describe_os_error(error)}",
            target=str(target),
            kind=os_error_kind(error),
        ) from error
    except BaseException:
        _remove_quietly(temp)
        raise
    return target


def _why_not(folder: Path) -> tuple[str, str]:
    """SQLite does not say why it could not write: try a small file in the folder to find out.

    Returns the ExportError kind and the reason in words."""
    probe = folder / f".panelscore-probe-{secrets.token_hex(4)}"
    try:
        with probe.open("wb") as handle:
            handle.write(b"\0" * 65536)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as error:
        return os_error_kind(error), describe_os_error(error)
    finally:
        _remove_quietly(probe)
    return "full_or_gone", FULL_OR_GONE


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def write_files_atomic(files: Mapping[Path, bytes]) -> list[Path]:
    """Several files that belong together: every one is staged and checked before any is
    renamed into place, so a full disk leaves the previous set, not a mix."""
    staged: list[tuple[Path, Path]] = []
    try:
        for target, data in files.items():
            temp = target.parent / f".{target.name}.{secrets.token_hex(4)}.part"
            staged.append((temp, target))
            with temp.open("wb") as handle:
                handle.write(data)
            fsync_path(temp)
            if temp.read_bytes() != data:
                raise ExportError(
                    "what was read back differs from what was written",
                    target=str(target),
                    kind="read_back",
                )
        for temp, target in staged:
            os.replace(temp, target)
        for folder in {target.parent for target in files}:
            _fsync_folder(folder)
    except OSError as error:
        for temp, _ in staged:
            _remove_quietly(temp)
        where = next(iter(files), Path())
        raise ExportError(
            f"could not write it: {describe_os_error(error)}",
            target=str(where.parent),
            kind=os_error_kind(error),
        ) from error
    except BaseException:
        for temp, _ in staged:
            _remove_quietly(temp)
        raise
    return list(files)
