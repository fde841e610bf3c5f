"""The low-level runner under ui/operations.py: a function on a worker, its outcome on the
main thread.

`run_task(fn, on_done, on_error)` queues `fn` on the global QThreadPool; its return value (or
the exception it raised) is delivered through a queued signal, so the callbacks always run on
the main thread. Services open their own session per call, so a worker never shares one. The
ui calls services through ui/operations.py (query / save), which adds superseded answers and
change announcements; `wait_for_tasks` serves shutdown and tests.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Lives on the main thread; its signals carry the worker's outcome there."""

    done = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.relay = _Relay()
        self.setAutoDelete(True)

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - delivered to the caller, never lost in the thread
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._emit(self.relay.failed, exc)
        else:
            self._emit(self.relay.done, result)

    def _emit(self, signal, value) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the application is shutting down: nobody is waiting any more
            pass


_running: set[_Relay] = set()  # keep relays alive until they have reported


def run_task(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    owner: QObject | None = None,
) -> Task:
    """`owner`: the widget the callbacks update; if it is gone when the result arrives (a page
    closed meanwhile), the result is dropped instead of touching a deleted widget."""
    task = Task(fn)
    relay = task.relay
    _running.add(relay)

    def finish(callback, value) -> None:
        _running.discard(relay)
        if owner is not None and not shiboken6.isValid(owner):
            return
        if callback is not None:
            callback(value)

    relay.done.connect(lambda value: finish(on_done, value))
    relay.failed.connect(lambda exc: finish(on_error, exc))
    QThreadPool.globalInstance().start(task)
    return task


def wait_for_tasks(msecs: int = 10_000) -> bool:
    """For tests and shutdown: wait until queued work has finished."""
    return QThreadPool.globalInstance().waitForDone(msecs)
