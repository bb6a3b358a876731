"""Checks of an event's consistency and of a single score against the rubric."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from scoring.model import AGGREGATES, BASES, Dimension, Event
from scoring.numbers import NumberError, is_multiple, to_decimal

MAX_DIMENSIONS = 10

Add = Callable[[str, str, str, str], None]


@dataclass(frozen=True)
class EventProblem:
    """Something wrong in an event definition; ``where`` names the part (e.g. 'Rubric')."""

    where: str
    key: str
    field: str
    message: str

    def __str__(self) -> str:
        place = " ".join(part for part in (self.where, self.key, self.field) if part)
        return f"{place}: {self.message}"


def check_score(dim: Dimension, value: object) -> Decimal:
    """The value as an exact decimal, or ValueError with a clerk-readable reason."""
    try:
        number = to_decimal(value)
    except NumberError:
        raise ValueError(f"{dim.name}: '{value}' is not a number") from None
    if number < 0 or number > dim.max:
        raise ValueError(f"{dim.name}: {number} is outside 0–{dim.max}")
    if not is_multiple(number, dim.step):
        raise ValueError(f"{dim.name}: {number} is not a multiple of the step {dim.step}")
    return number


def check_dimension(dim: Dimension) -> list[str]:
    problems: list[str] = []
    if not dim.key:
        problems.append("the key is empty")
    if dim.step <= 0:
        problems.append(f"the step {dim.step} is not positive")
    if dim.max <= 0:
        problems.append(f"the maximum {dim.max} is not positive")
    elif dim.step > 0 and not is_multiple(dim.max, dim.step):
        problems.append(f"the maximum {dim.max} is not a multiple of the step {dim.step}")
    for band in dim.guidance:
        if not (0 <= band.low <= band.high <= dim.max):
            problems.append(f"the guidance band '{band.text()}' is outside 0–{dim.max}")
    return problems


def check_event(event: Event) -> list[EventProblem]:
    """Every inconsistency of the event; an empty list means it can be packaged."""
    out: list[EventProblem] = []

    def add(where: str, key: str, field: str, message: str) -> None:
        out.append(EventProblem(where, key, field, message))

    if not event.name.strip():
        add("Event", "", "name", "the event has no name")
    if not 1 <= len(event.dimensions) <= MAX_DIMENSIONS:
        add("Rubric", "", "", f"the rubric needs 1 to {MAX_DIMENSIONS} dimensions")
    _duplicates(add, "Rubric", [d.key for d in event.dimensions])
    for dim in event.dimensions:
        for message in check_dimension(dim):
            add("Rubric", dim.key, "", message)
    _duplicates(add, "Categories", [c.key for c in event.categories])
    categories = {c.key for c in event.categories}
    _duplicates(add, "Projects", [p.code for p in event.projects])
    for project in event.projects:
        if not project.code.strip():
            add("Projects", "", "code", "a project has no code")
        if project.category not in categories:
            add("Projects", project.code, "category", f"unknown category '{project.category}'")
        if not project.title.strip():
            add("Projects", project.code, "title", "the title is empty")
    _duplicates(add, "Judges", [j.id for j in event.judges])
    for judge in event.judges:
        if not judge.id.strip():
            add("Judges", "", "id", "a judge has no id")
        if not judge.name.strip():
            add("Judges", judge.id, "name", "the judge has no name")
        for key in judge.categories:
            if key not in categories:
                add("Judges", judge.id, "categories", f"unknown category '{key}'")
    judges = {j.id for j in event.judges}
    codes = {p.code for p in event.projects}
    units = {p.unit for p in event.projects}
    for conflict in event.conflicts:
        if conflict.judge not in judges:
            add("Conflicts", conflict.judge, "judge", f"unknown judge '{conflict.judge}'")
        if not conflict.project and not conflict.unit:
            add("Conflicts", conflict.judge, "project", "names neither a project nor a unit")
        if conflict.project and conflict.project not in codes:
            add("Conflicts", conflict.judge, "project", f"unknown project '{conflict.project}'")
        if conflict.unit and conflict.unit not in units:
            add("Conflicts", conflict.judge, "unit", f"no project of unit '{conflict.unit}'")
    _check_rules(add, event)
    return out


def check_ready(event: Event) -> list[EventProblem]:
    """check_event plus what a package needs beyond consistency: projects and judges."""
    out = check_event(event)
    if not event.projects:
        out.append(EventProblem("Projects", "", "", "the event has no projects"))
    if not event.judges:
        out.append(EventProblem("Judges", "", "", "the event has no judges"))
    return out


def _check_rules(report: Add, event: Event) -> None:
    rules = event.rules
    if rules.aggregate not in AGGREGATES:
        report("Event", "", "aggregate", f"unknown method '{rules.aggregate}'")
    if rules.basis not in BASES:
        report("Event", "", "basis", f"unknown basis '{rules.basis}'")
    if rules.trim < 0:
        report("Event", "", "trim", "must not be negative")
    if rules.aggregate == "trimmed" and rules.min_judges_for_trim < 2 * rules.trim + 1:
        report(
            "Event",
            "",
            "min_judges_for_trim",
            f"must be at least {2 * rules.trim + 1} to drop {rules.trim} high and low",
        )
    if not 0 <= rules.decimals <= 6:
        report("Event", "", "decimals", "must be between 0 and 6")
    if rules.top_n < 0:
        report("Event", "", "top_n", "must not be negative")
    if rules.deviation_limit < 0:
        report("Event", "", "deviation_limit", "must not be negative")
    keys = {d.key for d in event.dimensions}
    for key in rules.tie_break:
        if key not in keys:
            report("Event", "", "tie_break", f"unknown dimension '{key}'")


def _duplicates(add: Add, where: str, keys: list[str]) -> None:
    seen: set[str] = set()
    for key in keys:
        if key in seen:
            add(where, key, "", f"'{key}' appears more than once")
        seen.add(key)
