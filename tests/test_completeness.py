"""The completeness matrix of a ranking: scored, missing, recused, conflict, not assigned."""

from __future__ import annotations

from dataclasses import replace

from scoring.completeness import (
    CONFLICT,
    MISSING,
    NOT_ASSIGNED,
    RECUSED,
    SCORED,
    completeness,
)
from scoring.model import Conflict
from scoring.ranking import rank
from tests.factories import make_event, sheet


def test_every_state_of_a_cell() -> None:
    event = make_event(
        ["P1", "P2", "Q1"],
        3,
        categories={"Q1": "B"},
        conflicts=[Conflict("J1", project="P2"), Conflict("J2", unit="单位P2")],
    )
    # J3 reviews category A only.
    judges = (*event.judges[:2], replace(event.judges[2], categories=("A",)))
    event = replace(event, judges=judges)
    sheets = [
        sheet("J1", "P1", "20", "30", "20"),
        sheet("J1", "Q1", "20", "30", "20"),
        sheet("J2", "P1", "21", "31", "21"),
        sheet("J2", "P2", "22", "32", "22"),  # a conflicted pair (by unit), scored anyway
        sheet("J3", "P1", "25", "35", "25"),
    ]
    matrix = completeness(rank(event, sheets))
    assert [j.id for j in matrix.judges] == ["J1", "J2", "J3"]
    assert [p.code for p in matrix.projects] == ["P1", "P2", "Q1"]
    assert {(j, p): s for (j, p), s in matrix.cells.items()} == {
        ("J1", "P1"): SCORED,
        ("J1", "P2"): RECUSED,
        ("J1", "Q1"): SCORED,
        ("J2", "P1"): SCORED,
        ("J2", "P2"): CONFLICT,
        ("J2", "Q1"): MISSING,
        ("J3", "P1"): SCORED,
        ("J3", "P2"): MISSING,
        ("J3", "Q1"): NOT_ASSIGNED,
    }
    assert matrix.counts() == {
        SCORED: 4,
        MISSING: 2,
        RECUSED: 1,
        CONFLICT: 1,
        NOT_ASSIGNED: 1,
    }
    assert matrix.missing_by_judge() == {"J1": 0, "J2": 1, "J3": 1}


def test_a_judge_without_any_counted_input_is_missing_everywhere() -> None:
    event = make_event(["P1", "P2"], 2)
    matrix = completeness(rank(event, [sheet("J1", "P1", "20", "30", "20")], ["J1"]))
    assert matrix.state("J2", "P1") == MISSING and matrix.state("J2", "P2") == MISSING
    assert matrix.state("J1", "P2") == MISSING
    only = completeness(rank(event, []), judges=["J2"])
    assert [j.id for j in only.judges] == ["J2"]
