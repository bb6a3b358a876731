"""What makes an event unfit to be packaged, each problem naming its place."""

from __future__ import annotations

from dataclasses import replace

from scoring.model import Judge
from scoring.validation import check_event, check_ready
from tests.factories import make_event


def test_a_judge_without_name_or_id_is_named_as_a_problem() -> None:
    event = make_event()
    event = replace(event, judges=(*event.judges, Judge("J9", " "), Judge("", "王")))
    places = {(p.where, p.key, p.field) for p in check_event(event)}
    assert ("Judges", "J9", "name") in places and ("Judges", "", "id") in places


def test_an_empty_event_is_consistent_but_not_ready_to_package() -> None:
    empty = replace(make_event(), projects=(), judges=())
    assert check_event(empty) == []
    assert [p.message for p in check_ready(empty)] == [
        "the event has no projects",
        "the event has no judges",
    ]
