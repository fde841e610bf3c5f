"""Live refresh, service side: a watcher notices the commits of another PC (or instance)."""

from __future__ import annotations

import time

import pytest

from coordboard.db import open_database
from coordboard.errors import ValidationError
from coordboard.services.actor import SYSTEM
from coordboard.services.changes import ChangeWatcher
from coordboard.services.members import people


def _other(db):
    """Another PC: a second Database object on the same file or server database."""
    return open_database(db.path if db.is_sqlite else db.url)


def _add_person(database, name: str = "Ngô Thị Mai") -> None:
    people.create_person(database, SYSTEM, people.PersonInput(full_name=name))


def _seen(watcher, seconds: float = 3.0) -> bool:
    """PostgreSQL delivers a notification a moment after the commit: poll until it is there."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if watcher.poll():
            return True
        time.sleep(0.02)
    return False


def test_no_change_polls_false(db):
    with ChangeWatcher(db) as watcher:
        assert watcher.poll() is False
        assert watcher.poll() is False


def test_a_commit_of_another_pc_is_seen_once(db):
    other = _other(db)
    try:
        with ChangeWatcher(db) as watcher:
            assert watcher.poll() is False
            _add_person(other)
            assert _seen(watcher)
            time.sleep(0.1)
            assert watcher.poll() is False  # once
            _add_person(other, "Đỗ Văn Hùng")
            _add_person(other, "Lý Thị Thu")
            assert _seen(watcher)
            time.sleep(0.1)
            watcher.poll()  # the second notification may come in a later packet
            assert watcher.poll() is False
    finally:
        other.dispose()


def test_a_rolled_back_change_is_not_reported(db):
    other = _other(db)
    try:
        with ChangeWatcher(db) as watcher:
            with pytest.raises(ValidationError):
                people.create_person(other, SYSTEM, people.PersonInput(full_name=""))
            assert watcher.poll() is False
    finally:
        other.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"])  # SQLite's data_version cannot tell who
def test_postgresql_ignores_the_commits_of_the_watched_database(db, backend):
    with ChangeWatcher(db) as watcher:
        _add_person(db)
        time.sleep(0.2)
        assert watcher.poll() is False


def test_closed_watcher_polls_false(db):
    other = _other(db)
    try:
        watcher = ChangeWatcher(db)
        watcher.close()
        _add_person(other)
        assert watcher.poll() is False
    finally:
        other.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"])
def test_postgresql_reconnects_after_losing_the_server_connection(db, backend):
    from sqlalchemy import text

    other = _other(db)
    try:
        with ChangeWatcher(db) as watcher:
            pid = watcher._conn.info.backend_pid
            with other.engine.connect() as conn:  # the server drops the watcher's connection
                conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            deadline = time.monotonic() + 5
            with pytest.raises(Exception):  # noqa: B017 - the driver's own error
                while time.monotonic() < deadline:
                    watcher.poll()
                    time.sleep(0.05)
            assert watcher.poll() is True  # reconnected: may have missed changes
            assert watcher.poll() is False
            _add_person(other)
            assert _seen(watcher)
    finally:
        other.dispose()
