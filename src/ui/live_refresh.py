"""Live refresh: every second, ask whether another PC changed the database (services/changes.py).

The poll runs on a worker (ui/operations.query): it is normally sub-millisecond, but
reconnecting to a server that went away may wait for a connect timeout, and the GUI must never
wait for that. At most one poll is in flight; a tick that finds one still running is skipped.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from coordboard.db import Database
from coordboard.services.changes import ChangeWatcher
from coordboard.ui import operations

INTERVAL_MS = 1000


class LiveRefresh(QObject):
    changed = Signal()  # someone else committed since the last poll
    connection_lost = Signal(str)  # once, with the driver's words
    connection_restored = Signal()
    ticked = Signal()  # every timer tick, for work postponed to "the next tick"

    def __init__(
        self, db: Database, parent: QObject | None = None, interval_ms: int = INTERVAL_MS
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.watcher: ChangeWatcher | None = None
        self.lost = False
        self._busy = False
        self._stopped = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.timer.start()
        self._tick()  # connect now: changes made from here on are seen

    def stop(self) -> None:
        self._stopped = True
        self.timer.stop()
        if self.watcher is not None:
            self.watcher.close()  # waits for a poll in flight (it holds the watcher's lock)

    def _tick(self) -> None:
        self.ticked.emit()
        if self._busy:
            return
        self._busy = True
        operations.query(self, self._poll, self._polled, self._failed)

    def _poll(self) -> bool:
        """In the worker: the first poll creates the watcher (a connection to the database)."""
        if self.watcher is None:
            watcher = ChangeWatcher(self.db)
            if self._stopped:  # stop() came while connecting
                watcher.close()
                return False
            self.watcher = watcher
            return self.lost  # connected after a failure: changes meanwhile are unknown
        return self.watcher.poll()

    def _polled(self, changed: bool) -> None:
        self._busy = False
        if not self.timer.isActive():
            return  # stopped meanwhile
        if self.lost:
            self.lost = False
            self.connection_restored.emit()
        if changed:
            self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        if not self.timer.isActive():
            return
        if not self.lost:
            self.lost = True
            orig = getattr(exc, "orig", None) or exc
            self.connection_lost.emit((str(orig).strip().splitlines() or [type(orig).__name__])[0])
