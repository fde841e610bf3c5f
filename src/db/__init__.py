"""Engine, sessions, and the checks that run when a database is opened.

Opening a database is the one place where the schema may change: a database made by an older
coordboard is backed up and migrated; one from a newer coordboard, one that is not a coordboard
database, or a damaged file is refused with a clear message and left untouched.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, ExceptionContext, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from coordboard import config
from coordboard.db import audit_hook
from coordboard.errors import DatabaseRefused, DomainError
from coordboard.i18n import QT_TRANSLATE_NOOP

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
#: PostgreSQL: how long to wait for a server to answer a connection attempt. Saves run on the
#: GUI thread, so this bounds how long a click can hang when the server's PC is switched off.
CONNECT_TIMEOUT_S = 5
#: libpq options that notice a server that vanished without closing its connections (a cable
#: pulled, a PC switched off): keepalives for idle connections (the live-refresh listener),
#: tcp_user_timeout for a statement whose packets are never acknowledged.
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
PASSWORD_REFUSED = QT_TRANSLATE_NOOP(
    "errors", "The database server {host}:{port} refused the password of user {user}."
)


class ConnectionLost(DomainError):
    """The database server went away (or cannot be reached) while the app was using it.

    Raised instead of the driver's OperationalError for every statement of an open Database
    (see `_explain_lost_connection`); `orig` is the driver's own exception, as on SQLAlchemy's
    errors. Each unit of work is one transaction, so nothing of it was written."""

    def __init__(self, message: str, orig: BaseException | None = None, **params) -> None:
        super().__init__(message, **params)
        self.orig = orig


@dataclass
class Database:
    """An open, migrated coordboard database."""

    url: str
    engine: Engine
    session_factory: sessionmaker
    path: Path | None  # the file, for SQLite

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    def session(self) -> Session:
        return self.session_factory()

    def dispose(self) -> None:
        self.engine.dispose()


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


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", "coordboard:migrations")
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def _set_sqlite_pragmas(dbapi_conn, _record) -> None:
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


def _explain_lost_connection(where: str):
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


# --- inspection before anything is written -------------------------------------------------


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a healthy SQLite database. Reads only."""
    if not path.exists() or path.stat().st_size == 0:
        return
    if path.is_dir():
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a database file."), path=str(path)
        )
    with open(path, "rb") as fh:
        if fh.read(16) != SQLITE_MAGIC:
            raise DatabaseRefused(
                QT_TRANSLATE_NOOP(
                    "errors", "{path} is not a coordboard database (not a SQLite file)."
                ),
                path=str(path),
            )
    try:
        # Not mode=ro: a read-only connection to a WAL-mode file leaves -wal/-shm files behind.
        conn = sqlite3.connect(path)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP("errors", "{path} is damaged and cannot be opened: {detail}"),
            path=str(path),
            detail=str(exc),
        ) from exc
    if not result or result[0] != "ok":
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP("errors", "{path} is damaged and cannot be opened: {detail}"),
            path=str(path),
            detail=result[0] if result else "?",
        )


def first_line(exc: BaseException) -> str:
    """The driver's own words without SQLAlchemy's wrapper and links."""
    orig = getattr(exc, "orig", None) or exc
    return (str(orig).strip().splitlines() or [type(orig).__name__])[0]


def probe_engine(url: str) -> Engine:
    """An engine that only reads: no pragmas (which could rewrite a file's header), no pool."""
    return create_engine(url, poolclass=NullPool)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


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


def _refuse_server_login(engine: Engine, exc: OperationalError) -> None:
    """A distinct message when the server answered but said no. psycopg has a SQLSTATE only for
    errors that come with a result; a refused login has none, so libpq's English words are
    looked at too (a server set to another message language falls back to the general
    'Cannot connect' message, which still shows the server's own words)."""
    orig = getattr(exc, "orig", None)
    sqlstate = getattr(orig, "sqlstate", None)
    detail = first_line(exc)
    words = str(orig or exc)
    url = engine.url
    params = {
        "host": url.host or "localhost",
        "port": str(url.port or 5432),
        "user": url.username or "",
        "database": url.database or "",
    }
    if (
        sqlstate == "28P01"
        or "password authentication failed" in words
        or "no password supplied" in words
    ):
        raise DatabaseRefused(PASSWORD_REFUSED, **params) from exc
    if any(
        text in words
        for text in (
            "could not translate host name",
            "Name or service not known",
            "nodename nor servname",
            "No such host is known",
            "Temporary failure in name resolution",
        )
    ):
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "errors",
                "Cannot connect to the database server {host}: no computer of that name "
                "is known on the network. Check the spelling, or use the server's IP "
                "address.",
            ),
            **params,
        ) from exc
    if "Connection refused" in words:
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "errors",
                "Cannot connect to the database server {host}:{port}: the computer "
                "answers, but nothing listens on port {port}. Check the port number, and "
                "that PostgreSQL is running there and accepts connections from the "
                "network.",
            ),
            **params,
        ) from exc
    if any(
        text in words
        for text in ("timeout expired", "timed out", "No route to host", "Network is unreachable")
    ):
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "errors",
                "Cannot connect to the database server {host}:{port}: it does not answer. "
                "Check the address, that the server's PC is on, and that no firewall "
                "blocks port {port}.",
            ),
            **params,
        ) from exc
    if sqlstate == "3D000" or (f'database "{url.database}" does not exist' in words):
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "errors", "There is no database {database} on the server {host}:{port}."
            ),
            **params,
        ) from exc
    if "does not support SSL" in words or "SSL was required" in words:
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "errors",
                "The connection asks for SSL (sslmode={mode}) but the database server "
                "{host}:{port} does not offer it: ask its administrator to turn SSL on, or "
                "choose a weaker SSL mode for a server on a trusted office network.",
            ),
            mode=str(url.query.get("sslmode", "")),
            **params,
        ) from exc
    if (
        sqlstate == "28000"
        or f'role "{url.username}" does not exist' in words
        or "no pg_hba.conf entry" in words
    ):
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database server {host}:{port} does not let user {user} in "
                "(no such user, or not allowed from this PC): {detail}",
            ),
            detail=detail,
            **params,
        ) from exc


def classify(engine: Engine, where: str) -> str:
    """'empty', 'current', 'older' — or raise DatabaseRefused for foreign or newer databases."""
    try:
        tables = set(inspect(engine).get_table_names())
    except OperationalError as exc:
        if engine.dialect.name != "sqlite":  # a server that is not there, or says no
            _refuse_server_login(engine, exc)
            raise DatabaseRefused(
                QT_TRANSLATE_NOOP(
                    "errors", "Cannot connect to the database server {path}: {detail}"
                ),
                path=where,
                detail=first_line(exc),
            ) from exc
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP("errors", "{path} is damaged and cannot be opened: {detail}"),
            path=where,
            detail=first_line(exc),
        ) from exc
    except Exception as exc:  # the driver's own error, shown as detail
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP("errors", "{path} is damaged and cannot be opened: {detail}"),
            path=where,
            detail=str(exc).splitlines()[0],
        ) from exc
    if not tables:
        return "empty"
    if "alembic_version" not in tables or "boards" not in tables:
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "errors", "{path} is a database of another program, not of coordboard."
            ),
            path=where,
        )
    revision = current_revision(engine)
    if revision == head_revision():
        return "current"
    if revision not in known_revisions():
        if engine.dialect.name != "sqlite":
            raise DatabaseRefused(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The database on the server {path} has schema revision "
                    "{revision}, which this coordboard does not know: it was "
                    "made by a newer version of coordboard. Update coordboard "
                    "on this PC.",
                ),
                path=where,
                revision=str(revision),
            )
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} was made by a newer version of coordboard "
                "(schema {revision}). Install the newer version to open it.",
            ),
            path=where,
            revision=str(revision),
        )
    return "older"


# --- backups --------------------------------------------------------------------------------


def backup_sqlite(src: Path, dest: Path) -> Path:
    """Consistent copy through SQLite's online-backup API (safe while others use the file)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    source = sqlite3.connect(src)  # read-write, so closing it cleans up -wal/-shm files
    try:
        target = sqlite3.connect(tmp)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    tmp.replace(dest)
    return dest


def automatic_backup(path: Path, reason: str) -> Path:
    folder = config.backup_dir_for(path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    dest = backup_sqlite(path, folder / f"{path.stem}-{stamp}-{reason}.sqlite")
    backups = sorted(folder.glob(f"{path.stem}-*.sqlite"))
    for old in backups[: max(0, len(backups) - config.KEEP_BACKUPS)]:
        old.unlink(missing_ok=True)
    return dest


def daily_backup(db: Database) -> Path | None:
    """At most one 'daily' backup per calendar day."""
    if db.path is None or not db.path.exists():
        return None
    folder = config.backup_dir_for(db.path)
    today = datetime.now().strftime("%Y%m%d")
    if any(folder.glob(f"{db.path.stem}-{today}-*-daily.sqlite")):
        return None
    return automatic_backup(db.path, "daily")


def restore_sqlite(backup: Path, db_path: Path) -> Path | None:
    """Replace db_path by a backup; the replaced database is kept as a backup first.

    The backup is checked before anything is touched: a foreign, newer or empty file is
    refused and the current database stays as it is."""
    check_sqlite_file(backup)
    engine = probe_engine(f"sqlite:///{backup}")
    try:
        if classify(engine, str(backup)) == "empty":
            raise DatabaseRefused(
                QT_TRANSLATE_NOOP(
                    "errors", "{path} is a database of another program, not of coordboard."
                ),
                path=str(backup),
            )
    finally:
        engine.dispose()
    kept = None
    if db_path.exists() and db_path.stat().st_size > 0:
        kept = automatic_backup(db_path, "before-restore")
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    backup_sqlite(backup, db_path)
    return kept


# --- opening --------------------------------------------------------------------------------


def upgrade(engine: Engine, revision: str = "head") -> None:
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def open_database(
    target: str | Path | None = None, *, migrate: bool = True, upgrade_server: bool = False
) -> Database:
    """Open (creating or migrating as needed) the database at a path or URL.

    A SQLite file made by an older coordboard is backed up and migrated. A PostgreSQL database
    is shared by many PCs: an older schema there is migrated only when asked for
    (upgrade_server, i.e. `coordboard db upgrade`); otherwise it is refused with a message
    that an administrator must upgrade it."""
    url = to_url(target if target is not None else config.default_database())
    path = sqlite_path(url)
    where = str(path) if path else public_url(url)
    if path is not None:
        check_sqlite_file(path)
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    # SQLite: classify through a connection without our pragmas, so that a file we refuse is
    # not switched to WAL mode (which rewrites its header) before it is refused.
    probe = probe_engine(url) if path is not None else engine
    try:
        try:
            state = classify(probe, where)
        finally:
            if probe is not engine:
                probe.dispose()
        if state == "older" and path is None and not upgrade_server:
            raise DatabaseRefused(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The server's database {path} is at schema revision {revision}; this "
                    "coordboard needs {head}: an administrator must run "
                    "'coordboard db upgrade --db {url}'.",
                ),
                path=where,
                revision=str(current_revision(engine)),
                head=head_revision(),
                url=public_url(url),
            )
        if state != "current":
            if not migrate:
                raise DatabaseRefused(
                    QT_TRANSLATE_NOOP(
                        "errors", "{path} needs an upgrade: run 'coordboard db upgrade'."
                    ),
                    path=where,
                )
            if state == "older" and path is not None:
                automatic_backup(path, "before-upgrade")
            upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    if path is not None:
        refresh_statistics(engine)
    else:
        server = make_url(url)
        event.listen(
            engine,
            "handle_error",
            _explain_lost_connection(
                f"{server.host or 'localhost'}:{server.port or 5432}/{server.database}"
            ),
        )
    factory = sessionmaker(engine, expire_on_commit=False)
    audit_hook.install(factory)
    return Database(url=url, engine=engine, session_factory=factory, path=path)


#: tables whose size decides the query plans of the task list
_PLANNED_TABLES = ("tasks", "task_cooperators", "task_updates")


def refresh_statistics(engine: Engine) -> bool:
    """SQLite plans queries from the statistics ANALYZE leaves in sqlite_stat1; a database that
    grew through daily use has none (or stale ones), and the task list at a million rows then
    takes seconds instead of milliseconds. When a planned table has no statistics or has more
    than doubled since they were taken, run a sampled ANALYZE (analysis_limit keeps it to a
    fraction of a second at any size). PostgreSQL's autovacuum does this by itself.
    Returns whether statistics were refreshed."""
    with engine.connect() as conn:
        has_stats = conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"
        ).scalar()
        stale = False
        for table in _PLANNED_TABLES:
            rows = conn.exec_driver_sql(f"SELECT max(rowid) FROM {table}").scalar() or 0
            if rows < 1000:
                continue
            known = None
            if has_stats:
                stat = conn.exec_driver_sql(
                    "SELECT stat FROM sqlite_stat1 WHERE tbl = ? LIMIT 1", (table,)
                ).scalar()
                known = int(stat.split()[0]) if stat else None
            if known is None or rows > 2 * known:
                stale = True
        if not stale:
            return False
        conn.exec_driver_sql("PRAGMA analysis_limit = 1000")
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
        return True


def integrity_problems(db: Database) -> list[str]:
    """Integrity check results; an empty list means healthy."""
    problems: list[str] = []
    with db.engine.connect() as conn:
        if db.is_sqlite:
            rows = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
            problems += [r[0] for r in rows if r[0] != "ok"]
            fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            problems += [f"foreign key: {r[0]} row {r[1]} -> {r[2]}" for r in fk]
        else:
            conn.exec_driver_sql("SELECT 1")
    if current_revision(db.engine) != head_revision():
        problems.append(f"schema revision {current_revision(db.engine)} != {head_revision()}")
    return problems


#: file systems that put a file on another machine (Linux /proc/mounts names)
NETWORK_FILESYSTEMS = frozenset(
    {
        "cifs",
        "smb3",
        "smbfs",
        "nfs",
        "nfs4",
        "afs",
        "9p",
        "fuse.sshfs",
        "sshfs",
        "davfs",
        "fuse.davfs2",
        "ncpfs",
    }
)
NETWORK_SHARE_WARNING = QT_TRANSLATE_NOOP(
    "errors",
    "{path} is on a network share. SQLite cannot lock a file safely over a network: "
    "two PCs writing to it can damage it beyond repair. Keep the file on this PC, or let the "
    "board's PCs share a PostgreSQL server (coordboard server init, coordboard db copy).",
)


def _mount_type(path: Path, mounts_text: str) -> str | None:
    """The file-system type of the longest mount point containing `path` (/proc/mounts)."""
    best, best_type = "", None
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        inside = str(path) == point or str(path).startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, parts[2]
    return best_type


def is_network_location(
    path: Path, *, mounts_text: str | None = None, windows: bool | None = None
) -> bool:
    """Whether a SQLite file lives on another machine: a Windows UNC path (\\\\server\\share),
    a Windows drive mapped to a share, or a Linux/BSD network mount."""
    import os
    import sys

    windows = sys.platform == "win32" if windows is None else windows
    text = str(path)
    if windows:
        if text.startswith(("\\\\", "//")):
            return True
        drive = os.path.splitdrive(text)[0]
        if drive and sys.platform == "win32":
            import ctypes

            drive_remote = 4
            return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote
        return False
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
    kind = _mount_type(Path(os.path.abspath(text)), mounts_text)
    return kind is not None and kind in NETWORK_FILESYSTEMS
