"""The judge's score sheet as a PDF (reports/); ui/printing.py puts it on paper, so the
paper and "Save as PDF…" cannot differ."""

from __future__ import annotations

import dataclasses

from reports.data import JudgeSheet
from reports.score_sheets import judge_sheet_pdf
from scoring.content import ScoreContent
from storage.workspace import Workspace


def sheet_content(workspace: Workspace) -> ScoreContent:
    """What the sheet prints: the current scores, with the time of the latest export (if any).

    Workspace.content() stamps "now" as the export time; before any export that would print a
    time at which nothing was exported, so the sheet shows the real one or none.
    """
    content = workspace.content()
    last = workspace.last_export()
    return dataclasses.replace(content, exported_at=last.at if last else "")


def sheet_pdf(workspace: Workspace) -> bytes:
    """The judge's own score sheet (reports.score_sheets), signature included."""
    content = sheet_content(workspace)
    event = workspace.event
    sheet = JudgeSheet(
        event.judge(content.judge), "score-file", content.verification_code(), content
    )
    return judge_sheet_pdf(event, sheet, content.package_code)
