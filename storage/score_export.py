"""Part of Workspace: the judge's score file, its export to a folder (the USB stick) and the
trail of exports."""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from scoring.content import ScoreContent, SheetRow
from scoring.model import Judge
from scoring.numbers import to_decimal
from storage.atomic import safe_file_name
from storage.clock import now
from storage.db import transaction
from storage.errors import EditRefused, ExportError, SaveError
from storage.package import PackageInfo
from storage.scorefile import write_score_file
from storage.workspace_part import WorkspacePart

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    verification_code: str
    revision: int


@dataclass(frozen=True)
class LastExport:
    """The latest export as the audit trail records it."""

    at: str
    name: str
    verification_code: str


class ScoreExport(WorkspacePart):
    """Part of Workspace."""

    def last_export(self) -> LastExport | None:
        row = self.db.execute(
            "SELECT at, new FROM audit WHERE field = 'export' ORDER BY id DESC LIMIT 1"
        ).fetchone()
        if row is None:
            return None
        name, _, code = str(row[1]).rpartition(" ")
        return LastExport(str(row[0]), name, code)

    def signed_after_export(self) -> bool:
        """Whether the signature was drawn, redrawn or removed after the last export (the
        verification code covers the scores only, so only the trail tells)."""
        signed, exported = self.db.execute(
            "SELECT MAX(CASE WHEN field = 'signature' THEN id END), "
            "MAX(CASE WHEN field = 'export' THEN id END) FROM audit"
        ).fetchone()
        return signed is not None and exported is not None and signed > exported

    def content(self, revision: int | None = None) -> ScoreContent:
        package, judge = self._chosen()
        scores: dict[str, dict[str, Decimal]] = {}
        for project, dimension, value in self.db.execute(
            "SELECT project, dimension, value FROM scores ORDER BY project, dimension"
        ):
            scores.setdefault(project, {})[dimension] = to_decimal(value)
        sheets = {
            p: SheetRow(s, c or "", r)
            for p, s, c, r in self.db.execute(
                "SELECT project, state, comment, revision FROM sheets"
            )
        }
        return ScoreContent(
            event_id=package.event.id,
            package_digest=package.digest,
            judge=judge.id,
            scores=scores,
            sheets=sheets,
            judge_name=judge.name,
            package_code=package.code,
            exported_at=now(),
            revision=revision if revision is not None else int(self.get("export_revision", "0")),
            audit=tuple(
                {k: str(v) for k, v in row.items() if k != "id"} for row in self.audit_trail()
            ),
            signature_png=self.signature(),
        )

    def export(self, folder: Path) -> ExportResult:
        """Write the score file into ``folder`` (e.g. the USB stick); ExportError on failure.

        The revision is taken (saved) before the stick is written, so a laptop whose own
        disk is full stops here, and no two exports share a name; a file already on the
        stick is never replaced: the next free revision is used."""
        package, judge = self._chosen()

        def name(revision: int) -> str:
            stem = f"{judge.id}-{judge.name}-{package.code}-r{revision}"
            return safe_file_name(stem) + ".psscore"

        with transaction(self.db):
            taken = self.get("export_revision", "0")
            revision = int(taken) + 1
            while (folder / name(revision)).exists():
                revision += 1
            self._put("export_revision", str(revision))
        content = self.content(revision)
        path = folder / name(revision)
        try:
            code = write_score_file(content, path)
        except ExportError:  # nothing was written: the number is free again (a gap is harmless)
            with contextlib.suppress(SaveError):
                self.set_setting("export_revision", taken)
            raise
        try:
            with transaction(self.db):
                self._audit(content.exported_at, "", "export", "", f"{path.name} {code}")
        except SaveError:  # the file is written and checked; only the laptop's note of it failed
            _log.warning("export %s (%s) written, not noted in the audit trail", path.name, code)
        return ExportResult(path, code, revision)

    def _chosen(self) -> tuple[PackageInfo, Judge]:
        package = self.package
        if package is None or not self.judge_id:
            raise EditRefused("no event or judge chosen", kind="no_event")
        return package, package.event.judge(self.judge_id)
