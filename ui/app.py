"""The app's entry: a window on the current event (the demo event until one is imported).

The judge workspace and the secretariat console come with their own issues; until then this
window shows the event a laptop holds so that the run command opens something real.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scoring.model import Event


def tr(text: str) -> str:
    return QCoreApplication.translate("EventWindow", text)


class EventWindow(QMainWindow):
    def __init__(self, event: Event, package_code: str) -> None:
        super().__init__()
        self.setWindowTitle(tr("PanelScore") + f" — {event.name}")
        heading = QLabel(
            f"<h2>{event.name}</h2>"
            f"<p>{tr('Package code')}: <b style='font-size:20pt'>{package_code}</b>"
            f" · {event.date} · {event.venue}</p>"
        )
        table = QTableWidget(len(event.projects), 4)
        table.setHorizontalHeaderLabels([tr("Code"), tr("Title"), tr("Unit"), tr("Category")])
        categories = {c.key: c.name for c in event.categories}
        for row, project in enumerate(event.ordered_projects()):
            cells = (project.code, project.title, project.unit, categories[project.category])
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(heading)
        layout.addWidget(table)
        self.setCentralWidget(body)
        self.resize(1100, 700)


def _install_translators(app: QApplication) -> None:
    locale = QLocale.system()
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)


def run_gui(data_dir: Path) -> int:
    from demo.builder import build_demo
    from storage.workspace import Workspace

    app = QApplication.instance() or QApplication(sys.argv)
    _install_translators(app)  # type: ignore[arg-type]
    workspace = Workspace.open(data_dir)
    try:
        package = workspace.package
        if package is None:
            demo = build_demo(data_dir / "demo")
            package = workspace.import_package(demo.package.path)
        window = EventWindow(package.event, package.code)
    finally:
        workspace.close()
    window.show()
    return app.exec()
