"""What the parts of Workspace (storage/signing.py, storage/score_export.py) use of it.

Each part is a class Workspace inherits from; Workspace provides these for real.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storage.package import PackageInfo


class WorkspacePart:
    db: sqlite3.Connection

    @property
    def package(self) -> PackageInfo | None:
        raise NotImplementedError

    @property
    def judge_id(self) -> str:
        raise NotImplementedError

    def get(self, key: str, default: str = "") -> str:
        raise NotImplementedError

    def _put(self, key: str, value: str) -> None:
        raise NotImplementedError

    def set_setting(self, key: str, value: str) -> None:
        raise NotImplementedError

    def _audit(
        self, at: str, project: str, field: str, old: str, new: str, reason: str = ""
    ) -> None:
        raise NotImplementedError

    def audit_trail(self) -> list[dict[str, object]]:
        raise NotImplementedError

    def signature(self) -> bytes:
        raise NotImplementedError
