"""The ranking engine: from counted score sheets to finals, ranks, selection and flags.

DESIGN.md §4. Everything published is rounded half up to ``decimals`` first; ranks and
tie-breaks compare those published values, never binary floats.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from itertools import pairwise

from scoring.aggregate import Aggregated, Entry, mean, median, trimmed_mean, zscores
from scoring.agreement import Agreement, agreement
from scoring.model import Event, Project
from scoring.numbers import fmt, round_half_up
from scoring.problems import Problem


@dataclass(frozen=True)
class Sheet:
    """One judge's complete score of one project: a value for every dimension."""

    judge: str
    project: str
    values: Mapping[str, Decimal]
    total: Decimal = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "total", sum(self.values.values(), Decimal(0)))


@dataclass(frozen=True)
class TraceEntry:
    judge: str
    total: Decimal
    values: Mapping[str, Decimal]
    dropped: bool  # the judge's total did not count (trimmed away, or outside the median)
    dropped_dimensions: tuple[str, ...] = ()  # basis=dimension: dimensions trimmed away


@dataclass
class ProjectResult:
    project: Project
    n_scores: int
    final: Decimal | None
    dimensions: dict[str, Decimal]
    trace: list[TraceEntry]
    trimmed: bool = False
    rank_in_category: int | None = None
    rank_overall: int | None = None
    tied: bool = False
    selected: bool | None = False  # None: a tie straddles the top-N cut-off, undecided
    flags: list[dict[str, str]] = field(default_factory=list)


@dataclass
class Ranking:
    event: Event
    projects: list[ProjectResult]  # category order, then rank, then code
    agreement: dict[str, Agreement]
    problems: list[Problem]

    def by_code(self) -> dict[str, ProjectResult]:
        return {result.project.code: result for result in self.projects}


def rank(event: Event, sheets: Iterable[Sheet], judges: Sequence[str] | None = None) -> Ranking:
    """Rank the event's projects from the counted sheets.

    ``judges`` are the judges whose inputs count (a judge among them who did not score a
    project they should have is flagged as missing); by default, those present in ``sheets``.
    """
    problems: list[Problem] = []
    order = {judge.id: i for i, judge in enumerate(event.ordered_judges())}
    projects = {p.code: p for p in event.projects}
    by_project: dict[str, dict[str, Sheet]] = {code: {} for code in projects}
    conflicted: dict[str, list[str]] = {}
    for sheet in sheets:
        project = projects.get(sheet.project)
        if sheet.judge not in order:
            problems.append(
                Problem(
                    "unknown_judge",
                    f"judge '{sheet.judge}' is not in the event",
                    judge=sheet.judge,
                    project=sheet.project,
                )
            )
        elif project is None:
            problems.append(
                Problem(
                    "unknown_project",
                    f"project '{sheet.project}' is not in the event",
                    judge=sheet.judge,
                    project=sheet.project,
                )
            )
        elif event.is_conflicted(sheet.judge, project):
            conflicted.setdefault(project.code, []).append(sheet.judge)
            problems.append(
                Problem(
                    "conflict_scored",
                    "score of a conflicted pair (回避) not counted",
                    judge=sheet.judge,
                    project=project.code,
                )
            )
        elif not event.judge_covers(sheet.judge, project):
            problems.append(
                Problem(
                    "outside_categories",
                    "the judge does not review this category; score not counted",
                    judge=sheet.judge,
                    project=project.code,
                )
            )
        elif sheet.judge in by_project[project.code]:
            raise ValueError(f"two sheets of {sheet.judge} for {sheet.project}")
        else:
            by_project[project.code][sheet.judge] = sheet
    counted = sorted(
        set(judges) if judges is not None else {j for rows in by_project.values() for j in rows},
        key=lambda j: order.get(j, 0),
    )
    z_maps = _zscore_maps(event, by_project) if event.rules.aggregate == "zscore" else {}

    results = []
    for project in event.ordered_projects():
        rows = by_project[project.code]
        sheets_in_order = sorted(rows.values(), key=lambda s: order[s.judge])
        result = _aggregate_project(event, project, sheets_in_order, z_maps)
        for judge in conflicted.get(project.code, []):
            result.flags.append({"kind": "conflict_excluded", "judge": judge})
        for judge in counted:
            if (
                judge in order
                and judge not in rows
                and event.judge_covers(judge, project)
                and not event.is_conflicted(judge, project)
            ):
                result.flags.append({"kind": "missing", "judge": judge})
                problems.append(
                    Problem(
                        "missing_score",
                        "no score for this project",
                        judge=judge,
                        project=project.code,
                    )
                )
        if result.final is None:
            problems.append(
                Problem("no_scores", "the project has no counted score", project=project.code)
            )
        results.append(result)

    _assign_ranks(event, results, problems)
    agreements = {
        category.key: _category_agreement(event, category.key, by_project, counted)
        for category in event.ordered_categories()
    }
    problems.sort(key=Problem.sort_key)
    return Ranking(event, results, agreements, problems)


def _zscore_maps(
    event: Event, by_project: Mapping[str, Mapping[str, Sheet]]
) -> dict[str, dict[str, Decimal]]:
    """Series ('total' or a dimension key) → project → z-score result."""
    series = ["total"] if event.rules.basis == "total" else [d.key for d in event.dimensions]
    out: dict[str, dict[str, Decimal]] = {}
    for name in series:
        matrix: dict[str, dict[str, Decimal]] = {}
        for code, rows in by_project.items():
            for judge, sheet in rows.items():
                value = sheet.total if name == "total" else sheet.values[name]
                matrix.setdefault(judge, {})[code] = value
        out[name] = zscores(matrix)
    return out


def _combine(
    event: Event, entries: Sequence[Entry], z_map: Mapping[str, Decimal], code: str
) -> Aggregated:
    rules = event.rules
    if rules.aggregate == "trimmed":
        return trimmed_mean(entries, rules.trim, rules.min_judges_for_trim)
    if rules.aggregate == "median":
        return median(entries)
    if rules.aggregate == "zscore":
        return Aggregated(z_map[code], frozenset(judge for judge, _ in entries))
    return mean(entries)


def _aggregate_project(
    event: Event,
    project: Project,
    sheets: Sequence[Sheet],
    z_maps: Mapping[str, Mapping[str, Decimal]],
) -> ProjectResult:
    decimals = event.rules.decimals
    keys = [d.key for d in event.dimensions]
    if not sheets:
        result = ProjectResult(project, 0, None, {}, [])
        result.flags.append({"kind": "no_scores"})
        return result
    if event.rules.basis == "total":
        totals = [(s.judge, s.total) for s in sheets]
        combined = _combine(event, totals, z_maps.get("total", {}), project.code)
        kept = [s for s in sheets if s.judge in combined.retained]
        dims = {
            k: round_half_up(mean([(s.judge, s.values[k]) for s in kept]).value, decimals)
            for k in keys
        }
        final = round_half_up(combined.value, decimals)
        trace = [
            TraceEntry(s.judge, s.total, s.values, s.judge not in combined.retained) for s in sheets
        ]
        trimmed = combined.trimmed
    else:
        per_dim = {
            k: _combine(
                event,
                [(s.judge, s.values[k]) for s in sheets],
                z_maps.get(k, {}),
                project.code,
            )
            for k in keys
        }
        dims = {k: round_half_up(per_dim[k].value, decimals) for k in keys}
        final = sum(dims.values(), Decimal(0))  # the published parts add up to the total
        trace = [
            TraceEntry(
                s.judge,
                s.total,
                s.values,
                False,
                tuple(k for k in keys if s.judge not in per_dim[k].retained),
            )
            for s in sheets
        ]
        trimmed = any(a.trimmed for a in per_dim.values())
    result = ProjectResult(project, len(sheets), final, dims, trace, trimmed)
    rules = event.rules
    if rules.aggregate == "trimmed" and not trimmed:
        result.flags.append(
            {
                "kind": "not_trimmed",
                "n_scores": str(len(sheets)),
                "min_judges_for_trim": str(rules.min_judges_for_trim),
            }
        )
    n = len(sheets)
    panel_sum = sum((s.total for s in sheets), Decimal(0))
    for s in sheets:
        # |total − sum/n| > limit, compared exactly without building a rational per judge.
        if abs(s.total * n - panel_sum) <= rules.deviation_limit * n:
            continue
        panel_mean = Fraction(panel_sum) / n
        difference = Fraction(s.total) - panel_mean
        result.flags.append(
            {
                "kind": "deviation",
                "judge": s.judge,
                "total": fmt(round_half_up(s.total, decimals)) or "",
                "panel_mean": fmt(round_half_up(panel_mean, decimals)) or "",
                "difference": fmt(round_half_up(difference, decimals)) or "",
            }
        )
    return result


def _sort_key(event: Event, result: ProjectResult) -> tuple[Decimal, ...]:
    assert result.final is not None
    return (result.final, *(result.dimensions[k] for k in event.tie_break))


def _competition_ranks(event: Event, results: list[ProjectResult]) -> dict[str, int]:
    """1, 2, 2, 4: a project's rank is one more than the number strictly ahead of it."""
    keyed = sorted(((_sort_key(event, r), r.project.code) for r in results), reverse=True)
    ranks: dict[str, int] = {}
    for position, (key, code) in enumerate(keyed):
        if position and key == keyed[position - 1][0]:
            ranks[code] = ranks[keyed[position - 1][1]]
        else:
            ranks[code] = position + 1
    return ranks


def _assign_ranks(event: Event, results: list[ProjectResult], problems: list[Problem]) -> None:
    scored = [r for r in results if r.final is not None]
    overall = _competition_ranks(event, scored)
    for r in scored:
        r.rank_overall = overall[r.project.code]
    top_n = event.rules.top_n
    for category in event.ordered_categories():
        members = [r for r in scored if r.project.category == category.key]
        ranks = _competition_ranks(event, members)
        group_size: dict[int, int] = {}
        for value in ranks.values():
            group_size[value] = group_size.get(value, 0) + 1
        for r in members:
            r.rank_in_category = ranks[r.project.code]
            size = group_size[r.rank_in_category]
            r.tied = size > 1
            if r.rank_in_category > top_n:
                r.selected = False
            elif r.rank_in_category + size - 1 > top_n:
                r.selected = None
                r.flags.append(
                    {"kind": "tie_at_cutoff", "rank": str(r.rank_in_category), "top_n": str(top_n)}
                )
                problems.append(
                    Problem(
                        "tie_at_cutoff",
                        f"shares rank {r.rank_in_category} across the top-{top_n} "
                        "cut-off; the panel must decide",
                        project=r.project.code,
                    )
                )
            else:
                r.selected = True
        _flag_broken_ties(event, members)
    position = event.category_position()
    results.sort(
        key=lambda r: (
            position.get(r.project.category, 0),
            r.rank_in_category if r.rank_in_category is not None else 10**9,
            r.project.code,
        )
    )


def _flag_broken_ties(event: Event, members: list[ProjectResult]) -> None:
    """Equal finals ordered by the tie-break: name the dimension that decided each step."""
    by_final: dict[Decimal, list[ProjectResult]] = {}
    for r in members:
        assert r.final is not None
        by_final.setdefault(r.final, []).append(r)
    for group in by_final.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda r: _sort_key(event, r), reverse=True)
        deciding: dict[str, set[str]] = {r.project.code: set() for r in group}
        for upper, lower in pairwise(group):
            for key in event.tie_break:
                if upper.dimensions[key] != lower.dimensions[key]:
                    deciding[upper.project.code].add(key)
                    deciding[lower.project.code].add(key)
                    break
        for r in group:
            if deciding[r.project.code]:
                others = ",".join(o.project.code for o in group if o is not r)
                by = ",".join(k for k in event.tie_break if k in deciding[r.project.code])
                r.flags.append({"kind": "tie_broken", "with": others, "by": by})


def _category_agreement(
    event: Event,
    category: str,
    by_project: Mapping[str, Mapping[str, Sheet]],
    counted: Sequence[str],
) -> Agreement:
    codes = [p.code for p in event.ordered_projects() if p.category == category]
    complete = [j for j in counted if codes and all(j in by_project[c] for c in codes)]
    matrix = [[by_project[c][j].total for j in complete] for c in codes]
    if len(complete) < 2 or len(codes) < 2:
        return Agreement(len(complete), len(codes), None, None, None, None, None)
    return agreement(matrix)
