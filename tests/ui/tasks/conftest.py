"""Fixtures of the Tasks area's tests: a copy of the task world per test (built once), the
Tasks page of the secretariat, spies on the pages the model reads."""

from __future__ import annotations

import shutil
import threading

import pytest
from PySide6.QtCore import QThreadPool

from coordboard import db as dbmod
from coordboard.services import tasks
from coordboard.ui.tasks import task_table_model
from coordboard.ui.workers import wait_for_tasks
from ui.tasks.task_world import build_tasks, make_page, refreshed


@pytest.fixture(scope="session")
def tasks_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("tasks") / "tasks.sqlite"
    database = dbmod.open_database(path)
    try:
        world = build_tasks(database)
    finally:
        database.dispose()
    return path, world


@pytest.fixture
def tasks_db(tasks_template, tmp_path):
    source, world = tasks_template
    path = tmp_path / "tasks.sqlite"
    shutil.copyfile(source, path)
    database = dbmod.open_database(path)
    yield database, world
    database.dispose()


@pytest.fixture
def secretariat_page(vi_app, qtbot, tasks_db):
    database, world = tasks_db
    page = make_page(qtbot, database, "thuky")
    page.show()
    qtbot.waitExposed(page)
    with refreshed(page, qtbot):
        page.refresh()
    return page, world


@pytest.fixture
def list_calls(monkeypatch):
    """Records (offset, limit, thread) of every page the model reads; `hook(call_no)` may
    delay or fail a call (it runs in the worker)."""
    calls, hooks = [], {}
    real = tasks.list_tasks

    def spy(*args, **kwargs):
        calls.append((kwargs.get("offset"), kwargs.get("limit"), threading.current_thread()))
        hook = hooks.get(len(calls))
        if hook is not None:
            hook()
        return real(*args, **kwargs)

    monkeypatch.setattr(task_table_model.tasks, "list_tasks", spy)
    return calls, hooks


@pytest.fixture
def roomy_pool():
    """A worker held by a test must not hold the only thread of the pool."""
    pool = QThreadPool.globalInstance()
    threads = pool.maxThreadCount()
    pool.setMaxThreadCount(max(threads, 3))
    yield
    wait_for_tasks(10_000)
    pool.setMaxThreadCount(threads)
