"""The judge's workspace: the imported package plus every score edit, saved as it happens.

One SQLite file in the data folder (WAL, synchronous=FULL); every edit is one transaction
with its audit entry, so killing the process loses nothing that was reported saved.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from scoring.model import Dimension, Event
from scoring.numbers import to_decimal
from scoring.serialize import dec
from scoring.validation import check_score
from storage.atomic import atomic_write, describe_os_error, os_error_kind
from storage.clock import now
from storage.db import dict_rows, open_durable, transaction
from storage.errors import EditRefused, InputError, SaveError
from storage.migrations import migrate
from storage.package import PackageInfo, read_package
from storage.score_export import ScoreExport
from storage.signing import PinAndSignature

_SHEET_COLUMNS = frozenset(
    {"project", "state", "comment", "revision", "updated_at", "submitted_at"}
)


@dataclass(frozen=True)
class SheetView:
    project: str
    state: str  # empty | draft | submitted
    values: dict[str, Decimal]
    comment: str
    revision: int


class Workspace(PinAndSignature, ScoreExport):
    """All workspace access goes through one instance, used from one thread."""

    def __init__(self, db: sqlite3.Connection, data_dir: Path) -> None:
        self.db = db
        self.data_dir = data_dir
        self._package: PackageInfo | None = None

    @classmethod
    def open(cls, data_dir: Path) -> Workspace:
        """SaveError if the data folder cannot be written, InputError for a damaged or newer
        workspace."""
        _make_folder(data_dir)
        db = open_durable(data_dir / "workspace.db")
        try:
            migrate(db)
        except BaseException:
            db.close()
            raise
        return cls(db, data_dir)

    def close(self) -> None:
        self.db.close()

    # -- settings and package --------------------------------------------------------------
    def get(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return str(row[0]) if row else default

    def _put(self, key: str, value: str) -> None:
        self.db.execute(
            "INSERT INTO settings(key, value) VALUES(?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )

    def set_setting(self, key: str, value: str) -> None:
        with transaction(self.db):
            self._put(key, value)

    def set_settings(self, values: dict[str, str]) -> None:
        """Several settings in one transaction (e.g. both timer durations)."""
        with transaction(self.db):
            for key, value in values.items():
                self._put(key, value)

    def import_package(self, path: Path) -> PackageInfo:
        """Verify the package, keep a copy in the data folder and make it current."""
        incoming = read_package(path)
        # The event id is kept apart from the cached package, which may be the damaged part.
        stored_event = self.get("event_id")
        same_event = stored_event == incoming.event.id
        if stored_event and not same_event and self._has_work():
            raise InputError(
                "this laptop holds scores of another event; export them before importing a "
                "new event",
                source=str(path),
                kind="other_event_loaded",
            )
        judge = self.judge_id
        if same_event and judge and judge not in {j.id for j in incoming.event.judges}:
            if self._has_work():
                raise InputError(
                    f"this package no longer lists judge {judge}, whose scores are stored "
                    "here; export them before importing it",
                    source=str(path),
                    kind="judge_dropped",
                )
            judge = ""
        folder = self.data_dir / "packages"
        _make_folder(folder)
        target = folder / f"{incoming.code}.pspkg"
        cached = _readable(lambda: read_package(target)) if target.exists() else None
        if cached is None or cached.digest != incoming.digest:
            atomic_write(
                target,
                lambda temp: shutil.copyfile(path, temp),
                lambda temp: _same_digest(temp, incoming.digest),
            )
        with transaction(self.db):
            if not (same_event and judge == self.judge_id):
                self._forget_judge()  # another event or judge: nothing of the last one stays
            self._put("package_file", target.name)
            self._put("event_id", incoming.event.id)
            self._put("judge_id", judge if same_event else "")
        self._package = read_package(target, check_pages=False)  # checked whole just above
        return self._package

    @property
    def package(self) -> PackageInfo | None:
        if self._package is None:
            name = self.get("package_file")
            if name:
                # Our own copy, checked whole when imported; each material's SHA-256 is
                # still checked as it is read.
                self._package = read_package(self.data_dir / "packages" / name, check_pages=False)
        return self._package

    @property
    def event(self) -> Event:
        package = self.package
        if package is None:
            raise EditRefused("no event package has been imported", kind="no_package")
        return package.event

    @property
    def judge_id(self) -> str:
        return self.get("judge_id")

    def choose_judge(self, judge_id: str) -> None:
        self.event.judge(judge_id)  # KeyError for an unknown judge
        if self.judge_id == judge_id:
            return
        if self.judge_id and self._has_work():
            raise EditRefused(
                "scores of another judge are stored here; export them first", kind="other_judge"
            )
        with transaction(self.db):
            self._forget_judge()
            self._put("judge_id", judge_id)

    def _has_work(self) -> bool:
        """Whether anything a judge entered is stored: a score, a comment, a submitted or
        revised sheet, a signature (only these go into a score file's meaning)."""
        return any(
            self.db.execute(sql).fetchone() is not None
            for sql in (
                "SELECT 1 FROM scores LIMIT 1",
                "SELECT 1 FROM sheets WHERE comment != '' OR state = 'submitted' "
                "OR revision > 0 LIMIT 1",
                "SELECT 1 FROM signature LIMIT 1",
            )
        )

    def _forget_judge(self) -> None:
        """Clear what belonged to the previous judge (with no work stored: _has_work): the
        sheets' states, the trail of undone edits, the PIN, the lock, the export count and
        the place in the list. Inside the caller's transaction."""
        for sql in (
            "DELETE FROM sheets",
            "DELETE FROM audit",
            "DELETE FROM signature",
            "DELETE FROM settings WHERE key IN "
            "('pin_hash', 'locked', 'export_revision', 'current_project', 'pin_failures', "
            "'pin_wait_until')",
        ):
            self.db.execute(sql)

    # -- reading ---------------------------------------------------------------------------
    def sheet(self, project: str) -> SheetView:
        row = self.db.execute(
            "SELECT state, comment, revision FROM sheets WHERE project = ?", [project]
        ).fetchone()
        values = {
            str(d): to_decimal(str(v))
            for d, v in self.db.execute(
                "SELECT dimension, value FROM scores WHERE project = ?", [project]
            )
        }
        state, comment, revision = row if row else ("empty", "", 0)
        return SheetView(project, str(state), values, str(comment or ""), int(revision))

    def states(self) -> dict[str, str]:
        """Project code → sheet state, for every sheet that is not empty (one query)."""
        return {str(p): str(s) for p, s in self.db.execute("SELECT project, state FROM sheets")}

    def audit_trail(self) -> list[dict[str, object]]:
        return dict_rows(self.db, "SELECT * FROM audit ORDER BY id")

    # -- edits (one transaction each, with its audit entry) --------------------------------
    def _editable(self, project_code: str) -> SheetView:
        if not self.judge_id:
            raise EditRefused("choose who you are first", kind="no_judge")
        project = self.event.project(project_code)
        conflict = self.event.is_conflicted(self.judge_id, project)
        if conflict:
            raise EditRefused(
                f"you are recused from this project (回避): {conflict.reason}", kind="recused"
            )
        sheet = self.sheet(project_code)
        if sheet.state == "submitted":
            raise EditRefused(
                "this project is submitted; choose Revise… and give a reason", kind="submitted"
            )
        return sheet

    def _audit(
        self, at: str, project: str, field: str, old: str, new: str, reason: str = ""
    ) -> None:
        self.db.execute(
            "INSERT INTO audit (at, judge, project, field, old, new, reason) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [at, self.judge_id, project, field, old, new, reason],
        )

    def _touch_sheet(
        self, sheet: SheetView, at: str, state: str | None = None, **changes: object
    ) -> None:
        row = {
            "project": sheet.project,
            "state": state or ("draft" if sheet.state == "empty" else sheet.state),
            "comment": sheet.comment,
            "revision": sheet.revision,
            "updated_at": at,
            **changes,
        }
        # The column names go into the SQL text: only ours, never a caller's string.
        if not row.keys() <= _SHEET_COLUMNS:
            raise ValueError(f"not a column of sheets: {sorted(row.keys() - _SHEET_COLUMNS)}")
        updates = ", ".join(
            f"{column} = excluded.{column}" for column in row if column != "project"
        )
        self.db.execute(
            f"INSERT INTO sheets ({', '.join(row)}) VALUES ({', '.join('?' * len(row))}) "
            f"ON CONFLICT(project) DO UPDATE SET {updates}",
            list(row.values()),
        )

    def set_score(self, project: str, dimension: str, value: object | None) -> str:
        """Save one value (None clears it); returns the time it was saved."""
        sheet = self._editable(project)
        dim = self.event.dimension(dimension)
        number = None if value is None or value == "" else check_score_or_refuse(dim, value)
        old = sheet.values.get(dimension)
        at = now()
        with transaction(self.db):
            if number is None:
                self.db.execute(
                    "DELETE FROM scores WHERE project = ? AND dimension = ?", [project, dimension]
                )
            else:
                self.db.execute(
                    "INSERT INTO scores (project, dimension, value, updated_at) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT(project, dimension) DO UPDATE SET "
                    "value = excluded.value, updated_at = excluded.updated_at",
                    [project, dimension, dec(number), at],
                )
            self._touch_sheet(sheet, at)
            self._audit(
                at,
                project,
                dimension,
                dec(old) if old is not None else "",
                dec(number) if number is not None else "",
            )
        return at

    def set_comment(self, project: str, comment: str) -> str:
        sheet = self._editable(project)
        at = now()
        with transaction(self.db):
            self._touch_sheet(sheet, at, comment=comment)
            self._audit(at, project, "comment", sheet.comment, comment)
        return at

    def submit(self, project: str) -> str:
        sheet = self._editable(project)
        missing = [d.name for d in self.event.dimensions if d.key not in sheet.values]
        if missing:
            raise EditRefused(
                "not every dimension is scored: " + "、".join(missing), kind="not_all_scored"
            )
        at = now()
        with transaction(self.db):
            self._touch_sheet(sheet, at, state="submitted", submitted_at=at)
            self._audit(at, project, "state", sheet.state, "submitted")
        return at

    def revise(self, project: str, reason: str) -> str:
        """Reopen a submitted sheet; the reason is kept in the audit trail."""
        sheet = self.sheet(project)
        if sheet.state != "submitted":
            raise EditRefused("only a submitted project needs Revise…", kind="not_submitted")
        if not reason.strip():
            raise EditRefused("give a reason for the revision", kind="no_reason")
        at = now()
        with transaction(self.db):
            self._touch_sheet(sheet, at, state="draft", revision=sheet.revision + 1)
            self._audit(at, project, "state", "submitted", "draft", reason.strip())
        return at


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise SaveError(
            f"could not save on this laptop: {describe_os_error(error)}",
            target=str(folder),
            kind=os_error_kind(error),
        ) from error


def check_score_or_refuse(dim: Dimension, value: object) -> Decimal:
    try:
        return check_score(dim, value)
    except ValueError as error:
        raise EditRefused(str(error), kind="bad_score") from None


def _readable(read: Callable[[], PackageInfo | None]) -> PackageInfo | None:
    try:
        return read()
    except InputError:
        return None


def _same_digest(path: Path, digest: str) -> None:
    if read_package(path).digest != digest:
        raise InputError("the copied package differs from the original", kind="damaged")
