"""Editing the rubric as plain data: typed bands, numbers, keys kept in the tie-break order."""

from __future__ import annotations

from decimal import Decimal

import pytest

from scoring import rubric_edit
from scoring.model import RankingRules
from scoring.rubric import DEFAULT_DIMENSIONS
from scoring.serialize import dimension_from_dict, dimension_to_dict, rules_to_dict
from scoring.validation import MAX_DIMENSIONS, check_dimension


def _data(tie_break: list[str] | None = None) -> dict:
    rules = rules_to_dict(RankingRules())
    rules["tie_break"] = tie_break or []
    return {"dimensions": [dimension_to_dict(d) for d in DEFAULT_DIMENSIONS], "rules": rules}


@pytest.mark.parametrize(
    ("text", "bands"),
    [
        ("优秀 25-30; 良好 18-24.5", [["优秀", "25", "30"], ["良好", "18", "24.5"]]),
        (
            "优27–30，良21~26.5、中 15 至 20.5 分",
            [["优", "27", "30"], ["良", "21", "26.5"], ["中", "15", "20.5"]],
        ),
        ("Excellent: 27-30\nGood: 21-26.5", [["Excellent", "27", "30"], ["Good", "21", "26.5"]]),
        ("第1档 25.0-30", [["第1档", "25", "30"]]),
        ("优 ２７－３０", [["优", "27", "30"]]),  # full-width digits from an input method
        ("  ", []),
    ],
)
def test_bands_are_read_from_text(text: str, bands: list[list[str]]) -> None:
    assert rubric_edit.parse_bands(text) == bands


@pytest.mark.parametrize("text", ["25-30", "优秀", "优 30", "优 a-b", "优 27-30; 良"])
def test_text_that_is_not_a_band_is_refused_with_the_part_named(text: str) -> None:
    with pytest.raises(ValueError, match="is not a band like"):
        rubric_edit.parse_bands(text)


def test_bands_text_reads_back_to_the_same_bands() -> None:
    guidance = dimension_to_dict(DEFAULT_DIMENSIONS[0])["guidance"]
    text = rubric_edit.bands_text(guidance)
    assert text.startswith("优 27–30; 良 21–26.5")
    assert rubric_edit.parse_bands(text) == guidance


def test_numbers_are_normalised_and_non_numbers_refused() -> None:
    assert rubric_edit.normalise("max", " 30.0 ") == "30"
    assert rubric_edit.normalise("step", "０.５") == "0.5"
    with pytest.raises(ValueError, match="'abc' is not a number"):
        rubric_edit.normalise("max", "abc")
    assert rubric_edit.normalise("name", " 创新立意 ") == "创新立意"


def test_renaming_a_key_renames_it_in_an_explicit_tie_break_order() -> None:
    data = _data(["measures", "concept", "impact"])
    rubric_edit.set_field(data, 1, "key", "actions")
    assert data["dimensions"][1]["key"] == "actions"
    assert data["rules"]["tie_break"] == ["actions", "concept", "impact"]


def test_add_and_remove_keep_the_tie_break_order_in_step() -> None:
    data = _data(["measures", "concept", "impact"])
    rubric_edit.add_dimension(data, 1)
    assert [d["key"] for d in data["dimensions"]] == ["concept", "dim4", "measures", "impact"]
    assert data["rules"]["tie_break"] == ["measures", "concept", "impact", "dim4"]
    rubric_edit.remove_dimension(data, 0)
    assert data["rules"]["tie_break"] == ["measures", "impact", "dim4"]
    default = _data()
    rubric_edit.add_dimension(default, 3)
    assert default["rules"]["tie_break"] == []  # the default order follows by itself


def test_move_and_sum_of_maxima() -> None:
    data = _data()
    rubric_edit.move_dimension(data, 2, 0)
    assert [d["key"] for d in data["dimensions"]] == ["impact", "concept", "measures"]
    assert rubric_edit.max_total(data["dimensions"]) == Decimal(100)


def test_free_key_skips_keys_in_use() -> None:
    assert rubric_edit.free_key(["dim2", "a"]) == "dim3"
    assert rubric_edit.free_key(["dim2", "dim3"]) == "dim4"


def test_problems_are_placed_on_the_fields_they_are_about() -> None:
    dims = [dimension_to_dict(d) for d in DEFAULT_DIMENSIONS]
    dims[0]["step"] = "4"  # 30 is not a multiple of 4
    dims[1]["max"] = "0"
    dims[1]["guidance"] = []
    dims[2]["key"] = ""
    dims[2]["guidance"] = [["优", "27", "31"]]
    found = rubric_edit.dimension_problems(dims)
    assert found[0] == {
        "max": ["the maximum 30 is not a multiple of the step 4"],
        "step": ["the maximum 30 is not a multiple of the step 4"],
    }
    assert found[1] == {"max": ["the maximum 0 is not positive"]}
    assert found[2]["key"] == ["the key is empty"]
    assert found[2]["guidance"] == ["the guidance band '优 27–31' is outside 0–30"]
    zero_step = dict(dims[0], step="0")
    assert rubric_edit.dimension_problems([zero_step])[0] == {
        "step": ["the step 0 is not positive"]
    }


def test_every_check_dimension_message_names_a_field() -> None:
    """If check_dimension's wording changes, the placement must follow (no silent fallback)."""
    broken = dimension_from_dict(
        {"key": "", "name": "x", "max": "-1", "step": "-1", "guidance": [["a", "5", "2"]]}
    )
    messages = check_dimension(broken) + check_dimension(
        dimension_from_dict({"key": "k", "name": "x", "max": "3", "step": "2"})
    )
    starts = ("the key", "the step", "the maximum", "the guidance")
    assert messages and all(m.startswith(starts) for m in messages)


def test_duplicate_keys_and_rubric_size() -> None:
    dims = [dimension_to_dict(DEFAULT_DIMENSIONS[0])] * 2
    found = rubric_edit.dimension_problems(dims)
    assert found[0] == found[1] == {"key": ["'concept' appears more than once"]}
    assert rubric_edit.rubric_problems([]) == [f"the rubric needs 1 to {MAX_DIMENSIONS} dimensions"]
    assert rubric_edit.rubric_problems(dims) == []
