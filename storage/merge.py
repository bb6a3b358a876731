"""The merge: validate every input, pick one per judge, rank, and describe what happened.

Nothing is written here; ``write_outputs`` writes the results atomically afterwards, so a
failed merge changes nothing. Inputs are considered in a canonical order, which makes the
merge order-independent and idempotent (same inputs → same results digest).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from scoring.content import ScoreContent
from scoring.model import Event
from scoring.problems import Problem
from scoring.ranking import Ranking, Sheet, rank
from scoring.results import PAPER, SCORE_FILE, InputRecord, build_results
from scoring.validation import check_score
from storage.errors import InputError
from storage.inputs import LoadedInput, expand, load_input
from storage.package import PackageInfo

Progress = Callable[[int, int, str], None]
TextCheck = Callable[[Event, Sequence[ScoreContent]], list[Problem]]


@dataclass
class MergeOutcome:
    package: PackageInfo
    ranking: Ranking
    results: dict[str, object]
    records: list[InputRecord]
    problems: list[Problem]
    inputs: list[LoadedInput] = field(default_factory=list)
    sheets: list[Sheet] = field(default_factory=list)  # the counted sheets, to rank again

    @property
    def exit_code(self) -> int:
        return 1 if self.problems else 0


class NothingCountable(InputError):
    """No input can be counted; ``problems`` says why, file by file."""

    kind = "no_inputs"

    def __init__(self, message: str, *, source: str, problems: tuple[Problem, ...]) -> None:
        super().__init__(message, source=source)
        self.problems = problems


def _reject(problems: list[Problem], item: LoadedInput, kind: str, message: str) -> None:
    problems.append(Problem(kind, message, judge=item.content.judge, source=item.source))


def input_problems(item: LoadedInput, package: PackageInfo) -> list[Problem]:
    """Everything the merge would report about this input on its own (used by verify)."""
    problems: list[Problem] = []
    if _validate(item, package, problems):
        _sheets_of(item, package.event, problems)
    return sorted(problems, key=Problem.sort_key)


def _validate(item: LoadedInput, package: PackageInfo, problems: list[Problem]) -> bool:
    """Whether the input as a whole may count (event, package, judge, verification code)."""
    event = package.event
    content = item.content
    if content.event_id != event.id:
        _reject(problems, item, "other_event", "scores of another event; not counted")
        return False
    if content.package_digest != package.digest:
        _reject(
            problems,
            item,
            "other_package",
            f"made with another package of this event (code {content.package_code or '?'},"
            f" this one is {package.code}); not counted",
        )
        return False
    if item.tampered:
        _reject(
            problems,
            item,
            "verification_mismatch",
            f"verification code mismatch: the file says {item.stored_code}, its content "
            f"gives {item.code}; the file was changed after export; not counted",
        )
        return False
    if content.judge not in {j.id for j in event.judges}:
        _reject(
            problems,
            item,
            "unknown_judge",
            f"judge '{content.judge}' is not in the event; not counted",
        )
        return False
    return True


def _sheets_of(item: LoadedInput, event: Event, problems: list[Problem]) -> list[Sheet]:
    """The complete, submitted, in-range sheets of one counted input; the rest is reported."""
    content = item.content
    projects = {p.code for p in event.projects}
    out: list[Sheet] = []
    for code in sorted(set(content.scores) | set(content.sheets)):
        values = content.scores.get(code, {})
        state = content.sheets[code].state if code in content.sheets else "draft"

        def report(kind: str, message: str, code: str = code) -> None:
            problems.append(
                Problem(kind, message, judge=content.judge, project=code, source=item.source)
            )

        if code not in projects:
            report("unknown_project", f"project '{code}' is not in the event; not counted")
            continue
        if state != "submitted":
            if values:
                report(
                    "not_submitted", f"the score was left as {state}, never submitted; not counted"
                )
            continue
        checked: dict[str, Decimal] = {}
        for dim in event.dimensions:
            if dim.key not in values:
                continue
            try:
                checked[dim.key] = check_score(dim, values[dim.key])
            except ValueError as error:
                report("bad_score", f"{error}; the project's score is not counted")
        extra = set(values) - {d.key for d in event.dimensions}
        if extra:
            report(
                "unknown_dimension",
                f"unknown dimension {', '.join(sorted(extra))}; the project's score is not counted",
            )
            continue
        if len(checked) != len(event.dimensions):
            if len(checked) == len(values):
                report("incomplete_score", "not every dimension is scored; not counted")
            continue
        out.append(Sheet(content.judge, code, checked))
    return out


def _exported(text: str) -> float:
    """Export time as a timestamp, so different UTC offsets compare right; 0 if unreadable."""
    try:
        return datetime.fromisoformat(text).timestamp()
    except ValueError:
        return 0.0


def _precedence(item: LoadedInput) -> tuple[bool, int, float, str]:
    """Newest first: score files over paper, then revision, export time, code (stable)."""
    content = item.content
    return (item.kind == SCORE_FILE, content.revision, _exported(content.exported_at), item.code)


def merge(
    package: PackageInfo,
    paths: Iterable[Path],
    *,
    choose: Mapping[str, str] | None = None,
    exclude: Iterable[str] = (),
    progress: Progress | None = None,
    check_text: TextCheck | None = None,
) -> MergeOutcome:
    """Merge the inputs found at ``paths`` (files or folders).

    ``choose`` maps a judge to the verification code of the input that should count (the
    clerk's choice among revisions); ``exclude`` lists verification codes or sources to drop;
    ``check_text`` reports text the reports cannot print (it belongs to the reports layer).
    Raises InputError when no input at all can be counted (nothing is to be written then).
    """
    event = package.event
    files = expand(list(paths))
    if not files:
        raise InputError("no score files or paper sheets were found", kind="no_inputs")
    problems: list[Problem] = []
    loaded: list[LoadedInput] = []
    for index, path in enumerate(files):
        if progress:
            progress(index, len(files), path.name)
        try:
            item = load_input(path, package)
        except InputError as error:
            problems.append(Problem(error.kind, error.message, source=str(path)))
            continue
        loaded.append(item)
    excluded = set(exclude)
    valid: dict[str, list[LoadedInput]] = {}
    records: list[InputRecord] = []
    names = {j.id: j.name for j in event.judges}
    for item in sorted(loaded, key=lambda i: (i.content.judge, i.code, i.source)):
        judge = item.content.judge
        if item.code in excluded or item.source in excluded:
            status = "excluded"
            _reject(problems, item, "excluded_by_clerk", "excluded by the secretariat")
        elif _validate(item, package, problems):
            valid.setdefault(judge, []).append(item)
            continue
        else:
            status = "rejected"
        records.append(
            InputRecord(
                judge,
                names.get(judge, item.content.judge_name),
                item.source,
                item.kind,
                item.code,
                status,
                item.content.revision,
            )
        )
    counted: list[LoadedInput] = []
    for judge, items in valid.items():
        items.sort(key=_precedence, reverse=True)
        wanted = (choose or {}).get(judge)
        winner = next((i for i in items if i.code == wanted), items[0])
        counted.append(winner)
        for other in items:
            if other is winner:
                status = "counted"
            elif other.code == winner.code:
                status = "duplicate"
                _reject(
                    problems,
                    other,
                    "duplicate_input",
                    "the same scores were given twice; counted once",
                )
            else:
                status = "superseded"
                _reject(
                    problems,
                    other,
                    "superseded",
                    f"another input of this judge counts ({winner.kind} revision "
                    f"{winner.content.revision}, code {winner.code}); this one is not used",
                )
            records.append(
                InputRecord(
                    judge,
                    names[judge],
                    other.source,
                    other.kind,
                    other.code,
                    status,
                    other.content.revision,
                )
            )
    if not counted:
        first = problems[0].message if problems else "no usable input"
        raise NothingCountable(
            f"no input can be counted: {first}",
            source=problems[0].source if problems else "",
            problems=tuple(problems),
        )
    for judge in {j.id for j in event.judges} - {i.content.judge for i in counted}:
        records.append(InputRecord(judge, names[judge], "", "", "", "missing"))
        problems.append(Problem("judge_missing", "no counted input from this judge", judge=judge))
    sheets = [
        s
        for item in sorted(counted, key=lambda i: i.content.judge)
        for s in _sheets_of(item, event, problems)
    ]
    if check_text is not None:
        problems += check_text(event, [i.content for i in counted])
    ranking = rank(event, sheets, [i.content.judge for i in counted])
    results = build_results(ranking, package.code, records, problems)
    if progress:
        progress(len(files), len(files), "")
    all_problems = sorted([*problems, *ranking.problems], key=Problem.sort_key)
    return MergeOutcome(package, ranking, results, records, all_problems, loaded, sheets)


def paper_judges(outcome: MergeOutcome) -> set[str]:
    return {r.judge for r in outcome.records if r.kind == PAPER and r.status == "counted"}
