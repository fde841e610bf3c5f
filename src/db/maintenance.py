"""Keeping an open database fast and checking that it is sound."""

from __future__ import annotations

from sqlalchemy import Engine

from coordboard.db.engine import Database
from coordboard.db.migrations import current_revision, head_revision

# tables whose size decides the query plans of the task list
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
