"""Paper sheets: csv in UTF-8 (with or without BOM) or GB18030, xlsx, and clear refusals."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from scoring.model import Category, Event, Judge, Project
from scoring.rubric import DEFAULT_DIMENSIONS
from storage.errors import InputError
from storage.paper import PaperRow, read_paper_sheet, write_paper_sheet

EVENT = Event(
    id="00000000-0000-4000-8000-000000000002",
    name="评审会",
    dimensions=DEFAULT_DIMENSIONS,
    categories=(Category("reform", "改革创新"),),
    projects=(
        Project("G01", "一网通办", "甲单位", "reform"),
        Project("007", "加装电梯", "乙", "reform"),
    ),
    judges=(Judge("J01", "张明"),),
)
HEADER_ZH = "评委编号,项目编号,创新立意,创新举措,影响范围,备注"


def refusal(path: Path) -> str:
    with pytest.raises(InputError) as caught:
        read_paper_sheet(path, EVENT)
    assert caught.value.kind == "bad_paper_sheet"
    return caught.value.message


def test_csv_round_trip_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "J01.csv"
    rows = [
        ("G01", {"concept": Decimal("27.5"), "measures": Decimal(36), "impact": Decimal(25)}, "好"),
        ("007", {"concept": Decimal(20), "measures": Decimal("30.5")}, "=不是公式"),
    ]
    write_paper_sheet(path, EVENT, "J01", rows)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data[3:].decode("utf-8").splitlines()[0] == HEADER_ZH
    sheet = read_paper_sheet(path, EVENT)
    assert sheet.judge == "J01" and sheet.source == str(path)
    assert sheet.rows == (
        PaperRow("G01", rows[0][1], "好", 2),
        PaperRow("007", rows[1][1], "=不是公式", 3),  # blank impact: no score
    )
    assert "impact" not in sheet.rows[1].values


def test_csv_without_bom_and_columns_by_key(tmp_path: Path) -> None:
    path = tmp_path / "J01.csv"
    text = "judge,project,concept,MEASURES,Scope of impact,comment\nJ01,G01,27,36.5,25,\n\n"
    path.write_text(text + "J01,007,20,30,21,补录\n", encoding="utf-8")
    sheet = read_paper_sheet(path, EVENT)
    assert [(r.project, r.row) for r in sheet.rows] == [("G01", 2), ("007", 4)]
    assert sheet.rows[0].values == {
        "concept": Decimal(27),
        "measures": Decimal("36.5"),
        "impact": Decimal(25),
    }
    assert sheet.rows[1].comment == "补录"


def test_gb18030_csv(tmp_path: Path) -> None:
    path = tmp_path / "J01.csv"
    path.write_bytes(f"{HEADER_ZH}\r\nJ01,G01,28,35,26,材料翔实\r\n".encode("gb18030"))
    sheet = read_paper_sheet(path, EVENT)
    assert sheet.rows[0].comment == "材料翔实"
    assert sheet.rows[0].values["measures"] == Decimal(35)


def test_xlsx_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "J01.xlsx"
    rows = [
        ("007", {"concept": Decimal("27.5"), "measures": Decimal(36), "impact": Decimal(0)}, "")
    ]
    write_paper_sheet(path, EVENT, "J01", rows)
    sheet = read_paper_sheet(path, EVENT)
    assert sheet.rows == (PaperRow("007", rows[0][1], "", 2),)
    assert openpyxl.load_workbook(path).active["A1"].value == "评委编号"


def test_xlsx_typed_by_hand_with_chinese_names(tmp_path: Path) -> None:
    path = tmp_path / "paper.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["评分表"])  # a title line above the header
    book.active.append([])  # and a blank row: Excel row numbers must still be right
    book.active.append(["评委编号", "项目编号", "影响范围", "创新立意", "创新举措"])
    book.active.append(["J01", "G01", 25, 27.5, "36"])
    book.save(path)
    sheet = read_paper_sheet(path, EVENT)
    assert sheet.rows == (
        PaperRow(
            "G01",
            {"impact": Decimal(25), "concept": Decimal("27.5"), "measures": Decimal(36)},
            "",
            4,
        ),
    )


def test_two_judges_in_one_sheet(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_text(f"{HEADER_ZH}\nJ01,G01,1,1,1,\nJ02,007,1,1,1,\n", encoding="utf-8")
    message = refusal(path)
    assert "more than one judge" in message and "J02 (row 3)" in message


def test_a_project_typed_twice_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "J01.csv"
    path.write_text(f"{HEADER_ZH}\nJ01,G01,27,36,25,\nJ01,G01,20,30,20,\n", encoding="utf-8")
    assert refusal(path) == "row 3: project G01 is also on row 2"


def test_not_a_number_names_row_and_column(tmp_path: Path) -> None:
    path = tmp_path / "J01.csv"
    path.write_text(f"{HEADER_ZH}\nJ01,G01,27,36,25,\nJ01,007,2O,36,25,\n", encoding="utf-8")
    assert refusal(path) == "row 3, column 创新立意: '2O' is not a number"


def test_blank_judge_and_missing_columns(tmp_path: Path) -> None:
    path = tmp_path / "J01.csv"
    path.write_text(f"{HEADER_ZH}\n,G01,27,36,25,\n", encoding="utf-8")
    assert refusal(path) == "row 2, column 评委编号: the cell is empty"
    path.write_text("评委编号,项目编号,创新立意,创新举措\nJ01,G01,1,1\n", encoding="utf-8")
    assert "影响范围 / impact" in refusal(path)
    path.write_text("评委编号,创新立意,创新举措,影响范围\nJ01,1,1,1\n", encoding="utf-8")
    assert "项目编号 / project" in refusal(path)


def test_files_that_are_not_paper_sheets(tmp_path: Path) -> None:
    text = tmp_path / "J01.txt"
    text.write_text(HEADER_ZH, encoding="utf-8")
    assert "must be a .csv or .xlsx" in refusal(text)
    fake = tmp_path / "J01.xlsx"
    fake.write_text(HEADER_ZH, encoding="utf-8")
    assert "not an Excel workbook" in refusal(fake)
    binary = tmp_path / "J01.csv"
    binary.write_bytes(b"\x00\x01\x02PK" * 10)
    assert "not a CSV text file" in refusal(binary)
    empty = tmp_path / "empty.csv"
    empty.write_text(f"{HEADER_ZH}\n", encoding="utf-8")
    assert refusal(empty) == "the sheet has no scores"


def test_empty_and_unrelated_sheets(tmp_path: Path) -> None:
    path = tmp_path / "J01.csv"
    path.write_bytes(b"\xef\xbb\xbf")
    assert refusal(path) == "the sheet is empty"
    path.write_text("姓名,总分\n张明,88\n", encoding="utf-8")
    message = refusal(path)
    assert message.startswith("columns missing from the header (row 1): 评委编号 / judge")
    folder = tmp_path / "scores.csv"
    folder.mkdir()
    assert refusal(folder) == "this is a folder; choose the paper sheet file"
