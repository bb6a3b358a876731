"""A Chinese event's reports print the merge's problems in Chinese (the app's translation,
read without Qt), an English event's as the merge words them."""

from __future__ import annotations

import dataclasses
import io
import subprocess
from pathlib import Path

import openpyxl
import pytest

from reports.data import ReportData
from reports.ranking_pdf import ranking_pdf
from reports.wording_zh import TS_FILE, problem_message, read_messages
from reports.xlsx import ranking_xlsx
from tests.test_ranking_pdf import flagged_report

PROBLEMS = (
    {"kind": "judge_missing", "judge": "J6", "message": "no counted input from this judge"},
    {
        "kind": "other_event",
        "judge": "J9",
        "message": "scores of another event; not counted",
        "source": "/usb/J9.psscore",
    },
    {"kind": "nobody_knows", "message": "a message no template fits"},
)


def _with_problems(language: str) -> ReportData:
    return dataclasses.replace(flagged_report(language), extra_problems=PROBLEMS)


def _pdf_text(data: ReportData, tmp_path: Path) -> str:
    path = tmp_path / "ranking.pdf"
    path.write_bytes(ranking_pdf(data))
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return "".join(done.stdout.decode("utf-8").split())


def test_a_chinese_report_prints_the_problems_in_chinese(tmp_path: Path) -> None:
    text = _pdf_text(_with_problems("zh"), tmp_path)
    assert "该评委没有计入的评分" in text
    assert "其他评审活动的评分；不计入" in text
    assert "amessagenotemplatefits" in text  # as it is: never dropped
    assert "nocountedinputfromthisjudge" not in text


def test_an_english_report_prints_them_as_the_merge_words_them(tmp_path: Path) -> None:
    text = _pdf_text(_with_problems("en"), tmp_path)
    assert "nocountedinputfromthisjudge" in text and "该评委没有计入的评分" not in text


def test_the_workbook_says_the_same() -> None:
    book = openpyxl.load_workbook(io.BytesIO(ranking_xlsx(_with_problems("zh"))))
    said = [row[3] for row in book["问题"].iter_rows(min_row=2, values_only=True)]
    assert {"该评委没有计入的评分", "其他评审活动的评分；不计入"} <= set(said)
    assert not any(text.isascii() for text in said if text != "a message no template fits")


def test_every_catalogue_text_has_its_chinese_in_the_committed_file() -> None:
    from scoring import message_catalogue as catalogue

    table = read_messages(TS_FILE)
    missing = [template for template, _ in catalogue.RULES if template not in table]
    assert missing == []


def test_an_unreadable_translation_file_leaves_the_english(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ts"
    broken.write_text("<TS><context>", encoding="utf-8")
    assert read_messages(broken) == {} and read_messages(tmp_path / "none.ts") == {}


@pytest.mark.parametrize("zh", [True, False])
def test_a_problem_without_a_message_prints_no_empty_detail(zh: bool) -> None:
    shown = problem_message({"kind": "judge_missing"}, zh)
    assert "详情" not in shown and "details" not in shown
    assert bool(shown) == zh  # what the kind means, in Chinese; nothing made up in English
