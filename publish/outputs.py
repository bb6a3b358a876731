"""Merge, render every report from the same results, and write the output folder at once."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from publish.collect import merge_inputs
from publish.data import report_data
from reports.render import default_workers, render_all
from storage.merge import MergeOutcome
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
    outcome = merge_inputs(package, inputs, choose=choose, exclude=exclude, progress=progress)
    return outcome, publish(outcome, outdir, progress=progress, workers=workers)


def publish(
    outcome: MergeOutcome,
    outdir: Path,
    *,
    progress: Progress | None = None,
    workers: int | None = None,
) -> list[Path]:
    """Render every report from one merge's results and write the output folder at once."""
    files = render_all(
        report_data(outcome), progress, default_workers() if workers is None else workers
    )
    return write_outputs(outcome, outdir, files)
