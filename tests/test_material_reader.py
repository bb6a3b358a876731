"""A project's materials from the laptop's copy of the package, with damage reported."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from storage.errors import InputError
from storage.material_reader import MaterialReader
from storage.package import read_package


def test_reads_a_projects_pdf(demo_master: Path) -> None:
    reader = MaterialReader(read_package(demo_master / "event.pspkg"))
    [(name, kind, data)] = reader.read("G01")
    assert name == "G01-申报材料.pdf" and kind == "pdf"
    assert isinstance(data, bytes) and data.startswith(b"%PDF")
    assert reader.read("NOPE") == []
    reader.close()


def test_damaged_material_is_reported_in_place(demo_master: Path, tmp_path: Path) -> None:
    copy = tmp_path / "event.pspkg"
    shutil.copy(demo_master / "event.pspkg", copy)
    package = read_package(copy)
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE materials SET data = ? WHERE project = 'G02'", [b"%PDF-1.4 junk"])
    reader = MaterialReader(package)
    [(_, _, error)] = reader.read("G02")
    assert isinstance(error, InputError) and "damaged" in error.message
    reader.close()
