"""Each workspace edit is all or nothing on plain sqlite3 (storage.db.transaction)."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from storage.scorefile import read_score_file
from storage.workspace import Workspace

Edit = Callable[[Workspace], object]


@pytest.fixture
def workspace(demo_master: Path, tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open(tmp_path / "data")
    ws.import_package(demo_master / "event.pspkg")
    ws.choose_judge("J03")
    for dimension, value in (("concept", "27.5"), ("measures", "36"), ("impact", "27")):
        ws.set_score("G01", dimension, value)
    ws.set_comment("G01", "举措扎实")
    ws.submit("G01")
    ws.set_score("G02", "concept", "20")
    yield ws
    ws.close()


def _snapshot(ws: Workspace) -> tuple[object, ...]:
    tables = ("scores", "sheets", "audit", "settings", "signature")
    return tuple(
        sorted(map(tuple, ws.db.execute(f"SELECT * FROM {table}").fetchall()), key=repr)
        for table in tables
    )


def _complete_g02(ws: Workspace) -> None:
    for dimension in ("measures", "impact"):
        ws.set_score("G02", dimension, "20")


# name: (what happens first, the edit whose audit entry is refused)
EDITS: dict[str, tuple[Edit, Edit]] = {
    "set a score": (lambda ws: None, lambda ws: ws.set_score("G02", "measures", "30")),
    "change a score": (lambda ws: None, lambda ws: ws.set_score("G02", "concept", "21")),
    "clear a score": (lambda ws: None, lambda ws: ws.set_score("G02", "concept", None)),
    "score a new project": (lambda ws: None, lambda ws: ws.set_score("G03", "concept", "25")),
    "comment": (lambda ws: None, lambda ws: ws.set_comment("G02", "待核实")),
    "submit": (_complete_g02, lambda ws: ws.submit("G02")),
    "revise": (lambda ws: None, lambda ws: ws.revise("G01", "答辩后复核")),
}


@pytest.mark.parametrize("how", ["ABORT", "ROLLBACK", "FAIL"])
@pytest.mark.parametrize("edit", list(EDITS), ids=str)
def test_a_refused_audit_entry_leaves_no_part_of_the_edit(
    workspace: Workspace, edit: str, how: str
) -> None:
    prepare, run = EDITS[edit]
    prepare(workspace)
    before = _snapshot(workspace)
    workspace.db.execute(
        "CREATE TEMP TRIGGER no_audit BEFORE INSERT ON audit "
        f"BEGIN SELECT RAISE({how}, 'the audit refuses'); END"
    )
    with pytest.raises(sqlite3.IntegrityError, match="the audit refuses"):
        run(workspace)
    assert not workspace.db.in_transaction
    assert _snapshot(workspace) == before
    workspace.db.execute("DROP TRIGGER temp.no_audit")
    run(workspace)  # the connection is still usable: the same edit now goes through
    assert _snapshot(workspace) != before


def test_an_edit_without_an_audit_table_changes_nothing(workspace: Workspace, tmp_path) -> None:
    workspace.close()
    copy = tmp_path / "copy"
    shutil.copytree(tmp_path / "data", copy)
    with sqlite3.connect(copy / "workspace.db") as conn:
        conn.execute("DROP TABLE audit")
    ws = Workspace.open(copy)
    try:
        with pytest.raises(sqlite3.OperationalError, match="audit"):
            ws.set_score("G02", "concept", "21")
        assert ws.sheet("G02").values == {"concept": Decimal("20")}
        assert not ws.db.in_transaction
    finally:
        ws.close()


def test_an_edit_inside_a_failed_outer_transaction_is_undone(workspace: Workspace) -> None:
    from storage.db import transaction

    before = _snapshot(workspace)
    with pytest.raises(RuntimeError), transaction(workspace.db):
        workspace.set_score("G02", "concept", "21")  # a savepoint inside
        workspace.set_comment("G02", "x")
        raise RuntimeError
    assert _snapshot(workspace) == before


def test_a_failed_export_note_never_lets_a_later_export_take_its_name(
    workspace: Workspace, tmp_path: Path
) -> None:
    # The revision is taken before the stick is written, and the file is written and checked
    # before the audit trail notes it: if that note fails, the file on the stick stays, and
    # the next export never replaces it under the same name.
    usb = tmp_path / "usb"
    usb.mkdir()
    workspace.db.execute(
        "CREATE TEMP TRIGGER no_audit BEFORE INSERT ON audit "
        "BEGIN SELECT RAISE(ABORT, 'the audit refuses'); END"
    )
    with pytest.raises(sqlite3.IntegrityError):
        workspace.export(usb)
    (first,) = usb.glob("*.psscore")
    assert first.name.endswith("-r1.psscore")
    kept = first.read_bytes()
    workspace.db.execute("DROP TRIGGER temp.no_audit")
    result = workspace.export(usb)
    assert result.revision == 2 and first.read_bytes() == kept
    content = read_score_file(result.path)
    assert content.scores["G01"] == {
        "concept": Decimal("27.5"),
        "measures": Decimal("36"),
        "impact": Decimal("27"),
    }
    assert (
        content.sheets["G01"].state == "submitted" and content.sheets["G01"].comment == "举措扎实"
    )
    trail = workspace.audit_trail()
    assert trail[-1]["field"] == "export" and trail[-1]["new"].endswith(result.verification_code)
    assert [row["field"] for row in content.audit] == [row["field"] for row in trail[:-1]]
