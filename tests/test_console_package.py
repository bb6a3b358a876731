"""Console page 5: the event package exported from the console is the demo's own package."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from scoring.serialize import event_to_dict
from storage.merge import merge
from storage.package import package_file_name, read_package
from storage.secretariat import EventStore
from ui.ask import Ask
from ui.console.pages.package import PackagePage
from ui.console.state import ConsoleState

DEMO_CODE = "IDNZ5Y5M"


@pytest.fixture
def state(qtbot, tmp_path: Path, demo_master: Path) -> Iterator[ConsoleState]:
    store = EventStore.open(tmp_path / "sec" / "secretariat.psevent")
    console = ConsoleState(store)
    console.replace_event(event_to_dict(read_package(demo_master / "event.pspkg").event), "demo")
    store.set_setting("materials_folder", str(demo_master / "materials"))
    yield console
    store.close()


@pytest.fixture
def page(qtbot, state: ConsoleState) -> PackagePage:
    shown = PackagePage(state)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def export_to(qtbot, page: PackagePage, monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    monkeypatch.setattr(Ask, "folder", classmethod(lambda cls, p, t: folder))
    page.export_button.click()
    qtbot.waitUntil(lambda: page.task is None or not page.task.running, timeout=20_000)


def test_the_console_builds_the_demo_package(
    qtbot,
    page: PackagePage,
    state: ConsoleState,
    demo_master: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Same event, same materials: same digest, so the judges' demo score files count."""
    assert read_package(demo_master / "event.pspkg").code == DEMO_CODE
    assert "ready" in page.ready.text() and page.export_button.isEnabled()
    usb = tmp_path / "usb"
    usb.mkdir()
    export_to(qtbot, page, monkeypatch, usb)
    name = state.data["name"]
    target = usb / f"{name}-{DEMO_CODE}.pspkg"
    assert sorted(p.name for p in usb.iterdir()) == [target.name]  # no temporary file left
    package = read_package(target)
    assert package.code == DEMO_CODE and len(package.materials) == 34
    assert state.package is not None and state.package.path == target
    assert state.store.get("package_path") == str(target)
    assert page.code.text() == "IDNZ 5Y5M" and page.code.font().pixelSize() == 48
    assert package.digest in page.details.text() and "34" in page.details.text()
    assert str(target) in page.message.text()
    assert page.stale.isHidden()
    outcome = merge(package, [demo_master / "scores"])
    assert sum(r.status == "counted" for r in outcome.records) == 7


def test_an_event_with_problems_is_not_exported(
    page: PackagePage, state: ConsoleState, monkeypatch: pytest.MonkeyPatch
) -> None:
    def spoil(data: dict) -> None:
        data["name"] = " "
        data["judges"][0]["categories"] = ["sports"]

    state.edit("test", spoil)
    assert not page.export_button.isEnabled()
    assert "(2)" in page.ready.text()
    parts = [
        page.problems.topLevelItem(i).text(0) for i in range(page.problems.topLevelItemCount())
    ]
    assert parts == ["Event (1)", "Judges (1)"]
    assert "unknown category 'sports'" in page.problems.topLevelItem(1).child(0).text(0)
    asked: list[str] = []
    monkeypatch.setattr(Ask, "folder", classmethod(lambda cls, p, t: asked.append(t)))
    page.export()
    assert asked == [] and state.package is None
    assert "the event has no name" in page.message.text()
    assert "unknown category 'sports'" in page.message.text()


def test_a_missing_folder_is_a_clear_message(
    qtbot, page: PackagePage, state: ConsoleState, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export_to(qtbot, page, monkeypatch, tmp_path / "pulled-out")
    assert "is not there" in page.message.text() and state.package is None


@pytest.fixture
def read_only(tmp_path: Path) -> Iterator[Path]:
    """A folder nobody may write to, root included (chattr +i), or the test is skipped."""
    folder = tmp_path / "locked"
    folder.mkdir()
    if os.geteuid() == 0:
        if not shutil.which("chattr") or subprocess.run(["chattr", "+i", folder]).returncode:
            pytest.skip("cannot make a folder read-only for root here")
        yield folder
        subprocess.run(["chattr", "-i", folder], check=True)
        return
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    yield folder
    folder.chmod(stat.S_IRWXU)


def test_a_read_only_folder_is_a_clear_message(
    qtbot, page: PackagePage, state: ConsoleState, read_only: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export_to(qtbot, page, monkeypatch, read_only)
    text = page.message.text()
    assert "not exported" in text and str(read_only) in text
    assert "may not write" in text or "read-only" in text
    assert ".export-" not in text and list(read_only.iterdir()) == []
    assert state.package is None and page.export_button.isEnabled()


def test_without_materials_the_page_says_so(
    qtbot, page: PackagePage, state: ConsoleState, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    state.store.set_setting("materials_folder", "")
    page.refresh()
    assert "no materials" in page.materials.text()
    export_to(qtbot, page, monkeypatch, tmp_path)
    assert state.package is not None and state.package.materials == ()
    assert state.package.code != DEMO_CODE
    assert "holds no materials" in page.message.text()


def test_use_an_existing_package_and_see_when_it_is_stale(
    page: PackagePage,
    state: ConsoleState,
    demo_master: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bad = tmp_path / "bad.pspkg"
    bad.write_bytes(b"not a package")
    monkeypatch.setattr(Ask, "open_file", classmethod(lambda cls, p, t, f: bad))
    page.use_button.click()
    assert "cannot be used" in page.message.text() and state.package is None
    assert "No package yet" in page.package_title.text()
    good = demo_master / "event.pspkg"
    monkeypatch.setattr(Ask, "open_file", classmethod(lambda cls, p, t, f: good))
    page.use_button.click()
    assert page.code.text() == "IDNZ 5Y5M" and page.stale.isHidden()
    state.edit("test", lambda data: data["projects"][0].update(title="新的题目"))
    assert "changed after this package was exported" in page.stale.text()
    assert page.stale.isVisibleTo(page)


def test_package_file_names_are_safe() -> None:
    assert package_file_name("2023年度 评审会", "ABCD2345") == "2023年度 评审会-ABCD2345.pspkg"
    assert package_file_name('a/b:c*?"<>|', "ABCD2345") == "a_b_c______-ABCD2345.pspkg"
    assert package_file_name("  ", "ABCD2345") == "event-ABCD2345.pspkg"
