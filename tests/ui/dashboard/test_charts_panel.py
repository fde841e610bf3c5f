"""The dashboard's charts: a click on a bar opens exactly its tasks, a refresh redraws only the
charts whose numbers changed, and the bars have the hue of the Tasks page's colours."""

from __future__ import annotations

import colorsys

from coordboard.services import dashboard, tasks
from coordboard.services.tasks import classification as cl
from coordboard.ui.tasks import task_table_model
from ui.dashboard.dashboard_window import click_bar, make_window, shown_dashboard, tasks_shown


def test_a_click_on_a_bar_opens_the_tasks_page_on_those_tasks(vi_app, qtbot, demo_db):
    window = make_window(qtbot, demo_db, "thuky")
    page = shown_dashboard(qtbot, window)
    box = page.charts.boxes["sector"]
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


def test_a_refresh_redraws_only_the_charts_whose_numbers_changed(vi_app, qtbot, demo_db):
    window = make_window(qtbot, demo_db, "thuky")
    page = shown_dashboard(qtbot, window)
    canvases = {key: box.canvas for key, box in page.charts.boxes.items()}
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.refresh()  # nothing changed: nothing is drawn again
    assert {key: box.canvas for key, box in page.charts.boxes.items()} == canvases
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
    assert page.charts.boxes["sector"].canvas is not canvases["sector"]
    assert page.charts.boxes["agency"].canvas is not canvases["agency"]
    assert page.charts.boxes["monthly"].canvas is canvases["monthly"]  # not due yet: no change
    assert page.counts.tiles[cl.DUE_SOON].number.text() == str(page.result.counts[cl.DUE_SOON])


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
