"""Page 6, Collect: score files and paper sheets in (file dialog, folder, drag and drop — a
whole USB stick), what the merge made of each, who scored what, and the problems with what
the clerk can do about them. Typed paper sheets open in their own window (double entry).
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scoring.completeness import completeness
from scoring.model import Event
from storage.input_rows import (
    CHOOSE,
    EXCLUDE,
    INCLUDE,
    NEWEST,
    REMOVE,
    InputRow,
    actions_for,
    input_rows,
    last_to_count,
)
from storage.secretariat import CollectReport
from ui.ask import Ask
from ui.console.collect_texts import collect_summary, merge_summary
from ui.console.completeness_view import CompletenessView
from ui.console.inputs_model import InputsModel, judge_text, kind_text
from ui.console.paper_entry import PaperEntryDialog
from ui.console.problems_view import ProblemsView
from ui.console.state import ConsoleState
from ui.messages import explain_error
from ui.tasks import Cancelled

FILE_FILTER = "*.psscore *.csv *.xlsx"


class CollectPage(QWidget):
    def __init__(self, state: ConsoleState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.paper_dialog: PaperEntryDialog | None = None
        self._dropped: list[Path] = []
        self.setAcceptDrops(True)
        add_files = QPushButton(self.tr("Add files…"))
        add_files.clicked.connect(self.add_files)
        add_folder = QPushButton(self.tr("Add folder…"))
        add_folder.setToolTip(self.tr("A whole USB stick: every score file and paper sheet in it"))
        add_folder.clicked.connect(self.add_folder)
        self.type_paper = QPushButton(self.tr("Type a paper sheet…"))
        self.type_paper.clicked.connect(self.open_paper_entry)
        top = QHBoxLayout()
        for button in (add_files, add_folder, self.type_paper):
            top.addWidget(button)
        hint = QLabel(self.tr("or drop files and folders here"))
        hint.setEnabled(False)
        top.addWidget(hint)
        top.addStretch(1)
        self.collect_status = QLabel()
        self.collect_status.setWordWrap(True)
        self.collect_status.setTextFormat(Qt.TextFormat.RichText)
        self.collect_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.merge_status = QLabel()
        self.merge_status.setWordWrap(True)

        self.inputs_model = InputsModel(self)
        self.inputs = QTableView()
        self.inputs.setModel(self.inputs_model)
        self.inputs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.inputs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.inputs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.inputs.verticalHeader().hide()
        self.inputs.verticalHeader().setDefaultSectionSize(24)
        self.inputs.setWordWrap(False)
        self.inputs.horizontalHeader().setStretchLastSection(True)
        self.inputs.selectionModel().selectionChanged.connect(self._input_selected)
        self.input_buttons: dict[str, QPushButton] = {}
        input_row = QHBoxLayout()
        for action, text in (
            (EXCLUDE, self.tr("Exclude")),
            (INCLUDE, self.tr("Include again")),
            (CHOOSE, self.tr("Count this revision instead")),
            (NEWEST, self.tr("Back to newest")),
            (REMOVE, self.tr("Remove input")),
        ):
            button = QPushButton(text)
            button.setEnabled(False)
            button.setProperty("action", action)
            button.clicked.connect(self._input_button)
            self.input_buttons[action] = button
            input_row.addWidget(button)
        input_row.addStretch(1)
        self.inputs_box = QGroupBox(self.tr("Inputs"))
        box = QVBoxLayout(self.inputs_box)
        box.addWidget(self.inputs, 1)
        box.addLayout(input_row)

        self.problems = ProblemsView()
        self.problems.requested.connect(self.perform)
        self.problems.focused.connect(self._select)
        self.problems_box = QGroupBox(self.tr("Problems"))
        QVBoxLayout(self.problems_box).addWidget(self.problems)

        self.matrix = CompletenessView()
        matrix_box = QGroupBox(self.tr("Completeness"))
        QVBoxLayout(matrix_box).addWidget(self.matrix)

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.inputs_box)
        left.addWidget(self.problems_box)
        left.setSizes([420, 300])
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(left)
        body.addWidget(matrix_box)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 1)
        body.setSizes([820, 380])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.collect_status)
        layout.addWidget(self.merge_status)
        layout.addWidget(body, 1)
        state.outcomeChanged.connect(self.refresh)
        state.inputsChanged.connect(self.refresh)
        state.packageChanged.connect(self.refresh)
        state.eventChanged.connect(self._show_merge_status)
        self.refresh()

    # -- questions (tests replace these) --------------------------------------------------
    # -- collecting -------------------------------------------------------------------------
    def add_files(self) -> None:
        filters = self.tr("Score files and paper sheets ({0})").replace("{0}", FILE_FILTER)
        self.collect(Ask.open_files(self, self.tr("Add score files and paper sheets"), filters))

    def add_folder(self) -> None:
        folder = Ask.folder(self, self.tr("Add a folder (a whole USB stick)"))
        if folder is not None:
            self.collect([folder])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self._dropped = paths  # collected once the drop is over, not inside it
            QTimer.singleShot(0, self._collect_dropped)

    def _collect_dropped(self) -> None:
        paths, self._dropped = self._dropped, []
        self.collect(paths)

    def collect(self, paths: list[Path]) -> CollectReport | None:
        """Copy the inputs next to the event file (on this thread: the event file's
        connection belongs to it), with a progress dialog; then merge again."""
        if not paths:
            return None
        dialog = QProgressDialog(self.tr("Collecting…"), self.tr("Cancel"), 0, 0, self)
        dialog.setWindowTitle(self.tr("Collecting…"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)

        def progress(done: int, total: int, label: str) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, total))
            if label:
                dialog.setLabelText(label)
            if dialog.wasCanceled():
                raise Cancelled

        before = len(self.state.store.inputs())
        try:
            report: CollectReport | None = self.state.store.collect(paths, progress)
        except Cancelled:
            report = None
        except OSError as error:  # a folder that cannot be listed (a stick pulled out)
            report = CollectReport(
                [], [], [(", ".join(map(str, paths)), explain_error(error, with_file=False))]
            )
        finally:
            dialog.close()
            dialog.deleteLater()
        if report is None:
            added = len(self.state.store.inputs()) - before
            self.collect_status.setText(
                html.escape(
                    self.tr("Collecting was stopped; {0} files collected so far are kept.").replace(
                        "{0}", str(added)
                    )
                )
            )
        else:
            self.collect_status.setText(collect_summary(report))
        if report is None or report.added:
            self.state.inputs_changed()
        return report

    # -- what the merge made of it --------------------------------------------------------
    def refresh(self) -> None:
        store, outcome = self.state.store, self.state.outcome
        collected = store.inputs()
        choices = store.choices()
        selected = self.selected_input()
        rows = input_rows(outcome, collected, choices, self.state.refused)
        self.inputs_model.set_rows(rows)
        self.inputs.resizeColumnsToContents()
        for column, width in ((0, 160), (5, 300)):
            self.inputs.setColumnWidth(column, min(self.inputs.columnWidth(column), width))
        if selected is not None:
            self._select(selected)
        self.inputs_box.setTitle(self.tr("Inputs ({0})").replace("{0}", str(len(collected))))
        sources = {str(item.path) for item in collected}
        found = outcome.problems if outcome else self.state.refused
        problems = [p for p in found if not p.source or p.source in sources]
        self.problems.set_problems(problems, rows, set(choices))
        self.problems_box.setTitle(self.tr("Problems ({0})").replace("{0}", str(len(problems))))
        self.matrix.set_matrix(completeness(outcome.ranking) if outcome else None)
        self.merge_status.setText(merge_summary(self.state, rows))
        self.type_paper.setEnabled(self._paper_event() is not None)
        self._input_selected()

    def _show_merge_status(self) -> None:
        self.merge_status.setText(merge_summary(self.state, self.inputs_model.rows()))

    def selected_input(self) -> InputRow | None:
        rows = self.inputs.selectionModel().selectedRows()
        return self.inputs_model.row_at(rows[0].row()) if rows else None

    def _select(self, wanted: InputRow) -> None:
        for index, row in enumerate(self.inputs_model.rows()):
            same_file = wanted.source and row.source == wanted.source
            if same_file or (not wanted.source and row.judge == wanted.judge and not row.source):
                self.inputs.selectRow(index)
                return

    def _input_selected(self, *_: QItemSelection) -> None:
        row, rows = self.selected_input(), self.inputs_model.rows()
        allowed = actions_for(row, self.state.store.choices(), rows) if row is not None else set()
        for action, button in self.input_buttons.items():
            button.setEnabled(action in allowed)
        last = row is not None and last_to_count(row, rows)
        self.input_buttons[EXCLUDE].setToolTip(
            self.tr(
                "The only input that counts cannot be excluded: the merge would have nothing "
                "left. Remove it instead."
            )
            if last
            else ""
        )

    def _input_button(self) -> None:
        button, row = self.sender(), self.selected_input()
        if isinstance(button, QPushButton) and row is not None:
            self.perform(str(button.property("action")), row)

    def perform(self, action: str, row: InputRow) -> None:
        """Exclude, include again, choose a revision, back to newest, or remove; then merge."""
        store = self.state.store
        who = judge_text(row) or row.original
        if action == EXCLUDE:
            store.set_excluded(row.exclusion_key, True)
            done = self.tr("Excluded {0}.")
        elif action == INCLUDE:
            for key in {row.code, row.source} & store.exclusions():
                store.set_excluded(key, False)
            done = self.tr("Included {0} again.")
        elif action == CHOOSE:
            store.choose(row.judge, row.code)
            done = self.tr("{0}: this revision counts now.")
        elif action == NEWEST:
            store.choose(row.judge, None)
            done = self.tr("{0}: the newest input counts again.")
        elif action == REMOVE:
            text = (
                self.tr("Remove {0} ({1}) from the collected inputs?")
                .replace("{0}", Path(row.original).name)
                .replace("{1}", kind_text(row.kind))
            )
            if not Ask.confirm(self, self.tr("Remove input"), text):
                return
            store.remove_input(Path(row.source))
            done = self.tr("Removed {0}.")
            who = Path(row.original).name
        else:
            return
        self.collect_status.setText(html.escape(done.replace("{0}", who)))
        self.state.inputs_changed()

    # -- typed paper sheets -----------------------------------------------------------------
    def _paper_event(self) -> Event | None:
        package = self.state.package
        return package.event if package is not None else self.state.event()

    def open_paper_entry(self) -> PaperEntryDialog | None:
        event = self._paper_event()
        if event is None:
            return None
        row = self.selected_input()
        judge = row.judge if row is not None and row.status == "missing" else ""
        if self.paper_dialog is not None:
            self.paper_dialog.close()
            self.paper_dialog.deleteLater()
        self.paper_dialog = PaperEntryDialog(self.state, event, judge, self)
        self.paper_dialog.show()
        return self.paper_dialog
