"""The breakdown under the ranking table: the chosen project's judges and its calculation."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from scoring.model import Event
from scoring.results_view import Project, trace_parts
from ui.console.breakdown_model import BreakdownModel


class Breakdown(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.model = BreakdownModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.trace = QLabel()
        self.trace.setWordWrap(True)
        self.trace.setTextFormat(Qt.TextFormat.PlainText)
        self.trace.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.trace)
        self.show_project(None, None, {}, {})

    def show_project(
        self,
        event: Event | None,
        project: Project | None,
        method: Mapping[str, Any],
        names: Mapping[str, str],
    ) -> None:
        self.model.set_project(event, project, names)
        if project is None or event is None:
            self.title.setText(self.tr("Choose a project in the table to see its judges' scores."))
            self.trace.setText("")
            return
        final = "—" if project.get("final") is None else str(project["final"])
        self.title.setText(
            self.tr("<b>{0}</b> {1} — final <b>{2}</b>")
            .replace("{0}", str(project["code"]))
            .replace("{1}", _escape(str(project["title"])))
            .replace("{2}", final)
        )
        self.trace.setText(self.trace_text(project, method, names))

    def trace_text(
        self, project: Project, method: Mapping[str, Any], names: Mapping[str, str]
    ) -> str:
        """The calculation in words, from the results' trace (nothing recomputed but the sum
        of the counted totals, exactly as the ranking report's appendix shows it)."""
        if not project.get("trace"):
            return self.tr("No counted score: the project is not ranked.")
        final = str(project.get("final"))
        if method.get("basis") == "dimension":
            dims = project.get("dimensions", {})
            return (
                self.tr(
                    "Each dimension is aggregated on its own; the final is their sum: {0} = {1}."
                )
                .replace("{0}", " + ".join(str(v) for v in dims.values()))
                .replace("{1}", final)
            )
        parts = trace_parts(project, method)
        counted = " + ".join(total for _, total in parts.kept)
        n = str(len(parts.kept))
        if parts.kept_sum is not None:
            lines = [
                self.tr("Counted totals ({0}): {1} = {2}; {2} ÷ {0} → {3} (rounded half up).")
                .replace("{0}", n)
                .replace("{1}", counted)
                .replace("{2}", parts.kept_sum)
                .replace("{3}", final)
            ]
        else:
            lines = [
                self.tr("Counted totals ({0}): {1}; final {2}.")
                .replace("{0}", n)
                .replace("{1}", ", ".join(total for _, total in parts.kept))
                .replace("{2}", final)
            ]
        if parts.dropped:
            dropped = ", ".join(
                f"{total} ({judge} {names.get(judge, '')})".replace(" )", ")")
                for judge, total in parts.dropped
            )
            if method.get("aggregate") == "median":
                lines.append(self.tr("Not a middle value: {0}.").replace("{0}", dropped))
            else:
                lines.append(self.tr("Dropped: {0}.").replace("{0}", dropped))
        return "\n".join(lines)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
