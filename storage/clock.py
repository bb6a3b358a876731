"""The time our files record: local time with its UTC offset, to the second."""

from __future__ import annotations

from datetime import datetime


def now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")
