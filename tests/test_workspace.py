"""The judge's workspace on real SQLite files: edits, submission, revision, audit, export."""

from __future__ import annotations

import os
import stat
from decimal import Decimal
from pathlib import Path

import pytest

from storage.errors import ExportError, InputError
from storage.scorefile import read_score_file
from storage.workspace import EditRefused, Workspace


@pytest.fixture
def workspace(demo_master: Path, tmp_path: Path) -> Workspace:
    ws = Workspace.open(tmp_path / "data")
    ws.import_package(demo_master / "event.pspkg")
    ws.choose_judge("J03")
    yield ws
    ws.close()


def test_edits_survive_reopening(workspace: Workspace, tmp_path: Path) -> None:
    workspace.set_score("G01", "concept", "27.5")
    workspace.set_comment("G01", "举措扎实")
    workspace.close()
    again = Workspace.open(tmp_path / "data")
    sheet = again.sheet("G01")
    assert again.judge_id == "J03"
    assert sheet.values == {"concept": Decimal("27.5")}
    assert (sheet.state, sheet.comment) == ("draft", "举措扎实")
    again.close()


@pytest.mark.parametrize("value", ["31", "-1", "27.3", "abc"])
def test_values_outside_the_rubric_are_refused(workspace: Workspace, value: str) -> None:
    with pytest.raises(EditRefused):
        workspace.set_score("G01", "concept", value)
    assert workspace.sheet("G01").state == "empty"


def test_submit_then_revise_with_reason(workspace: Workspace) -> None:
    with pytest.raises(EditRefused, match="not every dimension"):
        workspace.submit("G01")
    for key, value in (("concept", "25"), ("measures", "33.5"), ("impact", "24")):
        workspace.set_score("G01", key, value)
    workspace.submit("G01")
    with pytest.raises(EditRefused, match="submitted"):
        workspace.set_score("G01", "concept", "26")
    with pytest.raises(EditRefused, match="reason"):
        workspace.revise("G01", "  ")
    workspace.revise("G01", "答辩补充材料后调整")
    workspace.set_score("G01", "concept", "26")
    sheet = workspace.sheet("G01")
    assert (sheet.state, sheet.revision, sheet.values["concept"]) == ("draft", 1, Decimal(26))
    trail = workspace.audit_trail()
    assert any(row["reason"] == "答辩补充材料后调整" for row in trail)
    assert [row["new"] for row in trail if row["field"] == "concept"] == ["25", "26"]


def test_recused_project_cannot_be_scored(workspace: Workspace) -> None:
    with pytest.raises(EditRefused, match="recused"):
        workspace.set_score("K05", "concept", "20")


def test_export_reads_back_with_the_same_code(workspace: Workspace, tmp_path: Path) -> None:
    for key, value in (("concept", "25"), ("measures", "33.5"), ("impact", "24")):
        workspace.set_score("G02", key, value)
    workspace.submit("G02")
    usb = tmp_path / "usb"
    usb.mkdir()
    first = workspace.export(usb)
    content = read_score_file(first.path)
    assert content.verification_code() == first.verification_code
    assert content.meta["verification_code"] == first.verification_code
    assert content.scores["G02"]["measures"] == Decimal("33.5")
    assert first.revision == 1 and workspace.export(usb).revision == 2
    assert [p.name for p in usb.iterdir() if p.name.startswith(".")] == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_export_to_read_only_folder_is_a_clear_error(workspace: Workspace, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    usb.chmod(stat.S_IRUSR | stat.S_IXUSR)
    with pytest.raises(ExportError, match="may not write"):
        workspace.export(usb)
    assert list(usb.iterdir()) == []


def test_export_to_a_vanished_folder_is_a_clear_error(workspace: Workspace, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="pulled out"):
        workspace.export(tmp_path / "no-such-usb")
    assert workspace.get("export_revision", "0") == "0"


def test_damaged_package_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    ws = Workspace.open(tmp_path / "data")
    bad = tmp_path / "bad.pspkg"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    with pytest.raises(InputError):
        ws.import_package(bad)
    assert ws.package is None
    ws.close()


def test_workspace_of_a_newer_version_is_refused(tmp_path: Path) -> None:
    Workspace.open(tmp_path / "data").close()
    import sqlite3

    with sqlite3.connect(tmp_path / "data" / "workspace.db") as conn:
        conn.execute("INSERT INTO migrations VALUES ('999_future', 'now')")
    with pytest.raises(InputError, match="newer PanelScore"):
        Workspace.open(tmp_path / "data")


def test_damaged_cached_package_is_replaced_by_a_new_import(
    demo_master: Path, tmp_path: Path
) -> None:
    ws = Workspace.open(tmp_path / "data")
    package = ws.import_package(demo_master / "event.pspkg")
    ws.choose_judge("J01")
    ws.set_score("G01", "concept", "20")
    ws.close()
    cached = tmp_path / "data" / "packages" / f"{package.code}.pspkg"
    cached.write_bytes(cached.read_bytes()[:4096])
    again = Workspace.open(tmp_path / "data")
    with pytest.raises(InputError):
        _ = again.package
    again.import_package(demo_master / "event.pspkg")
    assert again.package is not None and again.judge_id == "J01"
    assert again.sheet("G01").values["concept"] == Decimal(20)
    again.close()


def test_pin_is_stored_hashed_and_checked(workspace: Workspace, tmp_path: Path) -> None:
    assert not workspace.has_pin and workspace.check_pin("")
    with pytest.raises(EditRefused):
        workspace.set_pin("12a4")
    workspace.set_pin("2468")
    stored = workspace.get("pin_hash")
    assert stored.startswith("scrypt$") and "2468" not in stored
    assert workspace.check_pin("2468") and not workspace.check_pin("2469")
    workspace.set_pin("")
    assert not workspace.has_pin


def _png(width: int = 120, height: int = 40) -> bytes:
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (width, height), "white")
    ImageDraw.Draw(image).line([(5, 30), (40, 8), (80, 32), (115, 10)], fill="navy", width=3)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def test_signature_survives_reopening_and_is_audited(workspace: Workspace, tmp_path: Path) -> None:
    assert workspace.signature() == b""
    png = _png()
    workspace.set_signature(png)
    workspace.close()
    again = Workspace.open(tmp_path / "data")
    assert again.signature() == png
    again.set_signature(b"")
    assert again.signature() == b""
    rows = [r for r in again.audit_trail() if r["field"] == "signature"]
    assert [bool(r["old"]) for r in rows] == [False, True]
    assert rows[0]["new"].startswith(f"PNG {len(png)} bytes sha256:")  # never the bytes
    assert rows[1]["new"] == ""
    again.close()


def test_signature_must_be_a_png_of_reasonable_size(workspace: Workspace) -> None:
    with pytest.raises(EditRefused, match="PNG"):
        workspace.set_signature(b"GIF89a....")
    with pytest.raises(EditRefused, match="PNG"):
        workspace.set_signature(b"\x89PNG\r\n\x1a\n" + b"\x00" * (3 * 2**20))
    assert workspace.signature() == b""


def test_signature_goes_into_the_score_file_and_onto_the_sheet(
    workspace: Workspace, tmp_path: Path
) -> None:
    import subprocess

    from reports.data import JudgeSheet
    from reports.score_sheets import judge_sheet_pdf

    for key, value in (("concept", "25"), ("measures", "33.5"), ("impact", "24")):
        workspace.set_score("G02", key, value)
    workspace.submit("G02")
    before = workspace.content().verification_code()
    png = _png()
    workspace.set_signature(png)
    assert workspace.content().verification_code() == before  # the code covers scores only
    usb = tmp_path / "usb"
    usb.mkdir()
    result = workspace.export(usb)
    assert read_score_file(result.path).signature_png == png
    event = workspace.event

    def images(content: object) -> list[str]:
        sheet = JudgeSheet(event.judge("J03"), "score-file", result.verification_code, content)
        path = tmp_path / "sheet.pdf"
        path.write_bytes(judge_sheet_pdf(event, sheet, workspace.package.code))  # type: ignore[union-attr]
        listing = subprocess.run(
            ["pdfimages", "-list", str(path)], check=True, capture_output=True, text=True
        ).stdout
        return listing.splitlines()[2:]  # below the two header lines

    assert len(images(workspace.content())) >= 1  # the signature (plus its mask, if any)
    workspace.set_signature(b"")
    assert images(workspace.content()) == []  # the QR code is vector: no image without it


def test_migrations_are_recorded(workspace: Workspace) -> None:
    names = [row[0] for row in workspace.db.execute("SELECT name FROM migrations ORDER BY name")]
    assert names == ["001_initial", "002_signature"]


def test_last_export_comes_from_the_audit_trail(workspace: Workspace, tmp_path: Path) -> None:
    assert workspace.last_export() is None
    usb = tmp_path / "usb"
    usb.mkdir()
    result = workspace.export(usb)
    last = workspace.last_export()
    assert last is not None
    assert (last.name, last.verification_code) == (result.path.name, result.verification_code)


def test_settings_are_saved_together(workspace: Workspace, tmp_path: Path) -> None:
    workspace.set_settings({"timer_presentation": "12", "timer_qa": "4"})
    workspace.close()
    again = Workspace.open(tmp_path / "data")
    assert (again.get("timer_presentation"), again.get("timer_qa")) == ("12", "4")
    again.close()
