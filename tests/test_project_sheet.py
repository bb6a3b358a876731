"""Projects from an arbitrary sheet: reading, guessing the mapping, applying it row by row."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from storage.errors import InputError
from storage.project_sheet import (
    SheetGrid,
    apply_mapping,
    column_letter,
    guess_mapping,
    read_sheet,
)

CATEGORIES = [{"key": "reform", "name": "改革创新", "order": 1}]


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_xlsx_with_a_title_line_other_names_and_order(tmp_path: Path) -> None:
    """The issue's case: columns named differently from the template and in another order."""
    path = write_xlsx(
        tmp_path / "名单.xlsx",
        [
            ["2024年度改革创新项目汇总表"],
            ["组别", "项目全称", "序号", "汇报人", "申报单位名称", "答辩顺序", "摘要"],
            ["改革创新", "一网通办", "A1", "王五", "甲街道", 2, "简介一"],
            ["难题破解", "加装电梯", "A2", "赵六", "乙社区", 1.0, ""],
        ],
    )
    grid = read_sheet(path)
    assert grid.guess_header_row() == 2
    headers = grid.headers(2)
    mapping = guess_mapping(headers)
    named = {key: headers[i] for key, i in mapping.items() if i is not None}
    assert named == {
        "code": "序号",
        "title": "项目全称",
        "unit": "申报单位名称",
        "category": "组别",
        "presenter": "汇报人",
        "order": "答辩顺序",
        "summary": "摘要",
    }
    result = apply_mapping(grid, 2, mapping, CATEGORIES)
    assert result.problems == []
    assert result.projects == [
        {
            "code": "A1",
            "title": "一网通办",
            "unit": "甲街道",
            "category": "reform",  # matched by the category's name
            "presenter": "王五",
            "order": 2,
            "summary": "简介一",
        },
        {
            "code": "A2",
            "title": "加装电梯",
            "unit": "乙社区",
            "category": "难题破解",  # unknown: a new category, key = name
            "presenter": "赵六",
            "order": 1,
            "summary": "",
        },
    ]
    assert result.new_categories == [{"key": "难题破解", "name": "难题破解", "order": 2}]


def test_english_headers_and_the_preferred_code_column() -> None:
    assert guess_mapping(["Title", "Code", "Unit", "Group", "Speaker", "Order", "Abstract"]) == {
        "code": 1,
        "title": 0,
        "unit": 2,
        "category": 3,
        "presenter": 4,
        "order": 5,
        "summary": 6,
    }
    # 项目编号 is the code even when a row number 序号 comes first; 单位名称 is a unit.
    mapping = guess_mapping(["序号", "项目编号", "项目名称", "单位名称", "备注"])
    assert (mapping["code"], mapping["title"], mapping["unit"]) == (1, 2, 3)
    assert mapping["category"] is None and mapping["summary"] is None


def test_csv_in_gb18030_with_semicolons(tmp_path: Path) -> None:
    path = tmp_path / "projects.csv"
    path.write_bytes("编号;名称;单位;类别\nG01;一网通办;甲;reform\n".encode("gb18030"))
    grid = read_sheet(path)
    assert grid.rows == (("编号", "名称", "单位", "类别"), ("G01", "一网通办", "甲", "reform"))
    result = apply_mapping(grid, 1, guess_mapping(grid.headers(1)), CATEGORIES)
    assert [p["code"] for p in result.projects] == ["G01"]
    assert result.new_categories == []


def test_problems_name_row_and_column() -> None:
    grid = SheetGrid(
        "x.csv",
        (
            ("编号", "名称", "单位", "顺序"),
            ("G01", "甲项目", "甲", "1"),
            ("", "无编号", "乙", ""),
            ("G01", "重复", "丙", ""),
            ("G02", "", "", "第二"),
            ("", "", "", ""),
            ("G03", "丁项目", "丁", "2.5"),
        ),
    )
    result = apply_mapping(grid, 1, guess_mapping(grid.headers(1)), existing_codes=["G03"])
    assert [str(p) for p in result.problems] == [
        "row 3, column 编号: the code is empty; the row is not imported",
        "row 4, column 编号: the code G01 is also on row 2; not imported",
        "row 5, column 名称: the title is empty",
        "row 5, column 单位: the unit is empty",
        "row 5, column 顺序: '第二' is not a whole number; the order is left at 0",
        "row 7, column 编号: the project G03 already exists; not imported",
    ]
    assert [p["code"] for p in result.projects] == ["G01", "G02"]
    assert result.skipped == 3
    assert [(r.row, r.imported) for r in result.rows] == [
        (2, True),
        (3, False),
        (4, False),
        (5, True),
        (7, False),
    ]
    assert result.rows[2].values["title"] == "重复"
    with pytest.raises(ValueError, match="title"):
        apply_mapping(grid, 1, {"code": 0})


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("a.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "Excel 97"),
        ("a.xlsx", b"PK\x03\x04 not really", "not an Excel workbook"),
        ("a.txt", b"x", ".xlsx"),
        ("a.csv", b"", "empty"),
        ("a.csv", b"a,b\x00c", "not a CSV"),
    ],
)
def test_unusable_files_are_refused(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    if name == "a.xls":
        path = path.rename(tmp_path / "a.xlsx")
    with pytest.raises(InputError, match=message) as caught:
        read_sheet(path)
    assert caught.value.kind == "bad_project_sheet"


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]
