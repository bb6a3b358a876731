"""Typing in a judge's paper sheet, twice (double entry).

One clerk types pass 1, another clerk types pass 2 without seeing the first; the grid then
marks every cell where the two disagree (both values in its tooltip) until they agree, and
"Use this sheet" writes the agreed sheet as a paper-sheet input that the merge counts. Each
cell is saved as it is typed; the event file's audit trail keeps who typed what.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scoring.model import Event
from storage.errors import ExportError, InputError
from ui.console.paper_model import DIFFERENT, INVALID, RECUSED, PaperGridModel
from ui.console.state import ConsoleState
from ui.messages import explain_error


def tr(text: str) -> str:
    return QCoreApplication.translate("PaperEntryDialog", text)


class PaperGridView(QTableView):
    """Enter (or Return) saves the cell and moves down to the next cell that can be typed."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not editing:
            self.move_down()
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        submitted = hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache
        if submitted:
            hint = QAbstractItemDelegate.EndEditHint.NoHint
        super().closeEditor(editor, hint)
        if submitted:
            self.move_down()

    def move_down(self) -> None:
        model, current = self.model(), self.currentIndex()
        if model is None or not current.isValid():
            return
        for row in range(current.row() + 1, model.rowCount()):
            below = model.index(row, current.column())
            if model.flags(below) & Qt.ItemFlag.ItemIsEditable:
                self.setCurrentIndex(below)
                return


class PaperEntryDialog(QDialog):
    def __init__(
        self, state: ConsoleState, event: Event, judge: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.store = state.store
        self.paper_event = event
        self.setWindowTitle(tr("Type a paper sheet"))
        self.judge = QComboBox()
        for item in event.ordered_judges():
            self.judge.addItem(f"{item.id} {item.name}", item.id)
        self.clerk = QLineEdit(self.store.get("clerk"))
        self.clerk.setPlaceholderText(tr("Your name, as the audit trail should keep it"))
        self.passes = QButtonGroup(self)
        pass_row = QHBoxLayout()
        for number, text in ((1, tr("Pass 1 (first clerk)")), (2, tr("Pass 2 (second clerk)"))):
            button = QRadioButton(text)
            self.passes.addButton(button, number)
            pass_row.addWidget(button)
        pass_row.addStretch(1)
        self.who = QLabel()  # who typed which pass
        self.who.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Judge"), self.judge)
        form.addRow(tr("Clerk"), self.clerk)
        form.addRow(tr("Pass"), pass_row)
        form.addRow("", self.who)
        self.model = PaperGridModel(self.store, event, self)
        self.grid = PaperGridView()
        self.grid.setModel(self.model)
        self.grid.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.verticalHeader().setDefaultSectionSize(26)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.use = QPushButton(tr("Use this sheet"))
        self.use.clicked.connect(self.use_sheet)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.use)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.legend())
        layout.addLayout(buttons)
        self.resize(1000, 720)
        index = self.judge.findData(judge or (self.store.paper_judges() or [""])[0])
        self.judge.setCurrentIndex(max(index, 0))
        self._default_pass()
        self.judge.currentIndexChanged.connect(self._judge_changed)
        self.clerk.textChanged.connect(self._clerk_changed)
        self.passes.idClicked.connect(self._pass_changed)
        self.model.changed.connect(self._update_summary)
        self.reload()

    @staticmethod
    def legend() -> QLabel:
        swatch = '<span style="background-color:{0}">&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;'
        label = QLabel(
            swatch.replace("{0}", DIFFERENT)
            + html.escape(tr("the two passes disagree"))
            + "&nbsp;&nbsp;&nbsp; "
            + swatch.replace("{0}", INVALID)
            + html.escape(tr("off the rubric (see the tooltip)"))
            + "&nbsp;&nbsp;&nbsp; "
            + swatch.replace("{0}", RECUSED)
            + html.escape(tr("recused (回避)"))
        )
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

    # -- choosing judge, clerk and pass ---------------------------------------------------
    def judge_id(self) -> str:
        return str(self.judge.currentData() or "")

    def pass_no(self) -> int:
        return max(self.passes.checkedId(), 1)

    def set_pass(self, number: int) -> None:
        button = self.passes.button(number)
        if button is not None:
            button.setChecked(True)
        self.reload()

    def _default_pass(self) -> None:
        """Pass 2 when someone else has typed pass 1 already, else pass 1."""
        clerks = self.store.paper_clerks(self.judge_id()) if self.judge_id() else {1: set()}
        name = self.clerk.text().strip()
        second = bool(clerks[1]) and name not in clerks[1]
        button = self.passes.button(2 if second else 1)
        if button is not None:
            button.setChecked(True)

    def _judge_changed(self) -> None:
        self._default_pass()
        self.reload()

    def _clerk_changed(self) -> None:
        self.store.set_setting("clerk", self.clerk.text().strip())
        self.reload()

    def _pass_changed(self, _number: int) -> None:
        self.reload()

    def blocked_reason(self) -> str:
        """Why this clerk may not type this pass now ('' if they may)."""
        name = self.clerk.text().strip()
        if not name:
            return tr("Type your name first: the audit trail keeps who typed each cell.")
        other = 2 if self.pass_no() == 1 else 1
        if name in self.store.paper_clerks(self.judge_id())[other]:
            return (
                tr("{0} typed pass {1}: the other pass must be typed by another clerk.")
                .replace("{0}", name)
                .replace("{1}", str(other))
            )
        return ""

    def reload(self) -> None:
        blocked = self.blocked_reason()
        self.model.load(self.judge_id(), self.pass_no(), self.clerk.text().strip(), not blocked)
        self.grid.resizeColumnsToContents()
        header = self.grid.horizontalHeader()
        self.grid.setColumnWidth(1, min(max(self.grid.columnWidth(1), 200), 360))
        for column in range(2, self.model.columnCount() - 1):
            self.grid.setColumnWidth(column, max(self.grid.columnWidth(column), 90))
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        first = self.model.index(0, 2)
        if first.isValid():
            self.grid.setCurrentIndex(first)
        self._update_summary()

    # -- what the two passes say ----------------------------------------------------------
    def _update_summary(self) -> None:
        judge = self.judge_id()
        clerks = self.store.paper_clerks(judge) if judge else {1: set(), 2: set()}
        parts = []
        for number in (1, 2):
            names = ", ".join(sorted(clerks[number]))
            text = (
                tr("Pass {0}: typed by {1}").replace("{1}", names)
                if names
                else tr("Pass {0}: not typed yet")
            )
            parts.append(text.replace("{0}", str(number)))
        blocked = self.blocked_reason()
        self.who.setText(" · ".join(parts) + (f"\n{blocked}" if blocked else ""))
        self.use.setEnabled(self.ready())
        self.summary.setText(self.status_text())

    def status_text(self) -> str:
        """Cells off the rubric (this pass), then how the two passes compare."""
        parts = []
        invalid = self.model.invalid()
        if invalid:
            head = (
                tr("1 cell is off the rubric: ")
                if len(invalid) == 1
                else tr("{0} cells are off the rubric: ").replace("{0}", str(len(invalid)))
            )
            parts.append(head + "; ".join(invalid[:3]) + (" …" if len(invalid) > 3 else ""))
        count = self.model.differences()
        if not self.model.both_passes():
            parts.append(tr("Both clerks type the sheet; then the differences are shown here."))
        elif count == 1:
            parts.append(tr("1 cell disagrees (marked; its tooltip shows both values)."))
        elif count:
            parts.append(
                tr("{0} cells disagree (marked; their tooltips show both values).").replace(
                    "{0}", str(count)
                )
            )
        elif self._same_clerk():
            parts.append(tr("The passes agree, but the same clerk typed both."))
        else:
            counted = self.store.paper_input_matches(self.judge_id(), self.paper_event)
            if counted:
                parts.append(tr("The two passes agree, and this sheet counts."))
            elif counted is False:
                parts.append(
                    tr("The two passes agree. The sheet changed since it was used: use it again.")
                )
            else:
                parts.append(tr("The two passes agree."))
        return "\n".join(parts)

    def _same_clerk(self) -> bool:
        clerks = self.store.paper_clerks(self.judge_id())
        return bool(clerks[1] & clerks[2])

    def ready(self) -> bool:
        """Both passes typed by different clerks, agreeing, every value on the rubric, and
        not already counting as it stands."""
        if not self.judge_id() or not self.model.both_passes() or self.model.differences():
            return False
        if self._same_clerk() or self.model.invalid():
            return False
        return not self.store.paper_input_matches(self.judge_id(), self.paper_event)

    def use_sheet(self) -> None:
        """Write the agreed sheet as an input and merge again."""
        try:
            written = self.store.write_paper_input(self.judge_id(), self.paper_event)
        except (InputError, ExportError) as error:
            self.summary.setText(explain_error(error, with_file=False))
            return
        self.state.inputs_changed()
        self._update_summary()
        self.summary.setText(
            tr("The sheet counts now ({0}); merging again…").replace("{0}", written.path.name)
        )

    def current_cell(self) -> QModelIndex:
        return self.grid.currentIndex()
