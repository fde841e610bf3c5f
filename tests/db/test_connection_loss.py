"""The database server goes away while the app is using it (its PC is switched off, the network
is cut): every statement says so in the user's words, a save that was cut off leaves nothing
half-written, and the first save after the server is back works without restarting the app."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import event

from coordboard import i18n
from coordboard.db import ConnectionLost
from coordboard.services import tasks
from coordboard.services.tasks import TaskInput

pytestmark = [pytest.mark.postgres, pytest.mark.parametrize("backend", ["postgresql"])]


@pytest.fixture
def vietnamese():
    i18n.load("vi")
    yield
    i18n.load("en")


@pytest.fixture
def server(pg_server):
    """The test's server; whatever a test does to it, it is running again afterwards."""
    yield pg_server
    pg_server.resume()


def _new_task(db, actor, world) -> int:
    (task_id,) = tasks.create_task(
        db,
        actor,
        TaskInput(
            board_id=world.province,
            title="Khảo sát trẻ em có hoàn cảnh đặc biệt",
            lead_agency_id=world.agencies["SYT"],
            assigned_date=date(2026, 1, 5),
            deadline=date(2026, 6, 30),
            cooperating_agency_ids=(world.agencies["SGDDT"],),
        ),
    )
    return task_id


def test_a_save_cut_off_at_commit_leaves_nothing_and_the_next_save_works(
    db, admin, world, server, vietnamese
):
    task_id = _new_task(db, admin, world)
    before = tasks.get_task(db, admin, task_id)
    change = replace(
        before.data,
        title="Khảo sát và lập danh sách trẻ em",
        cooperating_agency_ids=(world.agencies["CAT"], world.agencies["SGDDT"]),
    )

    def server_dies(conn):  # every statement of the save has run; COMMIT is next
        server.pause()

    event.listen(db.engine, "commit", server_dies)
    try:
        with pytest.raises(ConnectionLost) as lost:
            tasks.update_task(db, admin, task_id, change, expected_version=before.version)
    finally:
        event.remove(db.engine, "commit", server_dies)
    message = lost.value.translated()
    assert message.startswith("Mất kết nối tới máy chủ cơ sở dữ liệu 127.0.0.1:")
    assert "thử lại" in message and lost.value.orig is not None

    started = time.monotonic()  # while the server is away: refused at once, not a hang
    with pytest.raises(ConnectionLost):
        tasks.get_task(db, admin, task_id)
    assert time.monotonic() - started < 3

    server.resume()
    started = time.monotonic()
    after = tasks.get_task(db, admin, task_id)  # the same Database: its pool recovers
    reconnect = time.monotonic() - started
    assert reconnect < 3
    assert after.row.title == before.row.title  # nothing of the cut-off save was written
    assert after.data.cooperating_agency_ids == before.data.cooperating_agency_ids
    assert after.version == before.version

    saved = tasks.update_task(db, admin, task_id, change, expected_version=after.version)
    assert saved.row.title == "Khảo sát và lập danh sách trẻ em"
    assert saved.version == before.version + 1
    assert set(tasks.get_task(db, admin, task_id).data.cooperating_agency_ids) == {
        world.agencies["CAT"],
        world.agencies["SGDDT"],
    }


def test_a_page_reading_while_the_server_is_away_gets_the_same_message(
    db, admin, world, server, vietnamese
):
    tasks.list_tasks(db, admin)  # a pooled connection exists, then the server goes
    server.pause()
    with pytest.raises(ConnectionLost) as lost:
        tasks.list_tasks(db, admin)
    assert "Mất kết nối tới máy chủ" in lost.value.translated()
    server.resume()
    assert tasks.list_tasks(db, admin) is not None
