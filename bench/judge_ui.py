"""Benchmark of the judge app (issue 4): start-up to a painted workspace, and project switches.

Run from the repository root: ``python bench/judge_ui.py [--runs N] [--switches N]
[--platform offscreen|xcb] [--profile]`` (about 40 s with the defaults).

Setup, not measured: a 250-project × 40-judge event whose every project has a 30-page PDF
(text and drawings on each page, drawn with reportlab), built into a package once, imported
into a data folder with judge J01 chosen.

(a) Start: from just before the parent spawns a process to the first Paint event of the
    judge window's project list (workspace page current), seen by an application-wide event
    filter in the child (bench/_judge_child.py; wall clock ``time.time()`` on both sides).
    Next to it, in the same run and alternating with it, the start of a bare PySide6 process
    that shows an empty QMainWindow. Medians of N runs each, and the ratio (target < 1.5).
    Both entries are measured: ``run_gui(data_dir, role="judge")`` (plain ``run_gui(data_dir)``
    where it takes no role) and main.py, which asks "judge or secretariat?" on a laptop's
    first start only (ui/start.py): the child clicks "Judge" as soon as that chooser is
    painted, so the warm-up run answers it and the measured runs are restarts. The column
    "material" is when the PDF view first paints: the window builds the viewer right after
    its first paint (reported, not the target).
(b) Switch: in this process, ``JudgeWindow.next_project()`` until the new project's first
    PDF page, rendered by QPdfView's render thread, is painted in the materials viewer.
    Median and p90 over N switches (target < 50 ms), with the synchronous part split into
    the saved setting, the sheet read, the form, the material read and the viewer, and the
    whole split into the table + form part and the viewer part (until its page is painted).

A benchmark reports; it always exits 0.
"""

from __future__ import annotations

import argparse
import compileall
import cProfile
import json
import os
import platform
import pstats
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._judge_event import PAGES, build_event_package, prepare_data_dir  # noqa: E402
from storage.workspace import Workspace  # noqa: E402

CHILD = Path(__file__).resolve().parent / "_judge_child.py"
START_RATIO_TARGET = 1.5
SWITCH_TARGET_MS = 50.0


# -- (a) start-up --------------------------------------------------------------------------
def spawn(mode: str, data_dir: Path | None, env: dict[str, str]) -> dict[str, Any]:
    """One child; stamps relative to the moment just before the spawn, in ms."""
    command = [sys.executable, str(CHILD), mode]
    if data_dir is not None:
        command.append(str(data_dir))
    spawned = time.time()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=30)
    line = next((x for x in done.stdout.splitlines() if x.startswith("BENCH ")), None)
    if done.returncode != 0 or line is None:
        raise RuntimeError(f"{mode} child failed ({done.returncode}):\n{done.stderr[-2000:]}")
    marks = json.loads(line[len("BENCH ") :])
    if mode in ("judge", "main") and not marks.get("workspace"):
        raise RuntimeError(f"{mode} child painted the project list without its workspace")
    return {
        key: (value - spawned) * 1000 if isinstance(value, float) else value
        for key, value in marks.items()
    }


def child_env(platform_name: str) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = platform_name
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    return env


def measure_start(data_dir: Path, runs: int, env: dict[str, str]) -> dict[str, list[dict]]:
    modes = {"bare": None, "floor": None, "judge": data_dir, "main": data_dir}
    for mode, folder in modes.items():  # warm the file cache; not counted
        spawn(mode, folder, env)
    results: dict[str, list[dict]] = {mode: [] for mode in modes}
    for _ in range(runs):
        for mode, folder in modes.items():  # alternating, so drift hits all alike
            results[mode].append(spawn(mode, folder, env))
    return results


def stage_median(runs: list[dict], key: str) -> str:
    key = "materials" if key == "material" else key
    values = [r[key] for r in runs if key in r]
    return f"{statistics.median(values):8.0f}" if values else f"{'':8}"


NAMES = {
    "bare": "bare PySide6 QMainWindow",
    "floor": "same screen, plain PySide6",
    "judge": "judge: run_gui(data_dir)",
    "main": "judge: main.py --data-dir",
}


def print_start(results: dict[str, list[dict]]) -> float:
    print(
        "\n(a) process start → first paint, ms since spawn (medians; stages: python running, "
        "PySide6.QtWidgets imported,\n    QApplication, role chooser painted (main.py only; "
        '"Judge" clicked at once), workspace DB opened,\n    window shown, project list painted; '
        "then the first PDF page painted)"
    )
    stages = ("python", "qt", "app", "chooser", "imports", "shown", "paint", "material")
    header = "".join(f"{s:>8}" for s in stages)
    print(f"{'':28}{header}{'min':>8}{'× bare':>8}{'min ×':>8}{'pair ×':>8}")
    bare_paints = [r["paint"] for r in results["bare"]]
    bare, bare_min = statistics.median(bare_paints), min(bare_paints)
    for mode, runs in results.items():
        paints = [r["paint"] for r in runs]
        median = statistics.median(paints)
        paired = statistics.median(p / b for p, b in zip(paints, bare_paints, strict=True))
        cells = "".join(stage_median(runs, key) for key in stages)
        print(
            f"{NAMES[mode]:28}{cells}{min(paints):8.0f}{median / bare:8.2f}"
            f"{min(paints) / bare_min:8.2f}{paired:8.2f}"
        )
    print(
        "(× bare: ratio of medians; min ×: ratio of the fastest runs; pair ×: median of each"
        " round's ratio to the bare\n start just before it: the machine's speed drifts, and"
        " the two last ones follow it better)"
        "\n(same screen: the judge's first screen, same widgets, font and 250 rows, in plain"
        " PySide6 with none of\n the app's code: no database, package, translations or"
        " dataclasses; bench/_floor_window.py)"
    )
    return bare


def profile_start(data_dir: Path, env: dict[str, str], root: Path, top: int = 30) -> None:
    """One run_gui start under cProfile (slower than unprofiled), top functions."""
    stats = root / "start.prof"
    spawn("judge", data_dir, {**env, "BENCH_PROFILE": str(stats)})
    print(f"\ncProfile of one run_gui start, top {top} by cumulative time:")
    pstats.Stats(str(stats), stream=sys.stdout).sort_stats("cumulative").print_stats(top)


# -- (b) project switch --------------------------------------------------------------------
class Timed:
    """Wraps a bound method and adds up the time spent in it."""

    def __init__(self, owner: object, name: str) -> None:
        self.owner, self.name = owner, name
        self.inner: Callable[..., Any] = getattr(owner, name)
        self.total = 0.0
        setattr(owner, name, self)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return self.inner(*args, **kwargs)
        finally:
            self.total += time.perf_counter() - start

    def take(self) -> float:
        total, self.total = self.total, 0.0
        return total * 1000


def measure_switches(data_dir: Path, switches: int, profile: bool) -> dict[str, list[float]]:
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer, qInstallMessageHandler
    from PySide6.QtPdf import QPdfPageRenderer
    from PySide6.QtWidgets import QApplication

    from ui.judge.window import JudgeWindow

    def quiet(_kind: object, _context: object, message: str) -> None:
        if "propagateSizeHints" not in message:  # said by offscreen on every shown window
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    workspace = Workspace.open(data_dir)
    window = JudgeWindow(workspace, None)
    window.show()
    view = window.viewer.pdf_pane.view
    renderer = view.findChild(QPdfPageRenderer)
    assert renderer is not None, "QPdfView has no QPdfPageRenderer child any more"

    class Probe(QObject):
        """Stamps page 0 rendered, then the first viewport paint after it."""

        def __init__(self) -> None:
            super().__init__()
            self.done: Callable[[], None] | None = None
            self.reset()

        def reset(self) -> None:
            self.rendered: float | None = None
            self.painted: float | None = None

        def on_rendered(self, page: int, *_rest: object) -> None:
            if page == 0 and self.rendered is None:
                self.rendered = time.perf_counter()

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and self.rendered and self.painted is None:
                self.painted = time.perf_counter()
                if self.done is not None:
                    self.done()
            return False

    probe = Probe()
    renderer.pageRendered.connect(probe.on_rendered)
    view.viewport().installEventFilter(probe)

    loop = QEventLoop()
    watchdog = QTimer(singleShot=True, interval=5000)
    watchdog.timeout.connect(loop.quit)

    def settle(until: Callable[[], bool]) -> bool:
        """Run the event loop (sleeping while idle) until ``until()`` or 5 s passed."""
        if not until():
            probe.done = lambda: loop.quit() if until() else None
            watchdog.start()
            loop.exec()
            watchdog.stop()
            probe.done = None
        return until()

    settle(lambda: probe.painted is not None)  # the start project's page is up
    parts = {
        "set_setting": Timed(workspace, "set_setting"),
        "sheet": Timed(workspace, "sheet"),
        "form.load": Timed(window.form, "load"),
        "reader.read": Timed(window.reader, "read"),
        "viewer.set_materials": Timed(window.viewer, "set_materials"),
    }
    keys = ("total", "sync", "rendered", "table+form", "viewer", *parts)
    rows: dict[str, list[float]] = {k: [] for k in keys}
    profiler = cProfile.Profile() if profile else None
    timeouts = 0
    for _ in range(switches):
        app.processEvents()  # nothing left over from the previous switch
        probe.reset()
        if profiler:
            profiler.enable()
        start = time.perf_counter()
        window.next_project()
        sync = time.perf_counter()
        ok = settle(lambda: probe.painted is not None)
        if profiler:
            profiler.disable()
        spent = {name: timed.take() for name, timed in parts.items()}
        if not ok:
            timeouts += 1
            continue
        rows["total"].append((probe.painted - start) * 1000)  # type: ignore[operator]
        rows["sync"].append((sync - start) * 1000)
        rows["rendered"].append((probe.rendered - start) * 1000)  # type: ignore[operator]
        for name, value in spent.items():
            rows[name].append(value)
        viewer = rows["reader.read"][-1] + rows["viewer.set_materials"][-1]
        rows["table+form"].append(rows["sync"][-1] - viewer)
        rows["viewer"].append(rows["total"][-1] - rows["table+form"][-1])
    shown = window.current, window.viewer.page_count()
    window.close()
    workspace.close()
    QTimer.singleShot(0, app.quit)
    app.exec()
    print(
        f"\n(b) next_project() → new project's page 1 painted: {len(rows['total'])} switches "
        f"(ended on {shown[0]}, {shown[1]} pages){f', {timeouts} TIMED OUT' if timeouts else ''}"
    )
    if profiler:
        print("\ncProfile of the switches, top 25 by cumulative time:")
        pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(25)
    return rows


def p90(values: list[float]) -> float:
    return statistics.quantiles(values, n=10)[-1] if len(values) > 1 else values[0]


def print_switches(rows: dict[str, list[float]]) -> None:
    labels = {
        "total": "next_project → page painted",
        "sync": "  next_project() call",
        "set_setting": "    workspace.set_setting",
        "sheet": "    workspace.sheet",
        "form.load": "    form.load",
        "reader.read": "    reader.read (PDF bytes)",
        "viewer.set_materials": "    viewer.set_materials",
        "rendered": "  → page 1 rendered (thread)",
        "table+form": "table + form part (sync − viewer)",
        "viewer": "viewer part (total − table+form)",
    }
    print(f"{'':34}{'median ms':>10}{'p90 ms':>10}{'max ms':>10}")
    for key, label in labels.items():
        values = rows[key]
        if values:
            print(
                f"{label:34}{statistics.median(values):10.2f}{p90(values):10.2f}{max(values):10.2f}"
            )


# -- main ----------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="start-ups per kind (a)")
    parser.add_argument("--switches", type=int, default=50, help="project switches (b)")
    parser.add_argument(
        "--platform",
        default="offscreen",
        choices=("offscreen", "xcb"),
        help="Qt platform (xcb needs a DISPLAY)",
    )
    parser.add_argument(
        "--profile", action="store_true", help="cProfile one start (a) and the switches (b)"
    )
    parser.add_argument(
        "--source-only",
        action="store_true",
        help="(a) do not byte-compile the project first (every start then compiles it)",
    )
    args = parser.parse_args(argv)
    if not args.source_only:
        # An installed app (PyInstaller, pip) starts from byte-code; with
        # PYTHONDONTWRITEBYTECODE set (as here) nothing would ever be cached.
        compileall.compile_dir(ROOT, quiet=1, rx=re.compile(r"[/\\](\.venv|\.git|tests)[/\\]"))
    if args.platform == "xcb" and not os.environ.get("DISPLAY"):
        print("--platform xcb needs a DISPLAY; using offscreen")
        args.platform = "offscreen"
    os.environ["QT_QPA_PLATFORM"] = args.platform  # for (b), in this process

    with tempfile.TemporaryDirectory(prefix="panelscore-bench-") as tmp:
        root = Path(tmp)
        began = time.perf_counter()
        package = build_event_package(root)
        start_dir, switch_dir = root / "data-start", root / "data-switch"
        prepare_data_dir(package.path, start_dir)
        shutil.copytree(start_dir, switch_dir)
        setup_s = time.perf_counter() - began
        cores = os.cpu_count()
        print(
            f"Python {platform.python_version()}, {platform.system()} {platform.machine()}, "
            f"{cores} cores; Qt platform {args.platform}; {len(package.event.projects)} "
            f"projects × {len(package.event.judges)} judges, a {PAGES}-page PDF each "
            f"({package.path.stat().st_size / 2**20:.1f} MB package); setup {setup_s:.1f} s"
        )
        results = measure_start(start_dir, max(1, args.runs), child_env(args.platform))
        bare = print_start(results)
        if args.profile:
            profile_start(start_dir, child_env(args.platform), root)
        rows = measure_switches(switch_dir, max(2, args.switches), args.profile)
        print_switches(rows)

    judge = statistics.median(r["paint"] for r in results["judge"])
    main_py = statistics.median(r["paint"] for r in results["main"])
    switch = statistics.median(rows["total"]) if rows["total"] else float("inf")
    print(f"\nruns: {args.runs} start-ups of each kind (alternating), {args.switches} switches")
    for name, value in (("run_gui", judge), ("main.py", main_py)):
        verdict = "PASS" if value / bare < START_RATIO_TARGET else "FAIL"
        print(
            f"target (a) start ({name}) under {START_RATIO_TARGET}× a bare PySide6 window: "
            f"{verdict} ({value:.0f} ms / {bare:.0f} ms = {value / bare:.2f}×)"
        )
    verdict = "PASS" if switch < SWITCH_TARGET_MS else "FAIL"
    print(
        f"target (b) next project painted under {SWITCH_TARGET_MS:.0f} ms: {verdict} "
        f"(median {switch:.1f} ms, p90 {p90(rows['total']) if rows['total'] else 0:.1f} ms)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
