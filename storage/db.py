"""Opening SQLite files: the laptop's own (durable) and untrusted ones from a USB stick."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

import sqlite_utils

from storage.errors import InputError

SQLITE_MAGIC = b"SQLite format 3\x00"
DAMAGED = "the file is damaged or incomplete (was the USB stick pulled out while it was copied?)"


def open_durable(path: Path) -> sqlite_utils.Database:
    """Our own database: WAL, synchronous=FULL, so a committed edit survives a power cut."""
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=True)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=5000")
    return sqlite_utils.Database(conn)


def open_untrusted(
    path: Path, *, max_bytes: int, what: str, check_pages: bool = True
) -> sqlite_utils.Database:
    """Read-only, no trusted schema, after checks that turn every oddity into InputError.

    ``check_pages=False`` skips ``PRAGMA quick_check``, which reads every page of the file
    (~0.3 ms per MB from the page cache, ~3 ms per MB from disk): only for a file this laptop
    checked already, such as the workspace's verified copy of the event package.
    """
    source = str(path)
    if not path.exists():
        raise InputError("the file does not exist", source=source, kind="not_found")
    if not path.is_file():
        raise InputError(f"not a {what}", source=source, kind="not_a_file")
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(
            f"the file is too large for a {what} ({size // 2**20} MB)",
            source=source,
            kind="too_large",
        )
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise InputError(
            f"cannot read the file ({error.strerror})", source=source, kind="unreadable"
        ) from None
    if header != SQLITE_MAGIC:
        kind = "damaged" if size == 0 else "not_our_file"
        message = DAMAGED if size == 0 else f"not a {what} (wrong kind of file)"
        raise InputError(message, source=source, kind=kind)
    uri = f"file:{quote(str(path.resolve()))}?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True)
        conn.execute("PRAGMA trusted_schema=OFF")
        conn.execute("PRAGMA query_only=ON")
        check = conn.execute("PRAGMA quick_check").fetchone() if check_pages else ("ok",)
        if not check or check[0] != "ok":
            conn.close()
            raise InputError(DAMAGED, source=source, kind="damaged")
    except sqlite3.DatabaseError:
        raise InputError(DAMAGED, source=source, kind="damaged") from None
    return sqlite_utils.Database(conn)


def read_meta(db: sqlite_utils.Database) -> dict[str, str]:
    return {str(k): str(v) for k, v in db.execute("SELECT key, value FROM meta").fetchall()}


def check_format(
    db: sqlite_utils.Database,
    *,
    source: str,
    what: str,
    format_name: str,
    known_version: int,
    tables: dict[str, set[str]],
) -> dict[str, str]:
    """The meta table says what this is; refuse foreign files and newer format versions."""
    try:
        names = set(db.table_names())
        if "meta" not in names:
            raise InputError(
                f"not a {what} (wrong kind of file)", source=source, kind="not_our_file"
            )
        meta = read_meta(db)
        if meta.get("format") != format_name:
            raise InputError(
                f"not a {what} (wrong kind of file)", source=source, kind="not_our_file"
            )
        try:
            version = int(meta.get("format_version", ""))
        except ValueError:
            raise InputError(DAMAGED, source=source, kind="damaged") from None
        if version > known_version:
            raise InputError(
                f"made by a newer PanelScore (format version {version}; this one reads up to "
                f"{known_version}): update PanelScore on this computer",
                source=source,
                kind="newer_format",
            )
        for table, columns in tables.items():
            if table not in names or not columns <= set(db[table].columns_dict):
                raise InputError(DAMAGED, source=source, kind="damaged")
        return meta
    except sqlite3.DatabaseError:
        raise InputError(DAMAGED, source=source, kind="damaged") from None
