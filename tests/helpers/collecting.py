"""The secretariat console with the demo package, and score files made the way a judge's
laptop makes them (through the real Workspace), for the Collect page's tests."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from scoring.serialize import event_to_dict
from storage.score_export import ExportResult
from storage.scorefile import read_score_file
from storage.secretariat import EventStore
from storage.workspace import Workspace
from ui.console.pages.collect import CollectPage
from ui.console.state import ConsoleState
from ui.console.window import ConsoleWindow


@contextmanager
def console(qtbot, demo_dir: Path, tmp_path: Path) -> Iterator[tuple[ConsoleState, ConsoleWindow]]:
    """A console on a fresh event file, collecting against the demo package."""
    store = EventStore.open(tmp_path / "s.psevent")
    state = ConsoleState(store)
    package = state.set_package(demo_dir / "event.pspkg")
    state.replace_event(event_to_dict(package.event), "test")
    window = ConsoleWindow(state)
    qtbot.addWidget(window)
    window.show_page("collect")
    window.show()
    try:
        yield state, window
    finally:
        settle(qtbot, window)
        window.close()
        store.close()


def page_of(window: ConsoleWindow) -> CollectPage:
    page = window.pages["collect"]
    assert isinstance(page, CollectPage)
    return page


def settle(qtbot, window: ConsoleWindow) -> None:
    """Wait until the background merge (and any merge asked for meanwhile) is done."""
    qtbot.waitUntil(lambda: window.merge_task is None or not window.merge_task.running)


def judge_workspace(package: Path, judge: str, data_dir: Path) -> Workspace:
    workspace = Workspace.open(data_dir)
    workspace.import_package(package)
    workspace.choose_judge(judge)
    return workspace


def copy_scores(workspace: Workspace, score_file: Path) -> None:
    """Score and submit what a score file holds, as if the judge typed it again."""
    content = read_score_file(score_file)
    for code, values in content.scores.items():
        for key, value in values.items():
            workspace.set_score(code, key, value)
        workspace.submit(code)


def export_revised(
    workspace: Workspace, changes: Mapping[str, Mapping[str, str]], out: Path
) -> ExportResult:
    """Revise submitted projects (project → dimension → value) and export again."""
    for code, values in changes.items():
        workspace.revise(code, "复核后调整")
        for key, value in values.items():
            workspace.set_score(code, key, value)
        workspace.submit(code)
    return workspace.export(out)
