"""storage.db.transaction: sqlite-utils' atomic() on a plain sqlite3 connection."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from storage.db import open_durable, transaction


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    conn = open_durable(tmp_path / "t.db")
    conn.execute("CREATE TABLE t (n INTEGER PRIMARY KEY)")
    yield conn
    conn.close()


def _stored(conn: sqlite3.Connection) -> list[int]:
    # What another connection sees: only committed rows.
    other = sqlite3.connect(conn.execute("PRAGMA database_list").fetchone()[2])
    try:
        return [row[0] for row in other.execute("SELECT n FROM t ORDER BY n")]
    finally:
        other.close()


def test_commits_on_success(conn: sqlite3.Connection) -> None:
    with transaction(conn) as inside:
        inside.execute("INSERT INTO t VALUES (1)")
        inside.execute("INSERT INTO t VALUES (2)")
        assert _stored(conn) == []  # not before the block ends
    assert _stored(conn) == [1, 2]
    assert not conn.in_transaction


@pytest.mark.parametrize("error", [ValueError, KeyboardInterrupt])
def test_rolls_back_on_any_exception(conn: sqlite3.Connection, error: type[BaseException]) -> None:
    with pytest.raises(error), transaction(conn):
        conn.execute("INSERT INTO t VALUES (1)")
        raise error
    assert _stored(conn) == []
    assert not conn.in_transaction


def test_a_failed_nested_block_undoes_only_itself(conn: sqlite3.Connection) -> None:
    with transaction(conn):
        conn.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(ValueError), transaction(conn):
            conn.execute("INSERT INTO t VALUES (2)")
            raise ValueError
        with transaction(conn):
            conn.execute("INSERT INTO t VALUES (3)")
        assert conn.in_transaction
    assert _stored(conn) == [1, 3]


def test_a_failed_outer_block_undoes_its_nested_ones(conn: sqlite3.Connection) -> None:
    with pytest.raises(ValueError), transaction(conn):
        with transaction(conn):
            conn.execute("INSERT INTO t VALUES (1)")
        raise ValueError
    assert _stored(conn) == []
    assert not conn.in_transaction
