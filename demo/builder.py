"""Build the demo event folder through the same storage calls a real meeting uses."""

from __future__ import annotations

import json
import random
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from demo.materials import write_material
from scoring.model import Category, Conflict, Event, Judge, Project
from scoring.rubric import DEFAULT_DIMENSIONS
from storage.package import PackageInfo, build_package
from storage.paper import write_paper_sheet
from storage.workbook import read_workbook, write_workbook
from storage.workspace import Workspace

DATA = Path(__file__).resolve().parent.parent / "resources" / "demo" / "event.json"
DEMO_EVENT_ID = "5f1c0d2e-8a4b-4c1e-9d7a-2023b1a0c0de"
PAPER_JUDGE = "J07"
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class DemoFolder:
    folder: Path
    workbook: Path
    materials: Path
    package: PackageInfo
    scores: Path


def demo_event() -> Event:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    info = data["event"]
    event = Event(
        id=DEMO_EVENT_ID,
        name=info["name"],
        date=info["date"],
        venue=info["venue"],
        organiser=info["organiser"],
        language=info.get("language", "zh"),
        dimensions=DEFAULT_DIMENSIONS,
        categories=tuple(Category(c["key"], c["name"], c["order"]) for c in data["categories"]),
        projects=tuple(Project(**p) for p in data["projects"]),
        judges=tuple(Judge(**j) for j in data["judges"]),
        conflicts=tuple(Conflict(**c) for c in data["conflicts"]),
    )
    return event.with_rules(
        presentation_minutes=int(info.get("presentation_minutes", 8)),
        qa_minutes=int(info.get("qa_minutes", 5)),
    )


def demo_scores(event: Event, seed: int = 2023) -> dict[str, dict[str, dict[str, Decimal]]]:
    """judge → project → dimension → value: project quality + judge leniency + noise."""
    rng = random.Random(seed)
    quality = {p.code: rng.uniform(0.58, 0.93) for p in event.projects}
    leniency = {j.id: rng.uniform(-0.06, 0.05) for j in event.judges}
    leniency["J06"] = -0.11  # one markedly strict judge, so the report has a leniency story
    out: dict[str, dict[str, dict[str, Decimal]]] = {}
    for judge in event.judges:
        rows: dict[str, dict[str, Decimal]] = {}
        for project in event.projects:
            if event.is_conflicted(judge.id, project):
                continue
            values = {}
            for dim in event.dimensions:
                share = quality[project.code] + leniency[judge.id] + rng.gauss(0, 0.045)
                raw = Decimal(str(max(0.3, min(1.0, share)))) * dim.max
                values[dim.key] = min(
                    dim.max, (raw / dim.step).to_integral_value(ROUND_HALF_UP) * dim.step
                )
            rows[project.code] = values
        out[judge.id] = rows
    return out


def build_demo_package(folder: Path, progress: Progress | None = None) -> PackageInfo:
    """Write event.xlsx, materials/ and event.pspkg (what the judge app's demo needs)."""
    event = demo_event()
    folder.mkdir(parents=True, exist_ok=True)
    workbook = folder / "event.xlsx"
    write_workbook(event, workbook)
    materials = folder / "materials"
    materials.mkdir(exist_ok=True)
    for index, project in enumerate(event.projects):
        write_material(project, event, materials / f"{project.code}-申报材料.pdf")
        if progress:
            progress(index + 1, len(event.projects) + 1, project.code)
    return build_package(read_workbook(workbook), materials, folder / "event.pspkg")


def build_demo(folder: Path, progress: Progress | None = None) -> DemoFolder:
    """The demo package plus scores/: 6 judges' score files and 1 paper sheet."""
    package = build_demo_package(folder, progress)
    scores_dir = folder / "scores"
    scores_dir.mkdir(exist_ok=True)
    scores = demo_scores(package.event)
    for judge in package.event.ordered_judges():
        if judge.id == PAPER_JUDGE:
            rows = [(code, values, "") for code, values in scores[judge.id].items()]
            write_paper_sheet(
                scores_dir / f"{judge.id}-{judge.name}-纸质评分表.csv",
                package.event,
                judge.id,
                rows,
            )
        else:
            _score_with_workspace(package, judge.id, scores[judge.id], scores_dir)
        if progress:
            progress(len(package.event.projects) + 1, len(package.event.projects) + 1, judge.id)
    return DemoFolder(folder, folder / "event.xlsx", folder / "materials", package, scores_dir)


def _score_with_workspace(
    package: PackageInfo, judge_id: str, scores: dict[str, dict[str, Decimal]], out: Path
) -> None:
    with tempfile.TemporaryDirectory(prefix="panelscore-demo-") as data_dir:
        workspace = Workspace.open(Path(data_dir))
        try:
            workspace.import_package(package.path)
            workspace.choose_judge(judge_id)
            for code, values in scores.items():
                for key, value in values.items():
                    workspace.set_score(code, key, value)
                workspace.submit(code)
            workspace.export(out)
        finally:
            workspace.close()
