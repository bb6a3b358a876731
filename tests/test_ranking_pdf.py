"""ranking.pdf, checked through the real PDF: fonts with pdffonts, text with pdftotext."""

from __future__ import annotations

import dataclasses
import re
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from reports.data import ReportData
from reports.ranking_pdf import ranking_pdf
from scoring.model import Category, Conflict, Event, Judge, Project, RankingRules
from scoring.ranking import Sheet, rank
from scoring.results import InputRecord, build_results
from scoring.rubric import DEFAULT_DIMENSIONS

DIMENSIONS = ("创新立意", "创新举措", "影响范围")


# -- helpers ----------------------------------------------------------------------------------
def write(data: ReportData, path: Path) -> Path:
    path.write_bytes(ranking_pdf(data))
    return path


def pages(pdf: Path, *, layout: bool = False, raw: bool = False) -> list[str]:
    """The text of each page (pdftotext separates pages with a form feed)."""
    args = ["pdftotext", *(["-layout"] if layout else []), *(["-raw"] if raw else [])]
    text = subprocess.run([*args, str(pdf), "-"], check=True, capture_output=True, text=True)
    return text.stdout.split("\f")[:-1]


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
    return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))  # type: ignore[union-attr]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def ranking_pages(texts: list[str], start: str, end: str) -> list[str]:
    """The pages from the first ranking heading up to (not including) the charts section."""
    first = next(i for i, t in enumerate(texts) if start in squash(t))
    stop = next(i for i, t in enumerate(texts) if end in squash(t))
    return texts[first:stop]


def table_rows(texts: list[str], codes: set[str]) -> list[tuple[str, str, str]]:
    """(rank text, code, the rest of the line) of every ranking-table row, in page order.

    A row line starts with the rank (e.g. ``3``, ``并列3``, ``=3`` or ``—``) then the code;
    notes and the cut-off box never start that way, so the count is exact.
    """
    pattern = re.compile(r"^\s*((?:并列|=)?\d+|—)\s+(\S+)(?:\s+(.*))?$")
    rows = []
    for text in texts:
        for line in text.splitlines():
            match = pattern.match(line)
            if match and match.group(2) in codes:
                rows.append((match.group(1), match.group(2), match.group(3) or ""))
    return rows


def rank_text(project: dict[str, Any], zh: bool = True) -> str:
    if project["rank_in_category"] is None:
        return "—"
    prefix = ("并列" if zh else "=") if project["tied"] else ""
    return f"{prefix}{project['rank_in_category']}"


# -- a small event that raises every kind of flag -----------------------------------------------
def _sheet(judge: str, project: str, concept: str, measures: str, impact: str) -> Sheet:
    values = {"concept": Decimal(concept), "measures": Decimal(measures), "impact": Decimal(impact)}
    return Sheet(judge, project, values)


def flagged_report(language: str = "zh") -> ReportData:
    """Deviation, not trimmed, missing, recusal, broken tie, tie at the cut-off, no scores."""
    long_title = "推进" + "跨部门数据共享与业务协同的一体化综合改革" * 3
    projects = (
        Project("P1", "全域数字政府建设", "甲单位", "A", order=1),
        Project("P2", long_title, "乙单位（一个很长的参评单位名称用来检查换行效果）", "A", order=2),
        Project("P3", "营商环境优化", "丙单位", "A", order=3),
        Project("P4", "基层治理网格化", "丁单位", "A", order=4),
        Project("P5", "生态修复攻坚", "戊单位", "A", order=5),
        Project("P6", "人才服务一站通", "己单位", "A", order=6),
        Project("Q1", "城市更新行动", "庚单位", "B", order=1),
        Project("Q2", "科技成果转化", "辛单位", "B", order=2),
        Project("Q3", "公共安全保障", "壬单位", "B", order=3),
        Project("Q4", "无人评分的项目", "癸单位", "B", order=4),
    )
    event = Event(
        id="00000000-0000-4000-8000-0000000000f1",
        name="标记测试评审会",
        dimensions=DEFAULT_DIMENSIONS,
        categories=(Category("A", "改革创新", 1), Category("B", "攻坚克难", 2)),
        projects=projects,
        judges=tuple(
            Judge(f"J{i}", f"评委{i}", role="评委组长" if i == 1 else "评委", order=i)
            for i in range(1, 7)
        ),
        conflicts=(Conflict("J2", "P5", reason="曾参与该项目咨询"),),
        rules=RankingRules(top_n=3),
        date="2024-05-20",
        venue="第一会议室",
        organiser="绩效办",
        language=language,
    )
    base = {
        "P1": ("27", "36", "27"),
        "P2": ("25", "34", "25"),
        "P3": ("22", "30", "22"),
        "P4": ("22", "30", "22"),
        "P5": ("20", "28", "20"),
        "Q1": ("20", "35", "20"),
        "Q2": ("25", "30", "20"),
        "Q3": ("18", "25", "18"),
    }
    sheets = [_sheet(j.id, code, *values) for j in event.judges for code, values in base.items()]
    sheets = [s for s in sheets if not (s.judge == "J6" and s.project == "P5")]
    sheets.append(_sheet("J6", "P5", "10", "10", "10"))  # 30 against a mean near 62: deviation
    sheets += [_sheet(j, "P6", "15", "20", "15") for j in ("J1", "J2", "J3")]  # 3 judges only
    ranking = rank(event, sheets, judges=[j.id for j in event.judges])
    inputs = [
        InputRecord(
            j.id, j.name, f"/in/{j.id}.psscore", "score-file", f"CODE{j.id}00", "counted", 1
        )
        for j in event.judges[:5]
    ]
    inputs.append(InputRecord("J6", "评委6", "/in/J6.csv", "paper", "PAPERJ60", "counted", 0))
    inputs.append(
        InputRecord("J1", "评委1", "/in/old.psscore", "score-file", "OLDJ1000", "superseded")
    )
    results = build_results(ranking, "TESTPKG1", inputs)
    return ReportData(event, results, ())


# -- demo event -------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def demo_pdf(demo_report: ReportData, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write(demo_report, tmp_path_factory.mktemp("ranking") / "ranking.pdf")


def test_font_is_embedded_and_no_other_font(demo_pdf: Path) -> None:
    out = subprocess.run(["pdffonts", str(demo_pdf)], check=True, capture_output=True, text=True)
    fonts = out.stdout.splitlines()[2:]
    assert fonts, out.stdout
    for line in fonts:
        assert "WenQuanYi" in line, line
        assert re.search(r"\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$", line), line  # emb sub uni


def test_dimensions_titles_finals_and_ranks(demo_report: ReportData, demo_pdf: Path) -> None:
    text = "\n".join(pages(demo_pdf))
    for name in DIMENSIONS:
        assert name in text
    raw = squash("".join(pages(demo_pdf, raw=True)))
    projects = demo_report.projects()
    for project in projects:
        assert squash(project["title"]) in raw, project["title"]
    rows = table_rows(
        ranking_pages(pages(demo_pdf, layout=True), "一、排名结果", "二、评分分布"),
        {p["code"] for p in projects},
    )
    # The tables list the projects in results order, each with its rank and its final.
    assert [(r[0], r[1]) for r in rows] == [(rank_text(p), p["code"]) for p in projects]
    for (_, code, rest), project in zip(rows, projects, strict=True):
        assert project["final"] in rest.split(), (code, rest)


def test_footer_counts_the_pages(demo_pdf: Path) -> None:
    texts = pages(demo_pdf)
    total = page_count(demo_pdf)
    assert len(texts) == total
    for number, text in enumerate(texts, start=1):
        assert f"第{number}页/共{total}页" in squash(text)


def test_cover_and_trace(demo_report: ReportData, demo_pdf: Path) -> None:
    texts = pages(demo_pdf)
    cover = squash(texts[0])
    assert demo_report.digest() in cover
    assert demo_report.results["event"]["package_code"] in cover
    assert squash(demo_report.event.name) in cover
    every = squash("".join(texts))
    for judge in demo_report.results["judges"]:
        assert judge["verification_code"] in every
    for label in ("评委组长", "监督员", "秘书处", "附录：计算过程", "纸质录入", "回避"):
        assert label in every


def test_english_event_has_english_headings(demo_report: ReportData, tmp_path: Path) -> None:
    event = dataclasses.replace(demo_report.event, language="en")
    data = ReportData(event, demo_report.results, demo_report.sheets)
    text = squash("".join(pages(write(data, tmp_path / "en.pdf"))))
    for heading in (
        "Finalrankingreport",
        "1.Ranking",
        "Scoredistribution",
        "Problemsand",
        "Appendix:calculationtrace",
        "Panelchair",
        "Innovationmeasures",
        "Page1of",
    ):
        assert heading in text
    assert "排名结果" not in text


# -- flags, ties at the cut-off ---------------------------------------------------------------
def test_flags_become_notes_and_the_cutoff_tie_is_boxed(tmp_path: Path) -> None:
    data = flagged_report()
    kinds = {f["kind"] for p in data.projects() for f in p["flags"]}
    assert kinds >= {
        "deviation",
        "not_trimmed",
        "missing",
        "conflict_excluded",
        "tie_broken",
        "tie_at_cutoff",
        "no_scores",
    }
    pdf = write(data, tmp_path / "flags.pdf")
    texts = pages(pdf)
    table_page = next(squash(t) for t in texts if "一、排名结果：改革创新" in squash(t))
    assert "入选线处出现并列" in table_page  # the box is on the page of the table
    assert "P3、P4并列第3名" in table_page
    assert "待定" in table_page
    assert "评委J6评委6的总分30.00" in table_page  # deviation: judge, total, mean, difference
    assert "未去掉最高分和最低分" in table_page
    assert "评委J4评委4缺少评分" in table_page
    assert "评委J2评委2回避" in table_page
    other = next(squash(t) for t in texts if "一、排名结果：攻坚克难" in squash(t))
    assert "依次比较创新举措后区分名次" in other
    assert "入选线处出现并列" not in other
    rows = table_rows(
        ranking_pages(pages(pdf, layout=True), "一、排名结果", "二、评分分布"),
        {p["code"] for p in data.projects()},
    )
    assert [(r[0], r[1]) for r in rows] == [(rank_text(p), p["code"]) for p in data.projects()]
    every = squash("".join(texts))
    assert "入选线并列的决定" in every  # the panel records its decision on the signature page


def test_flagged_event_in_english(tmp_path: Path) -> None:
    texts = pages(write(flagged_report("en"), tmp_path / "flags-en.pdf"))
    every = squash("".join(texts))
    assert "Attention:tieattheselectioncut-off" in every
    assert "P3,P4sharerank3" in every


def test_same_data_gives_the_same_bytes_and_an_empty_merge_renders(tmp_path: Path) -> None:
    data = flagged_report()
    assert ranking_pdf(data) == ranking_pdf(data)
    empty = rank(data.event, [], judges=[])
    results = build_results(empty, "TESTPKG1", [])
    texts = pages(write(ReportData(data.event, results, ()), tmp_path / "empty.pdf"))
    assert "没有计入的评分" in squash("".join(texts))


# -- 250 projects × 40 judges -----------------------------------------------------------------
@pytest.mark.slow
def test_big_event_is_compact_and_lists_each_project_once(tmp_path: Path) -> None:
    from demo.synthetic import build_synthetic
    from publish.data import report_data
    from storage.merge import merge

    package, folder = build_synthetic(tmp_path, per_category=125, judges=40)
    data = report_data(merge(package, [folder]))
    pdf = write(data, tmp_path / "big.pdf")
    total = page_count(pdf)
    assert 20 <= total <= 150, total
    codes = {p["code"] for p in data.projects()}
    assert len(codes) == 250
    rows = table_rows(ranking_pages(pages(pdf, layout=True), "一、排名结果", "二、评分分布"), codes)
    assert sorted(r[1] for r in rows) == sorted(codes)  # every code exactly once
    assert [r[1] for r in rows] == [p["code"] for p in data.projects()]
