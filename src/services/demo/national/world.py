"""What the stages of the national demo share: the random generator (one seeded stream, so a
seed always gives the same database), the build day and years, the catalogue's ids, the
provinces and communes made so far, the plans per board and year, the counts and the progress
callback. Each stage (boards, plan_rows, board_years) reads what the earlier ones left here.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Connection, select

from coordboard.db import Database
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import AdminLevel, Agency, BoardKind, BoardRole, Sector
from coordboard.services import demo
from coordboard.services.demo.national.bulk import Stamps

STAGES = {
    "boards": QT_TRANSLATE_NOOP("demo", "boards and agencies"),
    "members": QT_TRANSLATE_NOOP("demo", "members"),
    "plans": QT_TRANSLATE_NOOP("demo", "plans"),
    "tasks": QT_TRANSLATE_NOOP("demo", "tasks"),
    "indexes": QT_TRANSLATE_NOOP("demo", "indexes"),
    "analyze": QT_TRANSLATE_NOOP("demo", "statistics for the query planner"),
}
# progress(stage key of STAGES, done, total)
Progress = Callable[[str, int, int], None]
# a board's plan of a year: id, code, issue date, section id by sector code ("report": V.)
PlanRef = tuple[int, str, date, dict[str, int]]


@dataclass
class Commune:
    board_id: int
    area: str
    agencies: dict[str, int]  # COMMUNE_SEATS suffix -> agency id


@dataclass
class Province:
    board_id: int
    name: str
    area: str
    agencies: dict[str, int]  # catalogue code -> this province's agency id
    communes: list[Commune]


def day_between(rng: random.Random, start: date, end: date) -> date:
    if end <= start:
        return start
    return start + timedelta(days=rng.randint(0, (end - start).days))


def allocate(total: int, weights: list[float]) -> list[int]:
    """Split `total` in proportion to the weights, exactly (largest remainder)."""
    scale = total / sum(weights)
    exact = [w * scale for w in weights]
    counts = [int(x) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: exact[i] - counts[i], reverse=True)
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    return counts


class World:
    def __init__(
        self,
        db: Database,
        conn: Connection,
        *,
        seed: int,
        tasks_total: int,
        communes: int,
        years: int,
        today: date,
        progress: Progress | None,
    ) -> None:
        self.db, self.conn = db, conn
        self.rng = random.Random(seed)
        self.names = demo.Names(seed)
        self.tasks_total, self.communes_total = tasks_total, communes
        self.today = today
        self.years = tuple(range(today.year - years + 1, today.year + 1))
        self.progress: Progress = progress or (lambda stage, done, total: None)
        self.stamp = Stamps()
        self.provinces: list[Province] = []
        self.board_rows: dict[int, dict] = {}  # board id -> its row (boards)
        self.plans: dict[tuple[int, int], PlanRef] = {}  # (board, year) -> plan (plan_rows)
        self.copied: set[tuple[int, int]] = set()  # (board, year) plans copied from last year
        self.agency_sector: dict[int, str] = {}  # agency id -> sector code
        self.counts = dict.fromkeys(
            (
                "agencies",
                "people",
                "memberships",
                "plans",
                "sections",
                "series",
                "tasks",
                "cooperators",
                "updates",
                "extensions",
            ),
            0,
        )

    def lookups(self) -> None:
        """The catalogue's ids by code, and its province-level agencies (each province gets
        its own copy of them)."""
        c = self.conn
        self.sector: dict[str, int] = dict(c.execute(select(Sector.code, Sector.id)).all())
        self.level: dict[str, int] = dict(c.execute(select(AdminLevel.code, AdminLevel.id)).all())
        self.kind: dict[str, int] = dict(c.execute(select(BoardKind.code, BoardKind.id)).all())
        self.role: dict[str, int] = dict(c.execute(select(BoardRole.code, BoardRole.id)).all())
        self.catalogue = c.execute(
            select(Agency.code, Agency.name, Agency.short_name, Agency.sector_id)
            .where(Agency.level_id == self.level["province"], Agency.active.is_(True))
            .order_by(Agency.id)
        ).all()
        self.sector_code = {v: k for k, v in self.sector.items()}

    def tracked(self, day: date, version: int = 1, updated: date | None = None) -> dict:
        return self.stamp.tracked(day, version, updated)
