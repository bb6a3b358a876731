"""Benchmark of the merge: 250 projects × 40 judges × 3 dimensions (30,000 scores).

Run from the repository root: ``python bench/merge.py [--repeat N] [--profile]``.
Setup (event, package, 40 score files in a temp folder) is not measured. A benchmark
reports; it always exits 0.
"""

from __future__ import annotations

import argparse
import cProfile
import itertools
import json
import os
import platform
import pstats
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from demo.synthetic import build_synthetic
from storage.merge import MergeOutcome, merge
from storage.outputs import write_outputs
from storage.package import read_package

TARGET_MS = 500.0


def setup(root: Path) -> tuple[Path, Path]:
    package, folder = build_synthetic(root)
    return package.path, folder


def baseline(folder: Path) -> list[tuple[list[tuple[str, str]], list[tuple[str, str, str]]]]:
    """The least any merge must do: open each file, read meta and every score row."""
    out = []
    for path in sorted(folder.glob("*.psscore")):
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            meta = conn.execute("SELECT key, value FROM meta").fetchall()
            rows = conn.execute("SELECT project, dimension, value FROM scores").fetchall()
        finally:
            conn.close()
        out.append((meta, rows))
    return out


def merge_all(pkg: Path, folder: Path) -> MergeOutcome:
    return merge(read_package(pkg), [folder])


def measure(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """(median, min) in ms over ``repeat`` runs, after one untimed warm-up run."""
    fn()
    times: list[float] = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def profile(pkg: Path, folder: Path, top: int = 25) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    merge_all(pkg, folder)
    profiler.disable()
    print(f"\ncProfile of read_package + merge (one run), top {top} by cumulative time:")
    pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7, help="timed runs per figure")
    parser.add_argument("--profile", action="store_true", help="cProfile one merge run")
    args = parser.parse_args(argv)
    repeat = max(1, args.repeat)

    with tempfile.TemporaryDirectory(prefix="panelscore-bench-") as tmp:
        root = Path(tmp)
        pkg, folder = setup(root)
        package = read_package(pkg)
        outcome = merge(package, [folder])
        scores = sum(len(rows) for _, rows in baseline(folder))
        runs = itertools.count()

        figures = {
            "(a) baseline: sqlite3 rows": measure(lambda: baseline(folder), repeat),
            "(b) read_package + merge": measure(lambda: merge_all(pkg, folder), repeat),
            "    read_package alone": measure(lambda: read_package(pkg), repeat),
            "    merge alone": measure(lambda: merge(package, [folder]), repeat),
            "(c) json.dumps(results)": measure(
                lambda: json.dumps(outcome.results, ensure_ascii=False, indent=2), repeat
            ),
            "(c) write_outputs": measure(
                lambda: write_outputs(outcome, root / f"out{next(runs)}"), repeat
            ),
        }

        cores = os.cpu_count()
        usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else cores
        print(
            f"Python {platform.python_version()} ({platform.python_implementation()}), "
            f"{platform.system()} {platform.machine()}, {cores} cores ({usable} usable)"
        )
        print(
            f"{len(package.event.projects)} projects, {len(package.event.judges)} judges, "
            f"{len(package.event.dimensions)} dimensions: {scores} scores in "
            f"{len(list(folder.glob('*.psscore')))} files; {len(outcome.problems)} problems; "
            f"{repeat} runs"
        )
        print(f"\n{'':30} {'median ms':>10} {'min ms':>10}")
        for name, (med, low) in figures.items():
            print(f"{name:30} {med:10.1f} {low:10.1f}")
        base_med, base_min = figures["(a) baseline: sqlite3 rows"]
        merge_med, merge_min = figures["(b) read_package + merge"]
        print(
            f"\nratio (b)/(a): {merge_med / base_med:.1f}× (median), "
            f"{merge_min / base_min:.1f}× (min)"
        )
        verdict = "PASS" if merge_med < TARGET_MS else "FAIL"
        print(
            f"target: merge + rank under {TARGET_MS:.0f} ms on the CI machine: "
            f"{verdict} (median {merge_med:.0f} ms)"
        )
        if args.profile:
            profile(pkg, folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
