"""The event workbook: template, round trip, zh/en names, and every problem placed on its cell."""

from __future__ import annotations

import copy
import uuid
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from scoring.model import (
    Band,
    Category,
    Conflict,
    Dimension,
    Event,
    Judge,
    Project,
    RankingRules,
)
from scoring.rubric import DEFAULT_DIMENSIONS
from storage.errors import CellProblem, InputError, WorkbookError
from storage.workbook import read_workbook, write_template, write_workbook

GOOD: dict[str, list[list[object]]] = {
    "Event": [["项目", "值"], ["名称", "2025年区改革创新项目评审会"], ["日期", "2025-06-20"]],
    "Rubric": [
        ["键", "名称", "满分"],
        ["concept", "创新立意", 30],
        ["measures", "创新举措", 40],
        ["impact", "影响范围", 30],
    ],
    "Categories": [["键", "名称", "顺序"], ["reform", "改革创新", 1], ["hard", "攻坚克难", 2]],
    "Projects": [
        ["编号", "项目名称", "参评单位", "类别"],
        ["G01", "一网通办再提速", "区政务服务中心", "reform"],
        ["G02", "老旧小区加装电梯", "区住建局", "攻坚克难"],
    ],
    "Judges": [["编号", "姓名", "评审类别"], ["J01", "张明", ""], ["J02", "李华", "reform"]],
    "Conflicts": [["评委编号", "项目编号", "参评单位", "原因"], ["J01", "G01", "", "曾参与"]],
}


def write_book(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def good(**changes: list[list[object]]) -> dict[str, list[list[object]]]:
    sheets = copy.deepcopy(GOOD)
    sheets.update(changes)
    return sheets


def problems_of(path: Path) -> list[CellProblem]:
    with pytest.raises(WorkbookError) as caught:
        read_workbook(path)
    assert caught.value.kind == "bad_workbook"
    return caught.value.problems


def built_event() -> Event:
    dims = (
        Dimension(
            "concept",
            "创新立意",
            "Innovation concept",
            Decimal(30),
            Decimal("0.25"),
            (Band("优", Decimal(27), Decimal(30)), Band("良", Decimal(21), Decimal("26.75"))),
        ),
        Dimension("measures", "创新举措", "Innovation measures", Decimal(40)),
        Dimension("impact", "影响范围", "Scope of impact", Decimal("30"), Decimal(1)),
    )
    return Event(
        id=str(uuid.uuid4()),
        name="2025年区改革创新项目现场评审会",
        dimensions=dims,
        categories=(Category("reform", "改革创新", 1), Category("hard", "攻坚克难", 2)),
        projects=(
            Project("007", "“一件事”集成办理", "区政务服务中心", "reform", "王芳", 1, "多行\n简介"),
            Project("G02", '=HYPERLINK("x")', "区住建局", "hard", order=2),
            Project("G03", "街道综合执法改革", "区住建局", "hard", order=3),
        ),
        judges=(
            Judge("J01", "张明", "区委党校", "高校学者", 1),
            Judge("007", "李华", "日报社", "媒体代表", 2, ("reform", "hard")),
        ),
        conflicts=(
            Conflict("J01", project="007", reason="曾参与"),
            Conflict("007", unit="区住建局"),
        ),
        rules=RankingRules(
            aggregate="median",
            trim=2,
            min_judges_for_trim=7,
            basis="dimension",
            decimals=3,
            tie_break=("impact", "concept"),
            top_n=5,
            deviation_limit=Decimal("12.5"),
            presentation_minutes=10,
            qa_minutes=6,
        ),
        date="2025-06-20",
        venue="区行政中心 3 楼会议室",
        organiser="区绩效办",
        language="en",
    )


# -- template ------------------------------------------------------------------------------
def test_template_layout(tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    write_template(path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Event", "Rubric", "Categories", "Projects", "Judges", "Conflicts"]
    assert [c.value for c in book["Projects"][1]] == [
        "编号",
        "项目名称",
        "参评单位",
        "类别",
        "陈述人",
        "顺序",
        "简介",
    ]
    for sheet in book:
        assert sheet.freeze_panes == "A2"
        assert sheet["A1"].font.bold
        assert sheet.column_dimensions["A"].width >= 8
    fields = {row[0]: row[1] for row in book["Event"].iter_rows(min_row=2, values_only=True)}
    assert fields["名称"] is None
    assert fields["计分方法"] == "trimmed" and fields["去掉最高最低各"] == 1
    assert fields["最少评委数"] == 5 and fields["偏离提示分差"] == 15
    assert uuid.UUID(fields["编号"]).version == 4
    rubric = list(book["Rubric"].iter_rows(min_row=2, values_only=True))
    assert rubric[1] == (
        "measures",
        "创新举措",
        "Innovation measures",
        40,
        0.5,
        "优 36-40; 良 28-35.5; 中 20-27.5; 差 0-19.5",
    )
    assert rubric[0][5] == "优 27-30; 良 21-26.5; 中 15-20.5; 差 0-14.5"
    assert book["Judges"].max_row == 1


def test_template_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    write_template(path)
    book = openpyxl.load_workbook(path)
    book["Event"]["B2"] = "测试评审会"  # the clerk names the event
    book.save(path)
    event = read_workbook(path)
    assert event.name == "测试评审会"
    assert event.dimensions == DEFAULT_DIMENSIONS
    assert event.tie_break == ("measures", "concept", "impact")
    assert event.projects == () and event.judges == () and event.conflicts == ()
    assert event.rules == RankingRules()
    assert event.id == book["Event"]["B17"].value


def test_untouched_template_asks_for_a_name(tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    write_template(path)
    assert problems_of(path) == [CellProblem("Event", 2, "值", "the event has no name")]


# -- round trip ----------------------------------------------------------------------------
def test_write_read_round_trip(tmp_path: Path) -> None:
    event = built_event()
    path = tmp_path / "event.xlsx"
    write_workbook(event, path)
    assert read_workbook(path) == event
    book = openpyxl.load_workbook(path)
    assert book["Projects"]["B3"].data_type == "s"  # never a formula


def test_codes_stay_text(tmp_path: Path) -> None:
    sheets = good()
    sheets["Projects"][1][0] = "007"
    sheets["Projects"][2][0] = 101  # typed as a number in Excel
    sheets["Judges"][1][0] = "0042"
    sheets["Conflicts"][1][:2] = ["0042", "007"]
    event = read_workbook(write_book(tmp_path / "e.xlsx", sheets))
    assert [p.code for p in event.projects] == ["007", "101"]
    assert event.judges[0].id == "0042"
    assert event.conflicts == (Conflict("0042", "007", "", "曾参与"),)


# -- names and text forms ------------------------------------------------------------------
def test_english_sheets_headers_and_fields(tmp_path: Path) -> None:
    sheets = {
        "event": [
            ["Field", "Value"],
            ["name", "Review day"],
            ["aggregate", "Mean"],
            ["tie_break", "创新举措， Innovation concept"],
            ["language", "EN"],
        ],
        " RUBRIC ": [
            ["Key", "Name", "Name_EN", "Max", "Step", "Guidance"],
            ["concept", "创新立意", "Innovation concept", "30", "1", "A 27～30；B 20~26; C 0–19"],
            ["measures", "创新举措", "", 40, "", ""],
        ],
        "Categories": [["KEY", "name"], ["reform", "Reform"]],
        "projects": [
            ["code ", " TITLE", "Unit", "category", "Presenter"],
            ["P1", "One window", "Office A", "Reform", "Wang"],
        ],
        "Judges": [["id", "name", "categories"], ["J1", "Zhang", "reform"]],
        "Conflicts": [["judge", "unit"], ["Zhang", "Office A"]],
    }
    event = read_workbook(write_book(tmp_path / "e.xlsx", sheets))
    assert event.name == "Review day" and event.language == "en"
    assert event.rules.aggregate == "mean"
    assert event.rules.tie_break == ("measures", "concept")
    concept, measures = event.dimensions
    assert concept.step == 1 and measures.step == Decimal("0.5")
    assert measures.name_en == "measures"
    assert concept.guidance == (
        Band("A", Decimal(27), Decimal(30)),
        Band("B", Decimal(20), Decimal(26)),
        Band("C", Decimal(0), Decimal(19)),
    )
    assert event.projects[0].category == "reform"
    assert event.projects[0].presenter == "Wang"
    assert event.conflicts == (Conflict("J1", "", "Office A"),)


def test_headers_with_odd_case_and_spaces(tmp_path: Path) -> None:
    sheets = good()
    sheets["评审会"] = [[" 项目 ", "值  "], ["名称", "评审会"]]
    del sheets["Event"]
    sheets["Projects"][0] = ["  编号", "项目名称 ", " 参评单位", "类别(category)"]
    sheets["Rubric"][0] = ["KEY", "名称", "满分 (max)"]
    event = read_workbook(write_book(tmp_path / "e.xlsx", sheets))
    assert [p.category for p in event.projects] == ["reform", "hard"]
    assert event.dimension("measures").max == 40


def test_missing_id_is_derived_the_same_way_each_time(tmp_path: Path) -> None:
    first = read_workbook(write_book(tmp_path / "a.xlsx", good()))
    again = read_workbook(write_book(tmp_path / "b.xlsx", good()))
    other = good(Event=[["项目", "值"], ["名称", "另一场评审会"], ["日期", "2025-06-20"]])
    assert first.id == again.id != read_workbook(write_book(tmp_path / "c.xlsx", other)).id
    assert uuid.UUID(first.id).version == 5


def test_empty_rows_are_skipped(tmp_path: Path) -> None:
    sheets = good()
    sheets["Projects"].insert(2, [None, None, None, None])
    event = read_workbook(write_book(tmp_path / "e.xlsx", sheets))
    assert [p.code for p in event.projects] == ["G01", "G02"]


# -- problems, each on its cell ------------------------------------------------------------
def test_missing_projects_sheet(tmp_path: Path) -> None:
    sheets = good()
    del sheets["Projects"]
    problems = problems_of(write_book(tmp_path / "e.xlsx", sheets))
    assert problems[0] == CellProblem("Projects", None, "", "the sheet 项目 / Projects is missing")
    # No echoes: the conflict naming G01 is not reported as an unknown project.
    assert len(problems) == 1


def test_missing_required_column(tmp_path: Path) -> None:
    sheets = good(Rubric=[["键", "名称"], ["concept", "创新立意"]])
    problems = problems_of(write_book(tmp_path / "e.xlsx", sheets))
    assert problems == [
        CellProblem("Rubric", 1, "满分 / max", "the required column 满分 / max is missing")
    ]


def test_duplicate_project_code(tmp_path: Path) -> None:
    sheets = good()
    sheets["Projects"].append(["G01", "又一个", "区财政局", "reform"])
    problems = problems_of(write_book(tmp_path / "e.xlsx", sheets))
    assert problems == [CellProblem("Projects", 4, "编号", "'G01' appears more than once")]


def test_unknown_category(tmp_path: Path) -> None:
    sheets = good()
    sheets["Projects"][2][3] = "民生"
    sheets["Judges"][2][2] = "reform、民生"
    problems = problems_of(write_book(tmp_path / "e.xlsx", sheets))
    assert CellProblem("Projects", 3, "类别", "unknown category '民生'") in problems
    assert CellProblem("Judges", 3, "评审类别", "unknown category '民生'") in problems


def test_max_must_be_a_multiple_of_the_step(tmp_path: Path) -> None:
    fine = good(Rubric=[["键", "名称", "满分", "步长"], ["concept", "创新立意", 30, 0.25]])
    assert read_workbook(write_book(tmp_path / "a.xlsx", fine)).dimensions[0].step == Decimal(
        "0.25"
    )
    bad = good(
        Rubric=[["键", "名称", "满分", "步长"], ["a", "甲", 30, 0.5], ["b", "乙", 30.1, 0.5]]
    )
    problems = problems_of(write_book(tmp_path / "b.xlsx", bad))
    message = "the maximum 30.1 is not a multiple of the step 0.5"
    assert problems == [CellProblem("Rubric", 3, "满分", message)]


def test_unknown_judge_and_project_in_conflicts(tmp_path: Path) -> None:
    sheets = good()
    sheets["Conflicts"] += [["J09", "G02", "", ""], ["J02", "G99", "", ""], ["J02", "", "", ""]]
    problems = problems_of(write_book(tmp_path / "e.xlsx", sheets))
    assert [(p.sheet, p.row, p.column) for p in problems] == [
        ("Conflicts", 3, "评委编号"),
        ("Conflicts", 4, "项目编号"),
        ("Conflicts", 5, "项目编号"),
    ]
    assert "J09" in problems[0].message and "G99" in problems[1].message


def test_every_problem_is_listed(tmp_path: Path) -> None:
    sheets = good()
    sheets["Event"] += [["计分方法", "average"], ["入选数", "十"], ["颜色", "红"]]
    sheets["Rubric"][1][2] = "三十"
    sheets["Categories"][2][2] = 1.5
    sheets["Projects"][1][1] = ""
    sheets["Rubric"][0].append("评分指引")
    sheets["Rubric"][2].append("优 36-45")
    problems = problems_of(write_book(tmp_path / "e.xlsx", sheets))
    assert set(problems) == {
        CellProblem("Event", 4, "值", "'average' is not one of mean / median / trimmed / zscore"),
        CellProblem("Event", 5, "值", "'十' is not a number"),
        CellProblem("Event", 6, "项目", "'颜色' is not a known field"),
        CellProblem("Rubric", 2, "满分", "'三十' is not a number"),
        CellProblem("Categories", 3, "顺序", "'1.5' is not a whole number"),
        CellProblem("Projects", 2, "项目名称", "the title is empty"),
        CellProblem("Rubric", 3, "评分指引", "the guidance band '优 36–45' is outside 0–40"),
    }
    assert len(problems) == 7


# -- files that are not workbooks ----------------------------------------------------------
def test_text_file_renamed_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "event.xlsx"
    path.write_text("编号,项目名称\nG01,一网通办\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_workbook(path)
    assert "not an Excel workbook" in caught.value.message
    assert caught.value.kind == "bad_workbook"


def test_damaged_workbook(tmp_path: Path) -> None:
    path = write_book(tmp_path / "e.xlsx", good())
    path.write_bytes(path.read_bytes()[:-200])  # cut off, as by a pulled USB stick
    with pytest.raises(InputError) as caught:
        read_workbook(path)
    assert "damaged" in caught.value.message or "not an Excel workbook" in caught.value.message


def test_oversized_and_missing_files(tmp_path: Path) -> None:
    big = tmp_path / "big.xlsx"
    with big.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)
    with pytest.raises(InputError, match="larger than 20 MB"):
        read_workbook(big)
    with pytest.raises(InputError, match="no event workbook file"):
        read_workbook(tmp_path / "absent.xlsx")
