"""Publishing a merge: every output written together, from one set of results."""

from __future__ import annotations

import csv
import json
import subprocess
from pathlib import Path

import pytest

from publish.outputs import merge_and_publish
from storage.errors import ExportError
from storage.package import read_package

OUTPUTS = {
    "results.json",
    "merge-log.txt",
    "ranking.pdf",
    "ranking.xlsx",
    "score-sheets.pdf",
    "summary-sheet.pdf",
}
RARE = "𠮷"  # U+20BB7, outside the font's character map


def _add_paper_comment(demo: Path, comment: str) -> None:
    path = next((demo / "scores").glob("*.csv"))
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    rows[1][-1] = comment
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)


def test_all_outputs_are_written(demo_master: Path, tmp_path: Path) -> None:
    package = read_package(demo_master / "event.pspkg")
    outcome, written = merge_and_publish(package, [demo_master / "scores"], tmp_path / "out")
    assert {p.name for p in written} == OUTPUTS
    assert {p.name for p in (tmp_path / "out").iterdir()} == OUTPUTS
    assert outcome.exit_code == 0


def test_unprintable_character_is_reported_not_dropped(demo_dir: Path, tmp_path: Path) -> None:
    _add_paper_comment(demo_dir, f"建议补充{RARE}村数据")
    package = read_package(demo_dir / "event.pspkg")
    out = tmp_path / "out"
    outcome, _ = merge_and_publish(package, [demo_dir / "scores"], out)
    assert outcome.exit_code == 1
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    problems = [p for p in results["problems"] if p["kind"] == "unprintable_characters"]
    assert len(problems) == 1 and "U+20BB7" in problems[0]["message"]
    assert "U+20BB7" in (out / "merge-log.txt").read_text(encoding="utf-8")
    text = subprocess.run(
        ["pdftotext", str(out / "score-sheets.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "建议补充□村数据" in text.replace("\n", "").replace(" ", "")


def test_failed_write_leaves_no_outputs(demo_master: Path, tmp_path: Path) -> None:
    package = read_package(demo_master / "event.pspkg")
    blocked = tmp_path / "out"
    blocked.write_text("a file where the folder should be")
    with pytest.raises(ExportError):
        merge_and_publish(package, [demo_master / "scores"], blocked)
    assert blocked.read_text() == "a file where the folder should be"
