"""The main window on a PostgreSQL server shared by several PCs: another PC's commit reaches it
through NOTIFY and the open page refreshes; when the server goes away the status bar says so,
a save fails with a clear message and keeps the form, and works again once the server is
back."""

from __future__ import annotations

import time
from datetime import date

import pytest
from PySide6.QtWidgets import QDialog

from coordboard.db import open_database
from coordboard.services import members, tasks
from coordboard.services.actor import SYSTEM
from coordboard.services.members import people
from coordboard.services.tasks import TaskInput
from coordboard.ui.main_window import MainWindow
from coordboard.ui.tasks import TaskDialog
from ui.ui_helpers import context_for_actor, save_and_wait

pytestmark = [pytest.mark.postgres, pytest.mark.parametrize("backend", ["postgresql"])]

NEW_NAME = "Trịnh Thị Phương Thảo"


@pytest.fixture
def window(vi_app, qtbot, db, secretariat, world):
    win = MainWindow(context_for_actor(db, secretariat), "coordboard@127.0.0.1")
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: bool(win.boards_page.boards), timeout=5000)
    with qtbot.waitSignal(win.members_page.loaded, timeout=5000):
        win.open_members_of(world.province)
    qtbot.waitUntil(lambda: win.live.watcher is not None, timeout=5000)
    yield win
    win.close()


def test_a_commit_on_another_pc_reaches_the_open_page_through_notify(window, qtbot, db, world):
    page = window.members_page
    assert NEW_NAME not in [r.full_name for r in page.model.rows]
    other = open_database(db.url)  # another PC: its own engine, its own connections
    try:
        started = time.monotonic()
        person = people.create_person(other, SYSTEM, people.PersonInput(full_name=NEW_NAME))
        members.add_membership(
            other,
            SYSTEM,
            members.MembershipInput(
                board_id=world.province,
                person_id=person.id,
                role_id=world.roles["member"],
                start_date=date.today(),
            ),
        )
        qtbot.waitUntil(lambda: NEW_NAME in [r.full_name for r in page.model.rows], timeout=5000)
        assert time.monotonic() - started < 3  # one poll a second
    finally:
        other.dispose()


def test_server_gone_then_back_status_bar_save_message_and_retry(
    window, qtbot, db, secretariat, world, pg_server
):
    (task_id,) = tasks.create_task(
        db,
        secretariat,
        TaskInput(
            board_id=world.province,
            title="Khảo sát trẻ em có hoàn cảnh đặc biệt",
            lead_agency_id=world.agencies["SYT"],
            assigned_date=date(2026, 1, 5),
            deadline=date(2026, 6, 30),
        ),
    )
    before = tasks.get_task(db, secretariat, task_id)
    dialog = TaskDialog(window.tasks_page.ctx, before, parent=window)
    qtbot.addWidget(dialog)
    typed = "Khảo sát, lập danh sách trẻ em có hoàn cảnh đặc biệt"
    dialog.title.setPlainText(typed)

    pg_server.pause()
    try:
        with qtbot.waitSignal(window.live.connection_lost, timeout=5000):
            pass
        assert window.statusBar().currentMessage().startswith("Mất kết nối tới cơ sở dữ liệu")
        started = time.monotonic()
        save_and_wait(qtbot, dialog)
        assert time.monotonic() - started < 3  # a refused connection: no long wait
        assert dialog.result() != QDialog.Accepted and dialog.saved is None
        assert dialog.banner.text().startswith("Mất kết nối tới máy chủ cơ sở dữ liệu")
        assert dialog.title.toPlainText() == typed  # the form keeps what was typed
    finally:
        pg_server.resume()
    with qtbot.waitSignal(window.live.connection_restored, timeout=5000):
        pass
    assert window.statusBar().currentMessage() == "Đã kết nối lại được với cơ sở dữ liệu."
    after = tasks.get_task(db, secretariat, task_id)
    assert (after.row.title, after.version) == (before.row.title, before.version)  # nothing
    save_and_wait(qtbot, dialog)  # the user saves again
    assert dialog.result() == QDialog.Accepted, dialog.banner.text()
    assert tasks.get_task(db, secretariat, task_id).row.title == typed
