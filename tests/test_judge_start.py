"""The judge app's start path (bench/judge_ui.py): no sqlite-utils, pandas or numpy, no scan
of the workspace's own copy of the package."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import storage.db
from storage.package import read_package

ROOT = Path(__file__).resolve().parent.parent


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


JUDGE_START = (
    "storage.workspace, storage.material_reader, storage.package, storage.db, "
    "storage.migrations, storage.signing"
)
# Their modules import sqlite-utils only through storage/lean_sqlite_utils.py (pandas hidden).
SCANNED = ("storage", "publish", "cli", "scoring", "reports", "ui", "widgets")
LEAN = ROOT / "storage" / "lean_sqlite_utils.py"


def test_the_judge_start_path_imports_no_sqlite_utils() -> None:
    code = f"import sys, {JUDGE_START}\nprint('sqlite_utils' in sys.modules)"
    assert _run(code) == "False"


def test_sqlite_utils_is_imported_only_through_lean_sqlite_utils() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for folder in SCANNED
        for path in sorted((ROOT / folder).rglob("*.py"))
        if path != LEAN
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.match(r"\s*(import|from)\s+sqlite_utils\b", line)
    ]
    assert found == []


def test_storage_imports_neither_pandas_nor_numpy() -> None:
    code = (
        "import sys\n"
        f"import {JUDGE_START}, storage.lean_sqlite_utils, storage.secretariat\n"
        "print(sorted(m for m in ('pandas', 'numpy') if m in sys.modules))\n"
        "import pandas, numpy\n"  # still importable afterwards (workbooks need pandas)
        "print(pandas.__name__, numpy.__name__)"
    )
    assert _run(code).splitlines() == ["[]", "pandas numpy"]


def test_opening_the_app_imports_no_subcommand() -> None:
    code = (
        "import sys, cli.main\n"
        "print(sorted(m for m in ('cli.commands', 'reportlab', 'pandas') if m in sys.modules))"
    )
    assert _run(code) == "[]"


def test_pandas_imported_first_is_left_alone() -> None:
    code = (
        "import pandas, storage.lean_sqlite_utils, sqlite_utils.db\n"
        "print(sqlite_utils.db.pd is pandas)"
    )
    assert _run(code) == "True"


def _statements(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every SQL statement run through connections that storage.db opens from now on."""
    seen: list[str] = []
    connect = sqlite3.connect

    def traced(*args: object, **kwargs: object) -> sqlite3.Connection:
        conn = connect(*args, **kwargs)  # type: ignore[arg-type]
        conn.set_trace_callback(seen.append)
        return conn

    monkeypatch.setattr(storage.db.sqlite3, "connect", traced)
    return seen


def test_the_workspace_copy_can_skip_the_page_scan(
    demo_master: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = demo_master / "event.pspkg"
    seen = _statements(monkeypatch)
    checked = read_package(path)
    assert "PRAGMA quick_check" in seen
    seen.clear()
    fast = read_package(path, check_pages=False)
    assert "PRAGMA quick_check" not in seen
    assert fast == checked  # every other check and the digest are the same
