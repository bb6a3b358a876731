"""The app's entry: Qt set-up (font, translators) and the judge window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

FONT = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "wqy-microhei.ttc"


def use_bundled_font(app: QApplication) -> None:
    """Chinese renders the same on every laptop: the shipped font, not whatever is installed."""
    font_id = QFontDatabase.addApplicationFont(str(FONT))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        app.setFont(QFont(families[0], app.font().pointSize()))


def install_translators(app: QApplication) -> None:
    locale = QLocale.system()
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)


def run_gui(data_dir: Path) -> int:
    from storage.workspace import Workspace
    from ui.judge.window import JudgeWindow

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    use_bundled_font(app)
    install_translators(app)
    workspace = Workspace.open(data_dir)

    def demo_package() -> Path:
        from demo.builder import build_demo_package

        return build_demo_package(data_dir / "demo").path

    window = JudgeWindow(workspace, demo_package)
    window.show()
    try:
        return app.exec()
    finally:
        workspace.close()
