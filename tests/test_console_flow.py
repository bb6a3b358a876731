"""The secretariat's whole day in the console, from nothing: workbook, materials, package,
collecting, results — and the results are the CLI's, to the digit."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from storage.secretariat import EventStore
from ui.ask import Ask
from ui.console.pages.collect import CollectPage
from ui.console.pages.package import PackagePage
from ui.console.pages.projects import ProjectsPage
from ui.console.state import ConsoleState
from ui.console.window import ConsoleWindow

ROOT = Path(__file__).resolve().parent.parent


def cli_results(package: Path, scores: Path, out: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "merge", str(package), str(scores), "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    return json.loads((out / "results.json").read_text(encoding="utf-8"))


def test_from_nothing_to_the_clis_ranking(
    qtbot, tmp_path: Path, demo_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = EventStore.open(tmp_path / "sec" / "secretariat.psevent")
    state = ConsoleState(store)
    window = ConsoleWindow(state)
    qtbot.addWidget(window)
    window.show()
    projects = window.pages["projects"]
    assert isinstance(projects, ProjectsPage)
    assert state.data["projects"] == []

    # 1. the event workbook the office filled in
    monkeypatch.setattr(Ask, "open_file", classmethod(lambda cls, *a: demo_dir / "event.xlsx"))
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, *a: True))
    window.show_page("projects")
    projects.import_workbook()
    qtbot.waitUntil(lambda: len(state.data["projects"]) == 34, timeout=20_000)

    # 2. the materials folder, checked
    monkeypatch.setattr(Ask, "folder", classmethod(lambda cls, *a: demo_dir / "materials"))
    projects.attach_materials()
    qtbot.waitUntil(lambda: not projects.task.running, timeout=20_000)

    # 3. the package, exported to the USB stick
    usb = tmp_path / "usb"
    usb.mkdir()
    package_page = window.pages["package"]
    assert isinstance(package_page, PackagePage)
    monkeypatch.setattr(Ask, "folder", classmethod(lambda cls, *a: usb))
    window.show_page("package")
    package_page.export_button.click()
    qtbot.waitUntil(lambda: state.package is not None, timeout=30_000)
    assert state.package is not None and state.package.code == "IDNZ5Y5M"
    assert len(state.package.materials) == 34

    # 4. the judges' score files and the paper sheet, from another stick
    collect = window.pages["collect"]
    assert isinstance(collect, CollectPage)
    window.show_page("collect")
    collect.collect([demo_dir / "scores"])
    qtbot.waitUntil(lambda: state.outcome is not None, timeout=30_000)

    # 5. the same ranking as `main.py merge` of the same inputs
    expected = cli_results(demo_dir / "event.pspkg", demo_dir / "scores", tmp_path / "cli")
    results = state.outcome.results
    assert results["results_digest"] == expected["results_digest"]
    assert results["projects"] == expected["projects"]
    window.show_page("results")
    ranking = window.pages["results"].model  # type: ignore[attr-defined]
    final = ranking.column_of("final")
    shown = {
        ranking.code_at(row): ranking.index(row, final).data() for row in range(ranking.rowCount())
    }
    assert shown == {p["code"]: p["final"] for p in expected["projects"]}

    # 6. closing loses nothing: the next start has the event, the package and the inputs
    window.close()
    store.close()
    again = ConsoleState(EventStore.open(store.path))
    try:
        assert len(again.data["projects"]) == 34
        assert again.package is not None and again.package.code == "IDNZ5Y5M"
        assert len(again.store.input_paths()) == 7
    finally:
        again.store.close()
