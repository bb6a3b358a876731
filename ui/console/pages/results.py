"""Console page 7: the ranking per category and overall, each project's breakdown, a preview
with another aggregate method, the charts, and publishing the output folder.

Everything shown is read from results.json (the merge's, or a re-ranking's for a preview,
made by the same engine); nothing is recomputed here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reports.data import ReportData
from reports.ranking_charts import leniency, signed
from scoring.describe import method_sentence
from scoring.model import AGGREGATES, Event
from scoring.results_view import (
    OVERALL,
    input_problems,
    judge_names,
    judges_totals,
    projects_of,
    rerank,
    strip_scale,
)
from ui.console.publish_flow import PublishPanel
from ui.console.ranking_model import RankingModel
from ui.console.results_breakdown import Breakdown
from ui.console.results_charts import Bar, ChartPane, LeniencyChart, StripChart
from ui.console.state import ConsoleState

PREVIEW_STYLE = "background: #fbe8c8; color: #5a3b00; padding: 4px; border-radius: 3px;"


class ResultsPage(QWidget):
    def __init__(self, state: ConsoleState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.view_event: Event | None = None  # the event of the shown results (with the method)
        self.results: Mapping[str, Any] | None = None  # published, or a preview
        self._charts_stale = True
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.category = QComboBox()
        self.category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.method = QComboBox()
        self.method.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.publisher = PublishPanel(state, self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Category:")))
        bar.addWidget(self.category)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("Aggregate method:")))
        bar.addWidget(self.method)
        bar.addStretch(1)
        bar.addWidget(self.publisher.publish_button)
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet(PREVIEW_STYLE)
        self.preview.hide()

        self.model = RankingModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.breakdown = Breakdown()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.breakdown)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.strip = StripChart()
        self.totals_pane = ChartPane(self.strip)
        self.lenient = LeniencyChart()
        self.leniency_pane = ChartPane(self.lenient)
        self.tabs = QTabWidget()
        self.tabs.addTab(split, self.tr("Ranking"))
        self.tabs.addTab(self.totals_pane, self.tr("Judges' totals"))
        self.tabs.addTab(self.leniency_pane, self.tr("Judge leniency"))
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(bar)
        layout.addWidget(self.sentence)
        layout.addWidget(self.preview)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.publisher)
        self.category.currentIndexChanged.connect(self._category_changed)
        self.method.currentIndexChanged.connect(self._method_changed)
        state.outcomeChanged.connect(self.refresh)
        self.refresh()

    # -- a new merge ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the latest merge: categories, the package's method, the published results."""
        outcome = self.state.outcome
        event = outcome.ranking.event if outcome is not None else None
        keep = self.category.currentData()
        self.category.blockSignals(True)
        self.method.blockSignals(True)
        self.category.clear()
        self.method.clear()
        if event is not None:
            self.category.addItem(self.tr("Overall"), OVERALL)
            for category in event.ordered_categories():
                self.category.addItem(category.name, category.key)
            at = self.category.findData(keep)
            self.category.setCurrentIndex(max(at, 0))
            for key in AGGREGATES:
                label = self.method_name(key)
                if key == event.rules.aggregate:
                    label = self.tr("{0} (package rule)").replace("{0}", label)
                self.method.addItem(label, key)
            self.method.setCurrentIndex(self.method.findData(event.rules.aggregate))
        self.category.blockSignals(False)
        self.method.blockSignals(False)
        self.category.setEnabled(event is not None)
        self.method.setEnabled(event is not None)
        self.status.setText(self._status_text())
        self.sentence.setText(
            ""
            if event is None
            else self.tr("Package rule: {0}").replace("{0}", method_sentence(event))
        )
        self._show_method()

    def _status_text(self) -> str:
        outcome = self.state.outcome
        if outcome is None:
            if self.state.merge_error:
                return self.tr("No results: {0}").replace("{0}", self.state.merge_error)
            return self.tr("No results yet: collect the score files on the Collect page.")
        results = outcome.results
        counted = sum(1 for r in outcome.records if r.status == "counted")
        return (
            self.tr("{0} projects, {1} judges counted, {2} problems; results digest {3}")
            .replace("{0}", str(len(results["projects"])))  # type: ignore[arg-type]
            .replace("{1}", str(counted))
            .replace("{2}", str(len(outcome.problems)))
            .replace("{3}", str(results["results_digest"])[:16])
        )

    def method_name(self, key: str) -> str:
        return {
            "trimmed": self.tr("Trimmed mean"),
            "mean": self.tr("Mean"),
            "median": self.tr("Median"),
            "zscore": self.tr("Z-score"),
        }.get(key, key)

    # -- the shown results ----------------------------------------------------------------
    def is_preview(self) -> bool:
        outcome = self.state.outcome
        chosen = self.method.currentData()
        return outcome is not None and chosen != outcome.ranking.event.rules.aggregate

    def _show_method(self) -> None:
        """Published results, or a preview ranked again by the same engine with the chosen
        aggregate method."""
        outcome = self.state.outcome
        if outcome is None:
            self.view_event, self.results = None, None
        elif not self.is_preview():
            self.view_event, self.results = outcome.ranking.event, outcome.results
        else:
            chosen = str(self.method.currentData())
            self.view_event = outcome.ranking.event.with_rules(aggregate=chosen)
            self.results = rerank(
                outcome.ranking.event,
                outcome.sheets,
                outcome.records,
                outcome.package.code,
                input_problems(outcome.problems, outcome.ranking.problems),
                chosen,
            )
        preview = self.is_preview()
        self.preview.setVisible(preview)
        if preview and outcome is not None:
            self.preview.setText(
                self.tr(
                    "Preview: {0} — the published results use the package's rule ({1}). "
                    "This view: {2}"
                )
                .replace("{0}", self.method_name(str(self.method.currentData())))
                .replace("{1}", self.method_name(outcome.ranking.event.rules.aggregate))
                .replace("{2}", method_sentence(self.view_event))  # type: ignore[arg-type]
            )
        self._fill_table()
        self._charts_stale = True
        self._tab_changed(self.tabs.currentIndex())

    def _fill_table(self) -> None:
        code = self.current_code()
        self.model.set_results(self.view_event, self.results, self.category_key())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        if self.model.columnCount():
            for column, width in (("title", 300), ("unit", 190), ("flags", 240)):
                at = self.model.column_of(column)
                self.table.setColumnWidth(at, min(self.table.columnWidth(at), width))
            # The title takes the room left over; the short last column stays short.
            header.setStretchLastSection(False)
            header.setSectionResizeMode(
                self.model.column_of("title"), QHeaderView.ResizeMode.Stretch
            )
        row = self.model.row_of(code) if code else -1
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.table.clearSelection()
            self._show_breakdown(None)

    def category_key(self) -> str:
        data = self.category.currentData()
        return OVERALL if data is None else str(data)

    def current_code(self) -> str:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return ""
        return self.model.code_at(index.row())

    def _category_changed(self, _index: int) -> None:
        self._fill_table()
        self._charts_stale = True
        self._tab_changed(self.tabs.currentIndex())

    def _method_changed(self, _index: int) -> None:
        self._show_method()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_breakdown(self.model.project(current.row()) if current.isValid() else None)

    def _show_breakdown(self, project: Mapping[str, Any] | None) -> None:
        results = self.results or {}
        self.breakdown.show_project(
            self.view_event, project, results.get("method", {}), judge_names(results)
        )

    # -- charts, filled only when their tab is shown ---------------------------------------
    def _tab_changed(self, index: int) -> None:
        if index > 0 and self._charts_stale:
            self._charts_stale = False
            self.fill_charts()

    def fill_charts(self) -> None:
        event, results = self.view_event, self.results
        name = self.category.currentText()
        self.totals_pane.title.setText(
            self.tr("<b>Judges' totals per project: {0}</b>").replace("{0}", name)
        )
        self.totals_pane.note.setText(
            self.tr(
                "One row per project, in rank order. Filled dots are counted totals, red rings "
                "totals that were dropped, the black bar is the final."
            )
        )
        self.leniency_pane.title.setText(self.tr("<b>Judge leniency: {0}</b>").replace("{0}", name))
        self.leniency_pane.note.setText(
            self.tr(
                "The mean, over the projects a judge scored, of (the judge's total − the mean of "
                "all judges' totals for that project). Right of the line: more lenient than the "
                "panel; left: stricter. In brackets: projects scored."
            )
        )
        if event is None or results is None:
            self.strip.set_rows([], 0, 100, ("", "", ""))
            self.lenient.set_bars([])
            return
        projects = projects_of(results, self.category_key())
        rows = judges_totals(projects)
        low, high = strip_scale(rows, event.max_total)
        legend = (self.tr("counted total"), self.tr("dropped total"), self.tr("final"))
        self.strip.set_rows(rows, low, high, legend)
        names = judge_names(results)
        bars = [
            Bar(f"{names.get(judge, judge)} ({n})", float(value), signed(value))
            for judge, value, n in leniency(ReportData(event, {**results, "projects": projects}))
        ]
        self.lenient.set_bars(sorted(bars, key=lambda b: -b.value))
