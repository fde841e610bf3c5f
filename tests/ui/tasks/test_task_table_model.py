"""The SQL-paged task model: one page at a time, read on a worker, the newest filter or order
wins, errors reported; it passes Qt's model tester, also after a sort."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coordboard.services import auth
from coordboard.services.tasks import TaskFilter
from coordboard.ui.tasks.task_table_model import DEADLINE, TaskTableModel
from coordboard.ui.workers import wait_for_tasks
from ui.tasks.task_world import TASKS, add_monthly_series


def test_model_passes_the_qt_model_tester(vi_app, qtbot, tasks_db, qtmodeltester):
    database, _world = tasks_db
    model = TaskTableModel(database, auth.actor_for(database, "thuky"))
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        model.set_filter(TaskFilter())
    assert model.rowCount() == len(TASKS)
    qtmodeltester.check(model)


def pages(calls) -> list[tuple[int, int]]:
    return [(offset, limit) for offset, limit, _thread in calls]


def settle(qtbot) -> None:
    """Every worker done and its result delivered."""
    assert wait_for_tasks(10_000)
    QApplication.processEvents()


def test_the_model_reads_one_page_and_more_only_when_asked(vi_app, qtbot, tasks_db, list_calls):
    database, world = tasks_db
    total = add_monthly_series(database, world)
    calls, _hooks = list_calls
    model = TaskTableModel(database, auth.actor_for(database, "thuky"))
    assert model.rowCount() == 0 and not model.canFetchMore()  # nothing read yet
    with qtbot.waitSignal(model.page_loaded, timeout=5000) as first:
        model.set_filter(TaskFilter())
    assert first.args == [0]
    assert model.rowCount() == 200 and model.canFetchMore()
    assert pages(calls) == [(0, 200)]
    with qtbot.waitSignal(model.page_loaded, timeout=5000) as second:
        model.fetchMore()
    assert second.args == [200]
    assert model.rowCount() == total  # the second page was the last
    assert pages(calls) == [(0, 200), (200, 200)] and not model.canFetchMore()
    model.fetchMore()  # nothing more to read: no query
    settle(qtbot)
    assert pages(calls) == [(0, 200), (200, 200)]
    assert len({r.id for r in model.rows}) == total
    # a new order starts again from the first page
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        model.sort(DEADLINE, Qt.DescendingOrder)
    assert model.rowCount() == 200 and pages(calls)[-1] == (0, 200)


def test_the_first_page_is_read_in_a_worker(vi_app, qtbot, tasks_db, list_calls):
    database, _world = tasks_db
    calls, _hooks = list_calls
    model = TaskTableModel(database, auth.actor_for(database, "thuky"))
    states = []
    model.loading_changed.connect(states.append)
    model.set_filter(TaskFilter())
    # set_filter returned before anything was read into the model
    assert model.rowCount() == 0 and model.loading and not model.canFetchMore()
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        pass
    assert model.rowCount() == len(TASKS) and not model.loading
    assert states == [True, False]
    assert len(calls) == 1 and calls[0][2] is not threading.main_thread()


def test_a_slow_stale_page_does_not_overwrite_a_newer_filter(
    vi_app, qtbot, tasks_db, list_calls, roomy_pool
):
    database, world = tasks_db
    calls, hooks = list_calls
    started, gate = threading.Event(), threading.Event()
    hooks[1] = lambda: (started.set(), gate.wait(5))
    model = TaskTableModel(database, auth.actor_for(database, "thuky"))
    seen = []
    model.page_loaded.connect(seen.append)
    try:
        model.set_filter(TaskFilter())  # every task: slow
        assert started.wait(5)
        with qtbot.waitSignal(model.page_loaded, timeout=5000):
            model.set_filter(TaskFilter(lead_agency_id=world.agencies["SGDDT"]))  # fast
        newer = {r.id for r in model.rows}
        assert newer == {world.ids["training"], world.ids["injury"]}
        gate.set()  # the stale answer arrives now
        settle(qtbot)
        assert {r.id for r in model.rows} == newer and seen == [0]
        assert not model.loading and len(calls) == 2
    finally:
        gate.set()


def test_fetch_more_twice_quickly_reads_the_next_page_once(vi_app, qtbot, tasks_db, list_calls):
    database, world = tasks_db
    total = add_monthly_series(database, world)
    calls, hooks = list_calls
    model = TaskTableModel(database, auth.actor_for(database, "thuky"))
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        model.set_filter(TaskFilter())
    gate = threading.Event()
    hooks[2] = lambda: gate.wait(5)
    model.fetchMore()
    assert model.fetching and not model.canFetchMore()  # the view asks no more meanwhile
    model.fetchMore()
    assert model.rowCount() == 200  # nothing inserted before the worker answered
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        gate.set()
    settle(qtbot)
    assert pages(calls) == [(0, 200), (200, 200)]
    assert model.rowCount() == total and len({r.id for r in model.rows}) == total
    assert not model.fetching and not model.canFetchMore()


def test_a_next_page_of_an_older_filter_is_dropped(vi_app, qtbot, tasks_db, list_calls, roomy_pool):
    database, world = tasks_db
    add_monthly_series(database, world)
    calls, hooks = list_calls
    model = TaskTableModel(database, auth.actor_for(database, "thuky"))
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        model.set_filter(TaskFilter())
    started, gate = threading.Event(), threading.Event()
    hooks[2] = lambda: (started.set(), gate.wait(5))
    try:
        model.fetchMore()
        assert started.wait(5)  # the next page is being read (a worker still queued skips it)
        with qtbot.waitSignal(model.page_loaded, timeout=5000):
            model.set_filter(TaskFilter(lead_agency_id=world.agencies["SGDDT"]))
    finally:
        gate.set()
    settle(qtbot)
    assert pages(calls) == [(0, 200), (200, 200), (0, 200)]
    assert {r.id for r in model.rows} == {world.ids["training"], world.ids["injury"]}
    assert not model.fetching and not model.canFetchMore()


def test_errors_reach_load_failed(vi_app, qtbot, tasks_db, list_calls):
    database, world = tasks_db
    add_monthly_series(database, world)
    _calls, hooks = list_calls

    def lost():
        raise ConnectionError("server closed the connection")

    hooks[1] = lost
    model = TaskTableModel(database, auth.actor_for(database, "thuky"))
    with qtbot.waitSignal(model.load_failed, timeout=5000) as failed:
        model.set_filter(TaskFilter())
    assert isinstance(failed.args[0], ConnectionError)
    assert model.rowCount() == 0 and not model.loading and not model.canFetchMore()
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        model.reload()  # the server is back
    assert model.rowCount() == 200
    hooks[3] = lost  # a next page fails: the rows read so far stay
    with qtbot.waitSignal(model.load_failed, timeout=5000):
        model.fetchMore()
    assert model.rowCount() == 200 and not model.fetching and not model.canFetchMore()


def test_the_model_passes_the_qt_model_tester_after_a_sort(vi_app, qtbot, tasks_db, qtmodeltester):
    database, _world = tasks_db
    model = TaskTableModel(database, auth.actor_for(database, "thuky"))
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        model.set_filter(TaskFilter())
    before = [r.id for r in model.rows]
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        model.sort(DEADLINE, Qt.DescendingOrder)
    after = [r.id for r in model.rows]
    assert sorted(after) == sorted(before) and after != before
    dated = [r.effective_deadline for r in model.rows if r.effective_deadline]
    assert dated == sorted(dated, reverse=True)
    qtmodeltester.check(model)
