"""Reading a project's materials from the laptop's verified copy of the package, fast.

The copy was fully checked on import, so this keeps one read-only connection open and only
checks each material's SHA-256 as it is read (a switch of project must take milliseconds).
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from urllib.parse import quote

from storage.errors import InputError
from storage.package import PackageInfo

Material = tuple[str, str, bytes | InputError]  # (file name, kind, data or why not)


class MaterialReader:
    def __init__(self, package: PackageInfo) -> None:
        self.package = package
        uri = f"file:{quote(str(Path(package.path).resolve()))}?mode=ro"
        self._conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self._conn.execute("PRAGMA query_only=ON")

    def close(self) -> None:
        self._conn.close()

    def read(self, project: str) -> list[Material]:
        out: list[Material] = []
        for material in (m for m in self.package.materials if m.project == project):
            out.append(
                (material.name, material.kind, self._one(project, material.name, material.sha256))
            )
        return out

    def _one(self, project: str, name: str, digest: str) -> bytes | InputError:
        try:
            row = self._conn.execute(
                "SELECT data FROM materials WHERE project = ? AND name = ?", [project, name]
            ).fetchone()
        except sqlite3.DatabaseError:
            return InputError(
                "the event package on this laptop is damaged; import it again", kind="damaged"
            )
        if row is None:
            return InputError(f"{name} is missing from the package", kind="missing_material")
        data = bytes(row[0])
        if hashlib.sha256(data).hexdigest() != digest:
            return InputError(f"{name} is damaged (its checksum differs)", kind="damaged")
        return data
