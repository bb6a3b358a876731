"""Opening SQLite files: the laptop's own (durable) and untrusted ones from a USB stick.

Plain sqlite3, no sqlite-utils: the judge app opens its workspace through here on start
(sqlite-utils' import alone takes longer than that start may).
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from storage.errors import InputError, SaveError

SQLITE_MAGIC = b"SQLite format 3\x00"
DAMAGED = "the file is damaged or incomplete (was the USB stick pulled out while it was copied?)"

# SQLite's primary result codes (extended code & 0xFF) for a write the disk would not take.
_SAVE_FAILURES = {
    13: ("disk_full", "the disk is full"),  # SQLITE_FULL
    8: ("read_only", "the data folder is read-only"),  # SQLITE_READONLY
    3: ("no_permission", "PanelScore may not write to its data folder"),  # SQLITE_PERM
    14: ("no_permission", "PanelScore may not write to its data folder"),  # SQLITE_CANTOPEN
    5: ("busy", "another program is using PanelScore's data"),  # SQLITE_BUSY
    6: ("busy", "another program is using PanelScore's data"),  # SQLITE_LOCKED
    10: ("disk_stopped", "the disk reported an error"),  # SQLITE_IOERR
    11: ("damaged", "PanelScore's data file is damaged"),  # SQLITE_CORRUPT
    26: ("damaged", "PanelScore's data file is damaged"),  # SQLITE_NOTADB
}


def save_error(error: sqlite3.Error, conn_or_path: sqlite3.Connection | Path) -> SaveError | None:
    """The SaveError for a write SQLite could not make on our own database, or None for an
    error that is not about the disk (a bug: let it show as one)."""
    failure = _SAVE_FAILURES.get(getattr(error, "sqlite_errorcode", -1) & 0xFF)
    if failure is None:
        return None
    kind, why = failure
    target = str(conn_or_path) if isinstance(conn_or_path, Path) else _file_of(conn_or_path)
    return SaveError(f"could not save on this laptop: {why}", target=target, kind=kind)


def _file_of(conn: sqlite3.Connection) -> str:
    try:
        row = conn.execute("PRAGMA database_list").fetchone()
    except sqlite3.Error:
        return ""
    return str(row[2]) if row else ""


def open_durable(path: Path) -> sqlite3.Connection:
    """Our own database: WAL, synchronous=FULL, so a committed edit survives a power cut.

    SaveError when the folder or file cannot be written (read-only disk, no permission)."""
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=True)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=5000")
    except sqlite3.Error as error:
        if conn is not None:
            conn.close()
        failed = save_error(error, path)
        if failed is None or failed.kind == "damaged":  # not a database: the caller says so
            raise
        raise failed from error
    return conn


def open_untrusted(
    path: Path, *, max_bytes: int, what: str, check_pages: bool = True
) -> sqlite3.Connection:
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
    return conn


_savepoints = itertools.count(1)


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One transaction, as sqlite-utils' ``Database.atomic()``: BEGIN … COMMIT, rolled back
    on any exception; a nested block is a savepoint, so its failure undoes only itself.

    For our own database (the judge's workspace): a write the disk will not take (full,
    read-only, file in use) is rolled back and raised as SaveError."""
    try:
        with _transaction(conn):
            yield conn
    except sqlite3.Error as error:
        failed = save_error(error, conn)
        if failed is None:
            raise
        raise failed from error


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    if conn.in_transaction:
        savepoint = f"panelscore_{next(_savepoints)}"
        conn.execute(f"SAVEPOINT {savepoint}")
        try:
            yield conn
        except BaseException:
            # An error such as a RAISE(ROLLBACK) trigger can end the whole transaction,
            # savepoint included: cleaning up then would hide the original exception.
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            raise
        else:
            conn.execute(f"RELEASE SAVEPOINT {savepoint}")
        return
    conn.execute("BEGIN")
    try:
        yield conn
    except BaseException:
        _rollback(conn)
        raise
    else:
        try:
            conn.execute("COMMIT")
        except BaseException:
            _rollback(conn)
            raise


def _rollback(conn: sqlite3.Connection) -> None:
    # A no-op if the error already ended the transaction, so the original exception shows.
    if conn.in_transaction:
        conn.execute("ROLLBACK")


def dict_rows(
    conn: sqlite3.Connection, sql: str, params: Sequence[object] = ()
) -> list[dict[str, object]]:
    """The rows of a query as column name → value."""
    cursor = conn.execute(sql, params)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def table_names(conn: sqlite3.Connection) -> set[str]:
    return {
        str(row[0]) for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }


def column_names(conn: sqlite3.Connection, table: str) -> set[str]:
    quoted = '"' + table.replace('"', '""') + '"'  # an identifier cannot be a parameter
    return {str(row[1]) for row in conn.execute(f"PRAGMA table_info({quoted})")}


def read_meta(db: sqlite3.Connection) -> dict[str, str]:
    return {str(k): str(v) for k, v in db.execute("SELECT key, value FROM meta").fetchall()}


def check_format(
    db: sqlite3.Connection,
    *,
    source: str,
    what: str,
    format_name: str,
    known_version: int,
    tables: dict[str, set[str]],
) -> dict[str, str]:
    """The meta table says what this is; refuse foreign files and newer format versions."""
    try:
        names = table_names(db)
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
            if table not in names or not columns <= column_names(db, table):
                raise InputError(DAMAGED, source=source, kind="damaged")
        return meta
    except sqlite3.DatabaseError:
        raise InputError(DAMAGED, source=source, kind="damaged") from None
