"""Who scored what: the completeness of a merge as a judges × projects matrix.

Each cell is one of the states below; the secretariat's console colours them, and a clerk
sees at a glance which sheets are still missing before the ranking is published.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from scoring.model import Judge, Project
from scoring.ranking import Ranking

SCORED = "scored"  # the judge's score of the project counts
MISSING = "missing"  # the judge should have scored it and no counted score exists
RECUSED = "recused"  # a conflicted pair (回避) that was rightly left unscored
CONFLICT = "conflict"  # a conflicted pair that was scored anyway; the score does not count
NOT_ASSIGNED = "not_assigned"  # the judge does not review this project's category
STATES = (SCORED, MISSING, RECUSED, CONFLICT, NOT_ASSIGNED)


@dataclass(frozen=True)
class Completeness:
    judges: list[Judge]  # in the event's order
    projects: list[Project]  # in defense order
    cells: dict[tuple[str, str], str]  # (judge id, project code) → state

    def state(self, judge: str, project: str) -> str:
        return self.cells[(judge, project)]

    def counts(self) -> dict[str, int]:
        """How many cells are in each state (every state present, zero if none)."""
        found = Counter(self.cells.values())
        return {state: found.get(state, 0) for state in STATES}

    def missing_by_judge(self) -> dict[str, int]:
        found = Counter(j for (j, _), state in self.cells.items() if state == MISSING)
        return {judge.id: found.get(judge.id, 0) for judge in self.judges}


def completeness(ranking: Ranking, judges: Iterable[str] | None = None) -> Completeness:
    """The matrix of a ranking; ``judges`` limits the rows (default: every judge of the event).

    A judge with no counted input at all is missing wherever they should have scored.
    """
    event = ranking.event
    wanted = set(judges) if judges is not None else None
    rows = [j for j in event.ordered_judges() if wanted is None or j.id in wanted]
    by_code = ranking.by_code()
    cells: dict[tuple[str, str], str] = {}
    projects = event.ordered_projects()
    for project in projects:
        result = by_code.get(project.code)
        scored = {t.judge for t in result.trace} if result else set()
        scored_conflicted = {
            f.get("judge", "")
            for f in (result.flags if result else [])
            if f.get("kind") == "conflict_excluded"
        }
        for judge in rows:
            if not event.judge_covers(judge.id, project):
                state = NOT_ASSIGNED
            elif event.is_conflicted(judge.id, project) is not None:
                state = CONFLICT if judge.id in scored_conflicted else RECUSED
            elif judge.id in scored:
                state = SCORED
            else:
                state = MISSING
            cells[(judge.id, project.code)] = state
    return Completeness(rows, projects, cells)
