"""Recorded times as people read them on the laptop."""

from __future__ import annotations

import time
from datetime import datetime

import pytest

from storage.clock import now, shown


def test_a_recorded_time_is_shown_in_local_time_to_the_minute(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        assert shown("2026-11-22T01:05:59+00:00") == "2026-11-22 09:05"  # package, in UTC
        assert shown(now())[:10] == datetime.now().strftime("%Y-%m-%d")
        assert shown("2026-11-22T09:05:00") == "2026-11-22 09:05"  # no offset: as written
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_an_unreadable_time_is_shown_as_the_file_says() -> None:
    assert shown("yesterday") == "yesterday"
    assert shown("") == ""
