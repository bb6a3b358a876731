"""The merge as the CLI and the console both run it: with the reports' text check."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from reports.glyphs import text_problems
from storage.merge import MergeOutcome, merge
from storage.package import PackageInfo

Progress = Callable[[int, int, str], None]


def merge_inputs(
    package: PackageInfo,
    inputs: Iterable[Path],
    *,
    choose: Mapping[str, str] | None = None,
    exclude: Iterable[str] = (),
    progress: Progress | None = None,
) -> MergeOutcome:
    """Merge, flagging text the PDFs cannot print; InputError when nothing can be counted."""
    return merge(
        package, inputs, choose=choose, exclude=exclude, progress=progress, check_text=text_problems
    )
