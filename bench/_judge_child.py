"""Child process of bench/judge_ui.py: start, wait for the first paint, print the time, quit.

``python bench/_judge_child.py bare`` shows an empty QMainWindow (the floor any PySide6 app
pays); ``judge DATA_DIR`` calls ``ui.app.run_gui(DATA_DIR)``; ``main DATA_DIR`` runs main.py's
``main()`` with ``--data-dir DATA_DIR`` (the path a judge's double-click takes);
``judge-pandas DATA_DIR`` is ``judge`` with sqlite-utils imported first, pandas and all, as
it was before storage/__init__.py kept pandas out. In the judge
modes the paint that counts is the first one of the project list (the QTableView's viewport)
while the judge window shows its workspace. One line ``BENCH {json}`` goes to stdout with
``time.time()`` stamps; the parent subtracts the moment it spawned this process.

Stages stamped on the way: ``qt`` PySide6.QtWidgets imported, ``app`` QApplication made,
``imports`` the workspace database opened (every module the app needs is imported by then),
``chooser`` the role chooser painted (main.py asks "judge or secretariat?" first; this child
clicks "Judge" at once; ``run_gui`` is given ``role="judge"`` where it takes one), ``shown``
the main window's Show event, ``paint``. With BENCH_PROFILE=FILE set the whole run
is profiled (cProfile) into FILE.
"""

from __future__ import annotations

import time

STARTED = time.time()  # the interpreter is up and running this file

import inspect  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
marks: dict[str, object] = {"python": STARTED}


def _audit(event: str, args: tuple[object, ...]) -> None:
    # The app's first SQLite connection is the workspace's: its imports are all done.
    if event == "sqlite3.connect" and "imports" not in marks:
        marks["imports"] = time.time()


def run(mode: str) -> int:
    sys.path.insert(0, str(ROOT))
    sys.addaudithook(_audit)

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QWidget

    marks["qt"] = time.time()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    marks["app"] = time.time()

    class FirstPaint(QObject):
        """Application-wide filter: stamps the first paint that counts, then quits."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            kind = event.type()
            if kind == QEvent.Type.Show and "shown" not in marks:
                if isinstance(watched, QMainWindow):
                    marks["shown"] = time.time()
            elif kind == QEvent.Type.Paint and "paint" not in marks:
                if self.counts(watched):
                    marks["paint"] = time.time()
                    app.removeEventFilter(self)
                    QTimer.singleShot(0, app.quit)
                elif "chooser" not in marks and isinstance(watched, QWidget):
                    # The role chooser (ui/start.py), painted: "Judge" is clicked at once.
                    button = getattr(watched.window(), "judge_button", None)
                    if button is not None:
                        marks["chooser"] = time.time()
                        QTimer.singleShot(0, button.click)
            return False

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
    if mode == "bare":
        window = QMainWindow()
        window.resize(1400, 860)
        window.show()
        return app.exec()
    if mode in ("judge", "judge-pandas"):
        if mode == "judge-pandas":  # as before storage/__init__.py kept pandas out
            import sqlite_utils  # noqa: F401
        from ui.app import run_gui

        if "role" in inspect.signature(run_gui).parameters:  # no role chooser first
            return run_gui(Path(sys.argv[2]), role="judge")
        return run_gui(Path(sys.argv[2]))
    if mode == "main":
        sys.argv = [str(ROOT / "main.py"), "--data-dir", sys.argv[2]]
        import main as entry

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
    print("BENCH " + json.dumps(marks), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
