"""The score file (.psscore): one judge's scores, sheets and audit trail, exported atomically.

Its verification code is the first 8 base32 characters of SHA-256 over the canonical content
(judge, event, package digest, every score, sheet state and comment). The printed score
sheet carries it, so a changed score shows as a mismatch (DESIGN.md §5).
"""

from __future__ import annotations

import contextlib
import sqlite3
from decimal import Decimal
from pathlib import Path

from scoring.content import STATES, ScoreContent, SheetRow
from scoring.numbers import bounded
from scoring.serialize import dec
from storage.atomic import atomic_write
from storage.db import DAMAGED, check_format, open_untrusted
from storage.errors import ExportError, InputError

SCORE_FORMAT = "panelscore-scores"
SCORE_VERSION = 1
MAX_SCORE_FILE_BYTES = 64 * 2**20
_TABLES = {
    "meta": {"key", "value"},
    "scores": {"project", "dimension", "value"},
    "sheets": {"project", "state", "comment", "revision"},
    "audit": {"at", "judge", "project", "field", "old", "new", "reason"},
}


def write_score_file(content: ScoreContent, target: Path) -> str:
    """Export atomically and read back; returns the verification code. Raises ExportError."""
    code = content.verification_code()

    def write(temp: Path) -> None:
        # Here, not at the top: the judge app imports this module on start (storage.workspace).
        from storage.lean_sqlite_utils import Database

        with contextlib.closing(Database(temp)) as db:  # closed on errors too
            meta = {
                "format": SCORE_FORMAT,
                "format_version": str(SCORE_VERSION),
                "event_id": content.event_id,
                "package_digest": content.package_digest,
                "package_code": content.package_code,
                "judge_id": content.judge,
                "judge_name": content.judge_name,
                "exported_at": content.exported_at,
                "revision": str(content.revision),
                "verification_code": code,
            }
            with db.conn:
                db["meta"].insert_all([{"key": k, "value": v} for k, v in meta.items()], pk="key")
                db["scores"].create(
                    {"project": str, "dimension": str, "value": str}, pk=("project", "dimension")
                )
                db["scores"].insert_all(
                    {"project": p, "dimension": d, "value": dec(v)}
                    for p, values in content.scores.items()
                    for d, v in values.items()
                )
                db["sheets"].create(
                    {"project": str, "state": str, "comment": str, "revision": int}, pk="project"
                )
                db["sheets"].insert_all(
                    {"project": p, "state": s.state, "comment": s.comment, "revision": s.revision}
                    for p, s in content.sheets.items()
                )
                db["audit"].create(
                    {
                        "id": int,
                        "at": str,
                        "judge": str,
                        "project": str,
                        "field": str,
                        "old": str,
                        "new": str,
                        "reason": str,
                    },
                    pk="id",
                )
                db["audit"].insert_all(content.audit)
                db["signature"].create({"png": bytes})
                if content.signature_png:
                    db["signature"].insert({"png": content.signature_png})
            db.conn.execute("PRAGMA journal_mode=DELETE")

    def check(temp: Path) -> None:
        if read_score_file(temp).verification_code() != code:
            raise ExportError(
                "the score file read back differs from what was written", target=str(target)
            )

    atomic_write(target, write, check)
    return code


def read_score_file(path: Path) -> ScoreContent:
    """Read a score file from anywhere (untrusted); InputError for anything unusable."""
    from storage.lean_sqlite_utils import Database  # see write_score_file

    source = str(path)
    what = "PanelScore score file"
    conn = open_untrusted(path, max_bytes=MAX_SCORE_FILE_BYTES, what=what)
    try:
        db = Database(conn)
        meta = check_format(
            conn,
            source=source,
            what=what,
            format_name=SCORE_FORMAT,
            known_version=SCORE_VERSION,
            tables=_TABLES,
        )
        scores: dict[str, dict[str, Decimal]] = {}
        for project, dimension, value in db.execute("SELECT project, dimension, value FROM scores"):
            number = bounded(Decimal(str(value)))  # machine-written: no typing clean-up
            scores.setdefault(str(project), {})[str(dimension)] = number
        sheets = {
            str(p): SheetRow(str(s), str(c or ""), int(r or 0))
            for p, s, c, r in db.execute("SELECT project, state, comment, revision FROM sheets")
        }
        audit = tuple(db["audit"].rows)
        signature = b""
        if "signature" in db.table_names():
            row = db.execute("SELECT png FROM signature LIMIT 1").fetchone()
            signature = bytes(row[0]) if row and row[0] else b""
        revision = int(meta.get("revision", "0"))
    except (sqlite3.DatabaseError, ArithmeticError, ValueError, TypeError):
        raise InputError(DAMAGED, source=source, kind="damaged") from None
    finally:
        conn.close()
    if any(s.state not in STATES for s in sheets.values()):
        raise InputError(DAMAGED, source=source, kind="damaged")
    if not meta.get("judge_id") or not meta.get("event_id"):
        raise InputError(DAMAGED, source=source, kind="damaged")
    return ScoreContent(
        event_id=meta["event_id"],
        package_digest=meta.get("package_digest", ""),
        judge=meta["judge_id"],
        scores=scores,
        sheets=sheets,
        judge_name=meta.get("judge_name", ""),
        package_code=meta.get("package_code", ""),
        exported_at=meta.get("exported_at", ""),
        revision=revision,
        audit=audit,
        signature_png=signature,
        meta=meta,
    )
