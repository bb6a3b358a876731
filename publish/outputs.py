"""Merge, render every report from the same results, and write the output folder at once."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from publish.data import report_data
from reports.glyphs import text_problems
from reports.render import render_all
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
) -> tuple[MergeOutcome, list[Path]]:
    """Everything ``main.py merge`` does; raises InputError / ExportError, writing nothing."""
    outcome = merge(
        package, inputs, choose=choose, exclude=exclude, progress=progress, check_text=text_problems
    )
    files = render_all(report_data(outcome), progress)
    return outcome, write_outputs(outcome, outdir, files)
