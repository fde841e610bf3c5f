"""Dashboard page: loads in a worker, the tiles and lists say what the service says, a click on
a bar / tile / row opens the Tasks page on exactly those tasks, stale results are dropped, the
start-up notice comes only when something is due, and matplotlib is not imported at start."""

from __future__ import annotations

import colorsys
import os
import subprocess
import sys
import threading

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from coordboard.services import auth, dashboard, tasks
from coordboard.services.actor import SYSTEM
from coordboard.services.tasks import classification as cl
from coordboard.ui.dashboard import dashboard_page
from coordboard.ui.dashboard.dashboard_page import DashboardPage, DueNoticeDialog
from coordboard.ui.main_window import MainWindow
from coordboard.ui.tasks import task_table_model
from coordboard.ui.workers import wait_for_tasks
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


def click_bar(qtbot, box: dashboard_page.ChartBox, patch) -> None:
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


def test_the_secretariat_lands_on_its_boards_dashboard(vi_app, qtbot, demo_db, qtmodeltester):
    window = make_window(qtbot, demo_db, "thuky")
    assert window.current_page() is window.dashboard_page
    page = shown_dashboard(qtbot, window)
    query = page.current_query()
    province = next(b for b in page.board_infos.values() if b.parent_id is None)
    assert (query.board_id, query.include_children) == (province.id, True)
    expected = dashboard.dashboard(demo_db, window.ctx.actor, query)
    for key, tile in page.tiles.items():
        assert tile.number.text() == str(expected.counts[key])
    assert page.rate_tile.number.text() == f"{expected.rate.rate * 100:.0f} %"
    assert f"trên {expected.rate.due} nhiệm vụ đã đến hạn" in page.rate_tile.caption.text()
    # every chart is drawn and clickable, every list is filled
    for key, box in page.charts.items():
        assert box.canvas is not None and box.clickable_bars(), key
    for model in (page.overdue_model, page.soon_model, page.updates_model, page.silent_model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)
    assert [t.row.id for t in page.overdue_model.rows] == [t.row.id for t in expected.overdue]
    assert page.overdue_title.text().startswith("<b>Quá hạn</b>")
    # the window fits a 1024-pixel screen
    assert window.minimumSizeHint().width() <= 1024


def test_a_click_on_a_bar_opens_the_tasks_page_on_those_tasks(vi_app, qtbot, demo_db):
    window = make_window(qtbot, demo_db, "thuky")
    page = shown_dashboard(qtbot, window)
    box = page.charts["sector"]
    from coordboard.services.dashboard.charts import bar_filter

    bar = next(p for p in box.clickable_bars() if bar_filter(p).classes == (cl.OVERDUE,))
    flt = bar_filter(bar)
    with qtbot.waitSignal(page.open_tasks, timeout=3000) as opened:
        click_bar(qtbot, box, bar)
    assert opened.args[0] == flt
    assert window.current_page() is window.tasks_page
    rows = tasks_shown(qtbot, window)
    assert len(rows) == bar.get_width() == tasks.count_tasks(demo_db, window.ctx.actor, flt)
    assert {(r.sector_id, r.status_class) for r in rows} == {(flt.sector_id, cl.OVERDUE)}
    assert window.tasks_page.current_filter().sector_id == flt.sector_id


def test_monthly_bar_tile_and_list_rows_open_their_tasks(vi_app, qtbot, demo_db):
    window = make_window(qtbot, demo_db, "thuky")
    page = shown_dashboard(qtbot, window)
    result = page.result
    from coordboard.services.dashboard.charts import bar_filter

    # the "done" part of a month: the tasks of that month done by the as-of date
    box = page.charts["monthly"]
    bar = next(p for p in box.clickable_bars() if bar_filter(p).classes == (cl.DONE_ON_TIME,))
    click_bar(qtbot, box, bar)
    rows = tasks_shown(qtbot, window)
    assert len(rows) == bar.get_height()
    month = bar_filter(bar).deadline_from
    assert all(
        r.status_class == cl.DONE_ON_TIME and r.effective_deadline.month == month.month
        for r in rows
    )

    window.show_page("dashboard")
    QTest.mouseClick(page.tiles[cl.DUE_SOON], Qt.LeftButton)
    rows = tasks_shown(qtbot, window)
    assert len(rows) == result.counts[cl.DUE_SOON]
    assert {r.status_class for r in rows} == {cl.DUE_SOON}

    window.show_page("dashboard")
    QTest.mouseClick(page.rate_tile, Qt.LeftButton)  # the tasks the rate counts as due
    assert len(tasks_shown(qtbot, window)) == result.rate.due

    # a double-click on an overdue task opens the overdue tasks with it selected
    window.show_page("dashboard")
    table, item = page.overdue_table, page.overdue_model.rows[1]
    index = page.overdue_model.index(1, 0)
    table.scrollTo(index)
    with qtbot.waitSignal(window.tasks_page.detail_loaded, timeout=10000):
        point = table.visualRect(index).center()
        QTest.mouseClick(table.viewport(), Qt.LeftButton, Qt.NoModifier, point)
        QTest.mouseDClick(table.viewport(), Qt.LeftButton, Qt.NoModifier, point)
    assert window.tasks_page.current_row().id == item.row.id
    assert {r.status_class for r in tasks_shown(qtbot, window)} == {cl.OVERDUE}


def test_a_slow_result_that_arrives_after_a_newer_one_is_dropped(
    vi_app, qtbot, demo_db, monkeypatch
):
    window = make_window(qtbot, demo_db, "thuky")
    page = shown_dashboard(qtbot, window)
    release = threading.Event()
    real_load = dashboard_page.load

    def load(ctx, query, shown):
        if query.board_id is None:  # the first refresh below: held until the second is shown
            release.wait(10)
        return real_load(ctx, query, shown)

    monkeypatch.setattr(dashboard_page, "load", load)
    page.board.set_current_id(None)  # all boards: slow
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.board.setCurrentIndex(1)  # the province again: fast
    shown = page.result
    release.set()
    wait_for_tasks()
    qtbot.wait(50)
    assert page.result is shown and page.result.query.board_id == page.board.current_id()


def test_a_refresh_redraws_only_the_charts_whose_numbers_changed(vi_app, qtbot, demo_db):
    window = make_window(qtbot, demo_db, "thuky")
    page = shown_dashboard(qtbot, window)
    canvases = {key: box.canvas for key, box in page.charts.items()}
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.refresh()  # nothing changed: nothing is drawn again
    assert {key: box.canvas for key, box in page.charts.items()} == canvases
    row = page.result.due_soon[0].row  # done today: the sector and agency bars change
    tasks.add_update(
        demo_db,
        window.ctx.actor,
        row.id,
        tasks.ProgressInput(
            update_date=page.result.as_of,
            text="Đã hoàn thành.",
            new_status="done",
            completed_on=page.result.as_of,
        ),
    )
    with qtbot.waitSignal(page.loaded, timeout=10000):
        window.refresh_current()  # as live refresh does
    assert page.charts["sector"].canvas is not canvases["sector"]
    assert page.charts["agency"].canvas is not canvases["agency"]
    assert page.charts["monthly"].canvas is canvases["monthly"]  # not due yet: no change
    assert page.tiles[cl.DUE_SOON].number.text() == str(page.result.counts[cl.DUE_SOON])


def test_silent_days_are_edited_on_the_page(vi_app, qtbot, demo_db):
    window = make_window(qtbot, demo_db, "thuky")
    page = shown_dashboard(qtbot, window)
    before = page.result.silent_total
    assert page.silent_days.isEnabled() and page.silent_days.value() == 30
    page.silent_days.setValue(150)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.silent_days.editingFinished.emit()
    assert dashboard.load_silent_days(demo_db, window.ctx.actor) == 150
    assert page.result.silent_days == 150 and page.result.silent_total < before
    viewer = make_window(qtbot, demo_db, "xem")
    assert not viewer.dashboard_page.silent_days.isEnabled()


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


def test_bar_colours_have_the_hue_of_the_tasks_pages_colours():
    from coordboard.services.dashboard.charts import BAR_COLOURS

    def hue(colour: str) -> float:
        r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
        return colorsys.rgb_to_hls(r, g, b)[0] * 360

    assert set(BAR_COLOURS) == set(task_table_model.CLASS_COLOURS)
    for key, (_background, text) in task_table_model.CLASS_COLOURS.items():
        if key in dashboard.CHART_CLASSES:
            difference = abs(hue(BAR_COLOURS[key]) - hue(text)) % 360
            assert min(difference, 360 - difference) < 12, key


def test_matplotlib_is_not_imported_when_the_app_starts(demo_template, tmp_path):
    """The window of a user who lands on the dashboard shows without matplotlib (its worker
    imports it once the boards are read); a focal point's start never imports it."""
    probe = (
        "import sys\n"
        "from coordboard import i18n, db as dbmod\n"
        "from coordboard.app import create_application, settle\n"
        "from coordboard.services import auth\n"
        "from coordboard.ui.context import AppContext\n"
        "from coordboard.ui.main_window import MainWindow\n"
        "i18n.load('vi'); app = create_application()\n"
        "db = dbmod.open_database(sys.argv[1])\n"
        "seen = []\n"
        "for user in ('thuky', 'yte'):\n"
        "    w = MainWindow(AppContext.load(db, auth.actor_for(db, user)), 'x'); w.show()\n"
        "    seen.append('matplotlib' in sys.modules)\n"
        "    settle(app)\n"
        "    seen.append('matplotlib' in sys.modules and w.dashboard_page.result is not None)\n"
        "    w.close(); settle(app, 3)\n"
        "    for name in [m for m in sys.modules if m.startswith('matplotlib')]:\n"
        "        del sys.modules[name]\n"
        "print(seen)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COORDBOARD_DATA_DIR": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", probe, str(demo_template)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    # thuky: not at start, there once the dashboard is shown; yte: never
    assert out.stdout.strip().splitlines()[-1] == "[False, True, False, False]"
