"""The bulk writer of the national demo: rows go in through SQLAlchemy Core executemany, one
transaction per chunk, with explicit ids (the database is new). The secondary indexes of the
big tables are dropped during the load and built once after it (a sort each instead of a
B-tree kept up to date row by row); PostgreSQL's sequences are then moved past the explicit
ids, and ANALYZE gives the query planner its statistics (sqlite_stat1 on SQLite).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time

from sqlalchemy import Connection, func, insert, select, text

from coordboard.models import (
    Agency,
    Board,
    Membership,
    Person,
    Plan,
    PlanSection,
    Task,
    TaskExtension,
    TaskSeries,
    TaskUpdate,
    task_cooperators,
)

CHUNK = 20_000  # tasks per transaction (plus their co-operators, updates and extensions)
# tables whose secondary indexes are dropped during the load and built again after it
BULK_TABLES = (Task.__table__, TaskUpdate.__table__, task_cooperators)
# tables whose rows get explicit ids
ID_TABLES = (
    Agency,
    Board,
    Person,
    Membership,
    Plan,
    PlanSection,
    TaskSeries,
    Task,
    TaskUpdate,
    TaskExtension,
)


class Stamps:
    """created_at / updated_at values: one datetime per day, made once."""

    def __init__(self) -> None:
        self._cache: dict[date, datetime] = {}

    def __call__(self, day: date) -> datetime:
        found = self._cache.get(day)
        if found is None:
            found = self._cache[day] = datetime.combine(day, time(8, 30), UTC)
        return found

    def tracked(self, day: date, version: int = 1, updated: date | None = None) -> dict:
        """The columns every tracked row has: created on `day`, updated on `updated`."""
        return {
            "created_at": self(day),
            "updated_at": self(updated or day),
            "version": version,
        }


def next_id(conn: Connection, table) -> int:
    return (conn.scalar(select(func.max(table.c.id))) or 0) + 1


@contextmanager
def transaction(conn: Connection) -> Iterator[None]:
    """One transaction (ending the one a preceding read began)."""
    if conn.in_transaction():
        conn.commit()
    with conn.begin():
        yield


def put(conn: Connection, table, rows: list[dict]) -> None:
    if rows:
        conn.execute(insert(table), rows)


def put_chunked(conn: Connection, table, rows: list[dict]) -> None:
    """Rows in transactions of CHUNK rows each."""
    for start in range(0, len(rows), CHUNK):
        with transaction(conn):
            put(conn, table, rows[start : start + CHUNK])


def set_indexes(conn: Connection, action: str) -> None:
    """`action` "drop" or "create" the secondary indexes of BULK_TABLES."""
    with transaction(conn):
        for table in BULK_TABLES:
            for index in sorted(table.indexes, key=lambda ix: ix.name):
                getattr(index, action)(conn)


def move_sequences(conn: Connection) -> None:
    """PostgreSQL: move each id sequence past the explicit ids (SQLite needs nothing)."""
    if conn.dialect.name != "postgresql":
        return
    with transaction(conn):
        for table in ID_TABLES:
            name = table.__tablename__
            conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                    f"(SELECT COALESCE(max(id), 0) + 1 FROM {name}), false)"
                )
            )


def analyze(conn: Connection) -> None:
    """The planner's statistics (sqlite_stat1 on SQLite)."""
    with transaction(conn):
        conn.exec_driver_sql("ANALYZE")
