"""Suggested conflicts: a judge's affiliation that names a project's unit, and nothing more."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from scoring.conflicts import match, normalise, suggest_conflicts
from scoring.model import Category, Conflict, Event, Judge, Project
from storage.package import read_package
from tests.factories import make_event


def event_with(units: dict[str, str], affiliations: dict[str, str]) -> Event:
    base = make_event()
    return replace(
        base,
        categories=(Category("A", "类别A"),),
        projects=tuple(
            Project(code, f"项目{code}", unit, "A", order=i)
            for i, (code, unit) in enumerate(units.items())
        ),
        judges=tuple(
            Judge(judge, f"评委{judge}", affiliation, order=i)
            for i, (judge, affiliation) in enumerate(affiliations.items())
        ),
    )


UNITS = {
    "G01": "广州开发区营商环境改革局",
    "G02": "广州开发区金融工作局",
    "G03": "广州开发区知识产权局",
    "G04": "黄埔区水务局",
    "G05": "中山大学附属第一医院",
    "G06": "黄埔区水务局",
}


def test_normalising_ignores_full_width_spaces_and_case() -> None:
    assert normalise(" 黄埔区\u3000水务局 ") == "黄埔区水务局"
    assert normalise("ＡＢＣ　 Water\tBoard") == "abc water board"
    assert match("黄埔区 水务局", "黄埔区水务局") == "same"
    assert match("（ＡＢＣ）", "(abc)") == "same"


@pytest.mark.parametrize(
    ("affiliation", "unit", "how"),
    [
        ("黄埔区水务局河湖管理科", "黄埔区水务局", "names"),  # the affiliation names the unit
        ("企业家代表（黄埔区水务局推荐）", "黄埔区水务局", "names"),
        ("中山大学", "中山大学附属第一医院", "within"),  # the unit belongs to the affiliation
        ("黄埔区", "黄埔区水务局", None),  # too short: a place, not an organisation
        ("水务", "黄埔区水务局", None),
        ("华南理工大学土木与交通学院", "黄埔区水务局", None),
        ("Water", "Waterloo University", None),  # Latin text matches whole words only
        ("City Water Board", "Water Board", "names"),
        ("", "黄埔区水务局", None),
    ],
)
def test_match(affiliation: str, unit: str, how: str | None) -> None:
    assert match(affiliation, unit) == how


def test_suggestions_per_judge_and_unit() -> None:
    event = event_with(
        UNITS,
        {
            "J1": "黄埔区水务局河湖管理科",
            "J2": "中山大学",
            "J3": "广州开发区",  # lies within three bureaus' names: a place, not a unit
            "J4": "南方日报社",
            "J5": "",
        },
    )
    found = [(s.judge, s.unit, s.how) for s in suggest_conflicts(event)]
    assert found == [
        ("J1", "黄埔区水务局", "names"),
        ("J2", "中山大学附属第一医院", "within"),
    ]


def test_covered_pairs_are_not_suggested_again() -> None:
    event = event_with(UNITS, {"J1": "黄埔区水务局", "J2": "黄埔区水务局"})
    by_unit = Conflict("J1", unit="黄埔区水务局")
    partly = Conflict("J2", project="G04")
    assert [(s.judge, s.how) for s in suggest_conflicts(replace(event, conflicts=(by_unit,)))] == [
        ("J2", "same")
    ]
    both = (by_unit, partly, Conflict("J2", project="G06"))
    assert suggest_conflicts(replace(event, conflicts=both)) == []
    assert len(suggest_conflicts(replace(event, conflicts=(by_unit, partly)))) == 1


def test_the_demo_suggests_nothing(demo_master: Path) -> None:
    """The demo's one conflict (J03 × K05, consulting work for the unit) is not one the
    affiliations reveal; no affiliation of the demo names a unit."""
    event = read_package(demo_master / "event.pspkg").event
    assert [(c.judge, c.project) for c in event.conflicts] == [("J03", "K05")]
    assert suggest_conflicts(event) == []
    plain = replace(event, conflicts=())
    assert suggest_conflicts(plain) == []
