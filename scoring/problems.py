"""A problem found while merging or ranking, listed in results.json and merge-log.txt."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """``kind`` is a stable key (e.g. 'missing_score'); ``message`` is for people."""

    kind: str
    message: str
    judge: str = ""
    project: str = ""
    source: str = ""

    def as_dict(self) -> dict[str, str]:
        out = {"kind": self.kind, "message": self.message}
        for key in ("judge", "project", "source"):
            value = getattr(self, key)
            if value:
                out[key] = value
        return out

    def sort_key(self) -> tuple[str, str, str, str, str]:
        return (self.kind, self.judge, self.project, self.source, self.message)
