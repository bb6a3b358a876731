"""main.py's quick way into the app agrees with argparse on odd command lines."""

from __future__ import annotations

from pathlib import Path

import pytest

import cli.main as cli

ODD = [
    [],
    ["--data-dir", "laptop"],
    ["--data-dir=laptop"],
    ["--data-dir="],
    ["--data-dir", ""],
    ["--data-dir"],
    ["--data-dir", "-x"],
    ["--data-dir=-x"],
    ["--data-dir", "-"],
    ["--data-dir", "-1"],
    ["--data-dir", "--"],
    ["--data-dir", "laptop", "extra"],
    ["--data-dir", "laptop", "--data-dir", "other"],
    ["--data-dir=a=b"],
    ["--data-dirx=laptop"],
    ["--data", "laptop"],
    ["--data-dir", "gui"],
    ["--data-dir", "laptop", "gui"],
    ["--data-dir=--help"],
    ["-h"],
    ["laptop"],
    ["--data-dir", "-my dir"],
]


def _outcome(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[object, ...]:
    opened: list[Path] = []
    try:
        code = cli.main(list(argv), gui=lambda folder: opened.append(folder) or 0)
    except SystemExit as stop:
        return ("exit", stop.code, opened)
    capsys.readouterr()
    return ("ran", code, opened)


@pytest.mark.parametrize("argv", ODD, ids=repr)
def test_the_quick_path_agrees_with_argparse(
    argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    monkeypatch.setenv("PANELSCORE_DATA_DIR", str(tmp_path / "default"))
    quick = _outcome(argv, capsys)
    monkeypatch.setattr(cli, "_app_start", lambda argv: None)  # argparse alone
    slow = _outcome(argv, capsys)
    assert quick == slow


def test_main_py_leaves_collection_off_for_the_app_and_on_for_a_command(tmp_path: Path) -> None:
    # main.py switches automatic collection off before its first import (the app collects on
    # its GUI thread, ui/gc_guard.py); a secretariat's command, a long merge say, must not
    # run without it.
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    probe = (
        "import gc, sys, runpy; sys.argv = ['main.py'] + sys.argv[1:]\n"
        "import cli.main as cli\n"
        "seen = []\n"
        "cli.build_parser = (lambda build: lambda: (seen.append(gc.isenabled()), build())[1])"
        "(cli.build_parser)\n"
        "import main\n"
        "print('at import', gc.isenabled())\n"
        "main.main()\n"
        "print('command', gc.isenabled())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, "template", str(tmp_path / "event.xlsx")],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "at import False" in done.stdout
    assert "command True" in done.stdout
    assert (tmp_path / "event.xlsx").exists()
