"""The start-up notice: it comes only when something is due, says what, and opens those tasks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from coordboard.services import auth, dashboard
from coordboard.services.actor import SYSTEM
from coordboard.services.tasks import classification as cl
from coordboard.ui.dashboard.dashboard_page import DueNoticeDialog
from coordboard.ui.main_window import MainWindow
from coordboard.ui.workers import wait_for_tasks
from ui.dashboard.dashboard_window import make_window, tasks_shown


def notice_of(qtbot, window: MainWindow) -> DueNoticeDialog | None:
    window.show()
    qtbot.waitExposed(window)
    for _ in range(20):  # the count runs in a worker after the window shows
        wait_for_tasks()
        qtbot.wait(10)
    return window.due_notice


def test_the_start_up_notice_shows_a_focal_point_what_is_due(vi_app, qtbot, demo_db):
    window = make_window(qtbot, demo_db, "yte")
    notice = notice_of(qtbot, window)
    assert notice is not None and notice.isVisible() and not notice.isModal()
    expected = dashboard.due_notice(demo_db, window.ctx.actor)
    text = notice.findChild(QLabel, "dueNoticeText").text()
    assert f"{expected.overdue} nhiệm vụ quá hạn" in text
    assert f"{expected.due_soon} nhiệm vụ đến hạn trong 7 ngày tới" in text
    assert "các nhiệm vụ của cơ quan bạn" in text
    QTest.mouseClick(notice.open_button, Qt.LeftButton)
    rows = tasks_shown(qtbot, window)
    assert len(rows) == expected.overdue + expected.due_soon
    assert {r.status_class for r in rows} == {cl.OVERDUE, cl.DUE_SOON}
    assert window.tasks_page.current_filter().agency_id == window.ctx.actor.agency_id
    assert window.due_notice is None  # closed (and deleted) by the click


def test_no_notice_for_nothing_due_nor_for_roles_that_own_no_tasks(vi_app, qtbot, demo_db):
    auth.create_user(
        demo_db,
        SYSTEM,
        username="khcn",
        password="demo1234",
        role="focal_point",
        full_name="Đầu mối Sở Khoa học và Công nghệ",
        agency_code="SKHCN",
    )
    for username in ("khcn", "admin", "xem"):
        window = make_window(qtbot, demo_db, username)
        assert notice_of(qtbot, window) is None, username
        landing = window.tasks_page if username == "khcn" else window.dashboard_page
        assert window.current_page() is landing, username
        window.close()
    assert dashboard.due_notice(demo_db, auth.actor_for(demo_db, "thuky")) is not None
