"""The secretariat's event file: the event being prepared, the collected inputs, the clerk's
choices and the typed paper sheets — one SQLite file, saved edit by edit.

Collected score files are copied next to the event file as they are added, so pulling the
USB stick afterwards loses nothing. Typed paper sheets are kept cell by cell with the clerk
who typed them (double entry); once both passes agree they are written as an ordinary paper
sheet that the merge reads like any other.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scoring.model import Event, RankingRules
from scoring.rubric import DEFAULT_DIMENSIONS
from scoring.serialize import dimension_to_dict, event_from_dict, rules_to_dict
from scoring.validation import EventProblem, check_event
from storage.atomic import atomic_write, describe_os_error
from storage.clock import now
from storage.db import open_durable
from storage.errors import ExportError, InputError
from storage.inputs import expand
from storage.lean_sqlite_utils import Database
from storage.migrations import apply_migrations
from storage.paper_entry import PaperEntries

Progress = Callable[[int, int, str], None]
STORE_NAME = "secretariat.psevent"


def _m001_initial(db: sqlite3.Connection) -> None:
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("CREATE TABLE event (id INTEGER PRIMARY KEY CHECK (id = 1), data TEXT NOT NULL)")
    db.execute(
        "CREATE TABLE inputs (name TEXT PRIMARY KEY, original TEXT NOT NULL, "
        "sha256 TEXT NOT NULL, added_at TEXT NOT NULL)"
    )
    db.execute("CREATE TABLE exclusions (key TEXT PRIMARY KEY, at TEXT NOT NULL)")
    db.execute("CREATE TABLE choices (judge TEXT PRIMARY KEY, code TEXT NOT NULL, at TEXT)")
    db.execute(
        "CREATE TABLE paper_cells (judge TEXT NOT NULL, pass INTEGER NOT NULL, "
        "project TEXT NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL, clerk TEXT NOT NULL, "
        "at TEXT NOT NULL, PRIMARY KEY (judge, pass, project, field))"
    )
    db.execute(
        "CREATE TABLE audit (id INTEGER PRIMARY KEY, at TEXT NOT NULL, clerk TEXT, "
        "what TEXT NOT NULL, detail TEXT)"
    )


MIGRATIONS = [("001_initial", _m001_initial)]


def new_event_data() -> dict[str, Any]:
    """An empty event with the default rubric and rules, ready to be filled in."""
    return {
        "id": uuid.uuid4().hex[:12],
        "name": "",
        "date": "",
        "venue": "",
        "organiser": "",
        "language": "zh",
        "rules": rules_to_dict(RankingRules()),
        "dimensions": [dimension_to_dict(d) for d in DEFAULT_DIMENSIONS],
        "categories": [],
        "projects": [],
        "judges": [],
        "conflicts": [],
    }


@dataclass(frozen=True)
class CollectedInput:
    path: Path  # the copy next to the event file; the merge reads this
    original: str  # where it was collected from
    added_at: str


@dataclass(frozen=True)
class CollectReport:
    added: list[CollectedInput]
    already: list[tuple[str, str]]  # (original, the copy it is identical to)
    failed: list[tuple[str, str]]  # (original, message)


class EventStore(PaperEntries):
    """All access from one thread (the GUI's); each edit is its own transaction."""

    def __init__(self, db: Database, path: Path) -> None:
        self.db = db
        self.path = path
        self.inputs_dir = path.with_name(path.stem + "-inputs")

    @classmethod
    def open(cls, path: Path) -> EventStore:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = Database(open_durable(path))
            apply_migrations(db.conn, MIGRATIONS, "event file")
        except OSError as error:
            raise InputError(
                f"cannot open the event file ({describe_os_error(error)})",
                source=str(path),
                kind="unreadable",
            ) from None
        except sqlite3.DatabaseError:
            raise InputError(
                "the event file is damaged or not an event file", source=str(path), kind="damaged"
            ) from None
        return cls(db, path)

    def close(self) -> None:
        self.db.close()

    # -- settings and audit -------------------------------------------------------------
    def get(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return str(row[0]) if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO settings VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = ?",
                [key, value, value],
            )

    def _audit(self, what: str, detail: str, clerk: str = "") -> None:
        self.db.execute(
            "INSERT INTO audit (at, clerk, what, detail) VALUES (?, ?, ?, ?)",
            [now(), clerk or self.get("clerk"), what, detail],
        )

    def audit_trail(self) -> list[dict[str, object]]:
        return list(self.db.query("SELECT * FROM audit ORDER BY id"))

    # -- the event ------------------------------------------------------------------------
    def event_data(self) -> dict[str, Any]:
        """The event as plain data (a fresh copy; edit it and give it to save_event)."""
        row = self.db.execute("SELECT data FROM event WHERE id = 1").fetchone()
        return json.loads(row[0]) if row else new_event_data()

    def has_event(self) -> bool:
        return self.db.execute("SELECT 1 FROM event WHERE id = 1").fetchone() is not None

    def save_event(self, data: dict[str, Any], what: str = "event") -> None:
        text = json.dumps(data, ensure_ascii=False, sort_keys=True)
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO event VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET data = ?",
                [text, text],
            )
            self._audit("edit", what)

    def event(self) -> Event:
        """The event as the domain model; InputError(kind='bad_event') if it cannot be built."""
        return event_of(self.event_data())

    def problems(self) -> list[EventProblem]:
        try:
            return check_event(self.event())
        except InputError as error:
            return [EventProblem("Event", "", "", error.message)]

    # -- collected inputs ---------------------------------------------------------------
    def inputs(self) -> list[CollectedInput]:
        return [
            CollectedInput(self.inputs_dir / name, original, added)
            for name, original, added in self.db.execute(
                "SELECT name, original, added_at FROM inputs ORDER BY added_at, name"
            )
        ]

    def input_paths(self) -> list[Path]:
        return [item.path for item in self.inputs()]

    def collect(self, paths: Iterable[Path], progress: Progress | None = None) -> CollectReport:
        """Copy score files and paper sheets (files or whole folders) next to the event file.

        A file identical to one already collected is not copied again; a file that cannot be
        read is reported, and the others are still collected."""
        files = expand(list(paths))
        added: list[CollectedInput] = []
        already: list[tuple[str, str]] = []
        failed: list[tuple[str, str]] = []
        known = {sha: name for name, sha in self.db.execute("SELECT name, sha256 FROM inputs")}
        self.inputs_dir.mkdir(parents=True, exist_ok=True)
        for index, source in enumerate(files):
            if progress:
                progress(index, len(files), source.name)
            try:
                data = source.read_bytes()
            except OSError as error:
                failed.append((str(source), describe_os_error(error)))
                continue
            sha = hashlib.sha256(data).hexdigest()
            if sha in known:
                already.append((str(source), known[sha]))
                continue
            name = self._free_name(source.name, sha)
            try:
                atomic_write(self.inputs_dir / name, lambda temp, d=data: temp.write_bytes(d))
            except ExportError as error:
                failed.append((str(source), error.message))
                continue
            at = now()
            with self.db.atomic():
                self.db["inputs"].insert(
                    {"name": name, "original": str(source), "sha256": sha, "added_at": at}
                )
                self._audit("collect", f"{source} → {name}")
            known[sha] = name
            added.append(CollectedInput(self.inputs_dir / name, str(source), at))
        if progress:
            progress(len(files), len(files), "")
        return CollectReport(added, already, failed)

    def _free_name(self, name: str, sha: str) -> str:
        """The collected copy's name: the original's, unless taken or the name of a typed
        sheet (``paper-<judge>.csv``, which "use this sheet" would overwrite)."""
        taken = {row[0] for row in self.db.execute("SELECT name FROM inputs")}
        typed = name.lower().startswith("paper-") and name.lower().endswith(".csv")
        if name not in taken and not typed and not (self.inputs_dir / name).exists():
            return name
        stem, dot, suffix = name.rpartition(".")
        return f"{stem}-{sha[:8]}.{suffix}" if dot else f"{name}-{sha[:8]}"

    def remove_input(self, path: Path) -> None:
        with self.db.atomic():
            self.db.execute("DELETE FROM inputs WHERE name = ?", [path.name])
            self._audit("remove input", path.name)
        path.unlink(missing_ok=True)

    def exclusions(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT key FROM exclusions")}

    def set_excluded(self, key: str, excluded: bool) -> None:
        """Exclude an input (by verification code or source path) from the merge, or undo it."""
        with self.db.atomic():
            if excluded:
                self.db.execute("INSERT OR REPLACE INTO exclusions VALUES (?, ?)", [key, now()])
            else:
                self.db.execute("DELETE FROM exclusions WHERE key = ?", [key])
            self._audit("exclude" if excluded else "include", key)

    def choices(self) -> dict[str, str]:
        return {judge: code for judge, code in self.db.execute("SELECT judge, code FROM choices")}

    def choose(self, judge: str, code: str | None) -> None:
        """Which of a judge's inputs counts (verification code); None: the newest, as usual."""
        with self.db.atomic():
            if code:
                self.db.execute(
                    "INSERT OR REPLACE INTO choices VALUES (?, ?, ?)", [judge, code, now()]
                )
            else:
                self.db.execute("DELETE FROM choices WHERE judge = ?", [judge])
            self._audit("choose", f"{judge} {code or 'newest'}")


def event_of(data: dict[str, Any]) -> Event:
    try:
        return event_from_dict(data)
    except (KeyError, TypeError, ValueError, ArithmeticError) as error:
        raise InputError(f"the event is incomplete ({error})", kind="bad_event") from None
