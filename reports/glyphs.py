"""Text of the event and the inputs that the report font cannot show, as merge problems."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from reports.fonts import describe, missing_characters
from scoring.content import ScoreContent
from scoring.model import Event
from scoring.problems import Problem


def _texts(event: Event, inputs: Sequence[ScoreContent]) -> Iterator[tuple[str, str, str, str]]:
    """(what, judge, project, text) for everything a report prints."""
    for what, text in (
        ("event name", event.name),
        ("venue", event.venue),
        ("organiser", event.organiser),
    ):
        yield what, "", "", text
    for dim in event.dimensions:
        yield "dimension", "", "", dim.name
    for category in event.categories:
        yield "category", "", "", category.name
    for project in event.projects:
        for what, text in (
            ("title", project.title),
            ("unit", project.unit),
            ("presenter", project.presenter),
        ):
            yield what, "", project.code, text
    for judge in event.judges:
        for what, text in (
            ("name", judge.name),
            ("affiliation", judge.affiliation),
            ("role", judge.role),
        ):
            yield what, judge.id, "", text
    for content in inputs:
        for code, sheet in content.sheets.items():
            yield "comment", content.judge, code, sheet.comment


def text_problems(event: Event, inputs: Sequence[ScoreContent]) -> list[Problem]:
    problems = []
    for what, judge, project, text in _texts(event, inputs):
        missing = missing_characters(text)
        if missing:
            problems.append(
                Problem(
                    "unprintable_characters",
                    f"the {what} '{text}' has characters the report font cannot show: "
                    f"{describe(missing)}; they print as □",
                    judge=judge,
                    project=project,
                )
            )
    return problems
