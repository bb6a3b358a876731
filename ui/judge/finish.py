"""Finish (DESIGN.md §7): summary → signature → export → print, in one dialog.

The dialog reads the workspace and saves only the signature (at once, stroke by stroke);
exporting goes through the window's own export, which the window passes in.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storage.score_export import ExportResult
from storage.workspace import Workspace
from ui.judge.finish_steps import OutputStep, SignatureStep
from ui.judge.lock import HIDE_WHILE_LOCKED
from ui.judge.summary_model import CODE_ROLE, UNSUBMITTED, SummaryModel, summarize

MAX_LISTED = 12  # codes listed in a warning line before "…"


def _codes(codes: list[str]) -> str:
    shown = ", ".join(codes[:MAX_LISTED])
    return shown + (", …" if len(codes) > MAX_LISTED else "")


class FinishDialog(QDialog):
    projectRequested = Signal(str)  # go back to this project in the window
    lockRequested = Signal()  # Ctrl+L while the dialog has the keyboard

    def __init__(
        self,
        workspace: Workspace,
        export: Callable[[QWidget], ExportResult | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        event = workspace.event
        judge = event.judge(workspace.judge_id)
        self.setWindowTitle(self.tr("Finish — {0}").replace("{0}", judge.name))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setProperty(HIDE_WHILE_LOCKED, True)  # it shows scores: hidden, not cancelled
        self.model = SummaryModel(event, summarize(event, judge.id, workspace.content()))
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)  # titles and reasons are data
        self.recusals = QLabel()
        self.recusals.setWordWrap(True)
        self.recusals.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(False)  # the state colours carry the meaning
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.go_button = QPushButton(self.tr("&Go to project"))
        self.go_button.setAutoDefault(False)
        self.go_button.clicked.connect(self._go_to_selected)
        self.signature = SignatureStep(workspace)
        self.output = OutputStep(workspace, export, self.unsubmitted)
        self.signature.stored.connect(self.output.refresh)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        lock = QShortcut(QKeySequence("Ctrl+L"), self)
        lock.activated.connect(self.lockRequested)
        self._layout(close)
        self._show_warnings()
        self.resize(1120, 820)

    def _layout(self, close: QDialogButtonBox) -> None:
        review = QGroupBox(self.tr("1 · Check your scores"))
        column = QVBoxLayout(review)
        column.addWidget(self.warning)
        column.addWidget(self.recusals)
        column.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Double-click a project to go back to it.")), 1)
        row.addWidget(self.go_button)
        column.addLayout(row)
        sign = QGroupBox(self.tr("2 · Sign"))
        QVBoxLayout(sign).addWidget(self.signature)
        steps = QHBoxLayout()
        steps.addWidget(sign, 3)
        steps.addWidget(self.output, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(review, 1)
        layout.addLayout(steps)
        layout.addWidget(close)

    # -- summary ----------------------------------------------------------------------------
    def unsubmitted(self) -> list[str]:
        return [r.code for r in self.model.rows() if r.state in UNSUBMITTED]

    def _show_warnings(self) -> None:
        rows = self.model.rows()
        drafts = [r.code for r in rows if r.state == "draft"]
        empty = [r.code for r in rows if r.state == "empty"]
        to_score = sum(1 for r in rows if r.state != "recused")
        if drafts or empty:
            lines = [
                self.tr("⚠ {0} of {1} projects are not submitted; only submitted scores count.")
                .replace("{0}", str(len(drafts) + len(empty)))
                .replace("{1}", str(to_score))
            ]
            if drafts:
                lines.append(
                    self.tr("Drafts ({0}): {1}")
                    .replace("{0}", str(len(drafts)))
                    .replace("{1}", _codes(drafts))
                )
            if empty:
                lines.append(
                    self.tr("Not scored ({0}): {1}")
                    .replace("{0}", str(len(empty)))
                    .replace("{1}", _codes(empty))
                )
            style = "background: #fff4d6; color: #5c3b00; border: 1px solid #e0b050;"
        else:
            lines = [self.tr("✓ All {0} projects are submitted.").replace("{0}", str(to_score))]
            style = "background: #e3f4e1; color: #1d4d1a; border: 1px solid #8cc084;"
        self.warning.setText("\n".join(lines))
        self.warning.setStyleSheet(style + " padding: 6px; border-radius: 4px;")
        recused = [
            " — ".join(filter(None, (r.code, r.reason))) for r in rows if r.state == "recused"
        ]
        self.recusals.setText(
            self.tr("Recused, not yours to score: {0}").replace("{0}", "; ".join(recused))
        )
        self.recusals.setVisible(bool(recused))

    def _on_double_clicked(self, index: QModelIndex) -> None:
        self._go_to(str(index.data(CODE_ROLE)))

    def _go_to_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._go_to(str(index.data(CODE_ROLE)))

    def _go_to(self, code: str) -> None:
        self.projectRequested.emit(code)
        self.accept()
