"""Live refresh: a change committed by another PC appears on the open page, selection kept."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog

from coordboard.db import open_database
from coordboard.services import members
from coordboard.services.actor import SYSTEM
from coordboard.services.members import people
from coordboard.ui.main_window import MainWindow
from ui.ui_helpers import context_for

NEW_NAME = "Trịnh Thị Phương Thảo"


def _window(qtbot, demo_db):
    window = MainWindow(context_for(demo_db, "thuky"), "demo.sqlite")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(window.boards_page.boards), timeout=5000)
    board_id = next(iter(window.boards_page.boards))
    with qtbot.waitSignal(window.members_page.loaded, timeout=5000):
        window.open_members_of(board_id)
    page = window.members_page
    page.table.selectRow(2)
    qtbot.waitUntil(lambda: window.live.watcher is not None, timeout=3000)
    return window, page, board_id


def _add_member_on_another_pc(demo_db, board_id: int) -> None:
    other = open_database(demo_db.path)
    try:
        person = people.create_person(other, SYSTEM, people.PersonInput(full_name=NEW_NAME))
        role_id = next(r.id for r in other_roles(other) if not r.unique_per_board)
        members.add_membership(
            other,
            SYSTEM,
            members.MembershipInput(
                board_id=board_id, person_id=person.id, role_id=role_id, start_date=date.today()
            ),
        )
    finally:
        other.dispose()


def other_roles(database):
    from coordboard.services import catalogue

    return catalogue.load_catalogue(database, SYSTEM).roles


def _names(page) -> list[str]:
    return [row.full_name for row in page.model.rows]


def test_member_added_on_another_pc_appears_and_selection_stays(vi_app, qtbot, demo_db):
    window, page, board_id = _window(qtbot, demo_db)
    selected = page.current_row().id
    assert NEW_NAME not in _names(page)
    _add_member_on_another_pc(demo_db, board_id)
    qtbot.waitUntil(lambda: NEW_NAME in _names(page), timeout=3000)
    assert page.current_row() is not None and page.current_row().id == selected
    window.close()


def test_no_refresh_while_a_dialog_is_open_then_after_it_closes(vi_app, qtbot, demo_db):
    window, page, board_id = _window(qtbot, demo_db)
    dialog = QDialog(window)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitUntil(lambda: vi_app.activeModalWidget() is dialog, timeout=2000)
    # let every load started before the dialog opened finish first: a list read in a worker
    # after the other PC's commit would show the new member without any live refresh
    from coordboard.ui.workers import wait_for_tasks

    with qtbot.waitSignal(window.live.ticked, timeout=3000):
        pass
    wait_for_tasks()
    vi_app.processEvents()
    window._live_pending = False
    _add_member_on_another_pc(demo_db, board_id)
    qtbot.waitUntil(lambda: window._live_pending, timeout=3000)
    assert NEW_NAME not in _names(page)  # the form behind the dialog is left alone
    dialog.close()
    qtbot.waitUntil(lambda: NEW_NAME in _names(page), timeout=3000)
    window.close()


def test_lost_and_restored_connection_show_in_the_status_bar(vi_app, qtbot, demo_db):
    window, _page, _board_id = _window(qtbot, demo_db)
    qtbot.waitUntil(lambda: window.live.watcher is not None, timeout=3000)
    watcher = window.live.watcher
    real = watcher.poll

    def broken() -> bool:
        raise OSError("server closed the connection")

    watcher.poll = broken
    with qtbot.waitSignal(window.live.connection_lost, timeout=3000):
        pass
    assert "server closed the connection" in window.statusBar().currentMessage()
    watcher.poll = real
    with qtbot.waitSignal(window.live.connection_restored, timeout=3000):
        pass
    assert window.statusBar().currentMessage()
    window.close()
