"""Page 3, Projects: the projects and categories tables, workbook and sheet imports, and the
materials folder with its preflight.

Reading files and opening every PDF run in the background (ui.tasks); every edit is saved at
once through ConsoleState. Questions to the clerk are the class methods at the end, which
tests replace (STYLE.md habit 11).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from scoring import projects_edit as pe
from scoring.model import Event
from scoring.serialize import event_to_dict
from storage.errors import CellProblem, InputError, WorkbookError
from storage.preflight import Preflight, preflight
from storage.project_sheet import SheetGrid, read_sheet
from storage.workbook import read_workbook
from ui.ask import Ask
from ui.console.column_mapping import ColumnMappingDialog, MappingOutcome
from ui.console.preflight_pages import count_pages
from ui.console.preflight_view import PreflightView
from ui.console.projects_editor import ProjectsEditor
from ui.console.projects_problems import ProblemListDialog
from ui.console.state import ConsoleState
from ui.messages import explain_error
from ui.tasks import Cancelled, Progress, Task, run_task

MATERIALS_FOLDER = "materials_folder"  # store setting; the Package page reads it too


class ProjectsPage(QWidget):
    def __init__(self, state: ConsoleState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.task: Task | None = None  # the file being read or the preflight under way
        self._workbook_path: Path | None = None
        self._checked_codes: list[str] | None = None  # the projects the preflight saw
        self.editor = ProjectsEditor(state, self._confirm)
        self.workbook_button = QPushButton(self.tr("Import event workbook…"))
        self.workbook_button.clicked.connect(self.import_workbook)
        self.sheet_button = QPushButton(self.tr("Import projects from a sheet…"))
        self.sheet_button.clicked.connect(self.import_sheet)
        self.status = QLabel()
        self.status.setWordWrap(True)
        tools = QHBoxLayout()
        tools.addWidget(self.workbook_button)
        tools.addWidget(self.sheet_button)
        tools.addWidget(self.status, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.editor, self.tr("Projects and categories"))
        self.tabs.addTab(self._materials_tab(), self.tr("Materials"))
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.tabs, 1)
        state.eventChanged.connect(self._event_changed)
        state.packageChanged.connect(self._show_folder)  # the demo sets a folder, then this
        self._show_folder()

    def showEvent(self, event: QShowEvent) -> None:
        self._show_folder()  # another page (the demo) may have set the folder
        super().showEvent(event)

    def _materials_tab(self) -> QWidget:
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.attach_button = QPushButton(self.tr("Attach materials folder…"))
        self.attach_button.clicked.connect(self.attach_materials)
        self.check_button = QPushButton(self.tr("Check again"))
        self.check_button.clicked.connect(self.check_materials)
        self.preflight_view = PreflightView()
        row = QHBoxLayout()
        row.addWidget(self.folder_label, 1)
        row.addWidget(self.attach_button)
        row.addWidget(self.check_button)
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.addLayout(row)
        column.addWidget(self.preflight_view, 1)
        return tab

    def _busy(self) -> bool:
        return self.task is not None and self.task.running

    def _confirm(self, title: str, text: str) -> bool:
        return Ask.confirm(self, title, text)

    def _start(self, title: str, work: Any, on_done: Any) -> None:
        self.task = run_task(self, title, work, on_done, self._failed)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self.status.setText(self.tr("Cancelled."))
        elif isinstance(error, WorkbookError):
            self.status.setText(self.tr("The workbook was not imported: it has problems."))
            intro = self.tr(
                "The workbook {0} has {1} problem(s), listed below. Nothing was changed; "
                "correct them in the workbook and import it again."
            )
            intro = intro.replace("{0}", Path(error.source).name)
            intro = intro.replace("{1}", str(len(error.problems)))
            self.show_problems(self, self.tr("Import event workbook"), intro, error.problems)
        elif isinstance(error, InputError):
            self.status.setText(explain_error(error, with_file=False))
            Ask.inform(self, self.tr("Cannot use this file"), explain_error(error), warning=True)
        else:
            raise error

    # -- the event workbook -------------------------------------------------------------
    def import_workbook(self) -> None:
        if self._busy():
            return
        path = Ask.open_file(
            self, self.tr("Import event workbook"), self.tr("Excel workbook (*.xlsx)")
        )
        if path is None:
            return
        self._workbook_path = path
        self._start(
            self.tr("Reading the workbook…"), lambda _: read_workbook(path), self._workbook_read
        )

    def _workbook_read(self, event: Event) -> None:
        data = self.state.data
        text = (
            self.tr(
                "Replace the whole event with the workbook's: {0} dimension(s), {1} "
                "categories, {2} projects, {3} judges, {4} conflicts?\n\n"
                "The event now being edited ({5} projects, {6} judges) is replaced."
            )
            .replace("{0}", str(len(event.dimensions)))
            .replace("{1}", str(len(event.categories)))
            .replace("{2}", str(len(event.projects)))
            .replace("{3}", str(len(event.judges)))
            .replace("{4}", str(len(event.conflicts)))
            .replace("{5}", str(len(data.get("projects", []))))
            .replace("{6}", str(len(data.get("judges", []))))
        )
        empty = not (data.get("name") or data.get("projects") or data.get("judges"))
        if not empty and not Ask.confirm(self, self.tr("Import event workbook"), text):
            self.status.setText(self.tr("The workbook was not imported."))
            return
        name, before = (self._workbook_path.name if self._workbook_path else ""), data
        self.state.replace_event(
            event_to_dict(event), self.tr("import workbook {0}").replace("{0}", name)
        )
        if self.state.data is before:
            self.status.setText(
                self.tr("The workbook was not imported: the event could not be saved.")
            )
            return
        self.status.setText(
            self.tr("Imported {0}: {1} projects, {2} judges.")
            .replace("{0}", name)
            .replace("{1}", str(len(event.projects)))
            .replace("{2}", str(len(event.judges)))
        )

    # -- any sheet, through a column mapping --------------------------------------------
    def import_sheet(self) -> None:
        if self._busy():
            return
        path = Ask.open_file(
            self,
            self.tr("Import projects from a sheet"),
            self.tr("Sheets (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if path is None:
            return
        self._start(self.tr("Reading the sheet…"), lambda _: read_sheet(path), self._sheet_read)

    def _sheet_read(self, grid: SheetGrid) -> None:
        data = self.state.data
        codes = [p["code"] for p in data.get("projects", [])]
        outcome = self.ask_mapping(self, grid, data.get("categories", []), codes)
        if outcome is None:
            self.status.setText(self.tr("Nothing was imported."))
            return
        result = outcome.result
        if outcome.replace and codes:
            text = (
                self.tr("Replace the {0} projects of the event with the {1} from the sheet?")
                .replace("{0}", str(len(codes)))
                .replace("{1}", str(len(result.projects)))
            )
            if not Ask.confirm(self, self.tr("Import projects from a sheet"), text):
                self.status.setText(self.tr("Nothing was imported."))
                return
        name, before = Path(grid.source).name, self.state.data
        self.state.edit(
            self.tr("import projects from {0}").replace("{0}", name),
            lambda d: pe.import_projects(
                d, result.projects, result.new_categories, replace=outcome.replace
            ),
        )
        if self.state.data is before:
            self.status.setText(self.tr("Nothing was imported: the event could not be saved."))
            return
        self.tabs.setCurrentIndex(0)
        self.status.setText(
            self.tr("Imported {0} project(s) from {1}.")
            .replace("{0}", str(len(result.projects)))
            .replace("{1}", name)
        )

    # -- materials ------------------------------------------------------------------------
    def folder(self) -> Path | None:
        text = self.state.store.get(MATERIALS_FOLDER)
        return Path(text) if text else None

    def _show_folder(self) -> None:
        folder = self.folder()
        if folder is None:
            self.folder_label.setText(self.tr("No materials folder attached."))
        else:
            self.folder_label.setText(self.tr("Materials folder: {0}").replace("{0}", str(folder)))
        self.check_button.setEnabled(folder is not None)

    def attach_materials(self) -> None:
        if self._busy():
            return
        folder = Ask.folder(self, self.tr("Choose the materials folder"), self.folder())
        if folder is None:
            return
        self.state.store.set_setting(MATERIALS_FOLDER, str(folder))
        self._show_folder()
        self.check_materials()

    def check_materials(self) -> None:
        folder, event = self.folder(), self.state.event()
        if folder is None or self._busy():
            return
        self.tabs.setCurrentIndex(1)
        if event is None:
            self.preflight_view.clear(self.tr("The event is incomplete; see the Event page."))
            return
        self._checked_codes = [p.code for p in event.projects]

        def work(progress: Progress) -> Preflight:
            return preflight(folder, event, count_pages, progress)

        self.preflight_view.clear(self.tr("Checking the materials…"))
        self.task = run_task(
            self, self.tr("Checking the materials…"), work, self._checked, self._check_failed
        )

    def _checked(self, result: Preflight) -> None:
        titles = {p["code"]: p.get("title", "") for p in self.state.data.get("projects", [])}
        self.preflight_view.show_result(result, titles)
        self._event_changed()

    def _check_failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self.preflight_view.clear(self.tr("The check was cancelled."))
        elif isinstance(error, InputError):
            self.preflight_view.clear(
                self.tr("The materials cannot be checked: {0}").replace("{0}", explain_error(error))
            )
        else:
            raise error

    def _event_changed(self) -> None:
        codes = [p["code"] for p in self.state.data.get("projects", [])]
        self.preflight_view.mark_stale(codes != self._checked_codes)

    # -- questions to the clerk (tests replace these) -----------------------------------
    @classmethod
    def show_problems(
        cls, parent: QWidget, title: str, intro: str, problems: Sequence[CellProblem]
    ) -> None:
        dialog = ProblemListDialog(title, intro, problems, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    @classmethod
    def ask_mapping(
        cls,
        parent: QWidget,
        grid: SheetGrid,
        categories: Sequence[dict[str, Any]],
        existing_codes: Sequence[str],
    ) -> MappingOutcome | None:
        dialog = ColumnMappingDialog(grid, categories, existing_codes, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.outcome() if accepted else None
        finally:
            dialog.deleteLater()
