"""What a file or a server holds, looked at before anything is written.

A database made by an older coordboard may be migrated; one from a newer coordboard, one that
is not a coordboard database, or a damaged file is refused with a clear message and left
untouched. Everything here only reads.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, inspect
from sqlalchemy.exc import OperationalError

from coordboard.db.engine import first_line
from coordboard.db.migrations import current_revision, head_revision, known_revisions
from coordboard.db.server_refusals import refuse_server_login
from coordboard.errors import DatabaseRefused
from coordboard.i18n import QT_TRANSLATE_NOOP

SQLITE_MAGIC = b"SQLite format 3\x00"
DAMAGED = QT_TRANSLATE_NOOP("errors", "{path} is damaged and cannot be opened: {detail}")
FOREIGN = QT_TRANSLATE_NOOP("errors", "{path} is a database of another program, not of coordboard.")


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
        raise DatabaseRefused(DAMAGED, path=str(path), detail=str(exc)) from exc
    if not result or result[0] != "ok":
        raise DatabaseRefused(DAMAGED, path=str(path), detail=result[0] if result else "?")


def classify(engine: Engine, where: str) -> str:
    """'empty', 'current', 'older' — or raise DatabaseRefused for foreign or newer databases."""
    try:
        tables = set(inspect(engine).get_table_names())
    except OperationalError as exc:
        if engine.dialect.name != "sqlite":  # a server that is not there, or says no
            refuse_server_login(engine, exc)
            raise DatabaseRefused(
                QT_TRANSLATE_NOOP(
                    "errors", "Cannot connect to the database server {path}: {detail}"
                ),
                path=where,
                detail=first_line(exc),
            ) from exc
        raise DatabaseRefused(DAMAGED, path=where, detail=first_line(exc)) from exc
    except Exception as exc:  # the driver's own error, shown as detail
        raise DatabaseRefused(DAMAGED, path=where, detail=str(exc).splitlines()[0]) from exc
    if not tables:
        return "empty"
    if "alembic_version" not in tables or "boards" not in tables:
        raise DatabaseRefused(FOREIGN, path=where)
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
