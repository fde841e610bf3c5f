"""Dashboard page: loads in a worker, the tiles and lists say what the service says, a click on a
tile or a list row opens the Tasks page on exactly those tasks, stale results are dropped, and
matplotlib is not imported at start."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from coordboard.services import dashboard
from coordboard.services.tasks import classification as cl
from coordboard.ui import operations
from coordboard.ui.dashboard import charts_panel
from coordboard.ui.operations import Changes
from coordboard.ui.workers import wait_for_tasks
from ui.dashboard.dashboard_window import click_bar, make_window, shown_dashboard, tasks_shown


def test_the_secretariat_lands_on_its_boards_dashboard(vi_app, qtbot, demo_db, qtmodeltester):
    window = make_window(qtbot, demo_db, "thuky")
    assert window.current_page() is window.dashboard_page
    page = shown_dashboard(qtbot, window)
    query = page.current_query()
    province = next(b for b in page.board_infos.values() if b.parent_id is None)
    assert (query.board_id, query.include_children) == (province.id, True)
    expected = dashboard.dashboard(demo_db, window.ctx.actor, query)
    for key, tile in page.counts.tiles.items():
        assert tile.number.text() == str(expected.counts[key])
    assert page.counts.rate_tile.number.text() == f"{expected.rate.rate * 100:.0f} %"
    assert f"trên {expected.rate.due} nhiệm vụ đã đến hạn" in page.counts.rate_tile.caption.text()
    # every chart is drawn and clickable, every list is filled
    for key, box in page.charts.boxes.items():
        assert box.canvas is not None and box.clickable_bars(), key
    for model in (
        page.lists.overdue_model,
        page.lists.soon_model,
        page.lists.updates_model,
        page.lists.silent_model,
    ):
        assert model.rowCount() > 0
        qtmodeltester.check(model)
    assert [t.row.id for t in page.lists.overdue_model.rows] == [t.row.id for t in expected.overdue]
    assert page.lists.overdue_title.text().startswith("<b>Quá hạn</b>")
    for model in (page.lists.overdue_model, page.lists.silent_model):  # sound after a sort too
        model.sort(1, Qt.DescendingOrder)
        qtmodeltester.check(model)
    # the window fits a 1024-pixel screen
    assert window.minimumSizeHint().width() <= 1024


def test_monthly_bar_tile_and_list_rows_open_their_tasks(vi_app, qtbot, demo_db):
    window = make_window(qtbot, demo_db, "thuky")
    page = shown_dashboard(qtbot, window)
    result = page.result
    from coordboard.services.dashboard.charts import bar_filter

    # the "done" part of a month: the tasks of that month done by the as-of date
    box = page.charts.boxes["monthly"]
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
    QTest.mouseClick(page.counts.tiles[cl.DUE_SOON], Qt.LeftButton)
    rows = tasks_shown(qtbot, window)
    assert len(rows) == result.counts[cl.DUE_SOON]
    assert {r.status_class for r in rows} == {cl.DUE_SOON}

    window.show_page("dashboard")
    QTest.mouseClick(page.counts.rate_tile, Qt.LeftButton)  # the tasks the rate counts as due
    assert len(tasks_shown(qtbot, window)) == result.rate.due

    # a double-click on an overdue task opens the overdue tasks with it selected
    window.show_page("dashboard")
    table, item = page.lists.overdue_table, page.lists.overdue_model.rows[1]
    index = page.lists.overdue_model.index(1, 0)
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
    real_load = charts_panel.load

    def load(ctx, query, shown):
        if query.board_id is None:  # the first refresh below: held until the second is shown
            release.wait(10)
        return real_load(ctx, query, shown)

    monkeypatch.setattr(charts_panel, "load", load)
    page.board.set_current_id(None)  # all boards: slow
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.board.setCurrentIndex(1)  # the province again: fast
    shown = page.result
    release.set()
    wait_for_tasks()
    qtbot.wait(50)
    assert page.result is shown and page.result.query.board_id == page.board.current_id()


def test_silent_days_are_edited_on_the_page(vi_app, qtbot, demo_db):
    window = make_window(qtbot, demo_db, "thuky")
    page = shown_dashboard(qtbot, window)
    before = page.result.silent_total
    assert page.lists.silent_days.isEnabled() and page.lists.silent_days.value() == 30
    heard = []
    operations.hub().changed.connect(lambda changes, origin: heard.append((changes, origin)))
    page.lists.silent_days.setValue(150)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.lists.silent_days.editingFinished.emit()
    assert dashboard.load_silent_days(demo_db, window.ctx.actor) == 150
    assert heard == [(Changes.CALENDAR, page)]  # saved on a worker, announced
    assert page.result.silent_days == 150 and page.result.silent_total < before
    viewer = make_window(qtbot, demo_db, "xem")
    assert not viewer.dashboard_page.lists.silent_days.isEnabled()


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
