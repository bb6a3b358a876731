"""The time our files record: local time with its UTC offset, to the second."""

from __future__ import annotations

from datetime import datetime


def now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def shown(stamp: str) -> str:
    """A recorded time as a person reads it on this laptop: "2026-11-22 09:05" in local
    time; anything unreadable as it is (it is still what the file says)."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")
