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
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scoring.content import ScoreContent, SheetRow
from scoring.model import Category, Event, Judge, Project
from scoring.rubric import DEFAULT_DIMENSIONS
from storage.merge import MergeOutcome, merge
from storage.outputs import write_outputs
from storage.package import PackageInfo, build_package, read_package
from storage.scorefile import write_score_file

PROJECTS_PER_CATEGORY = 125
CATEGORIES = ("A", "B")
JUDGES = 40
TARGET_MS = 500.0
SEED = 20240601


def make_event() -> Event:
    projects = tuple(
        Project(f"{cat}{i + 1:03d}", f"项目{cat}{i + 1:03d}", f"单位{cat}{i % 60}", cat, order=i)
        for cat in CATEGORIES
        for i in range(PROJECTS_PER_CATEGORY)
    )
    return Event(
        id="00000000-0000-4000-8000-00000000be0c",
        name="基准评审会",
        dimensions=DEFAULT_DIMENSIONS,
        categories=tuple(Category(c, f"类别{c}", i) for i, c in enumerate(CATEGORIES)),
        projects=projects,
        judges=tuple(Judge(f"J{i + 1:02d}", f"评委{i + 1}", order=i) for i in range(JUDGES)),
    )


def on_grid(rng: random.Random, quality: float, maximum: Decimal, step: Decimal) -> Decimal:
    """A plausible score: the project's quality plus judge noise, clamped, on the step grid."""
    raw = (quality + rng.gauss(0, 0.08)) * float(maximum)
    steps = round(min(max(raw, 0.0), float(maximum)) / float(step))
    return step * steps


def setup(root: Path) -> tuple[Path, Path]:
    """The package and a folder of 40 score files; returns (package path, scores folder)."""
    event = make_event()
    package = build_package(event, None, root / "bench.pspkg")
    folder = root / "scores"
    folder.mkdir()
    rng = random.Random(SEED)
    quality = {p.code: rng.uniform(0.45, 0.95) for p in event.projects}
    for judge in event.judges:
        scores = {
            p.code: {d.key: on_grid(rng, quality[p.code], d.max, d.step) for d in event.dimensions}
            for p in event.projects
        }
        content = ScoreContent(
            event_id=event.id,
            package_digest=package.digest,
            judge=judge.id,
            scores=scores,
            sheets={p.code: SheetRow("submitted", "", 1) for p in event.projects},
            judge_name=judge.name,
            package_code=package.code,
            exported_at="2024-06-01T12:00:00+00:00",
            revision=1,
        )
        write_score_file(content, folder / f"{judge.id}.psscore")
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
        package: PackageInfo = read_package(pkg)
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
