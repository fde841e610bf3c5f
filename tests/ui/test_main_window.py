"""The main window: navigation, every area a real page, shortcuts, geometry kept."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog

from coordboard.ui.main_window import PAGE_KEYS, MainWindow
from coordboard.ui.meetings.meetings_page import MeetingsPage
from ui.ui_helpers import context_for


def test_navigation_lists_every_area_in_vietnamese(vi_app, qtbot, demo_db):
    window = MainWindow(context_for(demo_db, "admin"), "demo.sqlite")
    qtbot.addWidget(window)
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels == [
        "Tổng quan",
        "Ban chỉ đạo, điều hành",
        "Thành viên",
        "Cuộc họp",
        "Kế hoạch",
        "Nhiệm vụ",
        "Báo cáo",
        "Cài đặt",
    ]
    assert len(labels) == len(PAGE_KEYS)
    window.show_page("meetings")
    assert isinstance(window.current_page(), MeetingsPage)


def test_show_members_of_a_board_opens_the_members_page_filtered(vi_app, qtbot, demo_db):
    window = MainWindow(context_for(demo_db, "thuky"), "demo.sqlite")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(window.boards_page.boards), timeout=5000)
    commune = next(b for b in window.boards_page.boards.values() if b.parent_id is not None)
    with qtbot.waitSignal(window.members_page.loaded, timeout=5000):
        window.open_members_of(commune.id)
    assert window.current_page() is window.members_page
    assert {r.board_id for r in window.members_page.model.rows} == {commune.id}
    assert len(window.members_page.model.rows) == 9


def test_shortcuts_and_geometry_persist(vi_app, qtbot, demo_db):
    window = MainWindow(context_for(demo_db, "admin"), "demo.sqlite")
    qtbot.addWidget(window)
    shortcuts = {a.shortcut().toString() for a in window.actions()}
    for key in (QKeySequence.New, QKeySequence.Find, QKeySequence.Refresh):
        assert QKeySequence(key).toString() in shortcuts
    window.resize(window.minimumSizeHint().width(), 517)  # fits the offscreen 800x600 screen
    window.show()
    size = (window.width(), window.height())
    assert size[1] == 517
    window.close()
    assert QSettings().value("main/geometry") is not None
    again = MainWindow(context_for(demo_db, "admin"), "demo.sqlite")
    qtbot.addWidget(again)
    screen_width = again.screen().availableGeometry().width()
    assert again.height() == size[1]
    assert abs(again.width() - min(size[0], screen_width)) <= 4  # Qt keeps it on the screen


def test_a_focal_point_lands_on_its_agencys_tasks_overdue_first(vi_app, qtbot, demo_db):
    window = MainWindow(context_for(demo_db, "yte"), "demo.sqlite")
    qtbot.addWidget(window)
    assert window.current_page() is window.tasks_page
    assert window.nav.currentItem().text() == "Nhiệm vụ"
    page = window.tasks_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    rows = [page.model.row_at(i) for i in range(page.model.rowCount())]
    health = window.ctx.actor.agency_id
    from coordboard.services import tasks

    for row in rows:  # led by Sở Y tế, or Sở Y tế co-operates
        assert row.lead_agency_id == health or "Sở Y tế" in row.cooperating
    classes = [r.status_class for r in rows]
    assert classes[0] == "overdue"
    assert classes == sorted(classes, key=lambda c: c != "overdue")  # overdue ones come first
    assert page.current_filter().agency_id == health
    assert len(rows) == tasks.count_tasks(demo_db, window.ctx.actor, page.current_filter())


def test_plans_page_hands_a_plan_to_the_tasks_page(vi_app, qtbot, demo_db):
    from coordboard.services import plans, tasks

    window = MainWindow(context_for(demo_db, "thuky"), "demo.sqlite")
    qtbot.addWidget(window)
    plan = next(p for p in plans.list_plans(demo_db, window.ctx.actor) if p.code == "15/KH-BĐH")
    window.open_tasks(tasks.TaskFilter(plan_id=plan.id, board_id=plan.board_id))
    assert window.current_page() is window.tasks_page
    qtbot.waitUntil(lambda: window.tasks_page.model.rowCount() == plan.task_count, timeout=5000)
    assert window.tasks_page.current_filter().plan_id == plan.id


def test_a_conclusion_task_opened_at_once_is_selected_by_one_read(
    vi_app, qtbot, demo_db, monkeypatch
):
    """A meeting's conclusion task opened before the Tasks page knows its boards: the page
    reads its rows once, filtered and with that task selected."""
    from coordboard.services import tasks

    window = MainWindow(context_for(demo_db, "thuky"), "demo.sqlite")
    qtbot.addWidget(window)
    task = tasks.list_tasks(demo_db, window.ctx.actor, tasks.TaskFilter())[3]
    refreshes = _spy(monkeypatch, window.tasks_page, "refresh")
    window.open_task(task.board_id, task.id, task.title)
    qtbot.waitUntil(lambda: window.tasks_page.current_row() is not None, timeout=5000)
    _settle(qtbot)
    assert window.tasks_page.current_row().id == task.id
    assert window.tasks_page.current_filter().text == task.title
    assert len(refreshes) == 1


def test_the_window_does_not_load_the_document_and_spreadsheet_libraries_at_start():
    """openpyxl (with numpy), python-docx and matplotlib cost ~1 s together: they are loaded
    when a sheet, a document or a chart is made, not when the app starts."""
    import os
    import subprocess
    import sys

    probe = (
        "import sys\nimport coordboard.ui.main_window\n"
        "print(sorted(m for m in ('openpyxl', 'numpy', 'docx', 'matplotlib')"
        " if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def _spy(monkeypatch, page, name: str, run: bool = True) -> list:
    """Count the calls the window makes to `page.<name>`; `run`: the real method still runs."""
    calls: list = []
    real = getattr(page, name)

    def spy(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs) if run else None

    monkeypatch.setattr(page, name, spy)
    return calls


def _settle(qtbot) -> None:
    from coordboard.ui.workers import wait_for_tasks

    for _ in range(3):
        wait_for_tasks()
        qtbot.wait(10)


def test_a_save_refreshes_the_pages_that_show_such_records_when_they_are_shown(
    vi_app, qtbot, demo_db, monkeypatch
):
    from coordboard.ui import operations
    from coordboard.ui.operations import Changes

    window = MainWindow(context_for(demo_db, "thuky"), "demo.sqlite")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(window.boards_page.boards), timeout=5000)
    window.show_page("boards")
    _settle(qtbot)
    members = _spy(monkeypatch, window.members_page, "refresh")
    boards = _spy(monkeypatch, window.boards_page, "refresh")

    def save(origin, changes) -> None:
        done = []
        operations.save(origin, lambda: "saved", done.append, changes=changes)
        qtbot.waitUntil(lambda: bool(done))

    save(window.boards_page, Changes.MEMBERS)  # a save from the boards page itself
    assert members == [] and boards == []  # members hidden; the boards page refreshes itself
    dialog = QDialog(window.boards_page)  # a form the page opened: a window of its own
    save(dialog, Changes.MEMBERS | Changes.BOARDS)
    assert members == [] and boards == []  # the page refreshes after its own dialog itself
    dialog.deleteLater()
    save(window.dashboard_page, Changes.MEMBERS)  # a save from another page: refresh what shows
    assert members == [] and len(boards) == 1
    window.show_page("members")  # shown again: read anew
    assert len(members) == 1
    save(window.boards_page, Changes.MEMBERS | Changes.PLANS)
    assert len(members) == 2 and len(boards) == 1  # only the page shown
    save(window.boards_page, Changes.PLANS | Changes.MEETINGS)
    assert len(members) == 2  # not what the members page shows
    save(window.members_page, Changes.MEMBERS)
    assert len(members) == 2  # its own save: the page selects what it saved itself
    window.close()


def test_an_agency_saved_in_settings_reaches_the_tasks_and_members_pickers(vi_app, qtbot, demo_db):
    from coordboard.ui.common.widgets import ItemCombo
    from coordboard.ui.settings.settings_dialogs import AgencyDialog
    from ui.ui_helpers import type_text, when_modal

    name = "Trường Trung học cơ sở xã Long Hồ"
    window = MainWindow(context_for(demo_db, "thuky"), "demo.sqlite")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.settings_page.loaded, timeout=5000):
        window.show_page("settings")

    def offered(page) -> bool:
        return any(combo.findText(name) >= 0 for combo in page.findChildren(ItemCombo))

    assert not offered(window.tasks_page) and not offered(window.members_page)

    def fill(dialog) -> None:
        dialog.code.setText("XLH-THCS")
        type_text(dialog.name, name)
        dialog.save()

    when_modal(AgencyDialog, fill)
    with qtbot.waitSignal(window.settings_page.loaded, timeout=5000):
        window.settings_page.agencies.new_button.click()
    qtbot.waitUntil(lambda: offered(window.tasks_page) and offered(window.members_page))
    assert any(a.name == name for a in window.ctx.cat.agencies)
    window.close()


def test_refresh_new_and_search_reach_the_page_shown(vi_app, qtbot, demo_db, monkeypatch):
    """The File menu's actions (F5, Ctrl+N, Ctrl+F) talk to the page through the Page
    interface only."""
    window = MainWindow(context_for(demo_db, "thuky"), "demo.sqlite")
    qtbot.addWidget(window)
    for key in ("members", "boards", "settings"):
        window.show_page(key)
        _settle(qtbot)
        page = window.current_page()
        calls = {
            "refresh": _spy(monkeypatch, page, "refresh"),
            "new_item": _spy(monkeypatch, page, "new_item", run=False),  # no form left open
            "focus_search": _spy(monkeypatch, page, "focus_search"),
        }
        file_menu = window.menuBar().actions()[0].menu()
        by_shortcut = {a.shortcut(): a for a in file_menu.actions()}
        for shortcut in (QKeySequence.Refresh, QKeySequence.New, QKeySequence.Find):
            by_shortcut[QKeySequence(shortcut)].trigger()
        assert {n: len(c) for n, c in calls.items()} == dict.fromkeys(calls, 1), key
    window.close()
