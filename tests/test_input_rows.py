"""The secretariat's list of inputs: what the latest merge made of each collected file."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

from storage.input_rows import (
    CHOOSE,
    EXCLUDE,
    INCLUDE,
    NEWEST,
    NOT_MERGED,
    REMOVE,
    actions_for,
    input_rows,
)
from storage.merge import merge
from storage.package import read_package
from storage.secretariat import CollectedInput


def _collected(paths: list[Path]) -> list[CollectedInput]:
    return [CollectedInput(p, f"E:/stick/{p.name}", "2024-01-01T09:00:00+08:00") for p in paths]


def test_rows_show_each_file_once_with_its_status_and_where_it_came_from(
    demo_master: Path, tmp_path: Path
) -> None:
    package = read_package(demo_master / "event.pspkg")
    files = sorted((demo_master / "scores").glob("*.psscore"))[1:]  # J01 did not hand in
    copies = []
    for path in files:
        copies.append(tmp_path / path.name)
        shutil.copy(path, copies[-1])
    duplicate = tmp_path / "J02-again.psscore"
    shutil.copy(copies[0], duplicate)
    damaged = tmp_path / "broken.psscore"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    merged = [*copies, duplicate, damaged]
    outcome = merge(package, merged, choose={"J03": "NOSUCHCODE"})
    later = tmp_path / "later.csv"
    rows = input_rows(outcome, _collected([*merged, later]), {"J03": "NOSUCHCODE"})
    shown = [(r.judge, r.status, Path(r.original).name if r.source else "") for r in rows]
    assert shown[:3] == [
        ("J01", "missing", ""),
        ("J02", "counted", sorted([copies[0].name, duplicate.name])[0]),
        ("J02", "duplicate", sorted([copies[0].name, duplicate.name])[1]),
    ]
    assert [r.status for r in rows[3:7]] == ["counted"] * 4
    assert (rows[7].judge, rows[7].status) == ("J07", "missing")  # its paper sheet is not here
    broken, unmerged = rows[8], rows[9]
    assert (broken.judge, broken.status, broken.kind) == ("", "rejected", "score-file")
    assert broken.problems and "damaged" in broken.problems[0]
    assert (unmerged.status, unmerged.kind, unmerged.original) == (
        NOT_MERGED,
        "paper",
        "E:/stick/later.csv",
    )
    assert rows[0].problems == ("no counted input from this judge",)
    assert rows[2].problems == ("the same scores were given twice; counted once",)
    # A duplicate is excluded by its file (its code would exclude the counted one too).
    assert rows[2].exclusion_key == rows[2].source
    assert rows[3].exclusion_key == rows[3].code
    # Removed since the merge: gone from the list; no merge yet: everything waits.
    assert len(input_rows(outcome, _collected(copies), {})) == 7
    waiting = input_rows(None, _collected(merged), {})
    assert {r.status for r in waiting} == {NOT_MERGED} and len(waiting) == len(merged)


def test_what_the_clerk_may_do_with_an_input(demo_master: Path, tmp_path: Path) -> None:
    package = read_package(demo_master / "event.pspkg")
    files = sorted((demo_master / "scores").glob("*.psscore"))
    outcome = merge(package, files, exclude=[str(files[1])])
    listed = input_rows(outcome, _collected(files), {"J01": "X"})
    rows = {r.judge: r for r in listed if r.source}
    assert actions_for(rows["J01"], {"J01"}) == {EXCLUDE, NEWEST, REMOVE}
    assert actions_for(rows["J02"]) == {INCLUDE, REMOVE}
    assert rows["J02"].status == "excluded"
    missing = next(r for r in listed if r.status == "missing")
    assert actions_for(missing) == set()  # nothing to act on
    superseded = replace(rows["J03"], status="superseded")  # as the merge lists an older one
    assert actions_for(superseded) == {EXCLUDE, CHOOSE, REMOVE}
