"""Where the workspace lives: the platform's application-data folder, unless overridden."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP = "PanelScore"


def default_data_dir() -> Path:
    override = os.environ.get("PANELSCORE_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming")) / APP
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP
    return Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / APP
