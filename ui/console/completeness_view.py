"""The completeness matrix with its legend and counts (scored / missing / recused / conflict)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scoring.completeness import CONFLICT, MISSING, NOT_ASSIGNED, RECUSED, SCORED, Completeness
from ui.console.completeness_model import COLOURS, SYMBOLS, CompletenessModel, state_text


def tr(text: str) -> str:
    return QCoreApplication.translate("CompletenessView", text)


class CompletenessView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.model = CompletenessModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setDefaultSectionSize(42)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.empty = QLabel(tr("The matrix appears once the collected inputs are merged."))
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.legend)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.set_matrix(None)

    def set_matrix(self, matrix: Completeness | None) -> None:
        self.model.set_matrix(matrix)
        self.empty.setVisible(matrix is None)
        self.table.setVisible(matrix is not None)
        self.legend.setText(self.legend_html(matrix))

    def legend_html(self, matrix: Completeness | None) -> str:
        counts = matrix.counts() if matrix is not None else {}
        parts = []
        for state, label in (
            (SCORED, tr("scored")),
            (MISSING, tr("missing")),
            (RECUSED, tr("recused")),
            (CONFLICT, tr("conflict")),
            (NOT_ASSIGNED, tr("not assigned")),
        ):
            if state == NOT_ASSIGNED and not counts.get(state):
                continue
            swatch = (
                f'<span style="background-color:{COLOURS[state]}; color:#202020">'
                f"&nbsp;{SYMBOLS[state] or '&nbsp;'}&nbsp;</span>"
            )
            count = f" {counts[state]}" if state in counts else ""
            tip = html.escape(state_text(state))
            parts.append(f'<span title="{tip}">{swatch}&nbsp;{html.escape(label)}{count}</span>')
        return "&nbsp;&nbsp; ".join(parts)
