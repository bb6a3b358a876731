"""Console page 1: the event — name, date, venue, organiser, language, and the ranking rules.

Every finished change is saved at once (one edit per field change). Below the rules, their
effect in one sentence, in the event's language, as the reports print it. What check_event
finds wrong is marked beside the field with its reason. When another page replaces or edits
the event, the fields are filled again with their signals blocked.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from scoring.describe import method_sentence
from scoring.model import Event, RankingRules
from scoring.serialize import rules_to_dict
from scoring.validation import check_event
from storage.errors import InputError
from storage.secretariat import event_of
from ui.console.event_fields import (
    REASON_STYLE,
    Bound,
    ChoiceField,
    DateField,
    DecimalField,
    NumberField,
    TextField,
)
from ui.console.event_tie_break import TieBreakEditor
from ui.console.state import ConsoleState
from ui.messages import explain_error, explain_event_problem

TOP_LEVEL = ("name", "date", "venue", "organiser", "language")
TRIM_FIELDS = ("trim", "min_judges_for_trim")
DEFAULT_RULES = rules_to_dict(RankingRules())


def _set(field: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        if field in TOP_LEVEL:
            data[field] = value
        else:
            data.setdefault("rules", {})[field] = value

    return change


class EventPage(QWidget):
    def __init__(self, state: ConsoleState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.fields: dict[str, Bound] = {}
        self.tie_break = TieBreakEditor()
        self.tie_break_reason = QLabel()
        self.tie_break_reason.setStyleSheet(REASON_STYLE)
        self.tie_break_reason.setWordWrap(True)
        self.general = QLabel()  # the event cannot be read at all
        self.general.setStyleSheet(REASON_STYLE)
        self.general.setWordWrap(True)
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.sentence.setStyleSheet("font-size: 12pt; padding: 4px;")
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        body = QWidget()
        columns = QHBoxLayout()
        columns.addWidget(self._details_box(), 1)
        columns.addWidget(self._rules_box(), 1)
        layout = QVBoxLayout(body)
        layout.addWidget(self.general)
        layout.addLayout(columns)
        layout.addWidget(self._sentence_box())
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        QVBoxLayout(self).addWidget(scroll)

        for bound in self.fields.values():
            bound.changed.connect(self.save)
        self.tie_break.orderChanged.connect(self.save_tie_break)
        state.eventChanged.connect(self.load)
        self.load()

    # -- building -------------------------------------------------------------------------
    def _add(self, form: QFormLayout, label: str, bound: Bound) -> None:
        self.fields[bound.field] = bound
        form.addRow(label, bound.row)

    def _details_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Event"))
        form = QFormLayout(box)
        minutes = self.tr(" min")
        self._add(
            form, self.tr("Name"), TextField("name", self.tr("e.g. 2024 reform projects review"))
        )
        self._add(
            form,
            self.tr("Date"),
            DateField(
                "date",
                self.tr("YYYY-MM-DD"),
                self.tr("Calendar…"),
                self.tr("Pick the date from a calendar"),
            ),
        )
        self._add(form, self.tr("Venue"), TextField("venue"))
        self._add(form, self.tr("Organiser"), TextField("organiser"))
        language = ChoiceField("language", [("zh", "中文 (zh)"), ("en", "English (en)")])
        language.combo.setToolTip(self.tr("The language of the reports and the rules sentence"))
        self._add(form, self.tr("Report language"), language)
        self._add(
            form,
            self.tr("Presentation timer"),
            NumberField("presentation_minutes", 0, 180, minutes),
        )
        self._add(form, self.tr("Q&&A timer"), NumberField("qa_minutes", 0, 180, minutes))
        return box

    def _rules_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Ranking rules"))
        form = QFormLayout(box)
        aggregate = ChoiceField(
            "aggregate",
            [
                ("trimmed", self.tr("Trimmed mean (drop highest and lowest)")),
                ("mean", self.tr("Mean of all judges")),
                ("median", self.tr("Median")),
                ("zscore", self.tr("Z-score (standardised per judge)")),
            ],
        )
        self._add(form, self.tr("Method"), aggregate)
        self._add(
            form, self.tr("Drop highest and lowest"), NumberField("trim", 0, 20, self.tr(" each"))
        )
        self._add(
            form,
            self.tr("Trim only with at least"),
            NumberField("min_judges_for_trim", 0, 99, self.tr(" judges")),
        )
        basis = ChoiceField(
            "basis",
            [
                ("total", self.tr("Judges' totals")),
                ("dimension", self.tr("Each dimension separately")),
            ],
        )
        self._add(form, self.tr("Basis"), basis)
        self._add(form, self.tr("Decimal places"), NumberField("decimals", 0, 6))
        tie = QWidget()
        column = QVBoxLayout(tie)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.tie_break)
        column.addWidget(self.tie_break_reason)
        form.addRow(self.tr("Tie-break order"), tie)
        self._add(
            form,
            self.tr("Selection (top N)"),
            NumberField("top_n", 0, 9999, self.tr(" per category")),
        )
        self._add(
            form,
            self.tr("Flag deviations over"),
            DecimalField("deviation_limit", 0, 10000, self.tr(" points")),
        )
        return box

    def _sentence_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("The rules in one sentence, as the reports print them"))
        QVBoxLayout(box).addWidget(self.sentence)
        return box

    # -- saving ---------------------------------------------------------------------------
    def save(self, field: str, value: object) -> None:
        self.state.edit(f"event: {field}", _set(field, value))  # audit text, untranslated

    def save_tie_break(self, keys: list[str]) -> None:
        self.state.edit("event: tie_break", _set("tie_break", list(keys)))

    # -- showing --------------------------------------------------------------------------
    def load(self) -> None:
        """Fill every field from the event data (signals blocked), then marks and sentence."""
        data = self.state.data
        rules = {**DEFAULT_RULES, **data.get("rules", {})}
        for field, bound in self.fields.items():
            bound.show(data.get(field, "") if field in TOP_LEVEL else rules[field])
        trimmed = rules["aggregate"] == "trimmed"
        for field in TRIM_FIELDS:
            self.fields[field].editor.setEnabled(trimmed)
        try:
            event: Event | None = event_of(data)
            self.general.clear()
        except InputError as error:
            event = None
            self.general.setText(explain_error(error, with_file=False))
        self.general.setVisible(event is None)
        self._show_tie_break(event, rules)
        self._mark(event)
        self.sentence.setText(self._sentence(event))

    def _sentence(self, event: Event | None) -> str:
        return "—" if event is None else method_sentence(event)

    def _show_tie_break(self, event: Event | None, rules: dict[str, Any]) -> None:
        dims = {str(d.get("key")): d for d in self.state.data.get("dimensions", [])}
        zh = self.state.data.get("language", "zh") == "zh"
        keys = list(event.tie_break) if event is not None else list(rules["tie_break"])
        items = []
        for key in keys:
            dim = dims.get(key)
            name = (dim.get("name") if zh else dim.get("name_en")) if dim else ""
            items.append((key, f"{name} ({key})" if name else key))
        unknown = {
            key: self.tr("'{0}' is not a dimension of the rubric").replace("{0}", key)
            for key in keys
            if key not in dims
        }
        self.tie_break.set_order(items, bool(rules["tie_break"]), unknown)

    def _mark(self, event: Event | None) -> None:
        reasons: dict[str, list[str]] = {}
        if event is not None:
            for problem in check_event(event):
                if problem.where in ("Event", "Rules") and problem.field:
                    reasons.setdefault(problem.field, []).append(explain_event_problem(problem))
        typed = self.fields["date"].value()
        if typed and not _iso_date(typed):
            reasons.setdefault("date", []).append(
                self.tr("not a date like 2024-05-20; the reports print it as typed")
            )
        for field, bound in self.fields.items():
            bound.mark("; ".join(reasons.get(field, [])))
        tie = "; ".join(reasons.get("tie_break", []))
        self.tie_break_reason.setText(tie)
        self.tie_break_reason.setVisible(bool(tie))

    def reasons(self) -> dict[str, str]:
        """Each marked field and its reason (what the user sees beside the fields)."""
        out = {f: b.reason.text() for f, b in self.fields.items() if b.reason.text()}
        if self.tie_break_reason.text():
            out["tie_break"] = self.tie_break_reason.text()
        return out


def _iso_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10
