"""The national demo's driver: refuse a database that is not new, tune SQLite for a bulk load,
run the stages in order (boards and agencies, members, plans, tasks, then sequences and the
planner's statistics), create the accounts, and say what was made.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date

from coordboard.db import Database
from coordboard.services import demo
from coordboard.services.demo.national.accounts import create_accounts, refuse_if_used
from coordboard.services.demo.national.board_years import build_tasks
from coordboard.services.demo.national.boards import build_boards, build_members
from coordboard.services.demo.national.bulk import analyze, move_sequences
from coordboard.services.demo.national.plan_rows import build_plans
from coordboard.services.demo.national.world import Progress, World

COMMUNES_TOTAL = 3321
TASKS_TOTAL = 1_000_000


@dataclass(frozen=True)
class NationalSummary:
    provinces: int
    communes: int
    agencies: int
    people: int
    memberships: int
    plans: int
    sections: int
    series: int
    tasks: int
    cooperators: int
    updates: int
    extensions: int
    years: tuple[int, ...]
    accounts: tuple[demo.DemoAccount, ...]
    seconds: float


def build_national(
    db: Database,
    *,
    seed: int = 1,
    tasks_total: int = TASKS_TOTAL,
    communes: int = COMMUNES_TOTAL,
    years: int = 3,
    today: date | None = None,
    progress: Progress | None = None,
) -> NationalSummary:
    """Fill a freshly migrated database with the national demo; refuses one with boards."""
    if tasks_total < 0 or communes < 0 or years < 1:
        raise ValueError("tasks_total and communes must be >= 0, years >= 1")
    started = time.perf_counter()
    today = today or date.today()
    with db.engine.connect() as conn:
        refuse_if_used(conn)
        conn.rollback()
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:  # a bulk load: a large page cache; a crash leaves a file nobody wants anyway
            conn.exec_driver_sql("PRAGMA synchronous=NORMAL")
            conn.exec_driver_sql("PRAGMA cache_size=-65536")
            conn.commit()
        try:
            world = World(
                db,
                conn,
                seed=seed,
                tasks_total=tasks_total,
                communes=communes,
                years=years,
                today=today,
                progress=progress,
            )
            world.lookups()
            conn.rollback()
            build_boards(world)
            build_members(world)
            build_plans(world)
            build_tasks(world)
            move_sequences(conn)
            world.progress("analyze", 0, 1)
            analyze(conn)
            world.progress("analyze", 1, 1)
        finally:
            if sqlite:
                conn.rollback()
                conn.exec_driver_sql("PRAGMA synchronous=FULL")
                conn.exec_driver_sql("PRAGMA cache_size=-2000")
                conn.commit()
    accounts = create_accounts(world)
    n = world.counts
    return NationalSummary(
        provinces=len(world.provinces),
        communes=sum(len(p.communes) for p in world.provinces),
        agencies=n["agencies"],
        people=n["people"],
        memberships=n["memberships"],
        plans=n["plans"],
        sections=n["sections"],
        series=n["series"],
        tasks=n["tasks"],
        cooperators=n["cooperators"],
        updates=n["updates"],
        extensions=n["extensions"],
        years=world.years,
        accounts=tuple(accounts),
        seconds=time.perf_counter() - started,
    )
