"""Chinese and English (issue 4 item 8): every string translated, switchable, remembered.

The source strings are English; resources/translations/panelscore_zh_CN.ts holds the Chinese
and the committed .qm is what the app loads. ./scripts/translations refreshes both.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QRect, QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
)

from storage.workspace import Workspace
from ui.app import LOG_FILE, CrashReporter, PanelScoreApp
from ui.i18n import (
    LANGUAGE_KEY,
    MENU_TITLE,
    SETTINGS_FILE,
    Translators,
    store_language,
    stored_language,
)
from ui.start import JUDGE

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "panelscore_zh_CN.ts"
QM = TS.with_suffix(".qm")
TOOLS = Path(sys.executable).parent  # the virtualenv's bin: pyside6-lupdate, pyside6-lrelease
SOURCE_FOLDERS = ("ui", "widgets")
# The Qt-free layers' messages and the words around them.
EXTRA_SOURCES = ("scoring/message_catalogue.py", "scoring/message_words.py")


def source_files() -> list[Path]:
    """What scripts/translations hands lupdate."""
    found = [p for folder in SOURCE_FOLDERS for p in (ROOT / folder).rglob("*.py")]
    return sorted([*found, *(ROOT / name for name in EXTRA_SOURCES)])


CHINESE_MENUS = ["文件(&F)", "编辑(&E)", "项目(&P)", "视图(&V)"]
ENGLISH_MENUS = ["&File", "&Edit", "&Project", "&View"]


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    where: str
    translations: tuple[str, ...]
    finished: bool

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment

    def __str__(self) -> str:
        comment = f" ({self.comment})" if self.comment else ""
        where = f"{self.where}: " if self.where else ""
        return f"{where}[{self.context}] {self.source!r}{comment}"


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            location = message.find("location")
            where = ""  # the committed .ts names the file only at its first message
            if location is not None and location.get("filename"):
                file = (path.parent / location.get("filename", "")).resolve()
                shown = file.relative_to(ROOT) if file.is_relative_to(ROOT) else file
                where = f"{shown}:{location.get('line')}"
            translation = message.find("translation")
            assert translation is not None
            forms = translation.findall("numerusform")
            texts = tuple(f.text or "" for f in forms) if forms else (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    where=where,
                    translations=texts,
                    finished=translation.get("type") is None and all(texts),
                )
            )
    return messages


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> list[Message]:
    """What lupdate finds in today's sources (every .py under ui/ and widgets/, and the
    catalogue of the Qt-free layers' messages)."""
    ts = tmp_path_factory.mktemp("lupdate") / "extracted.ts"
    sources = [str(p) for p in source_files()]
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *sources, "-ts", str(ts), "-locations", "absolute"],
        check=True,
        capture_output=True,
    )
    return read_ts(ts)


# -- the translation files -------------------------------------------------------------------


def test_every_source_string_has_a_finished_chinese_translation(
    extracted: list[Message],
) -> None:
    committed = {m.key: m for m in read_ts(TS)}
    missing = [m for m in extracted if m.key not in committed or not committed[m.key].finished]
    assert extracted, "lupdate found no strings: is the source list right?"
    assert not missing, (
        f"{len(missing)} string(s) have no finished Chinese translation in {TS.name}:\n"
        + "\n".join(f"  {m}" for m in missing)
        + "\nRun ./scripts/translations, translate them in the .ts, run it again."
    )


def source_classes() -> list[ast.ClassDef]:
    return [
        node
        for path in source_files()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef)
    ]


def test_every_context_is_one_the_code_asks_under(extracted: list[Message]) -> None:
    # At run time self.tr() asks under the object's class name, and module-level helpers'
    # strings (empty context) are found by ui.i18n's fallback. lupdate takes the context of
    # `parent.tr("…")` to be "parent": a context no class has, so never found.
    classes = {node.name for node in source_classes()}
    lost = [m for m in extracted if m.context and m.context not in classes]
    assert not lost, (
        "These strings are filed under a context no class of ui/ or widgets/ has, so they "
        "stay English; use self.tr() in the class, or QCoreApplication.translate('Class', "
        "'literal'):\n" + "\n".join(f"  {m}" for m in lost)
    )


def test_no_class_with_translated_strings_is_subclassed() -> None:
    # PySide6 6.11's self.tr() asks under type(self).__name__: in a subclass, the strings
    # lupdate filed under the base class are not found and show in English.
    classes = source_classes()
    translating = {
        node.name
        for node in classes
        for call in ast.walk(node)
        if isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and call.func.attr == "tr"
        and isinstance(call.func.value, ast.Name)
        and call.func.value.id == "self"
    }
    subclassed = sorted(
        f"{node.name}({ast.unparse(base)})"
        for node in classes
        for base in node.bases
        if ast.unparse(base).split(".")[-1] in translating
    )
    assert not subclassed, (
        "Subclasses of classes that call self.tr(): their inherited strings stay English "
        "(translate with QCoreApplication.translate('BaseClass', ...) instead): "
        + ", ".join(subclassed)
    )


def test_the_committed_qm_is_built_from_the_committed_ts(tmp_path: Path) -> None:
    # lrelease is byte-deterministic: the same .ts gives the same .qm (checked twice here).
    built = []
    lrelease = [str(TOOLS / "pyside6-lrelease"), str(TS), "-nounfinished", "-silent"]
    for name in ("a.qm", "b.qm"):
        subprocess.run([*lrelease, "-qm", str(tmp_path / name)], check=True)
        built.append((tmp_path / name).read_bytes())
    assert built[0] == built[1]
    assert QM.read_bytes() == built[0], "the .qm is stale: run ./scripts/translations"


PLACEHOLDER = re.compile(r"\{\w*\}|%(?:\d+|n)|</?[A-Za-z][^>]*>")


def mnemonic(text: str) -> str:
    """The letter after a single & that starts a word ("&File", "(&F)"); "Q&A" has none."""
    found = re.findall(r"(?<![&\w])&(\w)", text.replace("&&", ""))
    return found[0].upper() if found else ""


def test_translations_keep_placeholders_tags_mnemonics_and_spacing() -> None:
    problems = []
    for m in read_ts(TS):
        for text in (t for t in m.translations if t):
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(m.source)):
                problems.append(f"{m}: placeholders or tags differ in {text!r}")
            if (text.count("{"), text.count("}")) != (m.source.count("{"), m.source.count("}")):
                problems.append(f"{m}: braces differ in {text!r} (str.format would break)")
            letter = mnemonic(m.source)
            if letter and mnemonic(text) != letter:
                problems.append(f"{m}: the shortcut letter {letter} is missing, e.g. 文件(&F)")
            elif letter and text != m.source and f"(&{letter})" not in text:
                problems.append(f"{m}: Chinese puts the shortcut letter last: (&{letter})")
            if text.count("\t") != m.source.count("\t"):
                problems.append(f"{m}: tab (shortcut column) lost in {text!r}")
            edges = (m.source[:1].isspace(), m.source[-1:].isspace())
            if (text[:1].isspace(), text[-1:].isspace()) != edges:
                problems.append(f"{m}: leading or trailing space differs in {text!r}")
    assert not problems, "\n".join(problems)


# -- the running app -------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _no_translator_left_behind(qapp: QCoreApplication) -> object:
    """Translators are app-wide: each test here removes what it installed."""
    font = qapp.font()  # type: ignore[attr-defined]
    yield
    qapp.setFont(font)  # type: ignore[attr-defined]  # PanelScoreApp.start sets the bundled font
    assert QCoreApplication.translate("JudgeMenus", "&File") == "&File"
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Yes"


@pytest.fixture
def judge_data(demo_master: Path, tmp_path: Path) -> Path:
    """A data folder where judge J01 has the demo event open at project G03."""
    data = tmp_path / "data"
    workspace = Workspace.open(data)
    workspace.import_package(demo_master / "event.pspkg")
    workspace.choose_judge("J01")
    workspace.set_setting("current_project", "G03")
    workspace.close()
    return data


@pytest.fixture
def start(qtbot, qapp):
    """PanelScoreApp.start as a judge, as run_gui does (without the event loop's exec)."""
    started: list[PanelScoreApp] = []

    def _start(data: Path) -> PanelScoreApp:
        judge_app = PanelScoreApp.start(qapp, data, JUDGE, report_crashes=False)
        assert judge_app is not None
        started.append(judge_app)
        assert judge_app.window is not None
        qtbot.waitExposed(judge_app.window)
        return judge_app

    yield _start
    for judge_app in started:
        judge_app.stop()


def menu_titles(window: QMainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def yes_button_text() -> str:
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes)
    text = box.button(QMessageBox.StandardButton.Yes).text()
    box.deleteLater()
    return text


@pytest.mark.parametrize(
    ("language", "menus", "yes"),
    [("zh_CN", CHINESE_MENUS, "是(&Y)"), ("en", ENGLISH_MENUS, "&Yes")],
)
def test_the_window_opens_in_the_stored_language(
    start, judge_data: Path, language: str, menus: list[str], yes: str
) -> None:
    store_language(judge_data, language)
    judge_app = start(judge_data)
    titles = menu_titles(judge_app.window)
    assert titles[:4] == menus
    assert titles[-1] == MENU_TITLE
    assert judge_app.language_menu is not None
    checked = [c for c, a in judge_app.language_menu.actions_by_language().items() if a.isChecked()]
    assert checked == [language]
    assert yes_button_text() == yes  # Qt's own qtbase translator: standard buttons too


def test_chinese_when_nothing_or_something_unknown_is_stored(start, tmp_path: Path) -> None:
    data = tmp_path / "fresh"
    assert stored_language(data) == "zh_CN"
    judge_app = start(data)  # the first-run page: no package yet
    assert menu_titles(judge_app.window)[:4] == CHINESE_MENUS
    assert judge_app.window.windowTitle() == "评审打分 — 评委端"
    settings = QSettings(str(data / SETTINGS_FILE), QSettings.Format.IniFormat)
    assert not settings.contains(LANGUAGE_KEY)  # nothing chosen, nothing written
    settings.setValue(LANGUAGE_KEY, "fr")
    settings.sync()
    assert stored_language(data) == "zh_CN"


def test_switching_from_the_menu_rebuilds_the_window_and_is_remembered(
    qtbot, start, judge_data: Path
) -> None:
    judge_app = start(judge_data)
    old = judge_app.window
    assert old.current == "G03"
    old.setGeometry(30, 40, 1000, 760)
    qtbot.waitUntil(lambda: old.geometry() == QRect(30, 40, 1000, 760))
    assert judge_app.language_menu is not None
    judge_app.language_menu.actions_by_language()["en"].trigger()
    qtbot.waitUntil(lambda: judge_app.window is not old)
    new = judge_app.window
    assert not shiboken6.isValid(old) or not old.isVisible()
    assert new.isVisible()
    assert menu_titles(new)[:4] == ENGLISH_MENUS
    assert new.current == "G03"  # the same judge and project, from the workspace
    assert new.geometry() == QRect(30, 40, 1000, 760)
    assert judge_app.language_menu.actions_by_language()["en"].isChecked()
    # Remembered: read back by another process, as the next start will.
    code = "import sys, pathlib, ui.i18n; print(ui.i18n.stored_language(pathlib.Path(sys.argv[1])))"
    read = subprocess.run(
        [sys.executable, "-c", code, str(judge_data)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    assert read.stdout.strip() == "en"
    # The next start opens in English; switching back gives Chinese again.
    judge_app.stop()
    again = start(judge_data)
    assert menu_titles(again.window)[:4] == ENGLISH_MENUS
    assert again.language_menu is not None
    again.language_menu.actions_by_language()["zh_CN"].trigger()
    qtbot.waitUntil(lambda: menu_titles(again.window)[:4] == CHINESE_MENUS)
    assert stored_language(judge_data) == "zh_CN"


def test_the_language_cannot_change_while_the_window_is_locked(
    qtbot, start, judge_data: Path
) -> None:
    workspace = Workspace.open(judge_data)
    workspace.set_pin("2468")
    workspace.close()
    judge_app = start(judge_data)
    window = judge_app.window
    window.lock()
    assert not window.menuBar().isEnabled()
    judge_app.switch_language("en")  # even if asked some other way
    assert judge_app.window is window
    assert stored_language(judge_data) == "zh_CN"


def shown_texts(window: QMainWindow) -> set[str]:
    """Texts a judge can see or hear (screen reader) in the window, without shortcuts."""
    texts = {window.windowTitle()}
    for widget in window.findChildren(QWidget):
        for getter in ("text", "title", "toolTip", "accessibleName", "placeholderText"):
            value = getattr(widget, getter, None)
            if callable(value) and not isinstance(widget, QComboBox):
                result = value()
                if isinstance(result, str):
                    texts.add(result)
        if isinstance(widget, QComboBox):
            texts.update(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                texts.add(str(model.headerData(column, Qt.Orientation.Horizontal)))
                for row in range(min(model.rowCount(), 5)):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        texts.add(str(model.index(row, column).data(role)))
    for action in window.findChildren(QAction):
        texts.update((action.text(), action.toolTip()))
    for menu in window.findChildren(QMenu):
        texts.add(menu.title())
    for group in window.findChildren(QGroupBox):
        texts.add(group.title())
    return {part for text in texts for part in text.split("\t")}


def test_the_chinese_judge_window_shows_no_english_source_string(start, judge_data: Path) -> None:
    english = {m.source for m in read_ts(TS) if m.translations[0] not in ("", m.source)}
    judge_app = start(judge_data)
    judge_app.window.go_to("G01")
    shown = shown_texts(judge_app.window)
    assert "提交" in {t.replace("(&S)", "") for t in shown}  # the texts were read
    assert sorted(shown & english) == []


def test_module_level_tr_helpers_find_their_strings_and_unknown_text_stays(qapp) -> None:
    # lupdate files the strings of helpers like ui/judge/project_model.py's tr() under the
    # empty context; the code asks under "ProjectModel". Nothing found: the source text,
    # never a blank.
    translators = Translators(qapp)
    translators.use("zh_CN")
    try:
        assert translators.installed() == 2
        assert QCoreApplication.translate("ProjectModel", "State") == "状态"
        assert QCoreApplication.translate("JudgeMenus", "&File") == "文件(&F)"
        assert (
            QCoreApplication.translate("ScoreForm", "(%n not scored)", None, 3) == "（3 项未评分）"
        )
        assert QCoreApplication.translate("Nowhere", "not a message") == "not a message"
        assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "是(&Y)"
    finally:
        translators.remove()


# -- uncaught exceptions (STYLE.md habit 14) --------------------------------------------------


def test_an_uncaught_exception_is_logged_and_told_briefly_on_the_gui_thread(
    qtbot, qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[tuple[str, bool]] = []

    def tell(cls, parent, title, text):
        told.append((text, threading.current_thread() is threading.main_thread()))

    monkeypatch.setattr(CrashReporter, "tell", classmethod(tell))
    log = tmp_path / "data" / LOG_FILE
    reporter = CrashReporter(log)
    translators = Translators(qapp)
    hooks = sys.excepthook, threading.excepthook
    reporter.install()
    try:
        translators.use("zh_CN")

        def slot_with_a_bug() -> None:
            raise RuntimeError("a bug in a slot")

        def worker_with_a_bug() -> None:
            raise KeyError("a bug in a worker thread")

        QTimer.singleShot(0, slot_with_a_bug)  # PySide6 hands it to sys.excepthook
        qtbot.waitUntil(lambda: len(told) == 1)
        worker = threading.Thread(target=worker_with_a_bug)
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: len(told) == 2)
    finally:
        reporter.uninstall()
        translators.remove()
    assert (sys.excepthook, threading.excepthook) == hooks
    written = log.read_text(encoding="utf-8")
    assert "Traceback" in written
    assert "RuntimeError: a bug in a slot" in written
    assert "a bug in a worker thread" in written
    for text, on_gui_thread in told:
        assert on_gui_thread
        assert text == f"程序出现错误，您的评分已保存。详细信息已写入 {log}。"
        assert "Traceback" not in text
