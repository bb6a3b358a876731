"""The ranking rules in words, as printed on the report's cover."""

from __future__ import annotations

from scoring.describe import method_sentence, zh_number
from tests.factories import make_event


def test_default_rules_in_chinese() -> None:
    assert method_sentence(make_event()) == (
        "去掉一个最高分和一个最低分后取平均（评分评委少于五人时取全部平均），"
        "保留两位小数，四舍五入；总分相同时依次比较创新举措、创新立意、影响范围，仍相同则名次并列。"
    )


def test_other_methods_and_english() -> None:
    assert method_sentence(make_event(aggregate="median")).startswith("取评委评分的中位数")
    assert "各维度分别" in method_sentence(make_event(basis="dimension"))
    english = method_sentence(make_event(), "en")
    assert english.startswith("Drop the 1 highest and 1 lowest")
    assert "rounded half up to 2 decimals" in english


def test_zh_numbers() -> None:
    assert [zh_number(n) for n in (1, 2, 10, 12, 20, 35)] == [
        "一",
        "二",
        "十",
        "十二",
        "二十",
        "三十五",
    ]
    assert zh_number(2, count=True) == "两"


def test_a_tie_break_key_no_longer_in_the_rubric_is_shown_not_fatal() -> None:
    event = make_event(tie_break=("measures", "gone"))
    assert "gone" in method_sentence(event)
