"""Languages: Chinese first, English on request, the choice remembered in the data folder.

English is the source language of every ``tr()`` string, so English means "no translator".
Chinese installs ours (resources/translations/panelscore_zh_CN.qm, refreshed by
``scripts/translations``) and Qt's own ``qtbase_zh_CN``, or standard dialogs' buttons stay
English (STYLE.md habit 13). The choice is stored with QSettings in an INI file beside the
workspace, not in the workspace database: it belongs to the laptop, not to the judge's scores.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, QTranslator, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from ui.roles import ROLES

log = logging.getLogger(__name__)

# Each language named in itself: whoever cannot read the current one still finds theirs.
LANGUAGES = {"zh_CN": "中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"
SETTINGS_FILE = "settings.ini"
LANGUAGE_KEY = "ui/language"
ROLE_KEY = "ui/role"
TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
MENU_TITLE = "Language / 语言"  # deliberately both languages, never translated


def settings(data_dir: Path) -> QSettings:
    data_dir.mkdir(parents=True, exist_ok=True)
    return QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)


def stored_language(data_dir: Path) -> str:
    """The language chosen on this laptop; Chinese when none was chosen or it is unknown."""
    value = settings(data_dir).value(LANGUAGE_KEY, DEFAULT_LANGUAGE)
    return value if isinstance(value, str) and value in LANGUAGES else DEFAULT_LANGUAGE


def store_language(data_dir: Path, language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    store = settings(data_dir)
    store.setValue(LANGUAGE_KEY, language)
    store.sync()
    if store.status() != QSettings.Status.NoError:
        raise OSError(f"cannot write {store.fileName()}")


def stored_role(data_dir: Path) -> str:
    """The role this laptop was used in last; "" before the first choice (or if unknown)."""
    value = settings(data_dir).value(ROLE_KEY, "")
    return value if isinstance(value, str) and value in ROLES else ""


def store_role(data_dir: Path, role: str) -> None:
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    store = settings(data_dir)
    store.setValue(ROLE_KEY, role)
    store.sync()


class ContextFallbackTranslator(QTranslator):
    """Our .qm, where a string missing under its class's context is looked up without one.

    lupdate files the strings of module-level helpers (``def tr(text): return
    QCoreApplication.translate("ProjectModel", text)``) under the empty context, since it
    cannot see which context the helper passes; this finds them there. A string found
    nowhere gives None (a null QString), so Qt asks the next translator or keeps the source
    text; an empty string would blank it.
    """

    def translate(
        self,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        if not found and context:
            found = super().translate("", source, disambiguation, n)
        return found or None


class Translators:
    """The translators installed on the application for one language; swapped as a whole."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def use(self, language: str) -> None:
        """Install the language's translators (none for English) in place of the current ones.

        Widgets built afterwards are in the new language; existing ones keep their texts.
        """
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        self.remove()
        if language != "en":
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            # Installed last is asked first: ours, then Qt's (their contexts do not overlap).
            for name, folder, kind in (
                (f"qtbase_{language}", qt_folder, QTranslator),
                (f"panelscore_{language}", TRANSLATIONS, ContextFallbackTranslator),
            ):
                translator = kind(self._app)
                if translator.load(name, str(folder)):
                    self._app.installTranslator(translator)
                    self._installed.append(translator)
                else:  # the app still works, in English: say why in the log
                    log.warning("no translation %s in %s", name, folder)
        self.language = language

    def remove(self) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self._installed.clear()
        self.language = "en"

    def installed(self) -> int:
        return len(self._installed)


class LanguageMenu(QMenu):
    """The "Language / 语言" menu: a checkable action per language; says which was chosen."""

    chosen = Signal(str)

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(MENU_TITLE, parent)
        self.setObjectName("languageMenu")
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        for code, name in LANGUAGES.items():
            action = self.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            self._group.addAction(action)
        self._group.triggered.connect(self._on_triggered)

    def actions_by_language(self) -> dict[str, QAction]:
        return {str(action.data()): action for action in self._group.actions()}

    def check(self, language: str) -> None:
        """Show ``language`` as the current one (after a switch that did not happen)."""
        self.actions_by_language()[language].setChecked(True)

    def _on_triggered(self, action: QAction) -> None:
        self.chosen.emit(str(action.data()))


def add_language_menu(window: QMainWindow, current: str) -> LanguageMenu:
    """Append the language menu to the window's menu bar (after the window's own menus)."""
    menu = LanguageMenu(current, window)
    window.menuBar().addMenu(menu)
    return menu
