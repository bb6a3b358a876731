"""The secretariat's command line end to end, through real files and real processes."""

from __future__ import annotations

import csv
import json
import sqlite3
import subprocess
import sys
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

import openpyxl
import pytest

from cli.main import main as cli_main

ROOT = Path(__file__).resolve().parent.parent


def run(*args: object, data_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    extra = ["--data-dir", str(data_dir)] if data_dir else []
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *extra, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


def assert_clean_error(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("error: ")
    assert len(result.stderr.splitlines()[0]) < 300


def independent_final(demo: Path, code: str) -> Decimal:
    """Recompute one project's final from the raw files, with no PanelScore code at all:
    sqlite3 on the score files, csv on the paper sheet, the default rules by hand."""
    totals: list[Fraction] = []
    for path in sorted((demo / "scores").glob("*.psscore")):
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            rows = conn.execute("SELECT value FROM scores WHERE project = ?", [code]).fetchall()
        if rows:
            totals.append(sum((Fraction(Decimal(v)) for (v,) in rows), Fraction(0)))
    for path in (demo / "scores").glob("*.csv"):
        with path.open(encoding="utf-8-sig") as handle:
            for row in csv.DictReader(handle):
                if row["项目编号"] == code:
                    totals.append(
                        sum(Fraction(Decimal(row[k])) for k in ("创新立意", "创新举措", "影响范围"))
                    )
    totals.sort()
    kept = totals[1:-1] if len(totals) >= 5 else totals
    mean = sum(kept, Fraction(0)) / len(kept)
    return (Decimal(mean.numerator) / Decimal(mean.denominator)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP
    )


def test_demo_then_merge_gives_hand_checked_results(tmp_path: Path) -> None:
    demo, out = tmp_path / "d", tmp_path / "out"
    made = run("demo", demo)
    assert made.returncode == 0, made.stderr
    merged = run("merge", demo / "event.pspkg", demo / "scores", "-o", out)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    projects = {p["code"]: p for p in results["projects"]}
    assert len(projects) >= 30
    assert {"改革创新", "攻坚克难"} <= {c for c in ["改革创新", "攻坚克难"]}
    # G01, by hand: totals 65, 78.5, 71.5, 63, 72.5, 66, 71.5; drop 78.5 and 63;
    # (65 + 71.5 + 72.5 + 66 + 71.5) / 5 = 346.5 / 5 = 69.30.
    assert projects["G01"]["final"] == "69.30"
    # K05, by hand: J03 is recused (回避); totals 86, 99.5, 88, 96, 81.5, 97; drop 99.5 and
    # 81.5; (86 + 88 + 96 + 97) / 4 = 367 / 4 = 91.75.
    assert projects["K05"]["final"] == "91.75"
    assert projects["K05"]["n_scores"] == 6
    for code in ("G01", "K05", "G10", "K12"):
        assert Decimal(projects[code]["final"]) == independent_final(demo, code)
    kinds = {j["id"]: (j["kind"], j["status"]) for j in results["judges"]}
    assert kinds["J07"] == ("paper", "counted")
    assert sum(1 for kind, status in kinds.values() if kind == "score-file") == 6
    assert (out / "merge-log.txt").exists()


def test_each_subcommand_has_help() -> None:
    for command in ("demo", "template", "package", "merge", "verify"):
        result = run(command, "--help")
        assert result.returncode == 0 and "usage:" in result.stdout


def test_usage_error_is_exit_2_and_one_line() -> None:
    result = run("merge")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_template_then_package_round_trip(tmp_path: Path) -> None:
    template = tmp_path / "event.xlsx"
    assert run("template", template).returncode == 0
    book = openpyxl.load_workbook(template)
    assert {"Event", "Rubric", "Categories", "Projects", "Judges", "Conflicts"} <= set(
        book.sheetnames
    )
    # An empty template has no name and no projects: packaging it is refused clearly.
    result = run("package", template, "-o", tmp_path / "e.pspkg")
    assert_clean_error(result)
    assert not (tmp_path / "e.pspkg").exists()


def tamper(path: Path) -> None:
    """Change one score as someone with the sqlite3 shell would."""
    statement = "UPDATE scores SET value = '30' WHERE rowid = 1;"
    import shutil

    if shutil.which("sqlite3"):
        subprocess.run(["sqlite3", str(path), statement], check=True)
    else:
        with sqlite3.connect(path) as conn:
            conn.execute(statement)


def test_changed_score_is_a_verification_mismatch(demo_dir: Path, tmp_path: Path) -> None:
    target = sorted((demo_dir / "scores").glob("J02-*.psscore"))[0]
    before = run("verify", target)
    assert before.returncode == 0, before.stderr
    tamper(target)
    after = run("verify", target)
    assert after.returncode == 1
    assert "verification code mismatch" in after.stdout
    merged = run("merge", demo_dir / "event.pspkg", demo_dir / "scores", "-o", tmp_path / "o")
    assert merged.returncode == 1
    results = json.loads((tmp_path / "o" / "results.json").read_text(encoding="utf-8"))
    problems = [p for p in results["problems"] if p["kind"] == "verification_mismatch"]
    assert len(problems) == 1 and problems[0]["judge"] == "J02"
    # The changed file is rejected, so J02 has no counted input.
    assert {j["status"] for j in results["judges"] if j["id"] == "J02"} == {"rejected", "missing"}


# -- bad inputs: alone → exit 2, nothing written; with good inputs → listed, exit 1 ---------


def _truncated(demo: Path, tmp: Path) -> Path:
    source = sorted((demo / "scores").glob("J01-*.psscore"))[0]
    data = source.read_bytes()
    target = tmp / "truncated.psscore"
    target.write_bytes(data[: len(data) // 2])
    return target


def _other_event(demo: Path, tmp: Path) -> Path:
    from scoring.content import ScoreContent, SheetRow
    from storage.scorefile import write_score_file

    target = tmp / "other-event.psscore"
    content = ScoreContent(
        "11111111-2222-4333-8444-555555555555",
        "0" * 64,
        "J01",
        {"G01": {"concept": Decimal(20)}},
        {"G01": SheetRow("draft")},
    )
    write_score_file(content, target)
    return target


def _text_file(demo: Path, tmp: Path) -> Path:
    target = tmp / "notes.psscore"
    target.write_text("这不是评分文件 / not a score file\n" * 20, encoding="utf-8")
    return target


def _newer_format(demo: Path, tmp: Path) -> Path:
    source = sorted((demo / "scores").glob("J01-*.psscore"))[0]
    target = tmp / "newer.psscore"
    target.write_bytes(source.read_bytes())
    with sqlite3.connect(target) as conn:
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'format_version'")
    return target


BAD_SCORE_FILES = {
    "truncated": (_truncated, "damaged"),
    "other event": (_other_event, "another event"),
    "text file": (_text_file, "not a PanelScore score file"),
    "newer format": (_newer_format, "newer PanelScore"),
}


@pytest.mark.parametrize("name", list(BAD_SCORE_FILES))
def test_bad_score_file_alone_is_refused_and_nothing_written(
    name: str, demo_dir: Path, tmp_path: Path
) -> None:
    make, words = BAD_SCORE_FILES[name]
    bad = make(demo_dir, tmp_path)
    out = tmp_path / "out"
    result = run("merge", demo_dir / "event.pspkg", bad, "-o", out)
    assert_clean_error(result)
    assert words in result.stderr
    assert not out.exists()


@pytest.mark.parametrize("name", list(BAD_SCORE_FILES))
def test_bad_score_file_with_good_ones_is_a_listed_problem(
    name: str, demo_dir: Path, tmp_path: Path
) -> None:
    make, words = BAD_SCORE_FILES[name]
    bad = make(demo_dir, tmp_path)
    out = tmp_path / "out"
    result = run("merge", demo_dir / "event.pspkg", demo_dir / "scores", bad, "-o", out)
    assert result.returncode == 1, result.stderr
    assert words in result.stdout
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    assert sum(1 for j in results["judges"] if j["status"] == "counted") == 7
    assert any(p.get("source", "").endswith(bad.name) for p in results["problems"])


def _workbook_without(demo: Path, tmp: Path, sheet: str, column: str | None) -> Path:
    book = openpyxl.load_workbook(demo / "event.xlsx")
    if column is None:
        del book[sheet]
    else:
        ws = book[sheet]
        index = next(c.column for c in ws[1] if c.value == column)
        ws.delete_cols(index)
    target = tmp / "broken.xlsx"
    book.save(target)
    return target


@pytest.mark.parametrize(
    ("sheet", "column", "words"),
    [
        ("Projects", None, "Projects"),
        ("Projects", "项目名称", "项目名称"),
    ],
)
def test_bad_workbook_is_refused(
    demo_dir: Path, tmp_path: Path, sheet: str, column: str | None, words: str
) -> None:
    workbook = _workbook_without(demo_dir, tmp_path, sheet, column)
    out = tmp_path / "event.pspkg"
    result = run("package", workbook, "--materials", demo_dir / "materials", "-o", out)
    assert_clean_error(result)
    assert words in result.stderr.splitlines()[0]
    assert not out.exists()


def test_material_named_with_dotdot_is_refused(demo_dir: Path, tmp_path: Path) -> None:
    (demo_dir / "materials" / "G01-..-secret.pdf").write_bytes(b"%PDF-1.4\n")
    out = tmp_path / "event.pspkg"
    result = run(
        "package", demo_dir / "event.xlsx", "--materials", demo_dir / "materials", "-o", out
    )
    assert_clean_error(result)
    assert ".." in result.stderr
    assert not out.exists()


def test_package_from_workbook_matches_the_demo_package(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "again.pspkg"
    result = run(
        "package", demo_dir / "event.xlsx", "--materials", demo_dir / "materials", "-o", out
    )
    assert result.returncode == 0, result.stderr
    from storage.package import read_package

    assert read_package(out).code == read_package(demo_dir / "event.pspkg").code
    assert read_package(out).code in result.stdout


def test_material_matching_no_project_is_reported(demo_dir: Path, tmp_path: Path) -> None:
    (demo_dir / "materials" / "说明.pdf").write_bytes(b"%PDF-1.4\n")
    (demo_dir / "materials" / "G1-typo.pdf").write_bytes(b"%PDF-1.4\n")
    result = run(
        "package",
        demo_dir / "event.xlsx",
        "--materials",
        demo_dir / "materials",
        "-o",
        tmp_path / "e.pspkg",
    )
    assert result.returncode == 0, result.stderr
    assert "说明.pdf" in result.stdout and "G1-typo.pdf" in result.stdout


@pytest.mark.parametrize(
    "argv",
    [[], ["--data-dir", "laptop"], ["--data-dir=laptop"], ["gui"], ["--data-dir", "laptop", "gui"]],
)
def test_opening_the_app_passes_the_data_folder(
    argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The quick path for the app's start and argparse agree on every way of opening it.
    monkeypatch.setenv("PANELSCORE_DATA_DIR", str(tmp_path / "default"))
    opened: list[Path] = []
    assert cli_main(argv, gui=lambda folder: opened.append(folder) or 0) == 0
    expected = Path("laptop") if "laptop" in " ".join(argv) else tmp_path / "default"
    assert opened == [expected]


def test_a_data_folder_without_a_name_is_a_usage_error(capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as stop:
        cli_main(["--data-dir"], gui=lambda folder: 0)
    assert stop.value.code == 2 and "--data-dir" in capsys.readouterr().err
