"""ranking.xlsx, read back with openpyxl and pandas and compared with results.json."""

from __future__ import annotations

import copy
import dataclasses
import io
import zipfile
from decimal import Decimal
from pathlib import Path, PureWindowsPath
from typing import Any

import openpyxl
import pandas as pd
import pytest

from reports.data import JudgeSheet, ReportData
from reports.xlsx import ranking_xlsx
from reports.xlsx_cells import sheet_name
from scoring.model import Category, Event, Judge, Project, RankingRules
from scoring.ranking import Sheet, rank
from scoring.results import InputRecord, build_results
from scoring.rubric import DEFAULT_DIMENSIONS

DEMO_SHEETS = ["总排名", "改革创新", "攻坚克难", "评分明细", "评委", "问题"]
DIMENSIONS = ["创新立意", "创新举措", "影响范围"]


# -- helpers ----------------------------------------------------------------------------------
def workbook(data: ReportData) -> tuple[bytes, openpyxl.Workbook]:
    content = ranking_xlsx(data)
    return content, openpyxl.load_workbook(io.BytesIO(content))


def frames(content: bytes, **kwargs: Any) -> dict[str, pd.DataFrame]:
    return pd.read_excel(io.BytesIO(content), sheet_name=None, **kwargs)


def shown(cell: Any) -> str:
    """The text Excel displays for a numeric cell with a '0.00'-style format."""
    fmt = cell.number_format
    assert fmt == "0" or (fmt.startswith("0.") and set(fmt[2:]) == {"0"}), fmt
    places = len(fmt) - 2 if fmt != "0" else 0
    return format(Decimal(repr(cell.value)), f".{places}f")


def header(sheet: Any) -> list[Any]:
    return [c.value for c in next(sheet.iter_rows(min_row=1, max_row=1))]


def widths(sheet: Any) -> dict[int, float]:
    """Column number → width; one <col> element may cover several equal columns."""
    return {
        i: d.width
        for d in sheet.column_dimensions.values()
        if d.min
        for i in range(d.min, d.max + 1)
    }


def score_count(data: ReportData) -> int:
    return sum(len(v) for s in data.sheets for v in s.content.scores.values())


# -- the demo event -----------------------------------------------------------------------------
def test_demo_sheets_headers_and_layout(demo_report: ReportData) -> None:
    _, book = workbook(demo_report)
    assert book.sheetnames == DEMO_SHEETS
    assert header(book["总排名"]) == [
        "总排名", "编号", "项目名称", "参评单位", "类别", "类别内排名", *DIMENSIONS,
        "最终得分", "评分人数", "并列", "入选", "提示",
    ]  # fmt: skip
    assert header(book["改革创新"]) == header(book["总排名"])
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2", sheet.title
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}" + (
            f"{sheet.max_row}"
        )
        assert all(c.font.b for c in next(sheet.iter_rows(min_row=1, max_row=1)))
    ranking = book["总排名"]
    widths = {h: ranking.column_dimensions[c.column_letter].width for h, c in zip(
        header(ranking), ranking[1], strict=True)}  # fmt: skip
    longest = max(len(p["title"]) for p in demo_report.projects())
    assert widths["项目名称"] >= min(2 * longest, 60)  # CJK counts double
    assert widths["编号"] < widths["参评单位"] < widths["项目名称"]


def test_demo_values_equal_results(demo_report: ReportData) -> None:
    content, book = workbook(demo_report)
    results = demo_report.project_results()
    dims = [d.key for d in demo_report.event.dimensions]
    read = frames(content)
    overall = read["总排名"]
    assert len(overall) == len(results) == 34
    assert list(overall["编号"]) == sorted(results, key=lambda c: results[c]["rank_overall"])
    for category in demo_report.event.categories:
        table = read[category.name]
        expected = [p["code"] for p in demo_report.projects() if p["category"] == category.key]
        assert list(table["编号"]) == expected  # category rank order, each project once
    for name in ("总排名", "改革创新", "攻坚克难"):
        for _, row in read[name].iterrows():
            p = results[row["编号"]]
            assert row["项目名称"] == p["title"] and row["参评单位"] == p["unit"]
            assert row["类别"] == demo_report.category_name(p["category"])
            assert int(row["总排名"]) == p["rank_overall"]
            assert int(row["类别内排名"]) == p["rank_in_category"]
            assert int(row["评分人数"]) == p["n_scores"]
            assert row["并列"] == ("是" if p["tied"] else "否")
            assert row["入选"] == ("是" if p["selected"] else "否")
            places = demo_report.results["method"]["decimals"]
            assert Decimal(f"{row['最终得分']:.{places}f}") == Decimal(p["final"])
            for key, label in zip(dims, DIMENSIONS, strict=True):
                assert Decimal(f"{row[label]:.{places}f}") == Decimal(p["dimensions"][key])
    # The displayed text (value through its number format) is exactly the results string,
    # for every project on every ranking sheet.
    for name in ("总排名", "改革创新", "攻坚克难"):
        sheet = book[name]
        columns = {h: i for i, h in enumerate(header(sheet))}
        seen = 0
        for row in sheet.iter_rows(min_row=2):
            p = results[row[columns["编号"]].value]
            assert row[columns["最终得分"]].data_type == "n"
            assert shown(row[columns["最终得分"]]) == p["final"]
            for key, label in zip(dims, DIMENSIONS, strict=True):
                assert row[columns[label]].data_type == "n"
                assert shown(row[columns[label]]) == p["dimensions"][key]
            for label in ("总排名", "类别内排名", "评分人数"):
                assert type(row[columns[label]].value) is int
            seen += 1
        assert seen == len(read[name])


def test_demo_flags_text(demo_report: ReportData) -> None:
    read = frames(workbook(demo_report)[0])["总排名"].set_index("编号")
    for p in demo_report.projects():
        note = read.loc[p["code"], "提示"]
        if not p["flags"]:
            assert pd.isna(note)
        for flag in p["flags"]:
            if flag["kind"] == "tie_broken":
                assert flag["with"] in note and "创新举措" in note, note


def test_demo_scores_judges_problems(demo_report: ReportData) -> None:
    content, book = workbook(demo_report)
    read = frames(content, dtype=str)
    scores = read["评分明细"]
    assert len(scores) == score_count(demo_report) == 711
    assert list(scores.columns) == [
        *("评委编号", "评委姓名", "项目编号", "维度键", "维度"),
        *("分值", "计分", "来源", "校验码", "备注"),
    ]
    codes = {s.judge.id: s.verification_code for s in demo_report.sheets}
    assert dict(zip(scores["评委编号"], scores["校验码"], strict=True)) == codes
    assert set(scores.loc[scores["评委编号"] == "J07", "来源"]) == {"纸质评分表"}
    assert set(scores.loc[scores["评委编号"] != "J07", "来源"]) == {"评分文件"}
    # Whether each score counted comes from the trace: a kept total, a trimmed one, or neither.
    for p in demo_report.projects():
        for t in p["trace"]:
            rows = scores[(scores["评委编号"] == t["judge"]) & (scores["项目编号"] == p["code"])]
            assert set(rows["计分"]) == {"被去掉" if t["dropped"] else "计入"}
            for _, row in rows.iterrows():
                assert Decimal(row["分值"]) == Decimal(t["values"][row["维度键"]])
    sheet = book["评分明细"]
    assert sheet["F2"].data_type == "n" and sheet["F2"].number_format == "0.00"
    # Every score is a number displayed as the judge's value with the results' places.
    given = {
        (s.judge.id, code, key): Decimal(str(value))
        for s in demo_report.sheets
        for code, values in s.content.scores.items()
        for key, value in values.items()
    }
    for row in sheet.iter_rows(min_row=2, max_col=6):
        judge, _, code, key, _, value = row
        assert value.data_type == "n" and value.number_format == "0.00"
        assert shown(value) == format(given[(judge.value, code.value, key.value)], ".2f")
    judges = read["评委"]
    assert list(judges["评委编号"]) == [j["id"] for j in demo_report.results["judges"]]
    for source, entry in zip(judges["来源文件"], demo_report.results["judges"], strict=True):
        assert source == PureWindowsPath(entry["source"]).name and "/" not in source
    assert list(judges["状态"]) == ["计入"] * 7
    assert book["评委"]["F2"].value == 1  # revision as an integer
    assert read["问题"].empty and header(book["问题"]) == [
        "类型",
        "评委",
        "项目",
        "说明",
        "来源文件",
    ]


# -- untrusted text -----------------------------------------------------------------------------
def hostile(data: ReportData) -> ReportData:
    """The demo with formula-like text in a title, a unit, a judge name, a comment, a problem."""
    changes = {"title": "=1+1", "unit": "@SUM(A1)"}
    first = data.projects()[0]["code"]
    event = data.event
    projects = tuple(
        dataclasses.replace(p, **changes) if p.code == first else p for p in event.projects
    )
    judges = tuple(
        dataclasses.replace(j, name="+cmd") if j.id == "J01" else j for j in event.judges
    )
    event = dataclasses.replace(event, projects=projects, judges=judges)
    results = copy.deepcopy(dict(data.results))
    for p in results["projects"]:
        if p["code"] == first:
            p.update(changes)
    for j in results["judges"]:
        if j["id"] == "J01":
            j["name"] = "+cmd"
    results["problems"] = [
        {
            "kind": "#N/A",
            "message": '=HYPERLINK("http://x","y")',
            "judge": "-J9",
            "source": "/x/-y.csv",
        },
    ]
    sheets = []
    for s in data.sheets:
        if s.judge.id == "J01":
            rows = {
                code: dataclasses.replace(row, comment="-2")
                for code, row in s.content.sheets.items()
            }
            content = dataclasses.replace(s.content, sheets=rows)
            s = JudgeSheet(event.judge("J01"), s.kind, s.verification_code, content, s.source)
        sheets.append(s)
    return dataclasses.replace(data, event=event, results=results, sheets=tuple(sheets))


def test_formula_text_stays_literal(demo_report: ReportData) -> None:
    data = hostile(demo_report)
    content, book = workbook(data)
    formulas = [
        c.coordinate
        for s in book.worksheets
        for r in s.iter_rows()
        for c in r
        if c.data_type == "f"
    ]
    assert formulas == []
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name)
    literal = {"=1+1", "@SUM(A1)", "+cmd", "-2", '=HYPERLINK("http://x","y")', "-J9", "-y.csv"}
    found = {}
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value in literal:
                    found[cell.value] = cell
                    assert cell.data_type == "s" and cell.quotePrefix, (
                        sheet.title,
                        cell.coordinate,
                    )
    assert set(found) == literal
    read = frames(content, dtype=str)
    first = data.projects()[0]["code"]
    for name in ("总排名", "改革创新"):
        row = read[name].set_index("编号").loc[first]
        assert row["项目名称"] == "=1+1" and row["参评单位"] == "@SUM(A1)"
    scores = read["评分明细"]
    j01 = scores[scores["评委编号"] == "J01"]
    assert set(j01["评委姓名"]) == {"+cmd"} and set(j01["备注"]) == {"-2"}
    assert read["评委"]["姓名"].iloc[0] == "+cmd"
    problem = read["问题"].iloc[0]
    assert problem["说明"] == '=HYPERLINK("http://x","y")' and problem["评委"] == "-J9"
    assert problem["来源文件"] == "-y.csv"
    # pandas reads the text '#N/A' as missing by default; the cell itself is text, not an error.
    assert frames(content, dtype=str, keep_default_na=False)["问题"].iloc[0]["类型"] == "#N/A"
    assert book["问题"]["A2"].value == "#N/A" and book["问题"]["A2"].data_type == "s"


def test_control_characters_and_sheet_names(demo_report: ReportData) -> None:
    categories = (
        Category("reform", "改革/创新:[第一类]*?" + "很长的类别名称" * 5, 1),
        Category("tough", "评委", 2),  # the same name as the Judges sheet
    )
    first = demo_report.projects()[0]["code"]
    projects = tuple(
        dataclasses.replace(p, title="响铃\x07字符") if p.code == first else p
        for p in demo_report.event.projects
    )
    event = dataclasses.replace(demo_report.event, categories=categories, projects=projects)
    results = copy.deepcopy(dict(demo_report.results))
    results["projects"][0]["title"] = "响铃\x07字符"
    _, book = workbook(dataclasses.replace(demo_report, event=event, results=results))
    names = book.sheetnames
    assert len(names) == len({n.casefold() for n in names}) == 6
    assert names[0] == "总排名" and names[3:] == ["评分明细", "评委", "问题"]
    assert names[1].startswith("改革_创新__第一类___很长") and len(names[1]) == 31
    assert names[2] == "评委 (2)"
    assert book[names[1]]["C2"].value == "响铃□字符"


def test_sheet_name_rules() -> None:
    taken = {"history"}
    assert sheet_name("a/b\\c", taken) == "a_b_c"
    assert sheet_name("A/B\\C", taken) == "A_B_C (2)"  # Excel compares names ignoring case
    assert sheet_name("'quoted'", taken) == "quoted"
    assert sheet_name("History", taken) == "History (2)"
    assert sheet_name("   ", taken) == "_"
    long = sheet_name("x" * 40, taken)
    assert long == "x" * 31
    assert sheet_name("x" * 40, taken) == "x" * 27 + " (2)"
    assert len(sheet_name("😀" * 20, taken).encode("utf-16-le")) // 2 <= 31


# -- flags, ties at the cut-off, no scores, English -------------------------------------------
def flagged(language: str) -> ReportData:
    event = Event(
        id="00000000-0000-4000-8000-0000000000a1",
        name="x",
        dimensions=DEFAULT_DIMENSIONS,
        categories=(Category("A", "Cat A", 1),),
        projects=tuple(Project(f"P{i}", f"Project {i}", "U", "A", order=i) for i in range(1, 5)),
        judges=tuple(Judge(f"J{i}", f"Judge {i}", order=i) for i in range(1, 4)),
        rules=RankingRules(top_n=2, decimals=1),
        language=language,
    )
    base = {"P1": "27.5", "P2": "20", "P3": "20"}  # P2 and P3 share rank 2 across the cut-off
    sheets = [
        Sheet(j.id, code, {"concept": Decimal(v), "measures": Decimal("30"), "impact": Decimal(v)})
        for j in event.judges
        for code, v in base.items()
    ]
    ranking = rank(event, sheets, judges=[j.id for j in event.judges])
    inputs = [
        InputRecord(j.id, j.name, f"C:\\in\\{j.id}.psscore", "score-file", f"C{j.id}", "counted")
        for j in event.judges
    ]
    return ReportData(event, build_results(ranking, "PKG", inputs), ())


@pytest.mark.parametrize("language", ["zh", "en"])
def test_tie_at_cutoff_and_no_scores(language: str) -> None:
    data = flagged(language)
    content, book = workbook(data)
    zh = language == "zh"
    assert book.sheetnames == (
        ["总排名", "Cat A", "评分明细", "评委", "问题"]
        if zh
        else ["Ranking", "Cat A", "Scores", "Judges", "Problems"]
    )
    sheet = book.worksheets[0]
    columns = {h: i for i, h in enumerate(header(sheet))}
    rows = {r[columns["编号" if zh else "Code"]].value: r for r in sheet.iter_rows(min_row=2)}
    selected = "入选" if zh else "Selected"
    assert [rows[c][columns[selected]].value for c in ("P1", "P2", "P3", "P4")] == (
        ["是", "待定", "待定", "否"] if zh else ["yes", "panel decides", "panel decides", "no"]
    )
    final = "最终得分" if zh else "Final"
    assert shown(rows["P1"][columns[final]]) == "85.0"  # one decimal place, as published
    assert rows["P4"][columns[final]].value is None  # no scores: empty, not zero
    assert rows["P4"][0].value is None  # and no rank
    notes = rows["P2"][columns["提示" if zh else "Notes"]].value
    assert ("入选线" if zh else "cut-off") in notes
    assert ("未去掉最高最低分" if zh else "not trimmed") in notes
    no_scores = rows["P4"][columns["提示" if zh else "Notes"]].value
    assert no_scores.startswith("无评分；J1 未评分" if zh else "no scores; J1 has no score")
    judges = frames(content)["评委" if zh else "Judges"]
    assert list(judges.iloc[:, 2]) == ["J1.psscore", "J2.psscore", "J3.psscore"]  # Windows paths


def test_text_that_looks_like_a_number_or_a_link_stays_text() -> None:
    data = flagged("en")
    results = copy.deepcopy(dict(data.results))
    p1 = next(p for p in results["projects"] if p["code"] == "P1")
    p1.update(title="https://example.com/x", unit="0012")
    _, book = workbook(dataclasses.replace(data, results=results))
    sheet = book["Ranking"]
    columns = {h: i for i, h in enumerate(header(sheet))}
    row = next(r for r in sheet.iter_rows(min_row=2) if r[columns["Code"]].value == "P1")
    title, unit = row[columns["Title"]], row[columns["Unit"]]
    assert (title.value, title.data_type, title.hyperlink) == ("https://example.com/x", "s", None)
    assert (unit.value, unit.data_type) == ("0012", "s")
    assert not title.quotePrefix and not unit.quotePrefix  # only text Excel would run
    assert all(not s._hyperlinks for s in book.worksheets)


def test_layout_of_every_sheet(demo_report: ReportData) -> None:
    _, book = workbook(hostile(demo_report))
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2", sheet.title
        last = sheet.cell(1, sheet.max_column).column_letter
        assert sheet.auto_filter.ref == f"A1:{last}{sheet.max_row}", sheet.title
        first = next(sheet.iter_rows(min_row=1, max_row=1))
        assert all(c.font.b and c.data_type == "s" for c in first), sheet.title
        fitted = widths(sheet)
        assert sorted(fitted) == list(range(1, sheet.max_column + 1)), sheet.title
        # The fitted width itself, in whole characters: no cell padding added on top.
        assert all(w == int(w) and 6 <= w <= 60 for w in fitted.values()), (sheet.title, fitted)
    ranking = book["总排名"]
    fitted = widths(ranking)
    columns = {h: i for i, h in enumerate(header(ranking), start=1)}
    # A header of two CJK characters + the filter button: 2 × 2 + 4, plus 2 of margin.
    assert fitted[columns["并列"]] == 2 * 2 + 4 + 2


def test_render_is_reproducible(demo_report: ReportData) -> None:
    def created(content: bytes) -> bytes:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            core = archive.read("docProps/core.xml")
        return core.split(b"<dcterms:created", 1)[1].split(b"</dcterms:created>", 1)[0]

    first, second = ranking_xlsx(demo_report), ranking_xlsx(demo_report)
    assert first == second
    assert demo_report.event.date == "2023-12-14"
    assert created(first).endswith(b">2023-12-14T12:00:00Z")  # the event's date, not now
    for date, expected in [("2024年6月1日", b"2024-06-01"), ("", b"2000-01-01"), ("x", b"2000")]:
        data = dataclasses.replace(
            demo_report, event=dataclasses.replace(demo_report.event, date=date)
        )
        content = ranking_xlsx(data)
        assert content == ranking_xlsx(data)
        assert expected in created(content), date


# -- 250 projects × 40 judges -------------------------------------------------------------------
@pytest.mark.slow
def test_big_event(tmp_path: Path) -> None:
    from demo.synthetic import build_synthetic
    from publish.data import report_data
    from storage.merge import merge

    package, folder = build_synthetic(tmp_path, per_category=125, judges=40)
    data = report_data(merge(package, [folder]))
    read = frames(ranking_xlsx(data))
    assert list(read) == ["总排名", "类别A", "类别B", "评分明细", "评委", "问题"]
    assert len(read["总排名"]) == 250 and read["总排名"]["编号"].is_unique
    assert len(read["类别A"]) == len(read["类别B"]) == 125
    assert len(read["评分明细"]) == score_count(data) == 30_000
    assert len(read["评委"]) == 40
