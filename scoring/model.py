"""The event model: rubric, categories, projects, judges, conflicts and ranking rules.

Everything here is plain data. The rubric and the rules are event data, never code
(DESIGN.md §3–4); defaults live in one place, :class:`RankingRules`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Literal

Aggregate = Literal["trimmed", "mean", "median", "zscore"]
Basis = Literal["total", "dimension"]
AGGREGATES: tuple[str, ...] = ("trimmed", "mean", "median", "zscore")
BASES: tuple[str, ...] = ("total", "dimension")


@dataclass(frozen=True)
class Band:
    """A guidance band of a dimension, e.g. 优 27–30."""

    label: str
    low: Decimal
    high: Decimal

    def text(self) -> str:
        return f"{self.label} {self.low.normalize():f}–{self.high.normalize():f}"


@dataclass(frozen=True)
class Dimension:
    key: str
    name: str
    name_en: str
    max: Decimal
    step: Decimal = Decimal("0.5")
    guidance: tuple[Band, ...] = ()


@dataclass(frozen=True)
class Category:
    key: str
    name: str
    order: int = 0


@dataclass(frozen=True)
class Project:
    code: str
    title: str
    unit: str
    category: str  # a Category.key
    presenter: str = ""
    order: int = 0
    summary: str = ""


@dataclass(frozen=True)
class Judge:
    id: str
    name: str
    affiliation: str = ""
    role: str = ""
    order: int = 0
    categories: tuple[str, ...] = ()  # empty = every category


@dataclass(frozen=True)
class Conflict:
    """回避: a judge may not score a project, or any project of a unit."""

    judge: str
    project: str = ""
    unit: str = ""
    reason: str = ""


@dataclass(frozen=True)
class RankingRules:
    aggregate: Aggregate = "trimmed"
    trim: int = 1
    min_judges_for_trim: int = 5
    basis: Basis = "total"
    decimals: int = 2
    tie_break: tuple[str, ...] = ()  # empty = default order from the rubric
    top_n: int = 10
    deviation_limit: Decimal = Decimal("15")
    presentation_minutes: int = 8
    qa_minutes: int = 5


@dataclass(frozen=True)
class Event:
    id: str
    name: str
    dimensions: tuple[Dimension, ...]
    categories: tuple[Category, ...]
    projects: tuple[Project, ...]
    judges: tuple[Judge, ...]
    conflicts: tuple[Conflict, ...] = ()
    rules: RankingRules = field(default_factory=RankingRules)
    date: str = ""
    venue: str = ""
    organiser: str = ""
    language: str = "zh"

    # -- look-ups -------------------------------------------------------------------------
    def dimension(self, key: str) -> Dimension:
        for dim in self.dimensions:
            if dim.key == key:
                return dim
        raise KeyError(key)

    def project(self, code: str) -> Project:
        for project in self.projects:
            if project.code == code:
                return project
        raise KeyError(code)

    def judge(self, judge_id: str) -> Judge:
        for judge in self.judges:
            if judge.id == judge_id:
                return judge
        raise KeyError(judge_id)

    @property
    def max_total(self) -> Decimal:
        return sum((d.max for d in self.dimensions), Decimal(0))

    @property
    def tie_break(self) -> tuple[str, ...]:
        """The rules' order, or the default: largest maximum first, rubric order among equals."""
        if self.rules.tie_break:
            return self.rules.tie_break
        ordered = sorted(enumerate(self.dimensions), key=lambda item: (-item[1].max, item[0]))
        return tuple(dim.key for _, dim in ordered)

    def ordered_categories(self) -> list[Category]:
        return [c for _, c in sorted(enumerate(self.categories), key=lambda x: (x[1].order, x[0]))]

    def category_position(self) -> dict[str, int]:
        return {c.key: i for i, c in enumerate(self.ordered_categories())}

    def ordered_projects(self) -> list[Project]:
        """Defense order: category order, then the project's order, then its code."""
        position = self.category_position()
        return sorted(self.projects, key=lambda p: (position.get(p.category, 0), p.order, p.code))

    def ordered_judges(self) -> list[Judge]:
        return sorted(self.judges, key=lambda j: (j.order, j.id))

    def is_conflicted(self, judge_id: str, project: Project) -> Conflict | None:
        for conflict in self.conflicts:
            if conflict.judge != judge_id:
                continue
            same_unit = bool(conflict.unit) and conflict.unit == project.unit
            if conflict.project == project.code or same_unit:
                return conflict
        return None

    def judge_covers(self, judge_id: str, project: Project) -> bool:
        """Whether the judge is expected to score this project (categories, not conflicts)."""
        judge = self.judge(judge_id)
        return not judge.categories or project.category in judge.categories

    def with_rules(self, **changes: object) -> Event:
        return replace(self, rules=replace(self.rules, **changes))
