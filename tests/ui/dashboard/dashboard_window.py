"""The main window opened on the dashboard, and what the dashboard's tests do with it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from coordboard.services import tasks
from coordboard.ui.dashboard.charts_panel import ChartBox
from coordboard.ui.dashboard.dashboard_page import DashboardPage
from coordboard.ui.main_window import MainWindow
from ui.ui_helpers import context_for


def make_window(qtbot, database, username: str) -> MainWindow:
    window = MainWindow(context_for(database, username), "demo.sqlite")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    return window


def shown_dashboard(qtbot, window: MainWindow) -> DashboardPage:
    page = window.dashboard_page
    with qtbot.waitSignal(page.loaded, timeout=15000):
        window.show()
        qtbot.waitExposed(window)
    return page


def click_bar(qtbot, box: ChartBox, patch) -> None:
    """A real mouse click on the middle of a bar of the Qt canvas."""
    canvas = box.canvas
    canvas.draw()
    extent = patch.get_window_extent()
    ratio = canvas.device_pixel_ratio
    x = (extent.x0 + extent.x1) / 2 / ratio
    y = canvas.height() - (extent.y0 + extent.y1) / 2 / ratio
    QTest.mouseClick(canvas, Qt.LeftButton, Qt.NoModifier, QPoint(round(x), round(y)))


def tasks_shown(qtbot, window: MainWindow) -> list[tasks.TaskRow]:
    page = window.tasks_page
    qtbot.waitUntil(lambda: not page.model.loading and page.class_counts is not None, timeout=10000)
    return [page.model.row_at(i) for i in range(page.model.rowCount())]
