"""The dashboard's counts in one pass over its tasks: the class counts, the sector bars, the
lead-agency bars (the TOP_AGENCIES with most overdue) and the agencies gone silent."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import Date, Integer, String, case, func, literal, select, union_all
from sqlalchemy.orm import Session

from coordboard.models import Agency, Sector, Task
from coordboard.services.dashboard.model import (
    OPEN_CLASSES,
    SILENT_LIMIT,
    TOP_AGENCIES,
    GroupRow,
    SilentAgency,
)
from coordboard.services.tasks import TaskFilter
from coordboard.services.tasks import classification as cl
from coordboard.services.tasks.classification import ClassCounts


def breakdown(
    s: Session, where: list, scope: TaskFilter, as_of: date, soon: int, quiet: int
) -> dict:
    """Class counts, the sector bars, the lead-agency bars and the silent agencies in one pass
    over the tasks: a CTE groups them by (lead agency, sector, status class) with the latest
    report of each group, and each part is counted from it in SQL (a UNION ALL of small
    aggregates over at most a few hundred thousand groups). Four separate scans took 4 s at a
    million tasks; this one takes about 1.5 s.

    Returns {"classes": {cls: n}, "sectors": {sector: {cls: n}}, "agencies": {lead: {cls: n}}
    (the TOP_AGENCIES with most overdue), "agency_total": n, "silent": [(lead, open, last)],
    "silent_total": n}."""
    cutoff = as_of - timedelta(days=quiet)
    tasks_t = (
        select(
            Task.lead_agency_id.label("lead"),
            Task.sector_id.label("sector"),
            cl.class_expression(as_of, soon).label("cls"),
            case((Task.last_update_on <= as_of, Task.last_update_on)).label("reported"),
        )
        .where(*where)
        .subquery("t")
    )
    g = (
        select(
            tasks_t.c.lead,
            tasks_t.c.sector,
            tasks_t.c.cls,
            func.count().label("n"),
            func.max(tasks_t.c.reported).label("last"),
        )
        .group_by(tasks_t.c.cls, tasks_t.c.lead, tasks_t.c.sector)
        .cte("g")
    )

    def of(*classes: str):
        return func.sum(case((g.c.cls.in_(classes), g.c.n), else_=0))

    def part(name: str, key=None, cls=None, n=None, last=None):
        return select(
            literal(name).label("part"),
            (key if key is not None else literal(None, Integer)).label("key"),
            (cls if cls is not None else literal(None, String)).label("cls"),
            n.label("n"),
            (last if last is not None else literal(None, Date)).label("last"),
        )

    top = (
        select(g.c.lead)
        .group_by(g.c.lead)
        .order_by(
            of(cl.OVERDUE).desc(),
            of(cl.DUE_SOON).desc(),
            of(*OPEN_CLASSES).desc(),
            func.sum(g.c.n).desc(),
            g.c.lead,
        )
        .limit(TOP_AGENCIES)
    )
    open_n, last = of(*OPEN_CLASSES), func.max(g.c.last)
    silent = (
        select(g.c.lead, open_n.label("open_n"), last.label("last"))
        .group_by(g.c.lead)
        .having(open_n > 0, last.is_(None) | (last < cutoff))
    )
    silent_top = (
        silent.order_by(case((last.is_(None), 0), else_=1), last, open_n.desc(), g.c.lead)
        .limit(SILENT_LIMIT)
        .subquery()
    )
    silent_all = silent.subquery()
    statement = union_all(
        part("classes", cls=g.c.cls, n=func.sum(g.c.n)).group_by(g.c.cls),
        part("sectors", g.c.sector, g.c.cls, func.sum(g.c.n)).group_by(g.c.sector, g.c.cls),
        part("agencies", g.c.lead, g.c.cls, func.sum(g.c.n))
        .where(g.c.lead.in_(top))
        .group_by(g.c.lead, g.c.cls),
        part("agency_total", n=func.count(g.c.lead.distinct())),
        part("silent", silent_top.c.lead, n=silent_top.c.open_n, last=silent_top.c.last),
        part("silent_total", n=func.count()).select_from(silent_all),
    )
    out: dict = {
        "classes": {},
        "sectors": {},
        "agencies": {},
        "silent": [],
        "agency_total": 0,
        "silent_total": 0,
    }
    for r in s.execute(statement):
        n = int(r.n or 0)
        if r.part == "classes":
            out["classes"][r.cls] = n
        elif r.part in ("sectors", "agencies"):
            out[r.part].setdefault(r.key, {})[r.cls] = n
        elif r.part == "silent":
            out["silent"].append((r.key, n, _as_date(r.last)))
        else:
            out[r.part] = n
    return out


def by_sector(s: Session, groups: dict, scope: TaskFilter, as_of: date) -> tuple[GroupRow, ...]:
    found = {
        r.id: r
        for r in s.execute(
            select(Sector.id, Sector.name, Sector.sort_order).where(
                Sector.id.in_([k for k in groups if k])
            )
        )
    }
    rows = [
        GroupRow(
            k,
            found[k].name if k in found else "",
            ClassCounts(as_of, counts),
            replace(scope, sector_id=k) if k is not None else None,
        )
        for k, counts in groups.items()
    ]
    # the catalogue's order; tasks without a sector (no filter reproduces them) last
    return tuple(
        sorted(
            rows,
            key=lambda r: (r.id is None, found[r.id].sort_order if r.id in found else 0, r.name),
        )
    )


def by_lead_agency(
    s: Session, groups: dict, scope: TaskFilter, as_of: date
) -> tuple[GroupRow, ...]:
    """Most overdue first, then most due soon, most open, most tasks (as SQL chose them)."""
    names = {
        r.id: r
        for r in s.execute(
            select(Agency.id, Agency.name, Agency.short_name).where(Agency.id.in_(list(groups)))
        )
    }
    rows = [
        GroupRow(
            k,
            names[k].name,
            ClassCounts(as_of, counts),
            replace(scope, lead_agency_id=k),
            names[k].short_name,
        )
        for k, counts in groups.items()
    ]
    return tuple(
        sorted(
            rows,
            key=lambda r: (
                -r.counts[cl.OVERDUE],
                -r.counts[cl.DUE_SOON],
                -sum(r.counts[c] for c in OPEN_CLASSES),
                -r.counts.total,
                r.id,
            ),
        )
    )


def silent_agencies(s: Session, found: list, scope: TaskFilter) -> tuple[SilentAgency, ...]:
    """Lead agencies that still owe open tasks here and have reported on none of their tasks
    here for the setting's days (a task's latest report is its `last_update_on`): never
    reported first, then the longest silent."""
    names: dict[int, str] = dict(
        s.execute(
            select(Agency.id, Agency.name).where(Agency.id.in_([k for k, _, _ in found]))
        ).all()
    )
    rows = [
        SilentAgency(
            k, names.get(k, ""), last, n, replace(scope, lead_agency_id=k, classes=OPEN_CLASSES)
        )
        for k, n, last in found
    ]
    return tuple(
        sorted(
            rows,
            key=lambda r: (
                r.last_update_on is not None,
                r.last_update_on or date.min,
                -r.open_tasks,
                r.agency_id,
            ),
        )
    )


def _as_date(value) -> date | None:
    """max() over a CASE comes back from SQLite as text."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
