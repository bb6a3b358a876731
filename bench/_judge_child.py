"""Child process of bench/judge_ui.py: start, wait for the first paint, print the time, quit.

``python bench/_judge_child.py bare`` shows an empty QMainWindow (the floor any PySide6 app
pays); ``judge DATA_DIR`` calls ``ui.app.run_gui(DATA_DIR, role="judge")``; ``main DATA_DIR``
runs main.py's ``main()`` with ``--data-dir DATA_DIR`` (the path a judge's double-click takes).
In the judge modes the child imports nothing of Qt itself: the app imports its modules in its
own order, and the probe is installed when ``PanelScoreApp.start`` is called (the QApplication
exists by then, no window yet). The paint that counts is the first one of the project list
(the QTableView's viewport) while the judge window shows its workspace. One line
``BENCH {json}`` goes to stdout with ``time.time()`` stamps; the parent subtracts the moment
it spawned this process.

Stages stamped on the way: ``qt`` PySide6.QtWidgets imported (bare only), ``app`` the
QApplication made (judge modes: PanelScoreApp.start called), ``chooser`` the role chooser
painted (main.py asks "judge or secretariat?" on a laptop's first start only; this child
clicks "Judge" at once), ``imports`` the workspace database opened (every module the app
needs is imported by then), ``shown`` the main window's Show event, ``paint``; then
``materials``, the first paint of the PDF view, which the judge window builds after its
first paint (not part of the target). With BENCH_PROFILE=FILE set the whole run is profiled
(cProfile) into FILE.
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


def _audit(event: str, args: tuple[object, ...]) -> None:
    # The app's first SQLite connection is the workspace's: its imports are all done.
    if event == "sqlite3.connect" and "imports" not in marks:
        marks["imports"] = time.time()


def install_probe(mode: str) -> Any:
    """An application-wide event filter on the running QApplication; returns it (keep it)."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QWidget

    app = QApplication.instance()
    assert app is not None

    class FirstPaint(QObject):
        """Stamps the first paint that counts (and the materials' after it), then quits."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            kind = event.type()
            if kind == QEvent.Type.Show and "shown" not in marks:
                if isinstance(watched, QMainWindow):
                    marks["shown"] = time.time()
            elif kind == QEvent.Type.Paint and mode != "bare" and self.is_pages(watched):
                # The materials' first page, painted once the viewer was built after the
                # first paint (ui/judge/materials_pane.py): reported, not the target.
                marks["materials"] = time.time()
                self.finish()
            elif kind == QEvent.Type.Paint and "paint" not in marks:
                if self.counts(watched):
                    marks["paint"] = time.time()
                    if mode == "bare":
                        self.finish()
                elif "chooser" not in marks and isinstance(watched, QWidget):
                    # The role chooser (ui/start.py), painted: "Judge" is clicked at once.
                    button = getattr(watched.window(), "judge_button", None)
                    if button is not None:
                        marks["chooser"] = time.time()
                        QTimer.singleShot(0, button.click)
            return False

        def finish(self) -> None:
            app.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)

        def is_pages(self, watched: QObject) -> bool:
            parent = watched.parent() if isinstance(watched, QWidget) else None
            return (
                "paint" in marks
                and parent is not None
                and parent.inherits("QPdfView")
                and watched.objectName() == "qt_scrollarea_viewport"
            )

        def counts(self, watched: QObject) -> bool:
            if mode == "bare":
                return isinstance(watched, QMainWindow)
            if not (isinstance(watched, QWidget) and isinstance(watched.parent(), QTableView)):
                return False
            if watched.objectName() != "qt_scrollarea_viewport":
                return False
            window = watched.window()
            pages = getattr(window, "pages", None)
            current = pages.currentWidget() if pages is not None else None
            marks["workspace"] = current is not None and current is getattr(window, "splitter", 0)
            marks["rows"] = watched.parent().model().rowCount()
            return bool(marks["workspace"])

    probe = FirstPaint()
    app.installEventFilter(probe)
    return probe


def probe_at_start(mode: str) -> None:
    """Wrap PanelScoreApp.start so the probe goes in as the app starts (ui.app is imported
    here exactly as main.py's _gui would: after cli.main in main mode)."""
    import ui.app

    start = ui.app.PanelScoreApp.start.__func__  # type: ignore[attr-defined]

    def started(cls: type, *args: object, **kwargs: object) -> object:
        marks["app"] = time.time()
        marks["_probe"] = install_probe(mode)  # kept alive until the end
        return start(cls, *args, **kwargs)

    ui.app.PanelScoreApp.start = classmethod(started)  # type: ignore[method-assign, assignment]


def run(mode: str) -> int:
    sys.path.insert(0, str(ROOT))
    sys.addaudithook(_audit)
    if mode == "bare":
        from PySide6.QtWidgets import QApplication, QMainWindow

        marks["qt"] = time.time()
        app = QApplication(sys.argv[:1])
        marks["app"] = time.time()
        probe = install_probe(mode)  # noqa: F841  (kept alive until the end)
        window = QMainWindow()
        window.resize(1400, 860)
        window.show()
        return app.exec()
    if mode == "judge":
        probe_at_start(mode)
        from ui.app import run_gui

        return run_gui(Path(sys.argv[2]), role="judge")
    if mode == "main":
        sys.argv = [str(ROOT / "main.py"), "--data-dir", sys.argv[2]]
        import cli.main  # noqa: F401  (main.main() imports it first, then ui.app)
        import main as entry

        probe_at_start(mode)
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
