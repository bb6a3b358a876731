"""Shared fixtures: offscreen Qt, the demo event built once per session, isolated data dirs."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo folder, built once through the real storage calls; copy it before changing."""
    from demo.builder import build_demo

    folder = tmp_path_factory.mktemp("demo-master") / "demo"
    build_demo(folder)
    return folder


@pytest.fixture
def demo_dir(demo_master: Path, tmp_path: Path) -> Path:
    """A private copy of the demo folder that a test may change."""
    target = tmp_path / "demo"
    shutil.copytree(demo_master, target)
    return target


@pytest.fixture(scope="session", autouse=True)
def _gc_on_the_gui_thread(qapp: object) -> Iterator[None]:
    """As in the app (ui/gc_guard.py): reference cycles holding Qt objects are never freed
    by a collection that happens to start on a background task's thread."""
    from ui.gc_guard import GuiThreadCollector

    collector = GuiThreadCollector()
    collector.start()
    yield
    collector.stop()


@pytest.fixture(autouse=True)
def _collect_after_each_test() -> Iterator[None]:
    yield
    from ui.gc_guard import collect_due

    collect_due()


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the real application-data folder."""
    monkeypatch.setenv("PANELSCORE_DATA_DIR", str(tmp_path / "appdata"))


@pytest.fixture(scope="session")
def demo_report(demo_master: Path) -> object:
    """ReportData of the demo merge (reports.data.ReportData), built once."""
    from publish.data import report_data
    from reports.glyphs import text_problems
    from storage.merge import merge
    from storage.package import read_package

    package = read_package(demo_master / "event.pspkg")
    return report_data(merge(package, [demo_master / "scores"], check_text=text_problems))


@pytest.fixture
def uncaught(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """Every exception that reaches sys.excepthook (the crash handler's way in), recorded."""
    import sys

    errors: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, trace: errors.append(error))
    return errors
