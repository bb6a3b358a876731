"""Command line: the secretariat's subcommands, and the GUI when none is given.

Exit codes: 0 success, 1 done with problems listed, 2 bad input or usage. Errors are one
human line on stderr, never a traceback (the traceback goes to the log in the data folder).
"""

from __future__ import annotations

import argparse
import gc
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from storage.errors import ExportError, InputError, WorkbookError
from storage.paths import default_data_dir

OK, PROBLEMS, BAD_INPUT = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(BAD_INPUT, f"{self.prog}: error: {message} (see --help)\n")


def _command(name: str) -> Callable[[argparse.Namespace], int]:
    """The subcommand ``name`` of cli/commands.py, imported only when it runs.

    cli/commands.py pulls in the merge, the reports and reportlab (~0.3 s), which opening the
    app does not need (bench/judge_ui.py measures that start).
    """

    def run(args: argparse.Namespace) -> int:
        from cli import commands

        return int(getattr(commands, name)(args))

    run.__name__ = name
    return run


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="main.py",
        description="PanelScore (评审打分): offline panel scoring. Without a command, opens "
        "the app.",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="workspace folder (default: the platform's application-data "
        "folder, or $PANELSCORE_DATA_DIR)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser(
        "demo", help="write the demo event: workbook, materials, package, 7 judges' scores"
    )
    p.add_argument("folder", type=Path, metavar="DIR")
    p.set_defaults(run=_command("demo"))

    p = sub.add_parser("template", help="write an empty event workbook to fill in")
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(run=_command("template"))

    p = sub.add_parser("package", help="build the event package (.pspkg) from a workbook")
    p.add_argument("workbook", type=Path, metavar="WORKBOOK")
    p.add_argument(
        "--materials",
        type=Path,
        metavar="DIR",
        help="folder of materials named after project codes, e.g. G03-申报材料.pdf",
    )
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    p.set_defaults(run=_command("package"))

    p = sub.add_parser("merge", help="merge score files and paper sheets into the ranking")
    p.add_argument("package", type=Path, metavar="PACKAGE")
    p.add_argument(
        "inputs",
        type=Path,
        nargs="+",
        metavar="INPUT",
        help="score files, paper sheets (.csv/.xlsx) or folders holding them",
    )
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUTDIR")
    p.set_defaults(run=_command("merge"))

    p = sub.add_parser("verify", help="check one score file and print its verification code")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument(
        "--package", type=Path, metavar="PACKAGE", help="also check it against this event package"
    )
    p.set_defaults(run=_command("verify"))

    p = sub.add_parser("gui", help="open the app (the default)")
    p.set_defaults(run=None)
    return parser


def _app_start(argv: Sequence[str]) -> Path | None:
    """The data folder when ``argv`` only opens the app (nothing, or ``--data-dir DIR``), else
    None. Building every subcommand's parser costs ~7 ms of a judge's start, for nothing."""
    if not argv:
        return default_data_dir()
    if len(argv) == 2 and argv[0] == "--data-dir" and not argv[1].startswith("-"):
        return Path(argv[1])
    if len(argv) == 1 and argv[0].startswith("--data-dir=") and argv[0] != "--data-dir=":
        return Path(argv[0].partition("=")[2])
    return None


def main(argv: Sequence[str] | None = None, gui: Callable[[Path], int] | None = None) -> int:
    """Run a subcommand, or ``gui(data_dir)`` when none is given (main.py passes the app)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    data_dir = _app_start(argv) if gui is not None else None
    if data_dir is not None and gui is not None:
        return gui(data_dir)
    args = build_parser().parse_args(argv)
    data_dir = args.data_dir or default_data_dir()
    if getattr(args, "run", None) is None:
        if gui is None:
            print(
                "error: the app is not available here; give a command (see --help)", file=sys.stderr
            )
            return BAD_INPUT
        return gui(data_dir)
    gc.enable()  # main.py leaves it off for the app's start (ui/gc_guard.py collects there)
    try:
        return int(args.run(args))
    except WorkbookError as error:
        print(f"error: {error}", file=sys.stderr)
        for problem in error.problems[1:]:
            print(f"  {problem}", file=sys.stderr)
        return BAD_INPUT
    except (InputError, ExportError) as error:
        print(f"error: {error}", file=sys.stderr)
        return BAD_INPUT
    except KeyboardInterrupt:
        print("error: interrupted; nothing was written", file=sys.stderr)
        return BAD_INPUT
    except Exception as error:  # last resort: a line for the user, the details in the log
        log = _log_crash(data_dir)
        print(
            f"error: unexpected problem ({type(error).__name__}: {error}); details in {log}",
            file=sys.stderr,
        )
        return BAD_INPUT


def _log_crash(data_dir: Path) -> Path:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        log = data_dir / "panelscore-error.log"
        with log.open("a", encoding="utf-8") as handle:
            traceback.print_exc(file=handle)
        return log
    except OSError:
        return Path("(log not writable)")
