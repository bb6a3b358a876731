"""The secretariat's list of inputs: every collected file and every judge, with what the
latest merge made of it — counted, superseded, duplicate, excluded, rejected or missing.

The merge names inputs by the copies next to the event file; the list shows where each was
collected from. A file the merge could not read at all has no judge and appears only as a
problem; it is listed here too, as rejected, with the reason.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from scoring.problems import Problem
from scoring.results import PAPER, SCORE_FILE, InputRecord
from storage.inputs import PAPER_SUFFIXES
from storage.merge import MergeOutcome
from storage.secretariat import CollectedInput

REJECTED = "rejected"
MISSING = "missing"
NOT_MERGED = ""  # collected after the latest merge, or the merge failed


@dataclass(frozen=True)
class InputRow:
    judge: str  # '' for a file nobody could read
    judge_name: str
    kind: str  # SCORE_FILE | PAPER | '' (a missing judge)
    code: str  # verification code; '' if the file could not be read
    revision: int
    status: str  # counted | superseded | duplicate | excluded | rejected | missing | ''
    source: str  # the collected copy the merge read ('' for a missing judge)
    original: str  # where it was collected from (shown to the clerk)
    problems: tuple[str, ...] = ()
    chosen: bool = False  # the clerk chose this one among the judge's revisions
    shared_code: bool = False  # another input has the same code (a duplicate)

    @property
    def exclusion_key(self) -> str:
        """What to exclude it by: its code, unless a duplicate shares it (then its file)."""
        return self.source if self.shared_code or not self.code else self.code


def input_rows(
    outcome: MergeOutcome | None,
    collected: Sequence[CollectedInput],
    choices: Mapping[str, str] | None = None,
    refused: Sequence[Problem] = (),
) -> list[InputRow]:
    """The rows in judge order; files the merge could not read, then files not merged yet.

    ``refused``: when the merge counted nothing (no outcome), why, file by file.
    """
    originals = {str(item.path): item.original for item in collected}
    choices = choices or {}
    rows: list[InputRow] = []
    seen: set[str] = set()
    if outcome is not None:
        problems = _by_source(outcome.problems)
        codes = Counter(r.verification_code for r in outcome.records if r.verification_code)
        order = {j.id: i for i, j in enumerate(outcome.ranking.event.ordered_judges())}
        for record in sorted(outcome.records, key=lambda r: _record_key(r, order)):
            if record.source and record.source not in originals:
                continue  # removed since this merge
            seen.add(record.source)
            rows.append(_row(record, originals, problems, choices, codes))
        for source, found in problems.items():
            if not source or source in seen or source not in originals:
                continue
            unreadable = [p for p in found if not p.judge]
            if unreadable:
                seen.add(source)
                rows.append(
                    InputRow(
                        "",
                        "",
                        _kind_of(source),
                        "",
                        0,
                        REJECTED,
                        source,
                        originals[source],
                        tuple(p.message for p in unreadable),
                    )
                )
    if outcome is None:
        for source, found in _by_source(refused).items():
            if source in originals and source not in seen:
                seen.add(source)
                judge = next((p.judge for p in found if p.judge), "")
                messages = tuple(p.message for p in found)
                kind = _kind_of(source)
                rows.append(
                    InputRow(judge, "", kind, "", 0, REJECTED, source, originals[source], messages)
                )
    for item in collected:
        if str(item.path) not in seen:
            rows.append(
                InputRow(
                    "", "", _kind_of(item.path), "", 0, NOT_MERGED, str(item.path), item.original
                )
            )
    return rows


def _record_key(record: InputRecord, order: Mapping[str, int]) -> tuple[object, ...]:
    return (
        order.get(record.judge, 10**6),
        record.judge,
        record.status != "counted",
        -record.revision,
        record.verification_code,
        record.source,
    )


def _by_source(problems: Iterable[Problem]) -> dict[str, list[Problem]]:
    """Problems of each input file; a missing judge's problem is filed under ''."""
    out: dict[str, list[Problem]] = {}
    for problem in problems:
        if problem.source or problem.kind == "judge_missing":
            out.setdefault(problem.source, []).append(problem)
    return out


def _row(
    record: InputRecord,
    originals: Mapping[str, str],
    problems: Mapping[str, list[Problem]],
    choices: Mapping[str, str],
    codes: Counter[str],
) -> InputRow:
    found = problems.get(record.source, [])
    messages = tuple(p.message for p in found if p.judge in ("", record.judge))
    code = record.verification_code
    return InputRow(
        record.judge,
        record.name,
        record.kind,
        code,
        record.revision,
        record.status,
        record.source,
        originals.get(record.source, record.source),
        messages,
        chosen=bool(code) and choices.get(record.judge) == code,
        shared_code=codes[code] > 1 if code else False,
    )


def _kind_of(path: str | Path) -> str:
    return PAPER if Path(path).suffix.lower() in PAPER_SUFFIXES else SCORE_FILE


EXCLUDE, INCLUDE, CHOOSE, NEWEST, REMOVE = "exclude", "include", "choose", "newest", "remove"


COUNTABLE = ("counted", "superseded", "duplicate")


def last_to_count(row: InputRow, rows: Iterable[InputRow]) -> bool:
    """Whether ``row`` is the only input of ``rows`` that counts or could count: excluding it
    would leave the merge nothing, and without a merge its Include again could not be offered."""
    return row.status in COUNTABLE and not any(
        other.status in COUNTABLE and other.source != row.source for other in rows
    )


def actions_for(
    row: InputRow, chosen_judges: Iterable[str] = (), rows: Iterable[InputRow] | None = None
) -> set[str]:
    """What the clerk may do with this input: exclude it or include it again, count this
    revision instead of the newest (or go back to the newest), remove it from the list.
    Given all ``rows``, the last input that can count is not offered for exclusion."""
    actions: set[str] = set()
    if row.status in COUNTABLE and row.code and not (rows is not None and last_to_count(row, rows)):
        actions.add(EXCLUDE)
    if row.status == "excluded":
        actions.add(INCLUDE)
    if row.status == "superseded":
        actions.add(CHOOSE)
    if row.judge and row.judge in set(chosen_judges):
        actions.add(NEWEST)
    if row.source:
        actions.add(REMOVE)
    return actions
