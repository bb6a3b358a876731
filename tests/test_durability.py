"""Kill the scoring process at random moments: nothing reported saved is ever lost.

DESIGN.md §6: every edit is its own transaction (WAL, synchronous=FULL); the check reads the
database with plain sqlite3 after each SIGKILL.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest

from storage.workspace import Workspace
from tests.helpers.edits import state_after

ROOT = Path(__file__).resolve().parent.parent
KILLS = 100


def _db_state(data_dir: Path) -> dict[tuple[str, str], Decimal]:
    with sqlite3.connect(data_dir / "workspace.db") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = conn.execute("SELECT project, dimension, value FROM scores").fetchall()
    return {(p, d): Decimal(v) for p, d, v in rows}


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_at_random_moments_loses_nothing_saved(demo_master: Path, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    workspace = Workspace.open(data_dir)
    workspace.import_package(demo_master / "event.pspkg")
    workspace.choose_judge("J01")
    workspace.close()
    rng = random.Random(20231214)
    start = 0
    for _ in range(KILLS):
        child = subprocess.Popen(
            [
                sys.executable,
                str(ROOT / "tests" / "helpers" / "scorer.py"),
                str(data_dir),
                str(start),
                "100000",
            ],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.05))
        os.kill(child.pid, signal.SIGKILL)
        output = child.stdout.read()
        child.wait()
        child.stdout.close()
        saved = [int(line.split()[1]) for line in output.splitlines() if line.startswith("saved")]
        last = saved[-1] if saved else start - 1
        state = _db_state(data_dir)
        # Everything reported saved is there; at most the one edit in flight went further.
        if state == state_after(last + 1) and state != state_after(last):
            last += 1
        assert state == state_after(last), f"lost edits after index {last}"
        start = last + 1
    assert start > KILLS  # the runs really edited
