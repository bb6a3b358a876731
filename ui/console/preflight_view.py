"""The materials preflight as the clerk reads it: a summary, every file with its pages or
why it cannot be opened, the projects without material and the files matching no project."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storage.preflight import Preflight
from ui.console.preflight_model import PreflightModel, size_text

_WIDTHS = (60, 250, 190, 70)


class PreflightView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: Preflight | None = None
        self.summary = QLabel(self.tr("The materials have not been checked yet."))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.stale = QLabel(
            self.tr("The projects changed since this check: check again before exporting.")
        )
        self.stale.setStyleSheet("color: #b3261e;")
        self.stale.hide()
        self.model = PreflightModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.without = QListWidget()
        self.unmatched = QListWidget()
        self.without_title = QLabel()
        self.unmatched_title = QLabel()
        lists = QWidget()
        column = QVBoxLayout(lists)
        column.setContentsMargins(0, 0, 0, 0)
        for title, widget in (
            (self.without_title, self.without),
            (self.unmatched_title, self.unmatched),
        ):
            title.setStyleSheet("font-weight: bold;")
            column.addWidget(title)
            column.addWidget(widget, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(lists)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([850, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.stale)
        layout.addWidget(split, 1)
        self._fill_lists()

    def show_result(self, result: Preflight, titles: dict[str, str]) -> None:
        self.result = result
        self.stale.hide()
        self.model.set_preflight(result, titles)
        self.summary.setText(self.summary_text(result))
        self._fill_lists()

    def clear(self, message: str) -> None:
        self.result = None
        self.stale.hide()
        self.model.set_preflight(None, {})
        self.summary.setText(message)
        self._fill_lists()

    def mark_stale(self, stale: bool) -> None:
        self.stale.setVisible(stale and self.result is not None)

    def _fill_lists(self) -> None:
        result = self.result
        self.without.clear()
        self.unmatched.clear()
        if result is not None:
            for project in result.without_material:
                self.without.addItem(f"{project.code}  {project.title}")
            for path in result.unmatched:
                self.unmatched.addItem(path.name + ("/" if path.is_dir() else ""))
        count = self.without.count()
        self.without_title.setText(
            self.tr("Projects without materials ({0})").replace("{0}", str(count))
        )
        count = self.unmatched.count()
        self.unmatched_title.setText(
            self.tr("Files matching no project ({0})").replace("{0}", str(count))
        )

    def summary_text(self, result: Preflight) -> str:
        total = len(result.without_material) + result.projects_with_material
        text = (
            self.tr("{0} files for {1} of {2} projects: {3} pages, {4}.")
            .replace("{0}", str(len(result.files)))
            .replace("{1}", str(result.projects_with_material))
            .replace("{2}", str(total))
            .replace("{3}", str(result.pages))
            .replace("{4}", size_text(result.bytes))
        )
        problems = []
        if result.failed:
            problems.append(
                self.tr("{0} file(s) cannot be opened").replace("{0}", str(len(result.failed)))
            )
        if result.not_shown:
            problems.append(
                self.tr("{0} file(s) are neither PDF nor image").replace(
                    "{0}", str(len(result.not_shown))
                )
            )
        if result.without_material:
            problems.append(
                self.tr("{0} project(s) without materials").replace(
                    "{0}", str(len(result.without_material))
                )
            )
        if result.unmatched:
            problems.append(
                self.tr("{0} file(s) matching no project").replace(
                    "{0}", str(len(result.unmatched))
                )
            )
        if not problems:
            return text + " " + self.tr("Every file opens and every project has materials.")
        return text + " " + "; ".join(problems) + "."
