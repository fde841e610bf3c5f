"""Engines and the open Database: SQLite pragmas, PostgreSQL connect options, URLs, and the
error a statement raises when the server goes away.

Nothing here inspects or changes a schema: that happens when a database is opened (opening.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, ExceptionContext, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from coordboard.errors import DatabaseRefused, DomainError
from coordboard.i18n import QT_TRANSLATE_NOOP

BUSY_TIMEOUT_MS = 10_000
# PostgreSQL: how long to wait for a server to answer a connection attempt. Every call from the
# window runs on a worker, so this bounds how long a form stays "Saving…" (or a list "Loading…")
# when the server's PC is switched off.
CONNECT_TIMEOUT_S = 5
# libpq options that notice a server that vanished without closing its connections (a cable
# pulled, a PC switched off): keepalives for idle connections (the live-refresh listener),
# tcp_user_timeout for a statement whose packets are never acknowledged.
_SERVER_CONNECT_ARGS = {
    "connect_timeout": CONNECT_TIMEOUT_S,
    "keepalives": 1,
    "keepalives_idle": 30,
    "keepalives_interval": 10,
    "keepalives_count": 3,
    "tcp_user_timeout": 30_000,
}

CONNECTION_LOST = QT_TRANSLATE_NOOP(
    "errors",
    "Lost the connection to the database server {server} ({detail}). The operation "
    "was not completed; try again when the server can be reached.",
)


class ConnectionLost(DomainError):
    """The database server went away (or cannot be reached) while the app was using it.

    Raised instead of the driver's OperationalError for every statement of an open Database
    (see `explain_lost_connection`); `orig` is the driver's own exception, as on SQLAlchemy's
    errors. Each unit of work is one transaction, so nothing of it was written."""

    def __init__(self, message: str, orig: BaseException | None = None, **params: Any) -> None:
        super().__init__(message, **params)
        self.orig = orig


@dataclass
class Database:
    """An open, migrated coordboard database."""

    url: str
    engine: Engine
    session_factory: sessionmaker[Session]
    path: Path | None  # the file, for SQLite

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    def session(self) -> Session:
        return self.session_factory()

    def dispose(self) -> None:
        self.engine.dispose()


# --- URLs -----------------------------------------------------------------------------------


def to_url(target: str | Path) -> str:
    """A path becomes a sqlite URL; anything with '://' is taken as an SQLAlchemy URL."""
    text = str(target)
    if "://" in text:
        url = make_url(text)
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        return url.render_as_string(hide_password=False)
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    if not parsed.database or parsed.database == ":memory:":
        raise DatabaseRefused(QT_TRANSLATE_NOOP("errors", "An in-memory database cannot be used."))
    return Path(parsed.database)


def public_url(url: str) -> str:
    """A PostgreSQL URL as a user types it: no password, no driver name."""
    parsed = make_url(url)
    parsed = URL.create(  # not .set(password=None): set() leaves a None argument unchanged
        "postgresql" if parsed.get_backend_name() == "postgresql" else parsed.drivername,
        username=parsed.username,
        host=parsed.host,
        port=parsed.port,
        database=parsed.database,
        query=parsed.query,
    )
    return parsed.render_as_string(hide_password=False)


# --- engines --------------------------------------------------------------------------------


def _set_sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def make_engine(url: str) -> Engine:
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    given = make_url(url).query
    connect_args = {k: v for k, v in _SERVER_CONNECT_ARGS.items() if k not in given}
    # pool_pre_ping: a pooled connection the server dropped (restart, network cut) is noticed
    # before use and replaced, so the first save after the server returns succeeds
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args)


def probe_engine(url: str) -> Engine:
    """An engine that only reads: no pragmas (which could rewrite a file's header), no pool."""
    return create_engine(url, poolclass=NullPool)


# --- errors ---------------------------------------------------------------------------------


def first_line(exc: BaseException) -> str:
    """The driver's own words without SQLAlchemy's wrapper and links."""
    orig = getattr(exc, "orig", None) or exc
    return (str(orig).strip().splitlines() or [type(orig).__name__])[0]


def explain_lost_connection(where: str) -> Callable[[ExceptionContext], None]:
    """A handle_error hook: a connection that broke, or could not be made, becomes a
    ConnectionLost with a message in the user's words, wherever the statement came from
    (a save in a dialog, a page loading in a worker). Pre-ping failures are left alone:
    there SQLAlchemy replaces the dead connection by itself."""

    def explain(context: ExceptionContext) -> None:
        if context.is_pre_ping:
            return
        orig = context.original_exception
        if not (
            context.is_disconnect
            or (
                context.connection is None
                and isinstance(context.sqlalchemy_exception, OperationalError)
            )
        ):
            return
        raise ConnectionLost(
            CONNECTION_LOST, orig=orig, server=where, detail=first_line(orig)
        ) from orig

    return explain
