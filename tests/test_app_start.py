"""The app's start: the role stored last, warnings and errors logged from the first moment."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storage.secretariat import STORE_NAME
from ui.app import LOG_FILE, CrashReporter, PanelScoreApp
from ui.i18n import store_role
from ui.start import JUDGE, SECRETARIAT, RoleChooser


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[str] = []
    monkeypatch.setattr(
        CrashReporter, "tell", classmethod(lambda cls, p, t, text: messages.append(text))
    )
    return messages


def _start_missing_chinese(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[PanelScoreApp, Path]:
    """The judge app started in Chinese with no translation to load (a warning is logged);
    and where its log file goes."""
    empty = tmp_path / "no-translations"
    empty.mkdir()
    monkeypatch.setattr("ui.i18n.TRANSLATIONS", empty)
    monkeypatch.setattr("ui.app.stored_language", lambda data_dir: "zh_CN")
    data = tmp_path / "data"
    app = PanelScoreApp.start(qapp, data, JUDGE)
    assert app is not None
    return app, data / LOG_FILE


def test_a_warning_logged_while_starting_reaches_the_log_file(
    qtbot, qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The user sees: the app comes up in English and panelscore.log never says why ("no
    # translation panelscore_zh_CN"): Translators.use() logs it before the log file is open
    # (the packaged app has no stderr, so it is lost).
    app, log = _start_missing_chinese(qapp, tmp_path, monkeypatch)
    try:
        qtbot.waitUntil(log.exists)  # opened once the window has been painted
    finally:
        app.stop()
    assert "no translation panelscore_zh_CN" in log.read_text(encoding="utf-8")


def test_a_warning_held_before_the_first_paint_is_written_when_the_app_stops_at_once(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The log file is opened after the window's first paint; an app stopped before that
    # (closed at once, or the window failed) still writes what it held.
    app, log = _start_missing_chinese(qapp, tmp_path, monkeypatch)
    assert not log.exists()  # no event loop yet: nothing painted, the file not opened
    app.stop()
    assert "no translation panelscore_zh_CN" in log.read_text(encoding="utf-8")


def test_a_stored_role_that_cannot_open_does_not_lock_the_laptop_out(
    qapp, tmp_path: Path, told: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The user sees: "PanelScore cannot start: the event file is damaged" at every start, and
    # never the role chooser again, so the judge role (or a fresh start) is out of reach:
    # start() opens stored_role() without asking, and the failed role stays stored.
    monkeypatch.setattr("ui.app.stored_language", lambda data_dir: "en")
    asked: list[str] = []
    monkeypatch.setattr(
        RoleChooser, "ask", classmethod(lambda cls, last: asked.append(last) or None)
    )
    store_role(tmp_path, SECRETARIAT)
    (tmp_path / STORE_NAME).write_bytes(b"not an event file" * 64)
    assert PanelScoreApp.start(qapp, tmp_path, report_crashes=False) is None
    assert told and "damaged" in told[0]
    PanelScoreApp.start(qapp, tmp_path, report_crashes=False)  # the next start
    assert asked, "the chooser was never offered after the stored role failed"


def test_the_first_error_before_the_event_loop_is_logged(
    qapp, tmp_path: Path, told: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ui.app.stored_language", lambda data_dir: "en")
    app = PanelScoreApp.start(qapp, tmp_path, JUDGE)
    assert app is not None
    try:
        try:
            raise RuntimeError("a bug while the window opens")
        except RuntimeError as error:  # as PySide6 hands a slot's exception over
            sys.excepthook(type(error), error, error.__traceback__)
        written = (tmp_path / LOG_FILE).read_text(encoding="utf-8")
        assert "RuntimeError: a bug while the window opens" in written
    finally:
        app.stop()
    assert sys.excepthook != app.crash_reporter.handle  # uninstalled again
