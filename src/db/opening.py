"""Opening a database: the one place where the schema may change.

A SQLite file made by an older coordboard is backed up and migrated. A PostgreSQL database is
shared by many PCs: an older schema there is migrated only when asked for (upgrade_server,
i.e. `coordboard db upgrade`); otherwise it is refused with a message that an administrator
must upgrade it. Whatever is refused (inspection.py) is left untouched.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import sessionmaker

from coordboard import config
from coordboard.db import audit_hook
from coordboard.db.backups import automatic_backup
from coordboard.db.engine import (
    Database,
    explain_lost_connection,
    make_engine,
    probe_engine,
    public_url,
    sqlite_path,
    to_url,
)
from coordboard.db.inspection import check_sqlite_file, classify
from coordboard.db.maintenance import refresh_statistics
from coordboard.db.migrations import current_revision, head_revision, upgrade
from coordboard.errors import DatabaseRefused
from coordboard.i18n import QT_TRANSLATE_NOOP


def open_database(
    target: str | Path | None = None, *, migrate: bool = True, upgrade_server: bool = False
) -> Database:
    """Open (creating or migrating as needed) the database at a path or URL."""
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
            explain_lost_connection(
                f"{server.host or 'localhost'}:{server.port or 5432}/{server.database}"
            ),
        )
    factory = sessionmaker(engine, expire_on_commit=False)
    audit_hook.install(factory)
    return Database(url=url, engine=engine, session_factory=factory, path=path)
