"""Benchmark of the reports: all four files for 250 projects × 40 judges.

Run from the repository root: ``python bench/reports.py [--repeat N]``. Prints the time of
each document and of all four, next to the time to merge the same inputs (the ratio is the
figure that survives a noisy machine). Target: all four under 3 s on the CI machine.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from demo.synthetic import build_synthetic
from publish.data import report_data
from reports.render import DOCUMENTS, render_all
from storage.merge import merge

TARGET_S = 3.0


def measure(run: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="panelscore-bench-") as tmp:
        package, folder = build_synthetic(Path(tmp))
        outcome = merge(package, [folder])
        data = report_data(outcome)
        rows = {"merge (baseline)": measure(lambda: merge(package, [folder]), args.repeat)}
        for name, render in DOCUMENTS:
            rows[name] = measure(lambda render=render: render(data), args.repeat)
        rows["all four, 1 process"] = measure(lambda: render_all(data), args.repeat)
        rows["all four, 2 processes"] = measure(lambda: render_all(data, workers=2), args.repeat)
        sizes = {name: len(blob) for name, blob in render_all(data).items()}
    print(
        f"Python {platform.python_version()}, {platform.system()} {platform.machine()}, "
        f"{os.cpu_count()} cores; 250 projects × 40 judges; {args.repeat} runs"
    )
    print(f"{'':24}{'median s':>10}{'min s':>10}{'× merge':>10}{'size KB':>10}")
    base = statistics.median(rows["merge (baseline)"])
    for name, times in rows.items():
        median = statistics.median(times)
        size = f"{sizes[name] // 1024}" if name in sizes else ""
        print(f"{name:24}{median:10.3f}{min(times):10.3f}{median / base:10.1f}{size:>10}")
    total = statistics.median(rows["all four, 2 processes"])
    verdict = "PASS" if total < TARGET_S else "FAIL"
    print(
        f"target: all four reports under {TARGET_S:.0f} s on the CI machine: {verdict} "
        f"(median {total:.2f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
