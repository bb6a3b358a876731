"""The judge's scoring form for one project: a DimensionInput per rubric dimension, the live
total, a comment, Submit / Revise… and the sheet's state.

The form saves nothing: it reports each committed value and comment through signals, and the
caller fills it with load(). Keyboard: digits then Enter in a dimension commit it and move to
the next one (after the last, to the comment); Ctrl+Enter anywhere in the form submits when
every dimension has a value. Before switching to another project the caller calls flush(), so
a value typed but not confirmed, or a comment still inside its idle delay, is reported first.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scoring.model import Dimension
from widgets.dimension_input import EMPTY, DimensionInput, number_text
from widgets.undo_keys import leave_to_window

STATES = ("empty", "draft", "submitted", "recused")
SUBMIT_KEYS = ("Ctrl+Return", "Ctrl+Enter")
COMMENT_IDLE_MS = 800


class ScoreForm(QWidget):
    valueCommitted = Signal(str, object)  # dimension key, Decimal or None (cleared)
    commentCommitted = Signal(str)
    submitRequested = Signal()  # the caller asks for confirmation
    reviseRequested = Signal()  # the caller asks for a reason

    def __init__(
        self,
        dimensions: Sequence[Dimension],
        parent: QWidget | None = None,
        *,
        english_names: bool = False,
        submit_keys: bool = True,
    ) -> None:
        """``submit_keys=False``: Ctrl+Enter is the window's (its Submit action), so that it
        submits wherever the focus is; two owners would make the shortcut ambiguous."""
        super().__init__(parent)
        self.setAccessibleName(self.tr("Scoring form"))
        self._maximum = sum((d.max for d in dimensions), Decimal(0))
        self._state = "empty"
        self._recused = False
        self._comment_sent: str | None = ""  # None: send the comment even if unchanged
        self._project = ""  # the project shown

        self._code = QLabel(self)
        self._title = QLabel(self)
        self._title.setWordWrap(True)
        title_font = self._title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setBold(True)
        self._title.setFont(title_font)
        self._unit = QLabel(self)
        self._unit.setWordWrap(True)
        self._unit.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._recusal = QLabel(self)
        self._recusal.setWordWrap(True)
        self._recusal.setStyleSheet(
            "background: #fdecea; color: #8c1d18; padding: 6px; border-radius: 4px;"
        )
        self._recusal.setVisible(False)

        self._inputs = [DimensionInput(d, self, english_names=english_names) for d in dimensions]
        for dimension_input in self._inputs:
            dimension_input.valueCommitted.connect(self._on_value_committed)
            dimension_input.advanceRequested.connect(self._on_advance)

        self._total = QLabel(self)
        total_font = self._total.font()
        total_font.setPointSizeF(total_font.pointSizeF() * 1.4)
        total_font.setBold(True)
        self._total.setFont(total_font)
        self._total.setAccessibleName(self.tr("Total"))
        self._missing = QLabel(self)
        self._missing.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self._comment = QPlainTextEdit(self)
        self._comment.setTabChangesFocus(True)  # Tab leaves the box, as in every other field
        self._comment.setPlaceholderText(self.tr("Comment (optional)"))
        self._comment.setAccessibleName(self.tr("Comment"))
        self._comment.setMinimumHeight(60)
        self._comment.installEventFilter(self)
        self._comment.textChanged.connect(self._on_comment_edited)
        # Typing pauses commit the comment, so a crash loses at most the last idle delay.
        self._comment_idle = QTimer(self)
        self._comment_idle.setSingleShot(True)
        self._comment_idle.setInterval(COMMENT_IDLE_MS)
        self._comment_idle.timeout.connect(self._commit_comment)
        comment_label = QLabel(self.tr("&Comment"), self)
        comment_label.setBuddy(self._comment)

        self._state_label = QLabel(self)
        self._saved = QLabel(self)
        self._saved.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._submit = QPushButton(self.tr("Submit"), self)
        self._submit.setToolTip(self.tr("Submit this project's scores (Ctrl+Enter)"))
        self._submit.setAutoDefault(False)
        self._submit.clicked.connect(self._on_submit)
        self._revise = QPushButton(self.tr("Revise…"), self)
        self._revise.setToolTip(self.tr("Reopen the submitted scores, giving a reason"))
        self._revise.setAutoDefault(False)
        self._revise.clicked.connect(self.reviseRequested)
        for sequence in SUBMIT_KEYS if submit_keys else ():
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._on_submit)

        self._build_layout(comment_label)
        self._refresh()

    def _build_layout(self, comment_label: QLabel) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self._code)
        layout.addWidget(self._title)
        layout.addWidget(self._unit)
        layout.addWidget(self._recusal)
        for dimension_input in self._inputs:
            layout.addWidget(_rule(self))
            layout.addWidget(dimension_input)
        layout.addWidget(_rule(self))
        total_row = QHBoxLayout()
        total_row.addWidget(QLabel(self.tr("Total"), self))
        total_row.addStretch(1)
        total_row.addWidget(self._missing)
        total_row.addWidget(self._total)
        layout.addLayout(total_row)
        layout.addWidget(comment_label)
        layout.addWidget(self._comment, 1)
        status_row = QHBoxLayout()
        status_row.addWidget(self._state_label)
        status_row.addSpacing(12)
        status_row.addWidget(self._saved)
        status_row.addStretch(1)
        layout.addLayout(status_row)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self._revise)
        button_row.addWidget(self._submit)
        layout.addLayout(button_row)

    # -- API ------------------------------------------------------------------------------
    def load(
        self,
        project_code: str,
        title: str,
        unit: str,
        values: Mapping[str, Decimal],
        comment: str,
        state: str,
    ) -> None:
        """Show one project's sheet; emits nothing. Another project drops a pending comment
        (flush first); the same one again (after a save) keeps a comment typed or refused
        since, still to be sent, and the "Saved …" note."""
        if state not in STATES:
            raise ValueError(f"unknown sheet state {state!r}")
        same = project_code == self._project
        self._project = project_code
        self._code.setText(project_code)
        self._title.setText(title)
        self._unit.setText(unit)
        for dimension_input in self._inputs:
            dimension_input.set_value(values.get(dimension_input.key))
        if not same or self._comment.toPlainText() == self._comment_sent:
            self._comment_idle.stop()
            if self._comment.toPlainText() != comment:  # the same text keeps the cursor
                with QSignalBlocker(self._comment):
                    self._comment.setPlainText(comment)
            self._comment_sent = comment
        if not same:
            self._saved.clear()
        self._recused = state == "recused"
        self._recusal.setVisible(False)
        self._state = state
        self._refresh()

    def set_state(self, state: str) -> None:
        """The sheet's state after the caller saved (e.g. "submitted", or "draft" on revise)."""
        if state not in STATES:
            raise ValueError(f"unknown sheet state {state!r}")
        self._state = state
        self._recused = state == "recused"
        self._refresh()

    def set_recused(self, reason: str) -> None:
        self._state = "recused"
        self._recused = True
        self._recusal.setText(
            self.tr("You are recused from this project and cannot score it: {reason}").format(
                reason=reason
            )
        )
        self._recusal.setVisible(True)
        self._refresh()

    def show_saved(self, time_text: str) -> None:
        self._saved.setText(self.tr("Saved {time}").format(time=time_text))

    def show_not_saved(self, message: str) -> None:
        """An edit the laptop could not save: why, in place of "Saved …", until one is."""
        self._saved.setText(f'<span style="color: #b3261e">{html.escape(message)}</span>')

    def resend_comment(self) -> None:
        """The comment was not saved: the next pause, focus change or flush sends it again."""
        self._comment_sent = None

    def state(self) -> str:
        return self._state

    def values(self) -> dict[str, Decimal | None]:
        return {d.key: d.value() for d in self._inputs}

    def total(self) -> Decimal:
        return sum((v for v in self.values().values() if v is not None), Decimal(0))

    def can_submit(self) -> bool:
        complete = all(v is not None for v in self.values().values())
        return complete and not self._recused and self._state != "submitted"

    def inputs(self) -> list[DimensionInput]:
        return list(self._inputs)

    def focus_first(self) -> None:
        if self._inputs and not self._recused:
            self._inputs[0].focus_input()

    def flush(self) -> bool:
        """Report typed-but-unconfirmed values and a pending comment; False if a value is
        above its maximum (that field keeps focus and says why)."""
        ok = all([d.commit_pending() for d in self._inputs])  # a list: every field commits
        self._commit_comment()
        return ok

    # -- internals ------------------------------------------------------------------------
    def _refresh(self) -> None:
        focused = QApplication.focusWidget()
        had_focus = focused is not None and self.isAncestorOf(focused)
        self._apply_state()
        if had_focus and focused is not None and not (focused.isVisible() and focused.isEnabled()):
            self._keep_focus()  # Submit or Revise… hid the focused button: not to the viewer

    def _keep_focus(self) -> None:
        if self._recused:
            return  # nothing here takes keys: the window puts the focus on the project list
        if self._state == "submitted" and self._revise.isVisible():
            self._revise.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.focus_first()

    def _apply_state(self) -> None:
        read_only = self._state == "submitted"
        for dimension_input in self._inputs:
            dimension_input.set_read_only(read_only)
            dimension_input.setEnabled(not self._recused)
        self._comment.setReadOnly(read_only)
        self._comment.setEnabled(not self._recused)
        self._submit.setEnabled(self.can_submit())
        self._submit.setVisible(not read_only)
        self._revise.setVisible(read_only and not self._recused)
        self._state_label.setText(self._state_text())
        self._refresh_total()

    def _state_text(self) -> str:
        return {
            "empty": self.tr("Not scored"),
            "draft": self.tr("Draft, not submitted"),
            "submitted": self.tr("Submitted"),
            "recused": self.tr("Recused"),
        }[self._state]

    def _refresh_total(self) -> None:
        values = self.values().values()
        missing = sum(1 for v in values if v is None)
        shown = EMPTY if missing == len(self._inputs) else number_text(self.total())
        self._total.setText(f"{shown} / {number_text(self._maximum)}")
        if missing and missing < len(self._inputs):
            self._missing.setText(self.tr("(%n not scored)", "", missing))
        else:
            self._missing.clear()

    def _on_value_committed(self, key: str, value: object) -> None:
        # A band button, the slider or Clear take no focus: a comment still inside its idle
        # delay is reported first, or the reload after this value's save would drop it.
        self._commit_comment()
        if self._state == "empty":
            self._state = "draft"  # what the workspace records on the first edit
        self._refresh()
        self.valueCommitted.emit(key, value)

    def _on_advance(self, key: str) -> None:
        keys = [d.key for d in self._inputs]
        position = keys.index(key)
        if position + 1 < len(self._inputs):
            self._inputs[position + 1].focus_input()
        else:
            self._comment.setFocus(Qt.FocusReason.TabFocusReason)

    def _on_submit(self) -> None:
        if self.flush() and self.can_submit():
            self.submitRequested.emit()

    def _on_comment_edited(self) -> None:
        self._comment_idle.start()

    def _commit_comment(self) -> None:
        self._comment_idle.stop()
        text = self._comment.toPlainText()
        if text != self._comment_sent and not self._comment.isReadOnly():
            self._comment_sent = text
            self.commentCommitted.emit(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        comment = getattr(self, "_comment", None)  # None while Qt tears the form down
        if comment is None or watched is not comment:
            return False
        if event.type() == QEvent.Type.FocusOut:
            self._commit_comment()
        document = comment.document()
        if leave_to_window(event, document.isUndoAvailable(), document.isRedoAvailable()):
            event.ignore()  # nothing typed here to undo: the window's Undo of scores runs
            return True
        return False


def _rule(parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
