"""A large synthetic event (default 250 projects × 40 judges) for benchmarks and scale tests."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

from scoring.content import ScoreContent, SheetRow
from scoring.model import Category, Event, Judge, Project
from scoring.rubric import DEFAULT_DIMENSIONS
from storage.package import PackageInfo, build_package
from storage.scorefile import write_score_file

CATEGORIES = ("A", "B")
_WORDS = (
    "数字政府",
    "营商环境",
    "基层治理",
    "产业培育",
    "生态治理",
    "民生服务",
    "城市更新",
    "科技创新",
    "招商引资",
    "公共安全",
)


def synthetic_event(per_category: int = 125, judges: int = 40) -> Event:
    """Titles of varying length (some long enough to wrap), codes A001…, B001…."""
    projects = tuple(
        Project(
            f"{cat}{i + 1:03d}",
            f"{_WORDS[i % len(_WORDS)]}改革创新项目第{i + 1}号" + "攻坚举措" * (i % 7),
            f"单位{cat}{i % 60}",
            cat,
            order=i,
        )
        for cat in CATEGORIES
        for i in range(per_category)
    )
    return Event(
        id="00000000-0000-4000-8000-00000000be0c",
        name="基准评审会",
        dimensions=DEFAULT_DIMENSIONS,
        categories=tuple(Category(c, f"类别{c}", i) for i, c in enumerate(CATEGORIES)),
        projects=projects,
        judges=tuple(Judge(f"J{i + 1:02d}", f"评委{i + 1}", order=i) for i in range(judges)),
    )


def _on_grid(rng: random.Random, quality: float, maximum: Decimal, step: Decimal) -> Decimal:
    """A plausible score: the project's quality plus judge noise, clamped, on the step grid."""
    raw = (quality + rng.gauss(0, 0.08)) * float(maximum)
    return step * round(min(max(raw, 0.0), float(maximum)) / float(step))


def build_synthetic(
    root: Path, per_category: int = 125, judges: int = 40, seed: int = 20240601
) -> tuple[PackageInfo, Path]:
    """The package and a folder with one score file per judge; every project submitted."""
    event = synthetic_event(per_category, judges)
    package = build_package(event, None, root / "synthetic.pspkg")
    folder = root / "scores"
    folder.mkdir()
    rng = random.Random(seed)
    quality = {p.code: rng.uniform(0.45, 0.95) for p in event.projects}
    for judge in event.judges:
        scores = {
            p.code: {d.key: _on_grid(rng, quality[p.code], d.max, d.step) for d in event.dimensions}
            for p in event.projects
        }
        content = ScoreContent(
            event_id=event.id,
            package_digest=package.digest,
            judge=judge.id,
            scores=scores,
            sheets={p.code: SheetRow("submitted", "", 1) for p in event.projects},
            judge_name=judge.name,
            package_code=package.code,
            exported_at="2024-06-01T12:00:00+00:00",
            revision=1,
        )
        write_score_file(content, folder / f"{judge.id}.psscore")
    return package, folder
