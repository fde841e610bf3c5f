"""Copy a whole coordboard database from a SQLite file to an empty PostgreSQL database.

The source is only read: it must be a coordboard file at the current schema. An older file is
refused with the usual "run 'coordboard db upgrade'" message rather than migrated here, so that
a copy never changes the file it copies from (the upgrade, with its backup, stays an explicit
step the user takes).

On the target everything happens in ONE transaction: the schema is created by the project's
migrations (which also load the reference catalogue), the catalogue rows the migrations loaded
are replaced by the source's, every table is copied with its primary keys, the sequences are
moved past the copied ids, and every table is verified (row count and a checksum computed the
same way on both sides). Only then is the transaction committed; any failure, a mismatch
included, leaves the target database as empty as it was.

The password of the target never travels in the URL: PostgreSQL's client reads PGPASSWORD, and
the caller may pass one it asked the user for.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Integer,
    Select,
    String,
    Table,
    create_engine,
    func,
    select,
    text,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.pool import NullPool

from coordboard import db as dbmod
from coordboard.errors import DatabaseRefused, ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import Base

CHUNK = 2000
APPEND_ONLY = "audit_log"  # triggers refuse UPDATE and DELETE there

# progress(stage, table, rows): stage "copied" after a table's rows are inserted,
# "verified" after its count and checksum matched the source.
Progress = Callable[[str, str, int], None]


class PasswordRequired(DatabaseRefused):
    """The server asks for a password and none was given (the caller may ask the user)."""


@dataclass(frozen=True)
class TableResult:
    name: str
    rows: int
    checksum: str


@dataclass(frozen=True)
class CopyReport:
    source: str
    target: str  # URL without password
    tables: tuple[TableResult, ...]
    seconds: float

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)


# --- checksums ------------------------------------------------------------------------------


def canonical(value: Any) -> str:
    """One text per value, the same whichever database returned it."""
    if value is None:
        return "\x00"
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        # SQLite gives back naive datetimes (stored as UTC), PostgreSQL aware ones.
        aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).hex()
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, Decimal):
        return repr(float(value))
    return str(value)


def _ordered(table: Table, conn: Connection) -> Select[Any]:
    """All rows of a table ordered by primary key, byte order for text keys on both sides."""
    keys: list[ColumnElement[Any]] = []
    for col in table.primary_key.columns:
        if isinstance(col.type, String) and conn.dialect.name == "postgresql":
            keys.append(col.collate("C"))
        else:
            keys.append(col)
    return select(table).order_by(*keys)


def _chunks(conn: Connection, table: Table) -> Iterable[Sequence[Any]]:
    result = conn.execution_options(yield_per=CHUNK).execute(_ordered(table, conn))
    yield from result.partitions()


def table_checksum(conn: Connection, table: Table) -> tuple[int, str]:
    """(row count, SHA-256 over the canonical values of every row in primary-key order)."""
    digest = hashlib.sha256()
    count = 0
    for chunk in _chunks(conn, table):
        for row in chunk:
            digest.update("\x1f".join(canonical(v) for v in row).encode("utf-8"))
            digest.update(b"\x1e")
            count += 1
    return count, digest.hexdigest()


# --- checks before anything is written ------------------------------------------------------


def _source_engine(source: str | Path) -> tuple[Engine, str]:
    path = Path(source).expanduser().resolve()
    where = str(path)
    if not path.is_file():
        raise DatabaseRefused(QT_TRANSLATE_NOOP("errors", "{path} does not exist."), path=where)
    dbmod.check_sqlite_file(path)
    engine = dbmod.probe_engine(f"sqlite:///{path}")  # no pragmas: the file is only read
    try:
        state = dbmod.classify(engine, where)
        if state == "empty":
            raise DatabaseRefused(
                QT_TRANSLATE_NOOP("errors", "{path} is empty: there is nothing to copy."),
                path=where,
            )
        if state == "older":
            raise DatabaseRefused(
                QT_TRANSLATE_NOOP(
                    "errors", "{path} needs an upgrade: run 'coordboard db upgrade'."
                ),
                path=where,
            )
    except BaseException:
        engine.dispose()
        raise
    return engine, where


def target_url(target: str, password: str | None = None) -> URL:
    """The target as a URL object; refuses what is not PostgreSQL or carries a password."""
    try:
        url = make_url(dbmod.to_url(target)) if "://" in target else None
    except ArgumentError:
        url = None
    if url is None or url.get_backend_name() != "postgresql":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The target must be a PostgreSQL database URL, such as "
                "postgresql://user@server/database.",
            ),
            field="to",
        )
    if url.password:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The target URL contains a password. Leave it out of the URL: set the "
                "PGPASSWORD environment variable or type the password when asked.",
            ),
            field="to",
        )
    if not url.database:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The target URL names no database: add /database at its end."
            ),
            field="to",
        )
    return url.set(password=password) if password else url


def _target_engine(url: URL) -> tuple[Engine, str]:
    where = url.render_as_string(hide_password=True)
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect():
            pass
    except OperationalError as exc:
        engine.dispose()
        detail = dbmod.first_line(exc)
        if url.password is None and "no password supplied" in detail:
            raise PasswordRequired(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The server {path} asks for a password: set the PGPASSWORD environment "
                    "variable or type the password when asked.",
                ),
                path=where,
            ) from exc
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP("errors", "Cannot connect to the database server {path}: {detail}"),
            path=where,
            detail=detail,
        ) from exc
    try:
        if dbmod.classify(engine, where) != "empty":
            raise DatabaseRefused(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{path} is not empty: copy only into a new, empty PostgreSQL database.",
                ),
                path=where,
            )
    except BaseException:
        engine.dispose()
        raise
    return engine, where


# --- the copy -------------------------------------------------------------------------------


def _self_references(table: Table) -> list[str]:
    return [fk.parent.key for fk in table.foreign_keys if fk.column.table is table]


def _copy_table(src: Connection, dst: Connection, table: Table) -> int:
    """Insert all rows with their keys. A row pointing at a row of its own table with a larger
    id (not inserted yet) is inserted without that link, which is set once all rows are in."""
    self_refs = _self_references(table)
    pk = list(table.primary_key.columns)
    single_pk = pk[0].key if len(pk) == 1 else None
    later: list[tuple[Any, dict[str, Any]]] = []
    count = 0
    for chunk in _chunks(src, table):
        rows = [dict(row._mapping) for row in chunk]
        if self_refs and single_pk:
            for row in rows:
                forward = {
                    c: row[c] for c in self_refs if row[c] is not None and row[c] > row[single_pk]
                }
                if forward:
                    # Core would fill onupdate columns (updated_at) on the UPDATE: keep them.
                    kept = {c.key: row[c.key] for c in table.c if c.onupdate is not None}
                    later.append((row[single_pk], {**forward, **kept}))
                    row.update(dict.fromkeys(forward))
        dst.execute(table.insert(), rows)
        count += len(rows)
    for key, values in later:  # only with a single-column key: pk[0]
        dst.execute(table.update().where(pk[0] == key).values(**values))
    return count


def _reset_sequences(dst: Connection, tables: Iterable[Table]) -> None:
    for table in tables:
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not isinstance(pk[0].type, Integer):
            continue
        seq = dst.execute(
            text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": pk[0].name}
        ).scalar()
        if seq is None:
            continue
        top = dst.execute(select(func.max(pk[0]))).scalar()
        dst.execute(
            text("SELECT setval(:seq, :value, :called)"),
            {"seq": seq, "value": top or 1, "called": top is not None},
        )


def _clear(dst: Connection, tables: Sequence[Table], where: str) -> None:
    """Remove what the migrations loaded (the reference catalogue), children first."""
    for table in reversed(tables):
        if table.name == APPEND_ONLY:
            if dst.execute(select(func.count()).select_from(table)).scalar():
                raise DatabaseRefused(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{path} is not empty: copy only into a new, empty PostgreSQL database.",
                    ),
                    path=where,
                )
            continue
        dst.execute(table.delete())


def _verify(src: Connection, dst: Connection, table: Table) -> TableResult:
    src_rows, src_sum = table_checksum(src, table)
    dst_rows, dst_sum = table_checksum(dst, table)
    if src_rows != dst_rows:
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "errors",
                "The copy of table {table} has {copied} rows but the source has {rows}; "
                "nothing was written.",
            ),
            table=table.name,
            copied=dst_rows,
            rows=src_rows,
        )
    if src_sum != dst_sum:
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "errors",
                "The copy of table {table} differs from the source (checksum); nothing "
                "was written.",
            ),
            table=table.name,
        )
    return TableResult(table.name, src_rows, src_sum)


def copy_database(
    source: str | Path,
    target: str,
    *,
    password: str | None = None,
    progress: Progress | None = None,
) -> CopyReport:
    """Copy the SQLite database `source` into the empty PostgreSQL database `target`."""
    started = time.perf_counter()
    url = target_url(target, password)
    src_engine, src_where = _source_engine(source)
    try:
        dst_engine, dst_where = _target_engine(url)
        try:
            results = _copy(src_engine, dst_engine, dst_where, progress)
        finally:
            dst_engine.dispose()
    finally:
        src_engine.dispose()
    return CopyReport(src_where, dst_where, tuple(results), time.perf_counter() - started)


def _copy(
    src_engine: Engine, dst_engine: Engine, dst_where: str, progress: Progress | None
) -> list[TableResult]:
    tables = list(Base.metadata.sorted_tables)
    report = progress or (lambda stage, table, rows: None)
    with src_engine.connect() as src, dst_engine.begin() as dst:
        # One read transaction: a consistent snapshot even if another PC writes meanwhile.
        src.exec_driver_sql("BEGIN")
        dbmod.upgrade_on(dst)  # on this connection: part of the one transaction
        _clear(dst, tables, dst_where)
        for table in tables:
            report("copied", table.name, _copy_table(src, dst, table))
        _reset_sequences(dst, tables)
        results = []
        for table in tables:
            result = _verify(src, dst, table)
            report("verified", table.name, result.rows)
            results.append(result)
    return results
