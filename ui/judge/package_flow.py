"""The judge window's way in: the import page, File → Import, and "I am …" then Start.

The page (ui/judge/first_run.py) is built when first needed: a judge's restart goes straight
to the projects and never builds it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from storage.errors import EditRefused, ExportError, InputError, SaveError
from storage.package import PackageInfo
from storage.workspace import Workspace
from ui.ask import Ask
from ui.messages import explain_error

if TYPE_CHECKING:
    from ui.judge.first_run import FirstRunPage
    from ui.judge.window import JudgeWindow


class PackageFlow(QObject):
    started = Signal()  # a judge was chosen: the window opens the projects

    def __init__(
        self,
        window: JudgeWindow,
        workspace: Workspace,
        demo_package: Callable[[], Path] | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._workspace = workspace
        self._demo_package = demo_package
        self._page: FirstRunPage | None = None

    @property
    def page(self) -> FirstRunPage:
        if self._page is None:
            from ui.judge.first_run import FirstRunPage

            self._page = FirstRunPage()
            self._page.importRequested.connect(self.import_package)
            self._page.demoRequested.connect(self._open_demo)
            self._page.startRequested.connect(self._start)
            self._window.pages.insertWidget(0, self._page)
        return self._page

    def stored_package(self) -> PackageInfo | None:
        """The package imported earlier, or None (the page says why when it is damaged)."""
        try:
            return self._workspace.package
        except InputError as error:
            self.page.show_error(
                self.tr("The stored event package is damaged ({0}); import it again.").replace(
                    "{0}", explain_error(error, with_file=False)
                )
            )
            return None

    def show_page(self) -> None:
        self._window.menus.enable_workspace(False)  # nothing acts on projects behind the page
        self._window.pages.setCurrentWidget(self.page)

    def choose(self) -> None:
        """File → Import: the import page once the package is in; Cancel changes nothing, and
        a refused file is told over the projects, which stay (the page has no way back)."""
        path = self.page.ask_file()
        if path is None:
            return
        if self._window.model is None:  # no projects open: the import page says what happened
            self.show_page()
            self.import_package(path)
            return
        try:
            package = self._workspace.import_package(path)
        except (InputError, ExportError) as error:
            title = self.tr("The package was not imported")
            Ask.inform(self._window, title, explain_error(error), warning=True)
            return
        self.show_page()
        self.show_imported(package)

    def import_package(self, path: Path) -> None:
        try:
            package = self._workspace.import_package(path)
        except (InputError, ExportError) as error:  # ExportError: the laptop's disk is full
            self.page.show_error(explain_error(error))
            return
        self.show_imported(package)

    def show_imported(self, package: PackageInfo) -> None:
        event = package.event
        self.page.show_package(event.name, package.code, event.judges, self._workspace.judge_id)

    def _open_demo(self) -> None:
        if self._demo_package is not None:
            self.import_package(Path(self._demo_package()))

    def _start(self, judge_id: str, pin: str) -> None:
        try:
            self._workspace.choose_judge(judge_id)
            if pin:
                self._workspace.set_pin(pin)
        except (EditRefused, SaveError) as error:
            self.page.show_error(explain_error(error))
            return
        self.started.emit()
