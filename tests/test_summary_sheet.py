"""summary-sheet.pdf: judges × projects for signature, checked through the real PDF text."""

from __future__ import annotations

import dataclasses
import re
import subprocess
from pathlib import Path

import pytest

from reports.data import ReportData
from reports.summary_sheet import MAX_PER_GROUP, judge_groups, summary_sheet_pdf


def pdf_text(path: Path, layout: bool = True) -> str:
    args = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def assert_fonts_embedded(path: Path) -> None:
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True)
    rows = [line.split() for line in out.stdout.splitlines()[2:] if line.strip()]
    assert rows and any("WenQuanYiMicroHei" in row[0] for row in rows)
    for row in rows:  # name, type (one or two words), encoding, emb, sub, uni, object ID
        assert row[-5] == "yes", f"font not embedded: {row}"


def page_size(path: Path) -> tuple[float, float]:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    match = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", out.stdout)
    assert match
    return float(match.group(1)), float(match.group(2))


def code_counts(text: str, codes: list[str]) -> dict[str, int]:
    return {code: len(re.findall(rf"(?<![A-Za-z0-9]){code}(?![0-9])", text)) for code in codes}


def row_line(text: str, code: str) -> str:
    return next(line for line in text.splitlines() if re.match(rf"\s*{code}\s", line))


@pytest.fixture(scope="module")
def demo_pdf(demo_report: ReportData, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("summary") / "summary-sheet.pdf"
    path.write_bytes(summary_sheet_pdf(demo_report))
    return path


def test_fonts_and_landscape(demo_pdf: Path) -> None:
    assert_fonts_embedded(demo_pdf)
    width, height = page_size(demo_pdf)
    assert width > height


def test_every_project_once_with_final_and_rank(demo_report: ReportData, demo_pdf: Path) -> None:
    text = pdf_text(demo_pdf)
    projects = demo_report.projects()
    assert set(code_counts(text, [p["code"] for p in projects]).values()) == {1}
    for project in projects:
        line = row_line(text, project["code"])
        cells = line.split()
        assert project["final"] in cells, line
        rank = str(project["rank_in_category"])
        assert cells[-1] in (rank, f"并列{rank}"), line
        # Every counted judge's total from the trace, dropped ones in parentheses.
        for entry in project["trace"]:
            shown = f"({entry['total']})" if entry["dropped"] else entry["total"]
            assert shown in cells, (project["code"], entry["judge"], line)


def test_rows_in_rank_order_per_category(demo_report: ReportData, demo_pdf: Path) -> None:
    text = pdf_text(demo_pdf)
    for category in ("reform", "tough"):
        expected = [p["code"] for p in demo_report.projects() if p["category"] == category]
        positions = [text.index(row_line(text, code)) for code in expected]
        assert positions == sorted(positions)


def test_recused_cell_and_judges_and_signatures(demo_report: ReportData, demo_pdf: Path) -> None:
    text = pdf_text(demo_pdf)
    assert "回避" in row_line(text, "K05")
    assert sum("回避" in row_line(text, p["code"]) for p in demo_report.projects()) == 1
    for judge in demo_report.results["judges"]:
        assert judge["id"] in text and judge["name"] in text
    for label in ("评委组长", "监督员", "秘书处", "日期"):
        assert label in text
    assert demo_report.digest() in text


def test_english(demo_report: ReportData, tmp_path: Path) -> None:
    data = dataclasses.replace(
        demo_report, event=dataclasses.replace(demo_report.event, language="en")
    )
    path = tmp_path / "en.pdf"
    path.write_bytes(summary_sheet_pdf(data))
    text = pdf_text(path)
    assert "Recused" in row_line(text, "K05")
    assert "Panel chair" in text and "Supervisor" in text and "Secretariat" in text


@pytest.mark.parametrize(
    ("judges", "sizes"),
    [(0, [0]), (7, [7]), (12, [12]), (13, [7, 6]), (40, [10, 10, 10, 10]), (41, [11, 11, 11, 8])],
)
def test_judge_groups(judges: int, sizes: list[int]) -> None:
    groups = judge_groups(list(range(judges)))
    assert [len(g) for g in groups] == sizes
    assert [j for g in groups for j in g] == list(range(judges))
    assert all(len(g) <= MAX_PER_GROUP for g in groups)


@pytest.mark.slow
def test_big_event(tmp_path: Path) -> None:
    from demo.synthetic import build_synthetic
    from publish.data import report_data
    from storage.merge import merge

    package, folder = build_synthetic(tmp_path, per_category=125, judges=40)
    data = report_data(merge(package, [folder]))
    path = tmp_path / "big.pdf"
    path.write_bytes(summary_sheet_pdf(data))
    assert_fonts_embedded(path)
    text = pdf_text(path)
    groups = len(judge_groups(list(range(40))))
    assert groups == 4
    codes = [p["code"] for p in data.projects()]
    assert len(codes) == 250
    assert set(code_counts(text, codes).values()) == {groups}
    for judge in data.results["judges"]:
        assert len(re.findall(rf"{judge['id']}(?!\d)", text)) >= 2  # its group's pages
    for project in data.projects()[::25]:
        lines = [line for line in text.splitlines() if re.match(rf"\s*{project['code']}\s", line)]
        assert len(lines) == groups
        assert all(project["final"] in line.split() for line in lines)
