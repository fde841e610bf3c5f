"""GUI fixtures: a demo database per test (built once, copied), Vietnamese UI, offscreen Qt."""

from __future__ import annotations

import gc
import os
import shutil
import threading
import traceback
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from coordboard import db as dbmod
from coordboard import i18n
from coordboard.services import demo


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = dbmod.open_database(path)
    demo.build(database)
    database.dispose()
    return path


@pytest.fixture
def demo_db(demo_template, tmp_path):
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    database = dbmod.open_database(path)
    yield database
    database.dispose()


@pytest.fixture(autouse=True)
def collect_on_main_thread(qapp):
    """As in the app (ui/main_thread_gc.py): no cyclic GC in worker threads; widgets of a
    finished test are collected here, on the GUI thread, after its workers are done."""
    from coordboard.ui.workers import wait_for_tasks

    gc.disable()
    yield
    wait_for_tasks()
    qapp.processEvents()
    gc.collect()
    gc.enable()


UI_SOURCES = str(Path(__import__("coordboard.ui").ui.__file__).resolve().parent)


def _ui_caller_on_the_gui_thread() -> str | None:
    """The innermost frame of ui code calling from the GUI thread, or None (a worker, or a
    call the test itself made)."""
    if threading.current_thread() is not threading.main_thread():
        return None
    frames = [
        f"{frame.filename}:{frame.lineno} {frame.name}"
        for frame in traceback.extract_stack()
        if str(Path(frame.filename).resolve()).startswith(UI_SOURCES)
    ]
    return frames[-1] if frames else None


@pytest.fixture(autouse=True)
def no_database_call_on_the_gui_thread():
    """The ui reaches the database only through ui/operations.py, on a worker: a connection
    taken on the GUI thread by code of the ui package fails the test (a slow or lost database
    would freeze the window there). Tests may call services themselves: only a call made from
    ui code counts."""
    from sqlalchemy import event
    from sqlalchemy.pool import Pool

    found: list[str] = []

    def checkout(_dbapi_connection, _record, _proxy) -> None:
        caller = _ui_caller_on_the_gui_thread()
        if caller:
            found.append(caller)

    event.listen(Pool, "checkout", checkout)
    yield
    event.remove(Pool, "checkout", checkout)
    assert found == [], "database reached from the GUI thread by ui code: " + "; ".join(found)


@pytest.fixture(autouse=True)
def no_keyring_call_on_the_gui_thread(monkeypatch):
    """A locked keyring may wait for the user to unlock it, and a broken one raises: the ui
    reads and writes it only through ui/operations.py, on a worker. A password read, written or
    deleted on the GUI thread by code of the ui package fails the test (tests may call the
    keyring themselves: only a call made from ui code counts)."""
    import keyring

    found: list[str] = []

    def guarded(name: str):
        real = getattr(keyring, name)

        def call(*args, **kwargs):
            caller = _ui_caller_on_the_gui_thread()
            if caller:
                found.append(f"{name} from {caller}")
            return real(*args, **kwargs)

        return call

    for name in ("get_password", "set_password", "delete_password", "get_credential"):
        monkeypatch.setattr(keyring, name, guarded(name))
    yield
    assert found == [], "keyring reached from the GUI thread by ui code: " + "; ".join(found)


@pytest.fixture(autouse=True)
def no_unexpected_message_boxes(monkeypatch):
    """A message box nobody expected would wait forever for a click offscreen: fail instead.
    A test that expects one patches the QMessageBox function it expects."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(kind):
        def fail(*args, **kwargs):
            text = args[2] if len(args) > 2 else kwargs.get("text", "")
            raise AssertionError(f"unexpected QMessageBox.{kind}: {text}")

        return fail

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, unexpected(kind))


@pytest.fixture
def vi_app(qapp, tmp_path, monkeypatch):
    """The QApplication as coordboard sets it up: Vietnamese translator, settings in tmp."""
    from PySide6.QtCore import QSettings

    from coordboard.app import install_translators

    monkeypatch.setenv("COORDBOARD_DATA_DIR", str(tmp_path / "data"))
    i18n.load("vi")
    install_translators(qapp)
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    yield qapp
