"""The one road from the ui to the services: every service call runs here, on a worker.

The ui never calls a service function on the GUI thread: a database that is slow, locked by
another PC, or a server that stopped answering would freeze the window. Instead:

- `query(owner, fn, on_done)` reads: `fn()` runs on a worker of the global thread pool, and
  `on_done(result)` (or `on_error(exception)`) runs on the main thread. With `key`, a newer
  query of the same owner and key supersedes the older one: a result that arrives after a newer
  query started is dropped, so a page never shows an answer to a question it no longer asks.
- `save(owner, fn, on_done, changes=...)` writes: the same, and once the service committed,
  the hub announces `changes` (what kinds of record changed) so that open pages refresh what
  they show of it — and only pages that show such records (`Page.watches`); the page whose
  dialog saved refreshes itself, keeping the new row selected.

`owner` is the widget the callbacks update: when it was deleted meanwhile (a page or dialog
closed), the result is dropped instead of touching a deleted widget. Without `on_error`, a
failure is shown in a message box over the owner's window.

Anki's operations (CollectionOp / QueryOp and OpChanges) and Picard's `run_task` are the models.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from coordboard.ui.common.errors import show_error
from coordboard.ui.workers import Task, run_task

T = TypeVar("T")


class Changes(enum.Flag):
    """What kinds of record a save changed. Pages declare which ones they show."""

    NOTHING = 0
    BOARDS = enum.auto()
    MEMBERS = enum.auto()  # memberships and the people who hold them
    MEETINGS = enum.auto()  # meetings, their record, conclusions and numbered documents
    PLANS = enum.auto()  # plans and their sections
    TASKS = enum.auto()  # tasks, their progress, extensions and attachments
    CATALOGUE = enum.auto()  # agencies, sectors, levels, board kinds and roles
    ACCOUNTS = enum.auto()
    CALENDAR = enum.auto()  # working calendar and the shared day settings (due soon, silent)
    REGISTER = enum.auto()  # numbers taken in a board's document register
    EVERYTHING = (
        BOARDS | MEMBERS | MEETINGS | PLANS | TASKS | CATALOGUE | ACCOUNTS | CALENDAR | REGISTER
    )


class OperationHub(QObject):
    """Announces committed changes to whoever shows records (the main window, which tells its
    pages).

    Signals: `changed(Changes, origin)` after every successful save, on the main thread;
    `origin` is the widget that saved (a page refreshes itself after its own dialogs)."""

    changed = Signal(object, object)


_hub: OperationHub | None = None


def hub() -> OperationHub:
    global _hub
    if _hub is None or not shiboken6.isValid(_hub):
        _hub = OperationHub()
    return _hub


_GENERATIONS = "_coordboard_query_generations"


def _next_generation(owner: QObject, key: str) -> Callable[[], bool]:
    """Start a new generation of `owner`'s queries under `key`; returns "is it still current?"."""
    generations = owner.__dict__.setdefault(_GENERATIONS, {})
    generation = generations.get(key, 0) + 1
    generations[key] = generation
    return lambda: shiboken6.isValid(owner) and generations.get(key) == generation


def supersede(owner: QObject, key: str) -> None:
    """Drop the answer of `owner`'s query under `key` still on its way (e.g. the selection was
    cleared: no detail to show any more)."""
    _next_generation(owner, key)


def _default_error(owner: QObject) -> Callable[[BaseException], None]:
    def show(exc: BaseException) -> None:
        parent = owner.window() if isinstance(owner, QWidget) else None
        show_error(parent, exc)

    return show


def query(
    owner: QObject,
    fn: Callable[[], T],
    on_done: Callable[[T], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    *,
    key: str | None = None,
) -> Task:
    """Run the read `fn` on a worker; `on_done(result)` on the main thread."""
    current = _next_generation(owner, key) if key is not None else None

    def done(result: Any) -> None:
        if current is not None and not current():
            return
        if on_done is not None:
            on_done(result)

    def failed(exc: BaseException) -> None:
        if current is not None and not current():
            return
        (on_error or _default_error(owner))(exc)

    return run_task(fn, done, failed, owner=owner)


def save(
    owner: QObject,
    fn: Callable[[], T],
    on_done: Callable[[T], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    *,
    changes: Changes,
) -> Task:
    """Run the write `fn` on a worker; on success announce `changes`, then `on_done(result)`.

    The announcement goes out even when the owner is gone meanwhile (the change was made)."""

    def done(result: Any) -> None:
        if changes:
            hub().changed.emit(changes, owner if shiboken6.isValid(owner) else None)
        if on_done is not None and shiboken6.isValid(owner):
            on_done(result)

    def failed(exc: BaseException) -> None:
        if shiboken6.isValid(owner):
            (on_error or _default_error(owner))(exc)

    return run_task(fn, done, failed, owner=None)
