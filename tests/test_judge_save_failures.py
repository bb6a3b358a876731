"""The laptop's own disk refuses a write (full, read-only, unusable folder): the judge is told,
the screen shows what is stored, nothing half-done stays, and work resumes once it can.

Real SQLite refusals on the window's own connection: "attempt to write a readonly database"
(PRAGMA query_only), and "database or disk is full" for a long comment in a workspace file
capped at its size (PRAGMA max_page_count).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from storage.errors import SaveError
from storage.package import build_package
from storage.workspace import Workspace
from tests.factories import make_event
from ui.app import CrashReporter, PanelScoreApp
from ui.ask import Ask
from ui.judge.window import JudgeWindow
from ui.roles import JUDGE

READ_ONLY = "could not save on this laptop: the data folder is read-only"
FULL = "could not save on this laptop: the disk is full"
LONG_COMMENT = "创新点突出，" * 4000  # needs new pages in the file


def make_read_only(workspace: Workspace, read_only: bool = True) -> None:
    workspace.db.execute(f"PRAGMA query_only = {'ON' if read_only else 'OFF'}")


def fill_disk(workspace: Workspace) -> None:
    pages = workspace.db.execute("PRAGMA page_count").fetchone()[0]
    workspace.db.execute(f"PRAGMA max_page_count = {pages}")


def free_disk(workspace: Workspace) -> None:
    workspace.db.execute("PRAGMA max_page_count = 1073741823")


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(
        Ask,
        "inform",
        classmethod(lambda cls, parent, title, text, **k: messages.append((title, text))),
    )
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, *a: True))
    return messages


@pytest.fixture
def crash_told(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """What the app's message box (CrashReporter.tell) would have said: title, text."""
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(
        CrashReporter, "tell", classmethod(lambda cls, p, title, text: told.append((title, text)))
    )
    return told


@pytest.fixture
def window(
    qtbot, demo_master: Path, tmp_path: Path, told: list, uncaught: list
) -> Iterator[JudgeWindow]:
    workspace = Workspace.open(tmp_path / "data")
    workspace.import_package(demo_master / "event.pspkg")
    workspace.choose_judge("J01")
    win = JudgeWindow(workspace, lambda: demo_master / "event.pspkg")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    workspace.close()


def _type_into_first(qtbot, window: JudgeWindow, text: str) -> None:
    window.activateWindow()
    window.form.focus_first()
    widget = QApplication.focusWidget()
    assert widget is not None
    widget.selectAll() if hasattr(widget, "selectAll") else None
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_a_score_the_disk_refused_is_told_and_not_shown_as_saved(
    qtbot, window: JudgeWindow, uncaught: list
) -> None:
    workspace = window.workspace
    _type_into_first(qtbot, window, "20")
    assert workspace.sheet("G01").values["concept"] == Decimal("20")
    make_read_only(workspace)
    _type_into_first(qtbot, window, "25")
    # The form shows what is stored, and why the 25 is not there: on the form and the bar.
    assert window.form.values()["concept"] == Decimal("20")
    assert workspace.sheet("G01").values["concept"] == Decimal("20")
    assert READ_ONLY in window.statusBar().currentMessage()
    assert READ_ONLY in window.form._saved.text()
    assert uncaught == []
    make_read_only(workspace, False)
    _type_into_first(qtbot, window, "25")  # the disk has room again: it saves, the note goes
    assert workspace.sheet("G01").values["concept"] == Decimal("25")
    assert window.statusBar().currentMessage() == ""
    assert "Saved" in window.form._saved.text()
    assert workspace.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_comment_the_full_disk_refused_stays_on_screen_and_is_sent_again(
    qtbot, window: JudgeWindow, uncaught: list
) -> None:
    workspace = window.workspace
    fill_disk(workspace)
    window.form._comment.setPlainText(LONG_COMMENT)
    assert window.flush()
    assert workspace.sheet("G01").comment == ""
    assert window.form._comment.toPlainText() == LONG_COMMENT  # the judge's words stay
    assert FULL in window.statusBar().currentMessage()
    free_disk(workspace)
    assert window.flush()  # unchanged text, but not saved yet: sent again
    assert workspace.sheet("G01").comment == LONG_COMMENT
    assert workspace.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert uncaught == []


def test_switching_project_on_a_read_only_disk_switches_and_says_the_place_is_not_kept(
    window: JudgeWindow, uncaught: list
) -> None:
    make_read_only(window.workspace)
    window.next_project()
    assert window.current == "G02"
    assert window.workspace.get("current_project") != "G02"
    assert READ_ONLY in window.statusBar().currentMessage()
    assert uncaught == []


def test_export_when_the_laptop_cannot_save_writes_nothing_to_the_stick(
    window: JudgeWindow, tmp_path: Path, told: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    monkeypatch.setattr(Ask, "folder", classmethod(lambda cls, *a, **k: stick))
    make_read_only(window.workspace)
    assert window.export_score_file() is None
    assert list(stick.iterdir()) == []  # refused before the stick was written
    assert told and READ_ONLY in told[-1][1]
    make_read_only(window.workspace, False)
    result = window.export_score_file()
    assert result is not None and result.path.name.endswith("-r1.psscore")


def test_export_never_replaces_a_file_already_on_the_stick(
    window: JudgeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    monkeypatch.setattr(Ask, "folder", classmethod(lambda cls, *a, **k: stick))
    first = window.export_score_file()
    assert first is not None
    # The same name from elsewhere (another laptop of this judge, a reset workspace):
    window.workspace.set_setting("export_revision", "0")
    kept = first.path.read_bytes()
    second = window.export_score_file()
    assert second is not None and second.path != first.path
    assert second.path.name.endswith("-r2.psscore")
    assert first.path.read_bytes() == kept


def test_a_laptop_that_cannot_write_its_data_folder_says_so_at_start(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, crash_told: list
) -> None:
    told = crash_told
    monkeypatch.setattr("ui.app.stored_language", lambda data_dir: "en")
    data = tmp_path / "data"
    (data / "workspace.db").mkdir(parents=True)  # SQLite cannot open it as a file
    assert PanelScoreApp.start(qapp, data, JUDGE, report_crashes=False) is None
    assert told and told[0][0] == "PanelScore cannot start"
    assert "could not save on this laptop" in told[0][1]


def test_a_refused_import_while_scoring_leaves_the_projects_on_screen(
    window: JudgeWindow, tmp_path: Path, told: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.pspkg"
    bad.write_bytes(b"not a package" * 100)
    monkeypatch.setattr(window.first_run, "ask_file", lambda: bad)
    window.packages.choose()
    assert window.pages.currentWidget() is window.splitter
    assert window.menus.next.isEnabled()
    assert told and "not a PanelScore event package" in told[-1][1]


def test_an_import_on_a_full_laptop_disk_is_told_on_the_import_page(
    qtbot, tmp_path: Path, demo_master: Path, uncaught: list
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "packages").write_text("a file where the packages folder goes")
    workspace = Workspace.open(data)
    win = JudgeWindow(workspace, lambda: demo_master / "event.pspkg")
    qtbot.addWidget(win)
    win.packages.import_package(demo_master / "event.pspkg")
    assert "could not save on this laptop" in win.first_run.error.text()
    assert uncaught == []
    workspace.close()


def test_an_uncaught_save_error_is_told_as_not_saved(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, crash_told: list
) -> None:
    told = crash_told
    reporter = CrashReporter(tmp_path / "panelscore.log")
    error = SaveError(FULL, target="workspace.db", kind="disk_full")
    monkeypatch.setattr(sys, "stderr", None)  # as in the packaged app: no console
    reporter.handle(SaveError, error, None)
    reporter._tell()
    assert told == [("Not saved", FULL)]  # not "your scores are saved"


def test_another_event_with_only_a_comment_stored_is_refused(
    tmp_path: Path, demo_master: Path
) -> None:
    workspace = Workspace.open(tmp_path / "data")
    workspace.import_package(demo_master / "event.pspkg")
    workspace.choose_judge("J01")
    workspace.set_comment("G01", "创新点突出")
    other = build_package(make_event(), None, tmp_path / "other.pspkg")
    with pytest.raises(Exception, match="another event") as refused:
        workspace.import_package(other.path)
    assert getattr(refused.value, "kind", "") == "other_event_loaded"
    assert workspace.sheet("G01").comment == "创新点突出"
    workspace.close()


def test_another_event_takes_over_a_laptop_without_work_cleanly(
    tmp_path: Path, demo_master: Path
) -> None:
    # The last judge set a PIN and typed then cleared a value: nothing to export, but the PIN,
    # the trail of undone edits and the sheet states must not pass to the next event's judge.
    workspace = Workspace.open(tmp_path / "data")
    workspace.import_package(demo_master / "event.pspkg")
    workspace.choose_judge("J01")
    workspace.set_pin("1234")
    workspace.set_score("G01", "concept", "20")
    workspace.set_score("G01", "concept", None)
    other = build_package(make_event(), None, tmp_path / "other.pspkg")
    workspace.import_package(other.path)
    workspace.choose_judge(other.event.judges[0].id)
    assert not workspace.has_pin
    assert workspace.audit_trail() == []
    assert workspace.states() == {}
    assert workspace.get("current_project") == ""
    workspace.close()


def test_a_refused_comment_survives_the_form_being_reloaded(window: JudgeWindow) -> None:
    # A score saved (or refused) after it reloads the form from the store: the judge's
    # unsaved comment must not be replaced by the stored one.
    fill_disk(window.workspace)
    window.form._comment.setPlainText(LONG_COMMENT)
    window.flush()
    free_disk(window.workspace)
    window.session.set_value("G01", "concept", Decimal("20"))  # saved: the form reloads
    assert window.form._comment.toPlainText() == LONG_COMMENT
    assert window.flush()
    assert window.workspace.sheet("G01").comment == LONG_COMMENT
