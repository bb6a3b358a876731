"""Numbered schema migrations of the workspace, each in one transaction with its record."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from storage.db import transaction
from storage.errors import InputError

Step = Callable[[sqlite3.Connection], None]


def _m001_initial(db: sqlite3.Connection) -> None:
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(
        "CREATE TABLE scores (project TEXT NOT NULL, dimension TEXT NOT NULL, "
        "value TEXT NOT NULL, updated_at TEXT, PRIMARY KEY (project, dimension))"
    )
    db.execute(
        "CREATE TABLE sheets (project TEXT PRIMARY KEY, state TEXT NOT NULL DEFAULT 'empty', "
        "comment TEXT NOT NULL DEFAULT '', revision INTEGER NOT NULL DEFAULT 0, "
        "updated_at TEXT, submitted_at TEXT)"
    )
    db.execute(
        "CREATE TABLE audit (id INTEGER PRIMARY KEY, at TEXT NOT NULL, judge TEXT, "
        "project TEXT, field TEXT, old TEXT, new TEXT, reason TEXT)"
    )


def _m002_signature(db: sqlite3.Connection) -> None:
    # One row at most: the judge's drawn signature as a PNG (DESIGN.md §7, finish → signature).
    db.execute(
        "CREATE TABLE signature (id INTEGER PRIMARY KEY CHECK (id = 1), png BLOB NOT NULL, "
        "updated_at TEXT NOT NULL)"
    )


MIGRATIONS: list[tuple[str, Step]] = [
    ("001_initial", _m001_initial),
    ("002_signature", _m002_signature),
]


def migrate(db: sqlite3.Connection) -> None:
    done = _done(db)
    unknown = done - {name for name, _ in MIGRATIONS}
    if unknown:
        raise InputError(
            "this workspace was last used by a newer PanelScore; update PanelScore on this "
            f"computer (unknown schema step {min(unknown)})",
            kind="newer_format",
        )
    _run(db, MIGRATIONS, done)


def apply_migrations(db: sqlite3.Connection, steps: list[tuple[str, Step]], what: str) -> None:
    """Numbered steps for another of our files (the secretariat's event file, whose
    sqlite-utils Database passes its ``conn``)."""
    done = _done(db)
    if done - {name for name, _ in steps}:
        raise InputError(
            f"this {what} was last used by a newer PanelScore; update PanelScore on this computer",
            kind="newer_format",
        )
    _run(db, steps, done)


def _done(db: sqlite3.Connection) -> set[str]:
    db.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
    return {row[0] for row in db.execute("SELECT name FROM migrations")}


def _run(db: sqlite3.Connection, steps: list[tuple[str, Step]], done: set[str]) -> None:
    for name, step in steps:
        if name not in done:
            with transaction(db):
                step(db)
                db.execute("INSERT INTO migrations VALUES (?, datetime('now'))", [name])
