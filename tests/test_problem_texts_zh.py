"""Every problem the merge and the ranking produce, read as a Chinese event's reports print it.

Real inputs (score files exported through the Workspace, typed paper sheets, hand-made and
broken files) are merged with publish.collect.merge_inputs; each problem of the outcome goes
through reports.wording_zh.problem_message(…, True): Chinese, no English sentence left (file
names, codes, ids and the characters' code points excepted), no "{0}", no "（详情：" fallback.
tests/test_messages.py covers the common merge kinds through Qt's translator; here are the
others, the reports' path (the committed .ts) and the printed ranking.pdf.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import zipfile
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from publish.collect import merge_inputs
from publish.outputs import publish
from reports.wording_zh import chinese, problem_message
from scoring.content import ScoreContent, SheetRow
from scoring.model import Conflict, Event
from scoring.problems import Problem
from storage.inputs import load_input
from storage.merge import MergeOutcome, NothingCountable
from storage.package import PackageInfo, build_package, read_package
from storage.paper import write_paper_sheet
from storage.scorefile import read_score_file, write_score_file
from storage.workspace import Workspace
from tests.factories import make_event
from tests.test_messages import CJK, english_left

UNPRINTABLE = "\U00020000"  # CJK Extension B: not in the report font
FULL = {"concept": Decimal(20), "measures": Decimal(30), "impact": Decimal(20)}
SUBMITTED = SheetRow("submitted")
EXTRA_KEYS = ("extra", "bonus")  # dimensions of no rubric here: keys, kept as they are


def wrong(problem: Problem) -> str | None:
    """Why the problem's Chinese message is not right; None when it is."""
    text = problem_message(problem.as_dict(), True)
    keep = [problem.source, problem.judge, problem.project, *EXTRA_KEYS, "PanelScore", "Excel"]
    if not CJK.search(text):
        return f"no Chinese: {text}"
    if "{0}" in text or "（详情：" in text or "(details:" in text:
        return f"no template fits: {text}"
    left = english_left(text, *keep)
    return f"English left {left}: {text}" if left else None


def all_wrong(problems: list[Problem]) -> list[tuple[str, str, str]]:
    found = [(p.kind, p.message, wrong(p)) for p in problems]
    return [(kind, message, why) for kind, message, why in found if why]


def workspace_export(package: Path, judge: str, data: Path, out: Path, scores: dict) -> Path:
    """A judge scores on their laptop (project → values, and a comment under '#') and exports."""
    workspace = Workspace.open(data)
    try:
        workspace.import_package(package)
        workspace.choose_judge(judge)
        for code, values in scores.items():
            for key, value in values.items():
                if key == "#":
                    workspace.set_comment(code, value)
                else:
                    workspace.set_score(code, key, value)
            workspace.submit(code)
        return workspace.export(out).path
    finally:
        workspace.close()


# -- the demo event with every kind of bad input -------------------------------------------
def _paper(path: Path, *lines: str) -> Path:
    header = "评委编号,项目编号,创新立意,创新举措,影响范围,备注\n"
    path.write_text(header + "".join(f"{line}\n" for line in lines), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def demo_merge(
    demo_master: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[MergeOutcome, Path]:
    tmp = tmp_path_factory.mktemp("zh-merge")
    package = read_package(demo_master / "event.pspkg")
    scores = tmp / "scores"
    shutil.copytree(demo_master / "scores", scores)
    real = {path.name[:3]: path for path in scores.glob("J0*.psscore")}
    # J01's scores typed again from paper: the score file counts, the paper is superseded.
    j01 = read_score_file(real["J01"])
    rows = [(code, values, "") for code, values in sorted(j01.scores.items())]
    write_paper_sheet(scores / "J01-纸质.xlsx", package.event, "J01", rows)
    # J07 also exported a score file; the clerk chooses the paper (kept as signed).
    paper07 = next(scores.glob("J07-*.csv"))
    wanted = {"J07": load_input(paper07, package).code}
    shutil.copy(real["J02"], scores / "J02-copy.psscore")  # the same file twice
    tampered = shutil.copy(real["J02"], scores / "J02-tampered.psscore")
    with sqlite3.connect(tampered) as conn:
        conn.execute("UPDATE scores SET value = '1' WHERE rowid = 1")
    newer = shutil.copy(real["J04"], scores / "J04-newer.psscore")
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE meta SET value = '9' WHERE key = 'format_version'")
    base = ScoreContent(package.event.id, package.digest, "J99", {}, {}, package_code=package.code)
    paper07_scores = load_input(paper07, package).content
    hand_made = {
        "other-event": replace(base, event_id="another-event", judge="J01"),
        "other-package": replace(base, package_digest="0" * 64, judge="J01"),
        "unknown-judge": base,
        "J07-laptop": replace(  # differs from the paper in one comment
            paper07_scores,
            revision=1,
            sheets={**paper07_scores.sheets, "G01": SheetRow("submitted", "复核")},
        ),
        # J03 scores the project it is recused from (回避): counted as revision 5.
        "J03-r5": replace(
            read_score_file(real["J03"]),
            revision=5,
            scores={**read_score_file(real["J03"]).scores, "K05": FULL},
            sheets={**read_score_file(real["J03"]).sheets, "K05": SUBMITTED},
        ),
        "J06-r9": replace(
            read_score_file(real["J06"]),
            revision=9,
            scores={
                **read_score_file(real["J06"]).scores,
                "G01": {"concept": Decimal(3)},  # a draft
                "G02": {**FULL, "concept": Decimal(31), "measures": Decimal("30.3")},
                "G03": {**FULL, "extra": Decimal(1), "bonus": Decimal(2)},
                "G04": {"concept": Decimal(3)},  # submitted, incomplete
                "Z99": FULL,
            },
            sheets={
                **read_score_file(real["J06"]).sheets,
                "G01": SheetRow("draft"),
                "G02": SUBMITTED,
                "G03": SUBMITTED,
                "G04": SUBMITTED,
                "Z99": SUBMITTED,
            },
        ),
    }
    for name, content in hand_made.items():
        write_score_file(content, scores / f"{name}.psscore")
    (scores / "readme.psscore").write_text("not a score file", encoding="utf-8")
    (scores / "empty.psscore").write_bytes(b"")
    bad = scores / "paper"
    bad.mkdir()
    _paper(bad / "mixed.csv", "J07,G01,abc,20,20,", "J07,,10,10,10,", "J08,G01,10,10,10,")
    _paper(bad / "many.csv", *(f"J07,G{i:02},x,y,z," for i in range(1, 6)))
    (bad / "columns.csv").write_text("评委编号,项目编号,创新立意\nJ07,G01,1\n", encoding="utf-8")
    (bad / "blank.csv").write_text("", encoding="utf-8")
    _paper(bad / "judge-only.csv", "J07,,,,,")
    (bad / "binary.csv").write_bytes(b"a,b\x00c\n")
    (bad / "encoding.csv").write_bytes(b"\x80\x80\x80")
    (bad / "renamed.xlsx").write_text("hello", encoding="utf-8")
    (bad / "old.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    with zipfile.ZipFile(bad / "broken.xlsx", "w") as archive:
        archive.writestr("[Content_Types].xml", "<nonsense")
    outcome = merge_inputs(
        package,
        [scores, tmp / "not-there.psscore"],
        choose=wanted,
        exclude=[str(real["J05"])],
    )
    return outcome, tmp


def test_every_problem_of_a_real_merge_reads_in_chinese(
    demo_merge: tuple[MergeOutcome, Path],
) -> None:
    outcome, _ = demo_merge
    kinds = {p.kind for p in outcome.problems}
    assert {
        "bad_score",
        "unknown_dimension",
        "incomplete_score",
        "not_submitted",
        "duplicate_input",
        "superseded",
        "verification_mismatch",
        "conflict_scored",
        "damaged",
        "not_our_file",
        "newer_format",
        "not_found",
        "bad_paper_sheet",
        "excluded_by_clerk",
        "judge_missing",
        "missing_score",
    } <= kinds, kinds
    papers = [p.message for p in outcome.problems if p.kind == "bad_paper_sheet"]
    assert len(papers) == 10 and any(m.endswith("; and 5 more") for m in papers), papers
    superseded = [p.message for p in outcome.problems if p.kind == "superseded"]
    assert any("(paper revision" in m for m in superseded)
    assert any("(score-file revision" in m for m in superseded)
    assert all_wrong(outcome.problems) == []


# -- an event with categories, a recusal, a cut-off tie and a character the font lacks ---------
def _event() -> Event:
    event = make_event(
        ("P1", "P2", "P3", "P4"),
        3,
        categories={"P3": "B", "P4": "B"},
        conflicts=(Conflict("J3", "P2", reason="曾参与"),),
        top_n=1,
        aggregate="mean",
    )
    judges = (*event.judges[:2], replace(event.judges[2], categories=("A",)))
    title = replace(event.projects[0], title=f"{UNPRINTABLE}园区供电")
    return replace(event, judges=judges, projects=(title, *event.projects[1:]))


@pytest.fixture(scope="module")
def ranked(tmp_path_factory: pytest.TempPathFactory) -> tuple[PackageInfo, Path]:
    tmp = tmp_path_factory.mktemp("zh-ranking")
    package = build_package(_event(), None, tmp / "event.pspkg")
    out = tmp / "scores"
    out.mkdir()
    same = {"concept": "20", "measures": "30", "impact": "20"}
    for judge in ("J1", "J2"):
        sheets = {"P1": same, "P2": same, "P3": same}
        workspace_export(package.path, judge, tmp / judge, out, sheets)
    # J3 reviews only category A, but scores P3 (category B) too; P4 nobody scores.
    workspace_export(package.path, "J3", tmp / "J3", out, {"P1": same, "P3": same})
    return package, out


def _scored_with_comment(ranked: tuple[PackageInfo, Path], tmp: Path, comment: str) -> Path:
    package, out = ranked
    folder = tmp / "scores"
    shutil.copytree(out, folder)
    for old in folder.glob("J2-*"):
        old.unlink()
    same = {"concept": "20", "measures": "30", "impact": "20"}
    sheets = {"P1": {**same, "#": comment}, "P2": same, "P3": same}
    workspace_export(package.path, "J2", tmp / "J2", folder, sheets)
    return folder


def test_ranking_problems_and_unprintable_text_read_in_chinese(
    ranked: tuple[PackageInfo, Path], tmp_path: Path
) -> None:
    package, _ = ranked
    folder = _scored_with_comment(ranked, tmp_path, f"建议推广{UNPRINTABLE}")
    outcome = merge_inputs(package, [folder])
    kinds = {p.kind for p in outcome.problems}
    assert {
        "outside_categories",
        "no_scores",
        "missing_score",
        "tie_at_cutoff",
        "unprintable_characters",
    } <= kinds, kinds
    unprintable = [p.message for p in outcome.problems if p.kind == "unprintable_characters"]
    assert any(m.startswith("the comment ") for m in unprintable)
    assert any(m.startswith("the title ") for m in unprintable)
    assert all_wrong(outcome.problems) == []


def test_the_printed_ranking_shows_the_problems_in_chinese(
    demo_merge: tuple[MergeOutcome, Path], tmp_path: Path
) -> None:
    outcome, _ = demo_merge
    publish(outcome, tmp_path / "out", workers=1)
    pdf = next((tmp_path / "out").rglob("ranking.pdf"))
    done = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True)
    text = "".join(done.stdout.decode("utf-8").split())
    for phrase in (
        "该项目的评分不计入",  # bad_score, unknown_dimension
        "从未提交",  # not_submitted
        "校验码不符",  # verification_mismatch
        "应回避的评委给出的评分",  # conflict_scored
        "计入的是该评委的另一份评分",  # superseded
        "文件已损坏或不完整",  # damaged
        "请每位评委一张表",  # a paper sheet's problems
        "已被秘书处排除",
    ):
        assert phrase in text, phrase
    for english in (
        "notcounted",
        "isnotinthe",
        "thisoneisnotused",
        "wasleftas",
        "isnotanumber",
        "wrongkindoffile",
        "详情",
    ):
        assert english not in text, english


# -- what does not come out right ----------------------------------------------------------
def test_unprintable_text_holding_a_semicolon_reads_in_chinese(
    ranked: tuple[PackageInfo, Path], tmp_path: Path
) -> None:
    """A judge's comment "亮点突出; 建议推广𠀀" (typed on the laptop, exported, merged):
    reports/glyphs.py words it "the comment '…; …' has characters …; they print as □". The
    template's '{1}' is an "r" value, which may not hold "; ", so no template fits and the
    report prints the kind's meaning with the whole English message as the detail."""
    package, _ = ranked
    folder = _scored_with_comment(ranked, tmp_path, f"亮点突出; 建议推广{UNPRINTABLE}")
    outcome = merge_inputs(package, [folder])
    comment = [p for p in outcome.problems if p.message.startswith("the comment ")]
    assert len(comment) == 1
    assert all_wrong(comment) == []


def test_a_paper_cell_holding_a_semicolon_reads_in_chinese(
    demo_master: Path, tmp_path: Path
) -> None:
    """A typed cell "28; 29": storage/paper.py says "row 2, column 创新立意: '28; 29' is not a
    number"; the template "row {0}, column {1}: '{2}' is not a number" has "rrr", and an "r"
    value may not hold "; ", so neither the template nor the compound split fits."""
    package = read_package(demo_master / "event.pspkg")
    folder = tmp_path / "scores"
    folder.mkdir()
    shutil.copy(next((demo_master / "scores").glob("J01-*.psscore")), folder)
    _paper(folder / "J07.csv", 'J07,G01,"28; 29",20,20,')
    outcome = merge_inputs(package, [folder])
    paper = [p for p in outcome.problems if p.kind == "bad_paper_sheet"]
    assert [p.message for p in paper] == ["row 2, column 创新立意: '28; 29' is not a number"]
    assert all_wrong(paper) == []


def test_nothing_countable_with_a_paper_sheets_problems_reads_in_chinese(
    demo_master: Path, tmp_path: Path
) -> None:
    """Only a paper sheet with two problems: NothingCountable says "no input can be counted:
    row 2, …; row 3, …" (the app shows it through the same Wording). The template's {0} is "M":
    a message inside is only matched whole, never split at "; " as a compound, so it stays
    English after "没有可以计入的评分："."""
    package = read_package(demo_master / "event.pspkg")
    sheet = _paper(tmp_path / "J07.csv", "J07,G01,abc,20,20,", "J07,,10,10,10,")
    with pytest.raises(NothingCountable) as raised:
        merge_inputs(package, [sheet])
    message = raised.value.message
    assert message.startswith("no input can be counted: row 2, column 创新立意: 'abc'")
    text = chinese().explain_message(message)
    assert CJK.search(text)
    assert english_left(text) == [], text


def test_two_cells_that_are_not_numbers_stay_two_problems() -> None:
    # Typed text may hold "; ", but never swallows the next problem of the same sheet.
    message = (
        "row 2, column 创新立意: '28; 29' is not a number; "
        "row 3, column 创新举措: 'abc' is not a number"
    )
    shown = problem_message({"kind": "bad_paper_sheet", "message": message}, True)
    assert shown == "第 2 行“创新立意”列：“28; 29”不是数字；第 3 行“创新举措”列：“abc”不是数字"
