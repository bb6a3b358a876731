"""A judge's scoring session in its own process, for the kill test.

Usage: scorer.py DATA_DIR START COUNT. Makes edits START, START+1, … through the same
Workspace calls the window uses and prints "saved N" after each call returns, which is the
moment the window shows "Saved".
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from storage.workspace import Workspace
from tests.helpers.edits import edit


def main() -> None:
    data_dir, start, count = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    workspace = Workspace.open(data_dir)
    print("ready", flush=True)
    for index in range(start, start + count):
        project, dimension, value = edit(index)
        workspace.set_score(project, dimension, value)
        print(f"saved {index}", flush=True)


if __name__ == "__main__":
    main()
