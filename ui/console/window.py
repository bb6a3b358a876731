"""The secretariat's console: a list of pages on the left, the page on the right.

Wiring only: pages edit through ConsoleState; the merge of the collected inputs runs in the
background whenever the inputs or the package change, and every page that shows it redraws.
"""

from __future__ import annotations

import shutil

from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from demo.builder import DemoFolder, build_demo
from scoring.serialize import event_to_dict
from storage.errors import ExportError, InputError
from storage.merge import NothingCountable
from ui.ask import Ask
from ui.console.pages.collect import CollectPage
from ui.console.pages.event import EventPage
from ui.console.pages.judges import JudgesPage
from ui.console.pages.package import PackagePage
from ui.console.pages.projects import ProjectsPage
from ui.console.pages.results import ResultsPage
from ui.console.pages.rubric import RubricPage
from ui.console.state import ConsoleState
from ui.messages import explain_error
from ui.tasks import Cancelled, Progress, Task, run_task


class ConsoleWindow(QMainWindow):
    switchToJudge = Signal()

    def __init__(self, state: ConsoleState) -> None:
        super().__init__()
        self.state = state
        self.merge_task: Task | None = None
        self._merge_again = False
        self.nav = QListWidget()
        self.nav.setMaximumWidth(200)
        self.nav.setSpacing(3)  # rows a click can hit, not a dense list
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        for key, title, page_class in (
            ("event", self.tr("Event"), EventPage),
            ("rubric", self.tr("Rubric"), RubricPage),
            ("projects", self.tr("Projects"), ProjectsPage),
            ("judges", self.tr("Judges and conflicts"), JudgesPage),
            ("package", self.tr("Package"), PackagePage),
            ("collect", self.tr("Collect"), CollectPage),
            ("results", self.tr("Results"), ResultsPage),
        ):
            page = page_class(state, self)
            self.pages[key] = page
            self.stack.addWidget(page)
            self.nav.addItem(title)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self._build_welcome())
        row = QHBoxLayout()
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        column.addLayout(row, 1)
        self.setCentralWidget(body)
        state.eventChanged.connect(self._show_welcome)
        self._show_welcome()
        self._build_menu()
        state.inputsChanged.connect(self.remerge)
        state.saveFailed.connect(self._save_failed)
        state.packageChanged.connect(self.remerge)
        self.setWindowTitle(self.tr("PanelScore — Secretariat"))
        self.resize(1400, 880)
        start = self.state.store.get("console_page", "event")
        self.show_page(start if start in self.pages else "event")
        self.nav.currentRowChanged.connect(self._remember_page)
        if state.package is not None and state.store.input_paths():
            self.remerge()

    def _build_welcome(self) -> QWidget:
        """Shown while the event has no projects: where to start."""
        self.welcome = QFrame()
        self.welcome.setStyleSheet("QFrame { background: #eef4fb; border-radius: 4px; }")
        text = QLabel(
            self.tr(
                "No event yet. Import the office's event workbook on the Projects page, fill "
                "in the pages one by one, or start with the demo event."
            )
        )
        text.setWordWrap(True)
        demo = QPushButton(self.tr("Load the &demo event"))
        demo.clicked.connect(self.load_demo)
        line = QHBoxLayout(self.welcome)
        line.addWidget(text, 1)
        line.addWidget(demo)
        return self.welcome

    def _show_welcome(self) -> None:
        self.welcome.setVisible(not self.state.data.get("projects"))

    def _build_menu(self) -> None:
        file = self.menuBar().addMenu(self.tr("&File"))
        demo = QAction(self.tr("Load the &demo event"), self)
        demo.triggered.connect(self.load_demo)
        file.addAction(demo)
        judge = QAction(self.tr("Switch to &judge workspace"), self)
        judge.triggered.connect(self.switchToJudge)
        file.addAction(judge)
        file.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file.addAction(quit_action)
        go = self.menuBar().addMenu(self.tr("&Go"))
        for index, key in enumerate(self.pages):
            action = QAction(self.nav.item(index).text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, k=key: self.show_page(k))
            go.addAction(action)

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(list(self.pages).index(key))

    def _remember_page(self, row: int) -> None:
        self.state.store.set_setting("console_page", list(self.pages)[row])

    # -- the demo ---------------------------------------------------------------------------
    def load_demo(self) -> None:
        """The bundled demo: its event, materials and package, and the judges' score files to
        collect (in a folder next to the event file)."""
        if self.state.data.get("projects") and not Ask.confirm(
            self,
            self.tr("Load the demo event"),
            self.tr("This replaces the event being prepared. Continue?"),
        ):
            return
        folder = self.state.store.path.parent / "demo-console"

        def work(progress: Progress) -> DemoFolder:
            shutil.rmtree(folder, ignore_errors=True)
            return build_demo(folder, progress)

        self.demo_task = run_task(
            self, self.tr("Building the demo event…"), work, self._demo_built, self._task_failed
        )

    def _demo_built(self, demo: object) -> None:
        assert isinstance(demo, DemoFolder)
        self.state.replace_event(event_to_dict(demo.package.event), "demo event")
        self.state.store.set_setting("materials_folder", str(demo.materials))
        self.state.store.set_setting("demo_scores", str(demo.scores))
        self.state.set_package(demo.package.path)
        Ask.inform(
            self,
            self.tr("Demo event loaded"),
            self.tr(
                "The judges' score files of the demo are in {0}; collect them on the Collect page."
            ).replace("{0}", str(demo.scores)),
        )

    def _save_failed(self, detail: str) -> None:
        Ask.inform(
            self,
            self.tr("Not saved"),
            self.tr(
                "The change could not be saved ({0}). Is the disk full? The page shows what is "
                "saved."
            ).replace("{0}", detail),
            warning=True,
        )

    def _task_failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            return
        if not isinstance(error, (InputError, ExportError)):
            raise error
        Ask.inform(self, self.tr("PanelScore"), explain_error(error, with_file=False), warning=True)

    # -- the merge, in the background ---------------------------------------------------
    def remerge(self) -> None:
        """Merge the collected inputs again; a request while one runs is served after it."""
        if self.merge_task is not None and self.merge_task.running:
            self._merge_again = True
            return
        if not self.state.store.input_paths():
            self.state.set_outcome(None, "")
            return
        try:
            work = self.state.merge_work()
        except InputError as error:
            self.state.set_outcome(None, explain_error(error, with_file=False))
            return
        self.merge_task = run_task(
            self, self.tr("Merging the score files…"), work, self._merged, self._merge_failed
        )

    def _merged(self, outcome: object) -> None:
        self.state.set_outcome(outcome)  # type: ignore[arg-type]
        self._again()

    def _merge_failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            message = self.tr("The merge was cancelled.")
        elif isinstance(error, InputError):
            message = explain_error(error, with_file=False)
        else:
            raise error
        refused = error.problems if isinstance(error, NothingCountable) else ()
        self.state.set_outcome(None, message, refused)
        self._again()

    def _again(self) -> None:
        if self._merge_again:
            self._merge_again = False
            self.remerge()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.merge_task is not None and self.merge_task.running:
            self.merge_task.cancel()
        QThreadPool.globalInstance().waitForDone(10_000)
        super().closeEvent(event)
