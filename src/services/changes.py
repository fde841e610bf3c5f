"""Noticing that someone else changed the database: the base of live refresh. No Qt.

`ChangeWatcher(db).poll()` answers "did anything change since the last poll?" cheaply and without
waiting, so the UI can ask every second:

- SQLite: `PRAGMA data_version` on one dedicated connection the watcher keeps open. SQLite changes
  that value when any OTHER connection commits to the file: another PC on a shared folder,
  another coordboard instance, but also this app's own pooled connections. Our own commits are
  deliberately not filtered out: data_version only says "changed", not by whom, so subtracting a
  counter of our commits could swallow a foreign commit that landed in the same second. An extra
  refresh after one's own save is harmless (pages keep their selection).
- PostgreSQL: LISTEN on CHANNEL on a dedicated autocommit connection; every UnitOfWork.commit
  sends pg_notify(CHANNEL, token) inside its transaction, so a notification is delivered only if
  the commit succeeded. The payload names the Database object that committed (see
  `source_token`), so the watcher ignores the commits of the database it watches and only
  reports those of other PCs / instances.

A poll that fails (server gone, file unreachable) raises; the next poll reconnects, and a
successful reconnection reports True, since changes made meanwhile cannot be known.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import threading
import uuid
import weakref
from typing import Any

from sqlalchemy import Engine

from coordboard.db import BUSY_TIMEOUT_MS, Database

CHANNEL = "coordboard_changes"

_tokens: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()
_tokens_lock = threading.Lock()


def source_token(engine: Engine) -> str:
    """The NOTIFY payload of the commits made through `engine`: unique per open database."""
    with _tokens_lock:
        token = _tokens.get(engine)
        if token is None:
            token = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:12]}"
            _tokens[engine] = token
        return token


class ChangeWatcher:
    """Thread-safe in the sense that poll() and close() may be called from different threads,
    one at a time (a lock serialises them)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._lock = threading.Lock()
        self._conn: Any = None  # sqlite3.Connection or psycopg.Connection (an optional extra)
        self._version: int | None = None
        self._closed = False
        self._own = source_token(db.engine)
        self._connect()  # fails early if the database cannot be reached at all

    # --- connection -------------------------------------------------------------------------
    def _connect(self) -> None:
        if self.db.is_sqlite:
            conn = sqlite3.connect(
                self.db.path,
                timeout=BUSY_TIMEOUT_MS / 1000,
                isolation_level=None,
                check_same_thread=False,
            )
            try:
                self._version = conn.execute("PRAGMA data_version").fetchone()[0]
            except BaseException:
                conn.close()
                raise
        else:
            # through the engine, so the same credentials and connect options are used; then
            # taken out of the pool: this connection is the watcher's alone
            fairy = self.db.engine.raw_connection()
            try:
                conn = fairy.driver_connection
                fairy.detach()
                conn.rollback()
                conn.autocommit = True
                conn.execute(f"LISTEN {CHANNEL}")
            except BaseException:
                fairy.close()
                raise
        self._conn = conn

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except Exception:  # noqa: BLE001 - already broken
                pass

    # --- public -----------------------------------------------------------------------------
    def poll(self) -> bool:
        """True if someone else committed since the last poll. Never waits for a change; raises
        the driver's error if the database cannot be reached."""
        with self._lock:
            if self._closed:
                return False
            if self._conn is None:
                self._connect()
                return True  # reconnected: what happened meanwhile is unknown
            try:
                return self._poll_sqlite() if self.db.is_sqlite else self._poll_postgresql()
            except BaseException:
                self._drop()
                raise

    def _poll_sqlite(self) -> bool:
        version = self._conn.execute("PRAGMA data_version").fetchone()[0]
        changed = version != self._version
        self._version = version
        return changed

    def _poll_postgresql(self) -> bool:
        # timeout=0 reads what has arrived (at least one non-blocking look at the socket); a
        # connection the server closed raises here
        payloads = [n.payload for n in self._conn.notifies(timeout=0) if n.channel == CHANNEL]
        return any(payload != self._own for payload in payloads)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._drop()

    def __enter__(self) -> ChangeWatcher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
