"""Qt-free edits of projects and categories: free codes, keys renamed everywhere, problems."""

from __future__ import annotations

import pytest

from scoring import projects_edit as pe
from scoring.rubric import DEFAULT_DIMENSIONS
from scoring.serialize import dimension_to_dict


def event() -> dict:
    return {
        "id": "e1",
        "name": "评审会",
        "dimensions": [dimension_to_dict(d) for d in DEFAULT_DIMENSIONS],
        "categories": [{"key": "a", "name": "甲类", "order": 1}],
        "projects": [
            {"code": "G09", "title": "一", "unit": "甲", "category": "a", "order": 1},
            {"code": "G10", "title": "", "unit": "", "category": "x", "order": 2},
        ],
        "judges": [{"id": "J1", "name": "张", "categories": ["a"]}],
        "conflicts": [{"judge": "J1", "project": "G09", "unit": "", "reason": ""}],
    }


@pytest.mark.parametrize(
    ("codes", "expected"),
    [
        (["G01", "G17"], "G18"),
        (["007"], "008"),
        (["G09", "G10"], "G11"),
        (["A1", "A2", "x"], "A3"),  # the last numbered code
        (["K9", "K10"], "K11"),
        (["甲", "乙"], "P3"),
        (["甲", "P3"], "P4"),
        ([], "P1"),
    ],
)
def test_next_code(codes: list[str], expected: str) -> None:
    assert pe.next_code(codes) == expected


def test_normalise() -> None:
    assert pe.normalise("order", " 3 ") == 3
    assert pe.normalise("order", "３.0") == 3  # full-width digits from a Chinese IME
    assert pe.normalise("order", "") == 0
    assert pe.normalise("title", "  标题 ") == "标题"
    for field, value in (("order", "2.5"), ("order", "二"), ("code", " "), ("key", "")):
        with pytest.raises(ValueError):
            pe.normalise(field, value)


def test_keys_renamed_everywhere_and_removals() -> None:
    data = event()
    pe.set_project_field(data, 0, "code", "G01")
    assert data["conflicts"][0]["project"] == "G01"
    pe.set_category_field(data, 0, "key", "b")
    assert data["projects"][0]["category"] == "b"
    assert data["judges"][0]["categories"] == ["b"]
    assert pe.conflicts_of(data, ["G01"]) == 1
    pe.remove_projects(data, [0])
    assert [p["code"] for p in data["projects"]] == ["G10"] and data["conflicts"] == []
    pe.remove_category(data, 0)
    assert data["categories"] == [] and data["judges"][0]["categories"] == []


def test_add_and_import() -> None:
    data = event()
    row = pe.add_project(data)
    assert data["projects"][row] == {
        "code": "G11",
        "title": "",
        "unit": "",
        "category": "x",  # the last project's
        "presenter": "",
        "order": 3,
        "summary": "",
    }
    assert data["categories"][pe.add_category(data)] == {"key": "C2", "name": "", "order": 2}
    new = [{"code": "N1", "title": "新", "unit": "丙", "category": "新类", "order": 0}]
    pe.import_projects(data, new, [{"key": "新类", "name": "新类", "order": 3}], replace=False)
    assert [p["code"] for p in data["projects"]] == ["G09", "G10", "G11", "N1"]
    assert data["categories"][-1]["key"] == "新类"
    pe.import_projects(data, new, [{"key": "新类", "name": "新类", "order": 3}], replace=True)
    assert [p["code"] for p in data["projects"]] == ["N1"]
    assert [c["key"] for c in data["categories"]] == ["a", "C2", "新类"]


def test_problems_placed_on_cells() -> None:
    data = event()
    data["projects"].append(dict(data["projects"][0]))
    data["categories"].append({"key": "a", "name": " ", "order": 2})
    assert pe.project_problems(data) == [
        {},
        {
            "unit": ["the unit is empty"],
            "category": ["unknown category 'x'"],
            "title": ["the title is empty"],
        },
        {"code": ["'G09' appears more than once"]},
    ]
    assert pe.category_problems(data) == [
        {},
        {"key": ["'a' appears more than once"], "name": ["the name is empty"]},
    ]
