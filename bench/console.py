"""Benchmark of the console: collect 40 score files of a 250-project event, show the results.

Run from the repository root: ``python bench/console.py [--repeat N] [--profile]``.
Setup (event, package, 40 score files) is not measured. Each run opens a fresh event file
and ConsoleWindow (offscreen) with the package set, then times: store.collect(folder) →
state.inputs_changed() → the background merge → every page redraws → the Results page's
table shows all 250 rows and is painted. Timed on their own: the charts (filled only when
their tab is shown) and switching the aggregate method (a preview ranked again). Baseline:
the merge alone (publish.collect.merge_inputs), in the same process. Target: under 2 s on
the CI machine. A benchmark reports; it exits 0.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import platform
import pstats
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from demo.synthetic import build_synthetic
from publish.collect import merge_inputs
from scoring.serialize import event_to_dict
from storage.package import PackageInfo
from storage.secretariat import EventStore
from ui.app import use_bundled_font
from ui.console.pages.results import ResultsPage
from ui.console.state import ConsoleState
from ui.console.window import ConsoleWindow

TARGET_S = 2.0
PROJECTS = 250
TIMEOUT_S = 60.0


def timed_method(cls: type, name: str, into: dict[str, float], label: str) -> None:
    """Replace ``cls.name`` by a wrapper that adds its duration to ``into[label]``."""
    original = getattr(cls, name)

    def wrapper(self: object, *args: object) -> object:
        start = time.perf_counter()
        try:
            return original(self, *args)
        finally:
            into[label] += time.perf_counter() - start

    setattr(cls, name, wrapper)


def one_run(app: QApplication, package: PackageInfo, folder: Path, root: Path) -> dict[str, float]:
    """One collect-to-results run in a fresh event file and window; seconds per step."""
    steps: dict[str, float] = defaultdict(float)
    store = EventStore.open(root / "event.psevent")
    state = ConsoleState(store)
    state.set_package(package.path)
    state.replace_event(event_to_dict(package.event), "bench")
    marks: dict[str, float] = {}
    state.outcomeChanged.connect(lambda: marks.setdefault("merged", time.perf_counter()))
    start = time.perf_counter()
    window = ConsoleWindow(state)
    window.show_page("results")
    window.show()
    app.processEvents()
    steps["open window"] = time.perf_counter() - start
    state.outcomeChanged.connect(lambda: marks.setdefault("pages done", time.perf_counter()))
    page = window.pages["results"]
    assert isinstance(page, ResultsPage)

    begin = time.perf_counter()
    store.collect([folder])
    steps["collect (copy 40 files)"] = time.perf_counter() - begin
    loop = QEventLoop()  # sleeps while the merge runs: a busy loop would hold the GIL
    state.outcomeChanged.connect(loop.quit)  # connected last: runs after every page's redraw
    QTimer.singleShot(int(TIMEOUT_S * 1000), loop.quit)
    changed = time.perf_counter()
    state.inputs_changed()
    loop.exec()
    if page.model.rowCount() < PROJECTS:
        raise RuntimeError(f"no results after {TIMEOUT_S:.0f} s: {state.merge_error}")
    shown = time.perf_counter()
    page.table.viewport().repaint()  # the rows on screen, painted
    app.processEvents()
    end = time.perf_counter()
    steps["merge (background)"] = marks["merged"] - changed
    steps["pages redraw (all)"] = marks["pages done"] - marks["merged"]
    steps["table painted"] = end - shown
    steps["total: collect → table"] = end - begin

    charts = time.perf_counter()
    page.tabs.setCurrentIndex(1)
    page.strip.repaint()
    page.tabs.setCurrentIndex(2)
    page.lenient.repaint()
    app.processEvents()
    steps["charts (fill + paint)"] = time.perf_counter() - charts
    page.tabs.setCurrentIndex(0)
    for method in ("median", "zscore"):
        switch = time.perf_counter()
        page.method.setCurrentIndex(page.method.findData(method))
        app.processEvents()
        steps[f"preview: switch to {method}"] = time.perf_counter() - switch
    window.close()
    store.close()
    app.processEvents()
    return steps


def measure(run: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per figure")
    parser.add_argument("--profile", action="store_true", help="cProfile one run")
    args = parser.parse_args(argv)
    repeat = max(1, args.repeat)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    use_bundled_font(app)
    with tempfile.TemporaryDirectory(prefix="panelscore-bench-") as tmp:
        root = Path(tmp)
        package, folder = build_synthetic(root)
        baseline = measure(lambda: merge_inputs(package, [folder]), repeat)
        runs: list[dict[str, float]] = []
        inside: dict[str, float] = defaultdict(float)
        timed_method(ResultsPage, "refresh", inside, "results page refresh")
        for index in range(repeat + 1):  # the first run warms up imports and caches
            inside.clear()
            steps = one_run(app, package, folder, root / f"run{index}")
            steps.update(inside)
            if index:
                runs.append(steps)
        if args.profile:
            profiler = cProfile.Profile()
            profiler.enable()
            one_run(app, package, folder, root / "profiled")
            profiler.disable()
    print(
        f"Python {platform.python_version()}, {platform.system()} {platform.machine()}, "
        f"{os.cpu_count()} cores; {PROJECTS} projects × 40 judges, 40 score files; "
        f"{repeat} runs (after one warm-up)"
    )
    print(f"\n{'':32}{'median s':>10}{'min s':>10}")
    names = list(runs[0])
    rows = {"merge_inputs alone (baseline)": baseline} | {
        name: [run[name] for run in runs] for name in names
    }
    for name, times in rows.items():
        print(f"{name:32}{statistics.median(times):10.3f}{min(times):10.3f}")
    total = statistics.median(rows["total: collect → table"])
    base = statistics.median(baseline)
    print(f"\nratio total / baseline: {total / base:.1f}×")
    verdict = "PASS" if total < TARGET_S else "FAIL"
    print(
        f"target: collect 40 files and show the results under {TARGET_S:.0f} s: {verdict} "
        f"(median {total:.2f} s)"
    )
    if args.profile:
        print("\ncProfile of one run, top 30 by cumulative time:")
        pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
