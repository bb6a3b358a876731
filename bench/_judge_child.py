"""Child process of bench/judge_ui.py: start, wait for the first paint, print the time, quit.

``python bench/_judge_child.py bare`` shows an empty QMainWindow (the floor any PySide6 app
pays); ``floor`` shows the judge's first screen rebuilt in plain PySide6 with none of the
app's code (bench/_floor_window.py: what any program showing that screen pays);
``judge DATA_DIR`` calls ``ui.app.run_gui(DATA_DIR, role="judge")``; ``main DATA_DIR`` runs
main.py's ``main()`` with ``--data-dir DATA_DIR`` (the path a judge's double-click takes).
In the judge modes the child imports nothing of Qt itself (the app imports its modules in its
own order) and watches the judge window's widgets from wrappers of its set-up methods. The
paint that counts is the first one of the project list (stamped when that paint, rows and
all, is done; for the bare window, when its first paint is done). One line
``BENCH {json}`` goes to stdout with ``time.time()`` stamps; the parent subtracts the moment
it spawned this process.

Stages stamped on the way: ``qt`` PySide6.QtWidgets imported (bare only), ``app`` the
QApplication made (judge modes: PanelScoreApp.start called), ``chooser`` main.py's "judge or
secretariat?" on a laptop's first start (answered "Judge" at once; measured runs are
restarts, which do not ask), ``imports`` the workspace database opened (every module the app
needs is imported by then; seen by wrapping ``Workspace.open``: an audit hook would cost the
app a Python call for every import and file opened), ``shown`` the main window's Show event,
``paint``; then ``materials``, the first paint of the PDF view, which the judge window builds
after its first paint (not part of the target). With BENCH_PROFILE=FILE set the whole run is
profiled (cProfile) into FILE.
"""

from __future__ import annotations

import time

STARTED = time.time()  # the interpreter is up and running this file

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
marks: dict[str, object] = {"python": STARTED}


class Probe:
    """Event filters on the widgets that matter (not the whole app: an app-wide Python filter
    converts every receiver to a Python object, which costs PySide type creation that the app
    itself never pays). Stamps Show and the first Paint, then quits."""

    def __init__(self, mode: str) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        assert app is not None
        show, paint = QEvent.Type.Show, QEvent.Type.Paint

        class Filter(QObject):
            def __init__(self, on_show: str = "", on_paint: str = "", last: bool = False) -> None:
                super().__init__()
                self.on_show, self.on_paint, self.last = on_show, on_paint, last
                self.seen = False

            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                kind = event.type()
                if kind == show and self.on_show and self.on_show not in marks:
                    marks[self.on_show] = time.time()
                elif kind == paint and self.on_paint and not self.seen:
                    # Stamped once this whole paint (children, flush) is done: the event
                    # loop's next turn.
                    self.seen = True
                    QTimer.singleShot(0, self.stamp)
                return False

            def stamp(self) -> None:
                marks[self.on_paint] = time.time()
                # CPU time of the process so far, in µs (an int: not a wall-clock stamp)
                marks[f"{self.on_paint}_cpu_us"] = int(time.process_time() * 1e6)
                if self.last:
                    app.quit()

        self.filter_class = Filter
        self.filters: list[QObject] = []
        self.mode = mode

    def watch(self, widget: Any, on_show: str = "", on_paint: str = "", last: bool = False) -> None:
        watcher = self.filter_class(on_show, on_paint, last)
        widget.installEventFilter(watcher)
        self.filters.append(watcher)


def probe_judge_window(mode: str) -> None:
    """Wrap the judge window's workspace and viewer set-up to watch their widgets (ui.app is
    imported here exactly as main.py's _gui would: after cli.main in main mode)."""
    import storage.workspace
    import ui.app
    import ui.judge.materials_pane
    import ui.judge.window

    probe: list[Probe] = []
    open_folder = storage.workspace.Workspace.open.__func__  # type: ignore[attr-defined]

    def open_workspace(cls: type, *args: object, **kwargs: object) -> object:
        marks.setdefault("imports", time.time())  # every module the window needs is loaded
        return open_folder(cls, *args, **kwargs)

    storage.workspace.Workspace.open = classmethod(open_workspace)  # type: ignore[method-assign, assignment]
    window_class = ui.judge.window.JudgeWindow
    open_workspace = window_class._open_workspace
    pane_class = ui.judge.materials_pane.MaterialsPane
    build = pane_class._build

    def opened(window: Any) -> None:
        open_workspace(window)
        if not probe:
            probe.append(Probe(mode))
        marks["workspace"] = True
        marks["rows"] = window.model.rowCount()
        probe[0].watch(window, on_show="shown")
        # The table, not its viewport: asking PySide for the viewport costs ~5 ms of type
        # creation that the app does not pay. The table's frame paints first, the viewport
        # right after it in the same paint; the stamp waits until that paint is done.
        probe[0].watch(window.table, on_paint="paint")

    def built(pane: Any) -> None:
        build(pane)
        if pane.is_built() and probe:
            probe[0].watch(pane.viewer.pdf_pane.view.viewport(), on_paint="materials", last=True)

    def ask_role() -> str:  # main.py's first start on this data folder: "Judge", at once
        marks["chooser"] = time.time()
        return "judge"

    start = ui.app.PanelScoreApp.start.__func__  # type: ignore[attr-defined]

    def started(cls: type, *args: object, **kwargs: object) -> object:
        marks["app"] = time.time()
        return start(cls, *args, **kwargs)

    ui.app.PanelScoreApp.start = classmethod(started)  # type: ignore[method-assign, assignment]
    window_class._open_workspace = opened  # type: ignore[method-assign]
    pane_class._build = built  # type: ignore[method-assign]
    ui.app.PanelScoreApp.ask_role = staticmethod(ask_role)  # type: ignore[method-assign]
    marks["_probe"] = probe


def run(mode: str) -> int:
    sys.path.insert(0, str(ROOT))
    if mode == "bare":
        from PySide6.QtWidgets import QApplication, QMainWindow

        marks["qt"] = time.time()
        app = QApplication(sys.argv[:1])
        marks["app"] = time.time()
        window = QMainWindow()
        probe = Probe(mode)
        probe.watch(window, on_show="shown", on_paint="paint", last=True)
        window.resize(1400, 860)
        window.show()
        return app.exec()
    if mode == "floor":
        from PySide6.QtWidgets import QApplication

        app = QApplication(sys.argv[:1])
        marks["app"] = time.time()
        from bench._floor_window import build

        window, table = build(app)
        probe = Probe(mode)
        probe.watch(window, on_show="shown")
        probe.watch(table, on_paint="paint", last=True)
        window.show()
        return app.exec()
    if mode == "judge":
        probe_judge_window(mode)
        from ui.app import run_gui

        return run_gui(Path(sys.argv[2]), role="judge")
    if mode == "main":
        sys.argv = [str(ROOT / "main.py"), "--data-dir", sys.argv[2]]
        import cli.main  # noqa: F401  (main.main() imports it first, then ui.app)
        import main as entry

        probe_judge_window(mode)
        return entry.main()
    raise SystemExit(f"unknown mode {mode}")


def main() -> int:
    profile = os.environ.get("BENCH_PROFILE")
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        code = profiler.runcall(run, sys.argv[1])
        profiler.dump_stats(profile)
    else:
        code = run(sys.argv[1])
    marks["exit_code"] = code
    marks.pop("_probe", None)
    print("BENCH " + json.dumps(marks), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
