"""Files from a USB stick are untrusted: forged packages, full disks, odd numbers."""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from scoring.content import ScoreContent, SheetRow
from scoring.serialize import event_from_dict
from storage.errors import ExportError, InputError
from storage.package import package_digest, read_package
from storage.scorefile import read_score_file, write_score_file


def _forge(package: Path, target: Path, change: dict[str, object]) -> Path:
    """A package whose event was edited and whose digest was recomputed to match."""
    shutil.copy(package, target)
    with sqlite3.connect(target) as conn:
        data = json.loads(conn.execute("SELECT data FROM event").fetchone()[0])
        data["rules"].update(change)
        conn.execute("UPDATE event SET data = ?", [json.dumps(data, ensure_ascii=False)])
        materials = read_package(package).materials
        digest = package_digest(event_from_dict(data), materials)
        conn.execute("UPDATE meta SET value = ? WHERE key = 'digest'", [digest])
    return target


@pytest.mark.parametrize("change", [{"tie_break": ["nope"]}, {"aggregate": "best"}, {"trim": 3}])
def test_forged_package_with_inconsistent_rules_is_refused(
    demo_master: Path, tmp_path: Path, change: dict[str, object]
) -> None:
    forged = _forge(demo_master / "event.pspkg", tmp_path / "forged.pspkg", change)
    with pytest.raises(InputError, match="not consistent"):
        read_package(forged)


def test_full_disk_during_export_is_a_clear_error(tmp_path: Path) -> None:
    content = ScoreContent(
        "e",
        "d",
        "J01",
        {f"P{i}": {"concept": Decimal(20)} for i in range(3000)},
        {f"P{i}": SheetRow("submitted", "评语" * 50) for i in range(3000)},
    )
    target = tmp_path / "J01.psscore"
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, hard))  # a disk that fills at 64 KB
    try:
        with pytest.raises(ExportError, match=r"full|stopped answering"):
            write_score_file(content, target)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)
    assert list(tmp_path.iterdir()) == []


def test_score_file_with_an_absurd_number_is_damaged(demo_master: Path, tmp_path: Path) -> None:
    source = sorted((demo_master / "scores").glob("J01-*.psscore"))[0]
    target = tmp_path / "odd.psscore"
    shutil.copy(source, target)
    with sqlite3.connect(target) as conn:
        conn.execute("UPDATE scores SET value = '1E-999999999' WHERE rowid = 1")
    with pytest.raises(InputError, match="damaged"):
        read_score_file(target)


def test_sqlite_refusing_a_read_only_folder_says_so(tmp_path: Path) -> None:
    """SQLite only says 'unable to open database file'; the clerk must read why."""
    import subprocess

    from storage.atomic import atomic_write

    folder = tmp_path / "usb"
    folder.mkdir()
    folder.chmod(0o500)
    locked = False
    if os.access(folder, os.W_OK):  # root: only the immutable flag stops it
        locked = subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0
        if not locked:
            pytest.skip("cannot make a folder read-only for this user")
    try:

        def write(temp: Path) -> None:
            sqlite3.connect(temp).execute("CREATE TABLE t (x)")

        with pytest.raises(ExportError, match="may not write to this folder"):
            atomic_write(folder / "out.pspkg", write)
    finally:
        if locked:
            subprocess.run(["chattr", "-i", str(folder)], check=False)
        folder.chmod(0o700)
