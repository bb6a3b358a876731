"""The left pane of the judge's window: category filter, project list and progress."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from scoring.model import Event
from ui.judge.project_model import CategoryFilter, ProjectModel

UNIT_WIDTH = 130  # px at most for the unit column: a long unit is cut, not the title squeezed


class ProjectListPane(QWidget):
    def __init__(self, model: ProjectModel, event: Event, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = CategoryFilter()
        self.proxy.setSourceModel(model)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(28)
        # Widths from the few distinct texts, not by asking the model for every cell (that
        # cost ~145 ms with 250 projects).
        for column, width in model.column_widths(self.table.fontMetrics()).items():
            limit = UNIT_WIDTH if column == 3 else width
            self.table.setColumnWidth(column, max(28, min(width, limit)))
        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), "")
        for category in event.ordered_categories():
            self.category.addItem(category.name, category.key)
        self.category.currentIndexChanged.connect(self._on_category)
        self.progress = QLabel()
        column = QVBoxLayout(self)
        column.addWidget(self.category)
        column.addWidget(self.table)
        column.addWidget(self.progress)
        self.update_progress()

    def update_progress(self) -> None:
        done, total = self.model.progress()
        text = self.tr("{0} / {1} submitted")
        self.progress.setText(text.replace("{0}", str(done)).replace("{1}", str(total)))

    def _on_category(self) -> None:
        self.proxy.set_category(str(self.category.currentData()))
