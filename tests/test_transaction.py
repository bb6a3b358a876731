"""storage.db.transaction: sqlite-utils' atomic() on a plain sqlite3 connection."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from storage.db import open_durable, transaction
from storage.errors import SaveError


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


def test_a_full_disk_is_a_save_error_and_nothing_of_the_block_stays(
    conn: sqlite3.Connection,
) -> None:
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own SQLITE_FULL at the cap
    with pytest.raises(SaveError) as failed, transaction(conn) as inside:
        inside.execute("INSERT INTO t VALUES (1)")
        inside.execute("CREATE TABLE big (x BLOB)")
        inside.execute("INSERT INTO big VALUES (zeroblob(100000))")
    assert failed.value.kind == "disk_full"
    assert "the disk is full" in failed.value.message
    assert failed.value.target.endswith("t.db")
    assert _stored(conn) == [] and not conn.in_transaction


def test_a_read_only_database_is_a_save_error(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA query_only = ON")
    with pytest.raises(SaveError) as failed, transaction(conn) as inside:
        inside.execute("INSERT INTO t VALUES (1)")
    assert failed.value.kind == "read_only"


def test_a_broken_rule_is_not_mistaken_for_the_disk(conn: sqlite3.Connection) -> None:
    with transaction(conn) as inside:
        inside.execute("INSERT INTO t VALUES (1)")
    with pytest.raises(sqlite3.IntegrityError), transaction(conn) as inside:
        inside.execute("INSERT INTO t VALUES (1)")  # a bug shows as one


def test_a_database_that_cannot_be_opened_is_a_save_error(tmp_path: Path) -> None:
    (tmp_path / "w.db").mkdir()
    with pytest.raises(SaveError) as failed:
        open_durable(tmp_path / "w.db")
    assert failed.value.kind == "no_permission"
