"""The main window: navigation, pages not built yet, shortcuts, geometry kept."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence

from coordboard.ui.main_window import PAGE_KEYS, MainWindow
from coordboard.ui.pages.placeholder_page import PlaceholderPage

from ui_helpers import context_for


def test_navigation_lists_every_area_in_vietnamese(vi_app, qtbot, demo_db):
    window = MainWindow(context_for(demo_db, "admin"), "demo.sqlite")
    qtbot.addWidget(window)
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels == ["Tổng quan", "Ban chỉ đạo, điều hành", "Thành viên", "Cuộc họp",
                      "Kế hoạch", "Nhiệm vụ", "Báo cáo", "Cài đặt"]
    assert len(labels) == len(PAGE_KEYS)
    window.show_page("meetings")
    page = window.current_page()
    assert isinstance(page, PlaceholderPage)
    assert any("chưa được xây dựng" in label.text() for label in page.findChildren(type(
        page.layout().itemAt(1).widget())))


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
