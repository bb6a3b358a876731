"""sqlite-utils, imported as if pandas and numpy were not installed.

sqlite-utils imports pandas and numpy whenever they are installed, only to map their scalar
types to column types: ~0.3 s (~0.4 s after PySide6, whose import hook inspects every new
module). Nothing here hands sqlite-utils a numpy or pandas value, and pandas is imported
where a workbook is read (storage/headers.py). Every module that needs sqlite-utils imports
it from here; pandas and numpy stay importable afterwards. The judge's start path does not
import this module at all (storage/db.py speaks plain sqlite3).
"""

from __future__ import annotations

import sys


def _import_without_pandas() -> None:
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


_import_without_pandas()

import sqlite_utils  # noqa: E402  # loaded above, pandas hidden
from sqlite_utils import Database  # noqa: E402

__all__ = ["Database", "sqlite_utils"]
