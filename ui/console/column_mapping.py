"""Import projects from any sheet: choose which column holds which project field.

The dialog shows the sheet's first rows, guesses the mapping from the header names
(storage.project_sheet.guess_mapping), and previews what would be imported with each row's
problems. ``outcome()`` is what to import once the clerk accepts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storage.project_sheet import (
    FIELDS,
    REQUIRED,
    SheetGrid,
    SheetImport,
    apply_mapping,
    column_letter,
    guess_mapping,
)
from ui.console.column_preview import PreviewModel, field_names

SAMPLE_ROWS = 6


@dataclass(frozen=True)
class MappingOutcome:
    result: SheetImport
    replace: bool


class ColumnMappingDialog(QDialog):
    def __init__(
        self,
        grid: SheetGrid,
        categories: Sequence[dict[str, Any]],
        existing_codes: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.grid = grid
        self.categories = list(categories)
        self.existing_codes = list(existing_codes)
        self.result_: SheetImport = SheetImport()
        self.setWindowTitle(self.tr("Import projects from a sheet"))
        self.header_row = QSpinBox()
        self.header_row.setRange(1, max(1, min(len(grid.rows), 20)))
        self.header_row.setValue(grid.guess_header_row())
        self.header_row.valueChanged.connect(self._header_changed)
        self.combos: dict[str, QComboBox] = {}
        self.sample = QTableWidget()
        self.sample.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sample.setWordWrap(False)
        self.append = QRadioButton(self.tr("Add them to the current projects"))
        self.replace = QRadioButton(self.tr("Replace the current projects"))
        self.append.setChecked(True)
        has_projects = bool(existing_codes)
        self.append.setEnabled(has_projects)
        self.replace.setEnabled(has_projects)
        self.append.toggled.connect(self._update_preview)
        self.preview_model = PreviewModel(self)
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.setWordWrap(False)
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self._header_changed()
        self.resize(1100, 760)

    def _layout(self) -> None:
        source = QLabel(
            self.tr("Sheet: {0} ({1} rows)")
            .replace("{0}", Path(self.grid.source).name)
            .replace("{1}", str(len(self.grid.rows)))
        )
        form = QFormLayout()
        form.addRow(self.tr("Header in row"), self.header_row)
        names = field_names()
        for field in FIELDS:
            combo = QComboBox()
            combo.setMinimumContentsLength(18)
            combo.currentIndexChanged.connect(self._update_preview)
            self.combos[field] = combo
            label = names[field] + (" *" if field in REQUIRED else "")
            form.addRow(label, combo)
        mapping = QGroupBox(self.tr("Which column holds what"))
        mapping.setLayout(form)
        mode = QGroupBox(self.tr("The projects already in the event"))
        mode_column = QVBoxLayout(mode)
        mode_column.addWidget(self.append)
        mode_column.addWidget(self.replace)
        mode_column.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(mapping)
        left.addWidget(mode)
        sample_box = QGroupBox(self.tr("The sheet's first rows"))
        QVBoxLayout(sample_box).addWidget(self.sample)
        top = QHBoxLayout()
        top.addLayout(left)
        top.addWidget(sample_box, 1)
        preview_box = QGroupBox(self.tr("What will be imported"))
        preview_column = QVBoxLayout(preview_box)
        preview_column.addWidget(self.preview)
        preview_column.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addWidget(source)
        layout.addLayout(top)
        layout.addWidget(preview_box, 1)
        layout.addWidget(self.buttons)

    # -- filling --------------------------------------------------------------------------
    def column_label(self, index: int, header: str) -> str:
        letter = column_letter(index)
        return f"{letter}: {header}" if header else letter

    def _header_changed(self) -> None:
        row = self.header_row.value()
        headers = self.grid.headers(row)
        guessed = guess_mapping(headers)
        for field, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— not in the sheet —"), None)
            for index, header in enumerate(headers):
                combo.addItem(self.column_label(index, header), index)
            if guessed[field] is not None:
                combo.setCurrentIndex(combo.findData(guessed[field]))
            combo.blockSignals(False)
        body = self.grid.body(row)[:SAMPLE_ROWS]
        self.sample.clear()
        self.sample.setColumnCount(len(headers))
        self.sample.setRowCount(len(body))
        self.sample.setHorizontalHeaderLabels(
            [self.column_label(i, h) for i, h in enumerate(headers)]
        )
        self.sample.setVerticalHeaderLabels([str(number) for number, _ in body])
        for r, (_, cells) in enumerate(body):
            for c, text in enumerate(cells):
                self.sample.setItem(r, c, QTableWidgetItem(text))
        self.sample.resizeColumnsToContents()
        for c in range(len(headers)):
            self.sample.setColumnWidth(c, min(self.sample.columnWidth(c), 220))
        self._update_preview()

    def mapping(self) -> dict[str, int | None]:
        return {field: combo.currentData() for field, combo in self.combos.items()}

    def set_column(self, field: str, index: int | None) -> None:
        """Map a field to a column (None: not in the sheet), as choosing it in its box."""
        combo = self.combos[field]
        combo.setCurrentIndex(combo.findData(index) if index is not None else 0)

    def _update_preview(self) -> None:
        mapping = self.mapping()
        missing = [field_names()[f] for f in REQUIRED if mapping[f] is None]
        names = {c["key"]: c.get("name") or c["key"] for c in self.categories}
        if missing:
            self.result_ = SheetImport()
            self.preview_model.set_result(self.result_, names)
            self.summary.setText(
                self.tr("Choose the column of: {0}").replace("{0}", ", ".join(missing))
            )
            self.import_button.setEnabled(False)
            return
        existing = [] if self.replace.isChecked() else self.existing_codes
        self.result_ = apply_mapping(
            self.grid, self.header_row.value(), mapping, self.categories, existing
        )
        self.preview_model.set_result(self.result_, names)
        self.preview.resizeColumnsToContents()
        for column in range(self.preview_model.columnCount()):
            self.preview.setColumnWidth(column, min(self.preview.columnWidth(column), 240))
        self.summary.setText(self._summary())
        self.import_button.setEnabled(bool(self.result_.projects))

    def _summary(self) -> str:
        result = self.result_
        parts = [
            self.tr("{0} project(s) will be imported.").replace("{0}", str(len(result.projects)))
        ]
        if result.skipped:
            parts.append(
                self.tr("{0} row(s) are not imported (red).").replace("{0}", str(result.skipped))
            )
        warned = len({p.row for p in result.problems if not p.skipped})
        if warned:
            parts.append(
                self.tr(
                    "{0} row(s) have problems to fix in the table after importing (yellow)."
                ).replace("{0}", str(warned))
            )
        if result.new_categories:
            names = ", ".join(c["name"] for c in result.new_categories)
            parts.append(self.tr("New categories: {0}.").replace("{0}", names))
        if self.combos["category"].currentData() is None:
            parts.append(self.tr("No category column: choose each project's category after."))
        return " ".join(parts)

    def outcome(self) -> MappingOutcome:
        return MappingOutcome(self.result_, self.replace.isChecked())
