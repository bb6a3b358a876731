"""Every report of a merge, rendered to bytes from the same results (written together)."""

from __future__ import annotations

from collections.abc import Callable

from reports.data import ReportData
from reports.ranking_pdf import ranking_pdf
from reports.score_sheets import score_sheets_pdf
from reports.summary_sheet import summary_sheet_pdf
from reports.xlsx import ranking_xlsx

Progress = Callable[[int, int, str], None]

DOCUMENTS: tuple[tuple[str, Callable[[ReportData], bytes]], ...] = (
    ("ranking.pdf", ranking_pdf),
    ("score-sheets.pdf", score_sheets_pdf),
    ("summary-sheet.pdf", summary_sheet_pdf),
    ("ranking.xlsx", ranking_xlsx),
)


def render_all(data: ReportData, progress: Progress | None = None) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    for index, (name, render) in enumerate(DOCUMENTS):
        if progress:
            progress(index, len(DOCUMENTS), name)
        out[name] = render(data)
    return out
