"""One app, two roles: the chooser at the first start, the switch in the File menu, the demo in the
console — each window opening where the last one was, nothing lost."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt

from storage.secretariat import STORE_NAME, EventStore
from ui.app import PanelScoreApp
from ui.ask import Ask
from ui.console.window import ConsoleWindow
from ui.i18n import store_role, stored_role
from ui.judge.window import JudgeWindow
from ui.start import JUDGE, SECRETARIAT, RoleChooser


@pytest.fixture
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ui.app.stored_language", lambda data_dir: "en")


def test_the_chooser_offers_last_times_role_first(qtbot) -> None:
    chooser = RoleChooser(SECRETARIAT)
    qtbot.addWidget(chooser)
    assert chooser.secretariat_button.isDefault() and not chooser.judge_button.isDefault()
    qtbot.mouseClick(chooser.judge_button, Qt.MouseButton.LeftButton)
    assert chooser.role == JUDGE and chooser.result() == RoleChooser.DialogCode.Accepted


def test_closing_the_chooser_opens_nothing(qapp, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(RoleChooser, "ask", classmethod(lambda cls, last: None))
    assert PanelScoreApp.start(qapp, tmp_path, report_crashes=False) is None


def test_a_restart_opens_the_role_used_last_without_asking(
    qapp, tmp_path: Path, english, monkeypatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(RoleChooser, "ask", classmethod(lambda cls, last: asked.append(last)))
    store_role(tmp_path, SECRETARIAT)
    app = PanelScoreApp.start(qapp, tmp_path, report_crashes=False)
    assert app is not None
    try:
        assert isinstance(app.window, ConsoleWindow) and asked == []
    finally:
        app.stop()


def test_the_first_start_asks_and_remembers(qapp, tmp_path: Path, english, monkeypatch) -> None:
    monkeypatch.setattr(RoleChooser, "ask", classmethod(lambda cls, last: JUDGE))
    assert stored_role(tmp_path) == ""
    app = PanelScoreApp.start(qapp, tmp_path, report_crashes=False)
    assert app is not None
    try:
        assert isinstance(app.window, JudgeWindow)
        assert stored_role(tmp_path) == JUDGE
    finally:
        app.stop()


def test_switching_roles_from_the_file_menu(qtbot, qapp, tmp_path: Path, english) -> None:
    app = PanelScoreApp.start(qapp, tmp_path, JUDGE, report_crashes=False)
    assert app is not None
    try:
        judge = app.window
        assert isinstance(judge, JudgeWindow)
        judge.menus.switch.trigger()
        qtbot.waitUntil(lambda: isinstance(app.window, ConsoleWindow))
        assert stored_role(tmp_path) == SECRETARIAT
        assert not shiboken6.isValid(judge) or not judge.isVisible()  # closed, then deleted
        assert (tmp_path / STORE_NAME).exists()
        console = app.window
        assert isinstance(console, ConsoleWindow)
        console.switchToJudge.emit()
        qtbot.waitUntil(lambda: isinstance(app.window, JudgeWindow))
        assert stored_role(tmp_path) == JUDGE
    finally:
        app.stop()


def test_the_console_starts_empty_and_offers_the_demo(
    qtbot, qapp, tmp_path: Path, english, monkeypatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(Ask, "inform", classmethod(lambda cls, p, t, text, **k: told.append(text)))
    app = PanelScoreApp.start(qapp, tmp_path, SECRETARIAT, report_crashes=False)
    assert app is not None
    try:
        console = app.window
        assert isinstance(console, ConsoleWindow)
        qtbot.waitExposed(console)
        assert console.welcome.isVisible()
        console.load_demo()
        qtbot.waitUntil(lambda: console.state.package is not None, timeout=30_000)
        assert not console.welcome.isVisible()
        assert len(console.state.data["projects"]) == 34
        assert console.state.package.code == "IDNZ5Y5M"
        assert told and "Collect" in told[0]
    finally:
        app.stop()
    store = EventStore.open(tmp_path / STORE_NAME)  # reopened: the demo event was kept
    try:
        assert len(store.event_data()["projects"]) == 34
        assert Path(store.get("materials_folder")).is_dir()
    finally:
        store.close()


def test_a_workspace_from_a_newer_version_is_explained_not_crashed(
    qapp, tmp_path: Path, english, monkeypatch
) -> None:
    import sqlite3

    from storage.workspace import Workspace
    from ui.app import CrashReporter

    Workspace.open(tmp_path).close()
    with sqlite3.connect(tmp_path / "workspace.db") as conn:
        conn.execute("INSERT INTO migrations VALUES ('999_future', datetime('now'))")
    told: list[str] = []
    monkeypatch.setattr(
        CrashReporter, "tell", classmethod(lambda cls, p, t, text: told.append(text))
    )
    assert PanelScoreApp.start(qapp, tmp_path, JUDGE, report_crashes=False) is None
    assert "newer PanelScore" in told[0]
