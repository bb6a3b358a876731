"""SQLite storage (through sqlite-utils), workbook import and the merge. No Qt here."""

from __future__ import annotations

import sys


def _import_sqlite_utils_without_pandas() -> None:
    """Import sqlite-utils as if pandas and numpy were not installed.

    sqlite-utils imports pandas and numpy whenever they are installed, only to map their
    scalar types to column types: ~0.3 s, ~0.4 s after PySide6 (whose import hook inspects
    every new module), on the judge app's start path (bench/judge_ui.py). Nothing here hands
    sqlite-utils a numpy or pandas value, and pandas is imported where a workbook is read
    (storage/headers.py). This package is imported before any module of it, so this runs
    before their ``import sqlite_utils``; pandas and numpy stay importable afterwards.
    """
    if "sqlite_utils" in sys.modules:
        return
    hidden = [name for name in ("pandas", "numpy") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # "import pandas" fails
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]


_import_sqlite_utils_without_pandas()
