"""The app's entry: Qt set-up (font, language, crash reporting) and the window of the role
(judge or secretariat)."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from storage.errors import ExportError, InputError, SaveError
from storage.workspace import Workspace
from ui.gc_guard import GuiThreadCollector
from ui.i18n import (
    LanguageMenu,
    Translators,
    add_language_menu,
    store_language,
    store_role,
    stored_language,
    stored_role,
)
from ui.judge.window import JudgeWindow
from ui.messages import explain_error
from ui.roles import JUDGE, SECRETARIAT
from widgets.first_paint import after_first_paint

if TYPE_CHECKING:  # the console is imported when it opens: the judge's start stays light
    from ui.console.state import ConsoleState

FONT = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "wqy-microhei.ttc"
LOG_FILE = "panelscore.log"


def use_bundled_font(app: QApplication) -> None:
    """Chinese renders the same on every laptop: the shipped font, not whatever is installed."""
    font_id = QFontDatabase.addApplicationFont(str(FONT))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        app.setFont(QFont(families[0], app.font().pointSize()))


class _HeldRecords(logging.Handler):
    """Warnings logged before the log file is open (the first few ms of a start)."""

    LIMIT = 1000

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < self.LIMIT:
            self.records.append(record)


class CrashReporter(QObject):
    """An uncaught exception is logged and told in one sentence; the app keeps running.

    STYLE.md habit 14. PySide6 hands exceptions raised in slots and overridden Qt methods, on
    any thread, to ``sys.excepthook``; Python threads use ``threading.excepthook``. The
    traceback goes to the log file in the data folder (with every other warning logged while
    the app runs); the judge sees a short translated message, opened later from the event loop
    on the GUI thread, never a traceback. Every edit was saved when it was made, so carrying
    on loses nothing.
    """

    _report = Signal()

    def __init__(self, log_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)  # lives on the GUI thread: the message is shown there
        self.log_path = log_path
        self._handler: logging.Handler | None = None
        self._held: _HeldRecords | None = None
        self._opening = threading.Lock()
        self._previous = sys.excepthook, threading.excepthook
        self._showing = False
        self._not_saved = ""  # the last uncaught error was a write the laptop's disk refused
        self._report.connect(self._tell, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous = sys.excepthook, threading.excepthook
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread
        # logging.handlers (sockets, pickle…) costs ~8 ms: the log file is opened after the
        # window's first paint (open_log), at once by the first error, or when the app
        # stops; what is logged before is held and written then.
        self._held = _HeldRecords()
        logging.getLogger().addHandler(self._held)

    def open_log(self) -> None:
        with self._opening:  # an error on a worker thread may race the event loop here
            if self._handler is not None or sys.excepthook != self.handle:  # done, or off
                return
            from logging.handlers import RotatingFileHandler

            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            handler = RotatingFileHandler(
                self.log_path, maxBytes=1_000_000, backupCount=2, encoding="utf-8", delay=True
            )
            handler.setLevel(logging.WARNING)
            handler.setFormatter(
                logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
            )
            logging.getLogger().addHandler(handler)
            self._handler = handler
            if self._held is not None:
                logging.getLogger().removeHandler(self._held)
                for record in self._held.records:
                    handler.handle(record)
                self._held = None

    def uninstall(self) -> None:
        if self._held is not None and self._held.records:  # stopped before the first paint
            self.open_log()
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous[0]
        if threading.excepthook == self._handle_thread:
            threading.excepthook = self._previous[1]
        if self._held is not None:
            logging.getLogger().removeHandler(self._held)
            self._held = None
        if self._handler is not None:
            logging.getLogger().removeHandler(self._handler)
            self._handler.close()
            self._handler = None

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        self.open_log()
        logging.getLogger(__name__).critical("uncaught exception", exc_info=(kind, error, trace))
        if sys.stderr is not None:  # a developer's console; None in the packaged app
            traceback.print_exception(kind, error, trace)
        # "Your scores are saved" would be untrue when the laptop's disk refused a write.
        saving = isinstance(error, SaveError)
        self._not_saved = explain_error(error, with_file=False) if saving else ""
        self._report.emit()

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def _tell(self) -> None:
        if self._showing:  # one message at a time, however many errors follow
            return
        self._showing = True
        try:
            if self._not_saved:
                title, text = self.tr("Not saved"), self._not_saved
            else:
                title = self.tr("Something went wrong")
                text = self.tr(
                    "Something went wrong; your scores are saved. Details were written to {0}."
                ).replace("{0}", str(self.log_path))
            self.tell(QApplication.activeWindow(), title, text)
        finally:
            self._showing = False

    @classmethod
    def tell(cls, parent: QWidget | None, title: str, text: str) -> None:
        """The message box; tests replace it (STYLE.md habit 11)."""
        from PySide6.QtWidgets import QMessageBox  # its enums cost ~4 ms at start

        QMessageBox.warning(parent, title, text)


class PanelScoreApp(QObject):
    """The window of the chosen role (judge or secretariat) in the chosen language.

    Switching the language or the role closes the window and builds the new one in the same
    place; all state lives in the judge's workspace or the secretariat's event file, so
    nothing is lost and the new window opens where the old one was.
    """

    def __init__(self, app: QApplication, data_dir: Path) -> None:
        super().__init__()
        self.app = app
        self.data_dir = data_dir
        self.role = JUDGE
        self.translators = Translators(app)
        self.crash_reporter = CrashReporter(data_dir / LOG_FILE, self)
        self.collector = GuiThreadCollector(self)
        self.window: QMainWindow | None = None
        self.language_menu: LanguageMenu | None = None
        self._workspace: Workspace | None = None
        self._console: ConsoleState | None = None
        self._pending: tuple[str, str] = ("", "")

    @classmethod
    def start(
        cls,
        app: QApplication,
        data_dir: Path,
        role: str | None = None,
        report_crashes: bool = True,
    ) -> PanelScoreApp | None:
        """Set up Qt, ask the role unless given, open its window; None if the user closed the
        role chooser."""
        use_bundled_font(app)
        panel_app = cls(app, data_dir)
        panel_app.collector.start()
        if report_crashes:
            panel_app.crash_reporter.install()
        panel_app.translators.use(stored_language(data_dir))
        remembered = stored_role(data_dir) if role is None else ""
        if role is None:  # the role used last, so a judge's restart is straight back at work
            role = remembered or cls.ask_role()
        while role is not None:
            store_role(data_dir, role)
            panel_app.role = role
            try:
                panel_app.open_window()
                return panel_app
            except (InputError, ExportError) as error:  # damaged, newer, or cannot be written
                title = QCoreApplication.translate("PanelScoreApp", "PanelScore cannot start")
                CrashReporter.tell(None, title, explain_error(error))
            # The remembered role cannot open: the other may (a laptop is never locked out).
            role, remembered = (cls.ask_role() if remembered else None), ""
        panel_app.stop()
        return None

    @staticmethod
    def ask_role() -> str | None:
        """The first start on this laptop: judge or secretariat? (File menu switches later.)"""
        from ui.start import RoleChooser

        return RoleChooser.ask(JUDGE)

    def stop(self) -> None:
        if self.window is not None and self.window.isVisible():
            self.window.close()
        self.window = self.language_menu = None
        self.crash_reporter.uninstall()
        self.collector.stop()
        self.translators.remove()
        if self._workspace is not None:
            self._workspace.close()
        if self._console is not None:
            self._console.store.close()
        self._workspace = self._console = None

    @property
    def workspace(self) -> Workspace:
        if self._workspace is None:
            self._workspace = Workspace.open(self.data_dir)
        return self._workspace

    @property
    def console(self) -> ConsoleState:
        if self._console is None:
            from storage.secretariat import STORE_NAME, EventStore
            from ui.console.state import ConsoleState

            self._console = ConsoleState(EventStore.open(self.data_dir / STORE_NAME))
        return self._console

    def demo_package(self) -> Path:
        from demo.builder import build_demo_package

        return build_demo_package(self.data_dir / "demo").path

    def open_window(self, geometry: QRect | None = None, maximized: bool = False) -> QMainWindow:
        window: QMainWindow
        if self.role == SECRETARIAT:
            from ui.console.window import ConsoleWindow

            console = ConsoleWindow(self.console)
            console.switchToJudge.connect(self._to_judge)
            window = console
        else:
            judge = JudgeWindow(self.workspace, self.demo_package)
            judge.switchToSecretariat.connect(self._to_secretariat)
            window = judge
        self.language_menu = add_language_menu(window, self.translators.language)
        self.language_menu.chosen.connect(self._on_language_chosen)
        if geometry is not None:
            window.setGeometry(geometry)
        window.showMaximized() if maximized else window.show()
        after_first_paint(window, self.crash_reporter.open_log)
        self.window = window
        return window

    # Switches run from the event loop, once the menu that asked has finished its signal.
    def _on_language_chosen(self, language: str) -> None:
        self._pending = (language, self.role)
        QTimer.singleShot(0, self._switch_pending)

    def _to_judge(self) -> None:
        self._pending = (self.translators.language, JUDGE)
        QTimer.singleShot(0, self._switch_pending)

    def _to_secretariat(self) -> None:
        self._pending = (self.translators.language, SECRETARIAT)
        QTimer.singleShot(0, self._switch_pending)

    def _switch_pending(self) -> None:
        self.switch(*self._pending)

    def switch_language(self, language: str) -> None:
        self.switch(language, self.role)

    def switch(self, language: str, role: str) -> None:
        """Remember language and role, then rebuild the window in the same place."""
        old = self.window
        previous = self.translators.language, self.role
        if old is None or (language, role) == previous:
            return
        locker = getattr(old, "locker", None)
        if locker is not None and locker.is_locked():  # a new window would open unlocked
            self._show_checked(previous[0])
            return
        store_language(self.data_dir, language)  # fails before anything changed, if it fails
        store_role(self.data_dir, role)
        # Full-screen materials are left for the normal window; maximised stays maximised.
        maximized = old.isMaximized()
        geometry = old.normalGeometry() if maximized or old.isFullScreen() else old.geometry()
        quit_on_close = self.app.quitOnLastWindowClosed()
        self.app.setQuitOnLastWindowClosed(False)  # closing the only window is not quitting
        try:
            if not old.close():  # the window's closeEvent saves the form; it may refuse
                store_language(self.data_dir, previous[0])
                store_role(self.data_dir, previous[1])
                self._show_checked(previous[0])
                return
            self.translators.use(language)
            self.role = role
            try:
                self.open_window(geometry, maximized)
            except Exception:  # never leave the user without a window: back, then report
                store_language(self.data_dir, previous[0])
                store_role(self.data_dir, previous[1])
                self.translators.use(previous[0])
                self.role = previous[1]
                self.open_window(geometry, maximized)
                raise
        finally:
            self.app.setQuitOnLastWindowClosed(quit_on_close)
        old.deleteLater()

    def _show_checked(self, language: str) -> None:
        if self.language_menu is not None:
            self.language_menu.check(language)


def run_gui(data_dir: Path, role: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    panel_app = PanelScoreApp.start(app, data_dir, role)
    if panel_app is None:
        return 0
    try:
        return app.exec()
    finally:
        panel_app.stop()
