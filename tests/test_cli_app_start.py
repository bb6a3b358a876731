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
