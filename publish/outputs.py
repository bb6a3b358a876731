"""Merge, render every report from the same results, and write the output folder at once."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from publish.data import report_data
from reports.glyphs import text_problems
from reports.render import default_workers, render_all
from storage.merge import MergeOutcome, merge
from storage.outputs import write_outputs
from storage.package import PackageInfo

Progress = Callable[[int, int, str], None]


def merge_and_publish(
    package: PackageInfo,
    inputs: Iterable[Path],
    outdir: Path,
    *,
    choose: Mapping[str, str] | None = None,
    exclude: Iterable[str] = (),
    progress: Progress | None = None,
    workers: int | None = None,
) -> tuple[MergeOutcome, list[Path]]:
    """Everything ``main.py merge`` does; raises InputError / ExportError, writing nothing.

    ``workers``: processes for the reports (default: 2 on Linux; a GUI caller passes 1)."""
    outcome = merge(
        package, inputs, choose=choose, exclude=exclude, progress=progress, check_text=text_problems
    )
    files = render_all(
        report_data(outcome), progress, default_workers() if workers is None else workers
    )
    return outcome, write_outputs(outcome, outdir, files)
