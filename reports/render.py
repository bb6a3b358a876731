"""Every report of a merge, rendered to bytes from the same results (written together)."""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor

from reports.data import ReportData
from reports.ranking_pdf import ranking_pdf
from reports.score_sheets import score_sheets_pdf
from reports.summary_sheet import summary_sheet_pdf
from reports.xlsx import ranking_xlsx

Progress = Callable[[int, int, str], None]

# Longest first, so that with two workers the spreadsheet runs beside the three PDFs.
DOCUMENTS: tuple[tuple[str, Callable[[ReportData], bytes]], ...] = (
    ("ranking.xlsx", ranking_xlsx),
    ("ranking.pdf", ranking_pdf),
    ("score-sheets.pdf", score_sheets_pdf),
    ("summary-sheet.pdf", summary_sheet_pdf),
)


def default_workers() -> int:
    """Separate processes only where forking is cheap and safe (Linux, no GUI threads)."""
    return min(2, os.cpu_count() or 1) if sys.platform == "linux" else 1


def render_all(
    data: ReportData, progress: Progress | None = None, workers: int = 1
) -> dict[str, bytes]:
    """Render every document; ``workers`` > 1 renders them in that many processes (the
    documents are independent and reportlab is pure Python, so threads would not help)."""
    total = len(DOCUMENTS)
    out: dict[str, bytes] = {}
    if workers <= 1:
        for index, (name, render) in enumerate(DOCUMENTS):
            if progress:
                progress(index, total, name)
            out[name] = render(data)
        return out
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures = [(name, pool.submit(render, data)) for name, render in DOCUMENTS]
        for index, (name, future) in enumerate(futures):
            if progress:
                progress(index, total, name)
            out[name] = future.result()
    return out
