"""The projects table (with a filter, add and remove) beside the small categories editor."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scoring.projects_edit import conflicts_of
from ui.console.projects_categories import CategoriesModel
from ui.console.projects_model import COLUMNS, SORT_ROLE, CategoryDelegate, ProjectsModel
from ui.console.state import ConsoleState

Confirm = Callable[[str, str], bool]  # (title, text) → yes
_WIDTHS = {"code": 60, "title": 260, "unit": 160, "category": 90, "presenter": 70, "order": 50}


class ProjectsEditor(QSplitter):
    def __init__(self, state: ConsoleState, confirm: Confirm, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.state = state
        self.confirm = confirm
        self.model = ProjectsModel(state, self)
        self.categories = CategoriesModel(state, self)
        self.addWidget(self._projects_side())
        self.addWidget(self._categories_side())
        self.setStretchFactor(0, 4)
        self.setStretchFactor(1, 1)
        self.setSizes([900, 300])
        for model in (self.model, self.categories):
            model.refused.connect(self.message.setText)
            model.modelReset.connect(self._update_counts)
            model.dataChanged.connect(self._update_counts)
            model.rowsInserted.connect(self._update_counts)
            model.rowsRemoved.connect(self._update_counts)
        self._update_counts()

    # -- layout ---------------------------------------------------------------------------
    def _projects_side(self) -> QWidget:
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setItemDelegateForColumn(
            COLUMNS.index("category"), CategoryDelegate(self.model, self.table)
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for field, width in _WIDTHS.items():
            self.table.setColumnWidth(COLUMNS.index(field), width)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter: code, title, unit, presenter…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.add_button = QPushButton(self.tr("Add project"))
        self.add_button.clicked.connect(self.add_project)
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.clicked.connect(self.remove_projects)
        self.count = QLabel()
        self.message = QLabel()
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        tools = QHBoxLayout()
        tools.addWidget(self.filter, 1)
        tools.addWidget(self.add_button)
        tools.addWidget(self.remove_button)
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(tools)
        column.addWidget(self.table, 1)
        column.addWidget(self.count)
        column.addWidget(self.message)
        return side

    def _categories_side(self) -> QWidget:
        self.category_table = QTableView()
        self.category_table.setModel(self.categories)
        self.category_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.category_table.verticalHeader().hide()
        header = self.category_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_category_button = QPushButton(self.tr("Add category"))
        self.add_category_button.clicked.connect(self.add_category)
        self.remove_category_button = QPushButton(self.tr("Remove…"))
        self.remove_category_button.clicked.connect(self.remove_category)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_category_button)
        buttons.addWidget(self.remove_category_button)
        buttons.addStretch(1)
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Categories"))
        title.setStyleSheet("font-weight: bold;")
        column.addWidget(title)
        column.addWidget(self.category_table, 1)
        column.addLayout(buttons)
        return side

    # -- actions --------------------------------------------------------------------------
    def add_project(self) -> None:
        self.filter.clear()
        row = self.model.add_row()
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, COLUMNS.index("title")))
        self.table.scrollTo(index)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def selected_rows(self) -> list[int]:
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        return sorted(rows)

    def remove_projects(self) -> None:
        rows = self.selected_rows()
        if not rows:
            self.message.setText(self.tr("Select the projects to remove first."))
            return
        codes = [self.model.code_at(r) for r in rows]
        text = self.tr("Remove {0} project(s): {1}?").replace("{0}", str(len(rows)))
        text = text.replace("{1}", ", ".join(codes[:10]) + ("…" if len(codes) > 10 else ""))
        conflicts = conflicts_of(self.state.data, codes)
        if conflicts:
            text += "\n" + self.tr("{0} conflict(s) naming them are removed too.").replace(
                "{0}", str(conflicts)
            )
        if self.confirm(self.tr("Remove projects"), text):
            self.model.remove_rows(rows)
            self.message.clear()

    def add_category(self) -> None:
        row = self.categories.add_row()
        if row < 0:
            return
        index = self.categories.index(row, 1)
        self.category_table.setCurrentIndex(index)
        self.category_table.edit(index)

    def remove_category(self) -> None:
        index = self.category_table.currentIndex()
        if not index.isValid():
            self.message.setText(self.tr("Select the category to remove first."))
            return
        row = index.row()
        key, used = self.categories.key_at(row), self.categories.projects_at(row)
        text = self.tr("Remove the category {0}?").replace("{0}", key)
        if used:
            text += "\n" + self.tr(
                "{0} project(s) are in it; they are marked until you give them another category."
            ).replace("{0}", str(used))
        if self.confirm(self.tr("Remove category"), text):
            self.categories.remove_row(row)

    def _update_counts(self) -> None:
        problems = self.model.problem_count()
        text = self.tr("{0} projects in {1} categories").replace("{0}", str(self.model.rowCount()))
        text = text.replace("{1}", str(self.categories.rowCount()))
        if problems:
            text += " — " + self.tr("{0} problem(s) marked in red").replace("{0}", str(problems))
        self.count.setText(text)
