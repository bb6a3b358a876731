"""The judge's main window: first run, then three panes — projects, materials, scoring.

Wiring only: the workspace saves (through JudgeSession), widgets show and report.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from storage.errors import ExportError, SaveError
from storage.material_reader import MaterialReader
from storage.score_export import ExportResult
from storage.workspace import EditRefused, SheetView, Workspace
from ui.ask import Ask
from ui.judge.lock import WindowLock
from ui.judge.materials_pane import MaterialsPane
from ui.judge.menus import JudgeMenus
from ui.judge.package_flow import PackageFlow
from ui.judge.pin_attempts import PinAttempts
from ui.judge.pin_setting import PinSetting
from ui.judge.project_list import ProjectListPane
from ui.judge.project_model import ProjectModel
from ui.judge.session import JudgeSession
from ui.judge.timer_settings import TimerSettings
from ui.messages import explain_error
from widgets.countdown import Countdown
from widgets.idle_watcher import IdleWatcher
from widgets.score_form import ScoreForm

if TYPE_CHECKING:  # built when needed: neither is on a restart's way to the first paint
    from ui.judge.first_run import FirstRunPage
    from widgets.lock_screen import LockScreen
    from widgets.materials_viewer import MaterialsViewer

IDLE_LOCK_SECONDS = 300


class JudgeWindow(QMainWindow):
    switchToSecretariat = Signal()

    def __init__(
        self, workspace: Workspace, demo_package: Callable[[], Path] | None = None
    ) -> None:
        super().__init__()
        self.workspace = workspace
        self.session = JudgeSession(workspace, self)
        self.session.saved.connect(self._on_saved)
        self.session.refused.connect(self._on_refused)
        self.session.notSaved.connect(self._on_not_saved)
        self._not_saved = False  # a "not saved" message stands until an edit is saved again
        self._focus_before_full_screen: QWidget | None = None
        self._parked = False  # the keys left the form for the list on a recused project
        self.session.sheetChanged.connect(self._on_sheet_changed)
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.packages = PackageFlow(self, workspace, demo_package)
        self.packages.started.connect(self._open_workspace)
        self.model: ProjectModel | None = None
        self.reader: MaterialReader | None = None
        self.materials: MaterialsPane | None = None
        self.current = ""
        self.menus = JudgeMenus(self)
        self.resize(1400, 860)
        self.setWindowTitle(self.tr("PanelScore — Judge"))
        package = self.packages.stored_package()
        if package and workspace.judge_id:
            self._open_workspace()
        elif package:
            self.packages.show_imported(package)
        else:
            self.packages.show_page()

    @property
    def first_run(self) -> FirstRunPage:
        """The import page (built when first needed)."""
        return self.packages.page

    # -- the workspace --------------------------------------------------------------------
    def _open_workspace(self) -> None:
        ws = self.workspace
        event = ws.event
        package = ws.package
        assert package is not None
        self.current = ""  # a new workspace (another package or judge) shows its project anew
        if self.reader is not None:  # another workspace was open here: let go of it
            self.reader.close()
            self.idle.set_timeout(0)
            self.idle.deleteLater()
            self.locker.discard()
            self.pages.removeWidget(self.splitter)
            self.splitter.deleteLater()
        self.reader = MaterialReader(package)
        self.materials = MaterialsPane(
            self.reader, explain_error, self.tr("This project has no materials."), self
        )
        self.materials.fullScreenRequested.connect(self._set_full_screen)
        self.materials.viewerBuilt.connect(
            lambda: self.menus.add_viewer_actions(self.viewer.menu_actions())
        )
        self.model = ProjectModel(event, ws.judge_id, ws.states())
        left = ProjectListPane(self.model, event)
        self.proxy, self.table = left.proxy, left.table
        self.category, self.progress = left.category, left.progress
        self.list_pane = left
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.form = ScoreForm(
            event.dimensions, english_names=event.language == "en", submit_keys=False
        )
        self.form.valueCommitted.connect(self._on_value)
        self.form.commentCommitted.connect(self._on_comment)
        self.form.submitRequested.connect(self.submit)
        self.form.reviseRequested.connect(self.revise)
        self.timer = Countdown()
        TimerSettings(self.timer, ws)
        right = QWidget()
        side = QVBoxLayout(right)
        side.addWidget(self.timer)
        side.addWidget(self.form, 1)
        self.splitter = QSplitter()
        self.panes = (left, self.materials.widget, right)
        for pane in self.panes:
            self.splitter.addWidget(pane)
        self.splitter.setSizes([460, 560, 380])
        self.pages.addWidget(self.splitter)
        self.pages.setCurrentWidget(self.splitter)
        judge = event.judge(ws.judge_id)
        self.locker = WindowLock(
            self,
            self.panes,
            self._lock_screen_maker(event.name, judge.name),
            PinAttempts(ws),
            self.form.flush,
        )
        self.locker.lockedChanged.connect(self._remember_lock)
        self.idle = IdleWatcher(IDLE_LOCK_SECONDS if ws.has_pin else 0, self)
        self.idle.idle.connect(self.lock)
        self.menus.enable_workspace(True)
        self.setWindowTitle(f"{event.name} — {judge.name}")
        self._update_progress()
        self.go_to(ws.get("current_project") or self.model.code_at(0))
        # The table itself, not its viewport: asking PySide for the viewport (a plain QWidget)
        # makes it create ~40 unrelated widget types to find its class (~5 ms at start).
        self.materials.build_after_first_paint(self.table)
        if ws.has_pin and ws.get("locked"):
            self.lock()  # it was locked when closed (or killed): a restart does not get past it

    def _lock_screen_maker(self, event_name: str, judge_name: str) -> Callable[[], LockScreen]:
        def make() -> LockScreen:
            from widgets.lock_screen import LockScreen

            # Over the whole page (a child of the splitter would become a fourth pane).
            return LockScreen(event_name, judge_name, self.pages)

        return make

    @property
    def lock_screen(self) -> LockScreen:
        return self.locker.screen

    @property
    def viewer(self) -> MaterialsViewer:
        assert self.materials is not None
        return self.materials.viewer

    def flush(self) -> bool:
        """Save a typed but unconfirmed value; False if it was refused (the form says why)."""
        return self.model is None or self.form.flush()

    def go_to(self, code: str) -> None:
        assert self.model is not None
        if self.current and self.current != code and not self.flush():
            return  # a refused value stays in its field: the judge corrects or clears it
        row = self.proxy.mapFromSource(self.model.index(self.model.row_of(code), 0)).row()
        if row < 0:  # filtered out: show every category again
            self.category.setCurrentIndex(0)
            row = self.model.row_of(code)
        self.table.selectionModel().setCurrentIndex(
            self.proxy.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _on_row_changed(self, current: object, _previous: object) -> None:
        row = current.row()  # type: ignore[attr-defined]
        if row < 0 or self.model is None:
            return
        source = self.proxy.mapToSource(self.proxy.index(row, 0)).row()
        code = self.model.code_at(source)
        if code == self.current:
            return  # e.g. the selection snapping back: the form keeps what is typed
        if self.current and not self.flush():
            QTimer.singleShot(0, self._reselect)  # after the click has selected its row
            return
        self.current = code
        self._remember("current_project", code)
        self._show_project(code)

    def _show_project(self, code: str) -> None:
        focus = QApplication.focusWidget()
        keys_in_form = focus is None or self.form.isAncestorOf(focus)
        keys_in_form |= self._parked and focus is self.table  # moved there for a recusal
        conflict = self._load_form(code, self.workspace.sheet(code))
        if self.materials is not None:
            self.materials.show_project(code)
        # Scoring by keyboard: the first dimension is next; on a recused project (nothing to
        # type) the keys wait in the list and come back to the form on the next project.
        self._parked = keys_in_form and conflict
        if keys_in_form:
            self.table.setFocus() if conflict else self.form.focus_first()

    def _load_form(self, code: str, sheet: SheetView) -> bool:
        """The form shows the project's stored sheet; True if the judge is recused from it."""
        ws = self.workspace
        project = ws.event.project(code)
        state = self.model.state(code) if self.model else sheet.state
        self.form.load(code, project.title, project.unit, sheet.values, sheet.comment, state)
        conflict = ws.event.is_conflicted(ws.judge_id, project)
        if conflict:
            self.form.set_recused(conflict.reason)
        return conflict is not None

    def _reselect(self) -> None:
        self.go_to(self.current)

    def _step(self, delta: int) -> None:
        row = self.table.currentIndex().row() + delta
        if 0 <= row < self.proxy.rowCount() and self.flush():
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.proxy.index(row, 0))

    def next_project(self) -> None:
        self._step(1)

    def previous_project(self) -> None:
        self._step(-1)

    # -- edits ----------------------------------------------------------------------------
    def _on_value(self, key: str, value: object) -> None:
        self.session.set_value(self.current, key, value)  # type: ignore[arg-type]

    def _on_comment(self, text: str) -> None:
        if not self.session.set_comment(self.current, text):
            self.form.resend_comment()  # still on screen; sent again with the next change

    def submit(self) -> None:
        if not self.current or not self.flush() or not self.form.can_submit():
            return  # a refused value stays on screen with its reason
        title = self.tr("Submit")
        text = self.tr("Submit the scores of {0}? After submission a change needs a reason.")
        if Ask.confirm(self, title, text.replace("{0}", self.current)):
            self.session.submit(self.current)

    def revise(self) -> None:
        if not self.current or self.form.state() != "submitted":
            return  # nothing to reopen: do not ask for a reason that would then be refused
        reason = Ask.reason(
            self,
            self.tr("Revise"),
            self.tr("Why are you changing a submitted score? (kept in the record)"),
        )
        if reason is not None:
            self.session.revise(self.current, reason)

    def _on_saved(self, time_text: str) -> None:
        if self._not_saved:
            self._not_saved = False
            self.statusBar().clearMessage()
        self.form.show_saved(time_text)

    def _on_refused(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def _on_not_saved(self, message: str) -> None:
        self._not_saved = True
        self.statusBar().showMessage(message)  # no timeout: until an edit is saved again
        if self.model is not None:
            self.form.show_not_saved(message)

    def _remember(self, key: str, value: str) -> None:
        """A setting that only helps a restart (current project, lock): a full disk says so."""
        try:
            self.workspace.set_setting(key, value)
        except SaveError as error:
            self._on_not_saved(explain_error(error, with_file=False))

    def _on_sheet_changed(self, code: str) -> None:
        if self.model is None:
            return
        sheet = self.workspace.sheet(code)  # read once: this runs after every save
        self.model.set_state(code, sheet.state)
        self._update_progress()
        if code == self.current:
            self._load_form(code, sheet)

    def _update_progress(self) -> None:
        if self.model is not None:
            self.list_pane.update_progress()

    # -- export, lock, full screen --------------------------------------------------------
    def export_score_file(self, parent: QWidget | None = None) -> ExportResult | None:
        """Ask (over ``parent``) for the folder and export; an error is shown, None returned."""
        parent = parent if parent is not None else self
        if not self.flush():  # never export without what is on screen
            return None
        folder = Ask.folder(parent, self.tr("Export score file to (e.g. the USB stick)"))
        if folder is None:
            return None
        try:
            result = self.workspace.export(folder)
        except (ExportError, EditRefused) as error:
            Ask.inform(parent, self.tr("Export failed"), explain_error(error), warning=True)
            return None
        self.last_export = result
        return result

    def export(self) -> None:
        result = self.export_score_file()
        if result is None:
            return
        Ask.inform(
            self,
            self.tr("Score file exported"),
            self.tr("<p>Saved to {0}</p><p>Verification code:</p><h1>{1}</h1>")
            .replace("{0}", str(result.path))
            .replace("{1}", result.verification_code),
        )

    def open_finish(self) -> QDialog | None:
        """Summary, signature, export and print (ui/judge/finish.py); window-modal."""
        if self.model is None or not self.flush():
            return None
        from ui.judge.finish import FinishDialog  # reportlab and QtPrintSupport: ~0.25 s

        dialog = FinishDialog(self.workspace, self.export_score_file, self)
        dialog.projectRequested.connect(self.go_to)
        dialog.lockRequested.connect(self.lock)
        dialog.open()
        return dialog

    def lock(self) -> None:
        if self.model is None:
            return
        if not self.workspace.has_pin:  # a lock any digits open would only pretend
            self.statusBar().showMessage(
                self.tr("The lock needs a PIN: set one with View → Set PIN…"), 8000
            )
            return
        self.locker.lock()

    def set_pin(self) -> None:
        """View → Set PIN… (ui/judge/pin_setting.py); idle locking follows the PIN."""
        told = PinSetting().change(self, self.workspace)
        if told:
            self.idle.set_timeout(IDLE_LOCK_SECONDS if self.workspace.has_pin else 0)
            self.statusBar().showMessage(told, 8000)

    def _remember_lock(self, locked: bool) -> None:
        self._remember("locked", "1" if locked else "")  # a restart stays locked

    def toggle_full_screen(self) -> None:
        self._set_full_screen(not self.isFullScreen())

    def _set_full_screen(self, on: bool) -> None:
        if self.model is None:
            return
        if on:  # the keys go to the pages (PageDown turns them), and come back after
            self._focus_before_full_screen = QApplication.focusWidget()
        self.splitter.widget(0).setVisible(not on)
        self.splitter.widget(2).setVisible(not on)
        self.showFullScreen() if on else self.showNormal()
        self.viewer.set_full_screen_state(on)
        if on:
            self.viewer.focus_pages()
        elif self._focus_before_full_screen is not None:
            if self._focus_before_full_screen.isVisible():
                self._focus_before_full_screen.setFocus()
            self._focus_before_full_screen = None

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.model is not None:
            self.form.flush()
        if self.reader is not None:
            self.reader.close()
        super().closeEvent(event)
