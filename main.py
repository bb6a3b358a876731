"""PanelScore (评审打分): the app by default, the secretariat's commands otherwise."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

# The app collects cycles on its GUI thread only (ui/gc_guard.py), so automatic collection
# is off from the first import: a judge's start is ~12 ms faster (bench/judge_ui.py). The
# secretariat's commands switch it back on (cli/main.py).
gc.disable()


def _gui(data_dir: Path) -> int:
    from ui.app import run_gui  # Qt is loaded only when the app opens

    return run_gui(data_dir)


def main() -> int:
    from cli.main import main as cli_main

    return cli_main(sys.argv[1:], gui=_gui)


if __name__ == "__main__":
    sys.exit(main())
