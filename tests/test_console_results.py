"""Console page 7, Results: the ranking as results.json has it, per category and overall, a
project's breakdown, a preview with another method, the charts, and publishing."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from scoring.serialize import event_to_dict
from storage.secretariat import EventStore
from ui.ask import Ask
from ui.console.breakdown_model import BreakdownModel
from ui.console.pages.results import ResultsPage
from ui.console.publish_flow import PublishPanel
from ui.console.ranking_model import RankingModel
from ui.console.state import ConsoleState
from ui.console.window import ConsoleWindow

ROOT = Path(__file__).resolve().parent.parent
OUTPUTS = {
    "results.json",
    "ranking.pdf",
    "score-sheets.pdf",
    "summary-sheet.pdf",
    "ranking.xlsx",
    "merge-log.txt",
}


@dataclass
class Console:
    state: ConsoleState
    window: ConsoleWindow
    page: ResultsPage

    def column(self, name: str) -> list[str]:
        model = self.page.model
        at = model.column_of(name)
        return [model.index(row, at).data() for row in range(model.rowCount())]

    def published(self) -> dict:
        assert self.state.outcome is not None
        return {p["code"]: p for p in self.state.outcome.results["projects"]}


def _open(qtbot, tmp_path: Path, demo_dir: Path, collect: bool = True) -> Console:
    store = EventStore.open(tmp_path / "s.psevent")
    state = ConsoleState(store)
    package = state.set_package(demo_dir / "event.pspkg")
    state.replace_event(event_to_dict(package.event), "test")
    window = ConsoleWindow(state)
    qtbot.addWidget(window)
    if collect:
        store.collect([demo_dir / "scores"])
        state.inputs_changed()
        qtbot.waitUntil(lambda: state.outcome is not None, timeout=15_000)
    page = window.pages["results"]
    assert isinstance(page, ResultsPage)
    return Console(state, window, page)


@pytest.fixture
def console(qtbot, tmp_path: Path, demo_dir: Path) -> Iterator[Console]:
    opened = _open(qtbot, tmp_path, demo_dir)
    yield opened
    opened.window.close()
    opened.state.store.close()


def test_models_pass_qt_model_tester(qtmodeltester, console: Console) -> None:
    outcome = console.state.outcome
    assert outcome is not None
    ranking = RankingModel()
    ranking.set_results(outcome.ranking.event, outcome.results, "reform")
    qtmodeltester.check(ranking)
    breakdown = BreakdownModel()
    breakdown.set_project(outcome.ranking.event, outcome.results["projects"][0], {})
    qtmodeltester.check(breakdown)


def test_overall_ranking_shows_the_published_numbers(console: Console) -> None:
    page, published = console.page, console.published()
    assert page.category.currentText() == "Overall"
    assert page.model.rowCount() == 34
    codes = console.column("code")
    assert [published[c]["final"] for c in codes] == console.column("final")
    assert [str(published[c]["rank_overall"]) for c in codes] == console.column("rank")
    measures = page.model.column_of("dim:measures")
    assert page.model.headerData(measures, Qt.Orientation.Horizontal) == "创新举措"
    assert [published[c]["dimensions"]["measures"] for c in codes] == console.column("dim:measures")
    assert console.column("final")[0] == "91.75"  # K05, first overall
    assert "tie with K14 broken by measures" in console.column("flags")[codes.index("K02")]
    assert "Trimmed mean" in page.sentence.text() or "去掉" in page.sentence.text()
    assert not page.preview.isVisibleTo(page)


def test_category_shows_its_projects_with_their_ranks(console: Console) -> None:
    page = console.page
    page.category.setCurrentIndex(page.category.findData("tough"))
    assert page.model.rowCount() == 17
    assert all(code.startswith("K") for code in console.column("code"))
    assert console.column("rank") == [str(r) for r in range(1, 18)]
    selected = console.column("selected")
    assert selected[:10] == ["selected"] * 10 and selected[10:] == [""] * 7


def test_shared_rank_and_undecided_selection_are_marked(console: Console) -> None:
    outcome = console.state.outcome
    assert outcome is not None
    results = copy.deepcopy(outcome.results)
    k01, k17 = (p for p in results["projects"] if p["code"] in ("K01", "K17"))
    k17["rank_in_category"] = k01["rank_in_category"] = 10
    k01["selected"] = k17["selected"] = None
    model = RankingModel()
    model.set_results(outcome.ranking.event, results, "tough")
    rank, selected = model.column_of("rank"), model.column_of("selected")
    row = model.row_of("K17")
    assert model.index(row, rank).data() == "=10"
    assert model.index(row, selected).data() == "undecided: tie at the cut-off"
    assert model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_median_preview_reranks_and_says_so(console: Console) -> None:
    page, published = console.page, console.published()
    page.method.setCurrentIndex(page.method.findData("median"))
    assert page.preview.isVisibleTo(page)
    assert page.preview.text().startswith("Preview: Median")
    assert "package's rule" in page.preview.text()
    finals = dict(zip(console.column("code"), console.column("final"), strict=True))
    assert any(finals[code] != p["final"] for code, p in published.items())
    assert console.state.outcome.results["method"]["aggregate"] == "trimmed"  # unchanged
    page.table.selectRow(page.model.row_of("G01"))
    assert "Not a middle value" in page.breakdown.trace.text()
    page.method.setCurrentIndex(page.method.findData("trimmed"))
    assert not page.preview.isVisibleTo(page)
    assert console.column("final") == [published[c]["final"] for c in console.column("code")]


def test_breakdown_of_G01_marks_the_dropped_totals(console: Console) -> None:
    page = console.page
    page.table.selectRow(page.model.row_of("G01"))
    model = page.breakdown.model
    assert model.rowCount() == 7
    totals = {model.judge_at(r): model.total_at(r) for r in range(7)}
    dropped = {model.judge_at(r) for r in range(7) if model.dropped_at(r)}
    assert dropped == {"J02", "J04"}
    assert [totals[j] for j in ("J01", "J03", "J05", "J06", "J07")] == [
        "65.00",
        "71.50",
        "72.50",
        "66.00",
        "71.50",
    ]
    assert (totals["J02"], totals["J04"]) == ("78.50", "63.00")
    status = model.columnCount() - 1
    assert model.index(1, status).data() == "dropped"
    assert model.index(0, status).data() == "counted"
    trace = page.breakdown.trace.text()
    assert "65.00 + 71.50 + 72.50 + 66.00 + 71.50 = 346.50" in trace
    assert "÷ 5 → 69.30" in trace
    assert "78.50 (J02 林绍谦)" in trace
    assert "69.30" in page.breakdown.title.text()


def test_charts_are_filled_when_shown(console: Console) -> None:
    page = console.page
    assert page.strip.rows == []  # nothing drawn while the tab is hidden
    page.tabs.setCurrentIndex(1)
    assert len(page.strip.rows) == 34
    assert page.strip.rows[0].code == "K05"
    assert not page.strip.grab().isNull()
    page.category.setCurrentIndex(page.category.findData("reform"))
    assert len(page.strip.rows) == 17
    g01 = next(r for r in page.strip.rows if r.code == "G01")
    assert len(g01.kept) == 5 and len(g01.dropped) == 2
    page.tabs.setCurrentIndex(2)
    values = [bar.value for bar in page.lenient.bars]
    assert len(values) == 7 and values == sorted(values, reverse=True)
    assert page.lenient.bars[0].text.startswith("+")
    assert not page.lenient.grab().isNull()


def _cli_results(demo_dir: Path, out: Path) -> dict:
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "merge",
            str(demo_dir / "event.pspkg"),
            str(demo_dir / "scores"),
            "-o",
            str(out),
        ],
        capture_output=True,
        timeout=120,
        cwd=ROOT,
        check=False,
    )
    return json.loads((out / "results.json").read_text(encoding="utf-8"))


def _fake_preview(pages: list[int], target: Path) -> Callable[..., bool]:
    def preview(cls, parent: QWidget, printer: QPrinter, paint: Callable) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setResolution(40)  # quick: the page images only need to exist
        paint(printer)
        pages.append(printer.pageLayout().orientation() == QPageLayout.Orientation.Portrait)
        return True

    return preview


def test_publish_writes_what_the_cli_writes_then_opens_and_prints(
    qtbot, console: Console, demo_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    opened: list[Path] = []
    printed: list[int] = []
    monkeypatch.setattr(Ask, "folder", classmethod(lambda cls, parent, title: out))
    monkeypatch.setattr(
        PublishPanel, "open_folder", classmethod(lambda cls, f: opened.append(f) or True)
    )
    monkeypatch.setattr(
        Ask, "print_preview", classmethod(_fake_preview(printed, tmp_path / "p.pdf"))
    )
    panel = console.page.publisher
    assert not panel.open_button.isVisibleTo(panel)
    panel.publish_button.click()
    qtbot.waitUntil(lambda: not panel.running, timeout=30_000)
    assert {p.name for p in out.iterdir()} == OUTPUTS
    assert "ranking.pdf" in panel.status.text() and str(out) in panel.status.text()
    ours = json.loads((out / "results.json").read_text(encoding="utf-8"))
    cli = _cli_results(demo_dir, tmp_path / "cli")
    assert ours["results_digest"] == cli["results_digest"]
    assert ours["projects"] == cli["projects"]
    assert panel.open_button.isVisibleTo(panel)
    panel.open_button.click()
    assert opened == [out]
    panel.print_button.click()
    assert printed == [True]
    assert "pages of the ranking report" in panel.printed.text()
    document = QPdfDocument()
    document.load(str(tmp_path / "p.pdf"))
    ranking = QPdfDocument()
    ranking.load(str(out / "ranking.pdf"))
    assert document.pageCount() == ranking.pageCount() > 1


def test_publish_refuses_without_results(
    qtbot, tmp_path: Path, demo_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = _open(qtbot, tmp_path, demo_dir, collect=False)
    told: list[str] = []
    asked: list[str] = []
    monkeypatch.setattr(Ask, "folder", classmethod(lambda c, p, t: asked.append(t)))
    monkeypatch.setattr(
        Ask, "inform", classmethod(lambda c, p, t, text, warning=False: told.append(text))
    )
    page = opened.page
    assert page.model.rowCount() == 0
    assert "collect" in page.status.text()
    page.publisher.publish_button.click()
    assert asked == [] and len(told) == 1 and "no results" in told[0]
    opened.window.close()
    opened.state.store.close()


def test_publish_into_an_unwritable_place_says_so_and_writes_nothing(
    qtbot, console: Console, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    out = blocker / "out"
    told: list[str] = []
    monkeypatch.setattr(Ask, "folder", classmethod(lambda cls, parent, title: out))
    monkeypatch.setattr(
        Ask, "inform", classmethod(lambda c, p, t, text, warning=False: told.append(text))
    )
    panel = console.page.publisher
    panel.publish_button.click()
    qtbot.waitUntil(lambda: not panel.running, timeout=30_000)
    assert len(told) == 1
    assert "could not be written" in told[0] and "Nothing was written" in told[0]
    assert blocker.read_text() == "not a folder"
    assert not panel.open_button.isVisibleTo(panel)
    assert panel.publish_button.isEnabled()
