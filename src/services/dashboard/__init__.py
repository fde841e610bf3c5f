"""The dashboard of a board (or of every board the user sees): counts per status class, the
completion rate, tasks by sector and by lead agency, completion month by month, what is overdue
or due soon, the latest progress reports, and the agencies that have gone quiet.

Every number is counted in SQL through the same filter as the Tasks page (`tasks._where`) and
the same status-class expressions (services/classification.py), and every bar or list carries
the `TaskFilter` that reproduces its tasks: a click on "Sở Y tế, overdue: 4" opens the Tasks
page on those four tasks, and `tasks.count_tasks` with that filter says 4.

The start-up notice ("what is due for you") is here too: `due_notice`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import Date, Integer, String, case, extract, func, literal, select, union_all
from sqlalchemy.orm import Session

from coordboard.db import Database
from coordboard.errors import NotFound, PermissionDenied
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import Agency, Plan, Sector, Task, TaskUpdate
from coordboard.services import permissions, tasks
from coordboard.services.actor import ADMIN, FOCAL_POINT, SECRETARIAT, Actor
from coordboard.services.day_settings import DaySetting
from coordboard.services.tasks import TaskFilter, TaskRow, TaskSort
from coordboard.services.tasks import classification as cl
from coordboard.services.tasks.classification import ClassCounts, CompletionRate
from coordboard.services.uow import UnitOfWork

#: the classes the charts stack, in drawing order (what needs attention first)
CHART_CLASSES = (cl.OVERDUE, cl.DUE_SOON, cl.IN_PROGRESS, cl.DONE_ON_TIME, cl.DONE_LATE)
#: open as of the date, with a deadline: what an agency still owes
OPEN_CLASSES = (cl.OVERDUE, cl.DUE_SOON, cl.IN_PROGRESS)
DONE_CLASSES = (cl.DONE_ON_TIME, cl.DONE_LATE)

TOP_AGENCIES = 12
LIST_LIMIT = 10
SILENT_LIMIT = 15

SILENT_KEY = "dashboard.silent_days"
SILENT_DEFAULT = 30
SILENT_RANGE = (1, 365)


# --- what crosses the service boundary ------------------------------------------------------


@dataclass(frozen=True)
class DashboardQuery:
    board_id: int | None = None  # None: every board the user may see
    include_children: bool = False  # a province board with its commune boards rolled up
    plan_id: int | None = None
    as_of: date | None = None  # None: today


@dataclass(frozen=True)
class GroupRow:
    """One bar of the sector or lead-agency chart: the counts of its tasks per status class."""

    id: int | None
    name: str
    counts: ClassCounts
    filter: TaskFilter | None  # all tasks of the bar; None when no filter can reproduce them
    short_name: str = ""  # for a chart's axis: the agency's short name when it has one

    @property
    def label(self) -> str:
        return self.short_name or self.name

    def class_filter(self, status_class: str) -> TaskFilter | None:
        """The tasks of one segment of the bar."""
        return None if self.filter is None else replace(self.filter, classes=(status_class,))


@dataclass(frozen=True)
class MonthRow:
    """Tasks whose deadline fell in the month (before the as-of date), and how many of them
    were done by then; they add up to the completion rate of the months shown."""

    month: date  # the first day of the month
    due: int
    done: int
    done_on_time: int
    due_filter: TaskFilter
    done_filter: TaskFilter


@dataclass(frozen=True)
class DueTask:
    row: TaskRow
    days: int  # days overdue (the overdue list) or days left (the due-soon list)


@dataclass(frozen=True)
class RecentUpdate:
    id: int
    task_id: int
    task_title: str
    update_date: date
    who: str  # the reporting agency, else the author
    text: str
    percent: int | None
    new_status: str | None


@dataclass(frozen=True)
class SilentAgency:
    agency_id: int
    name: str
    last_update_on: date | None  # None: no report ever, on any of its tasks here
    open_tasks: int
    filter: TaskFilter  # its open tasks (with a deadline)


@dataclass(frozen=True)
class Dashboard:
    query: DashboardQuery
    as_of: date
    scope: TaskFilter  # every task the dashboard counts
    soon_days: int
    silent_days: int
    counts: ClassCounts
    rate: CompletionRate
    by_sector: tuple[GroupRow, ...]
    by_lead_agency: tuple[GroupRow, ...]  # the TOP_AGENCIES with most overdue
    lead_agency_total: int  # how many lead agencies there are in all
    monthly: tuple[MonthRow, ...]
    overdue: tuple[DueTask, ...]  # longest overdue first, at most LIST_LIMIT
    due_soon: tuple[DueTask, ...]  # soonest first
    recent_updates: tuple[RecentUpdate, ...]
    silent_agencies: tuple[SilentAgency, ...]  # longest silent first
    silent_total: int

    def class_filter(self, *classes: str) -> TaskFilter:
        return replace(self.scope, classes=tuple(classes))

    @property
    def due_filter(self) -> TaskFilter:
        """The tasks the completion rate counts as due (deadline passed)."""
        due = (cl.OVERDUE, *DONE_CLASSES)
        if self.query.plan_id is not None:
            due += (cl.CARRIED_OVER,)
        return replace(self.scope, classes=due, deadline_to=self.as_of - timedelta(days=1))


@dataclass(frozen=True)
class DueNotice:
    overdue: int
    due_soon: int
    soon_days: int
    filter: TaskFilter  # the Tasks page filter showing them (overdue and due soon)


# --- the "silent for N days" setting --------------------------------------------------------

SILENT = DaySetting(
    SILENT_KEY,
    SILENT_DEFAULT,
    *SILENT_RANGE,
    QT_TRANSLATE_NOOP(
        "errors", "The number of days without a report must be between {low} and {high}."
    ),
    "silent_days",
)


def silent_days(session: Session) -> int:
    """Agencies whose latest report is older than this many days are listed as silent."""
    return SILENT.read(session)


def load_silent_days(db: Database, actor: Actor) -> int:
    return SILENT.load(db, actor)


def set_silent_days(db: Database, actor: Actor, days: int) -> int:
    """The secretariat or an administrator; 1 to 365 days (one value for the database)."""
    if actor.role not in (ADMIN, SECRETARIAT):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "errors", "Only the secretariat or an administrator may change this setting."
            )
        )
    return SILENT.write(db, actor, days)


# --- the dashboard --------------------------------------------------------------------------


def dashboard(db: Database, actor: Actor, query: DashboardQuery) -> Dashboard:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        as_of = query.as_of or date.today()
        if query.board_id is not None:
            permissions.require_view_board(s, actor, query.board_id)
        if query.plan_id is not None and s.get(Plan, query.plan_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "The plan no longer exists."))
        scope = TaskFilter(
            board_id=query.board_id,
            include_child_boards=query.include_children and query.board_id is not None,
            plan_id=query.plan_id,
            as_of=as_of,
        )
        soon = tasks.soon_days(s)
        quiet = silent_days(s)
        where = tasks.filter_conditions(s, actor, scope, as_of, soon)

        parts = _breakdown(s, where, scope, as_of, soon, quiet)
        due, done, on_time = s.execute(
            cl.rate_query(where, as_of, count_carried=query.plan_id is not None)
        ).one()
        return Dashboard(
            query=query,
            as_of=as_of,
            scope=scope,
            soon_days=soon,
            silent_days=quiet,
            counts=ClassCounts(as_of, parts["classes"]),
            rate=CompletionRate(int(due), int(done), int(on_time)),
            by_sector=_by_sector(s, parts["sectors"], scope, as_of),
            by_lead_agency=_by_lead_agency(s, parts["agencies"], scope, as_of),
            lead_agency_total=parts["agency_total"],
            monthly=_monthly(s, where, scope, query, as_of),
            overdue=_listed(s, where, as_of, soon, cl.OVERDUE),
            due_soon=_listed(s, where, as_of, soon, cl.DUE_SOON),
            recent_updates=recent_updates(s, where, as_of),
            silent_agencies=_silent_agencies(s, parts["silent"], scope),
            silent_total=parts["silent_total"],
        )


def _breakdown(
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


def _by_sector(s: Session, groups: dict, scope: TaskFilter, as_of: date) -> tuple[GroupRow, ...]:
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


def _by_lead_agency(
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


def _silent_agencies(s: Session, found: list, scope: TaskFilter) -> tuple[SilentAgency, ...]:
    """Lead agencies that still owe open tasks here and have reported on none of their tasks
    here for the setting's days (a task's latest report is its `last_update_on`): never
    reported first, then the longest silent."""
    names = dict(
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


def _month_window(s: Session, query: DashboardQuery, as_of: date) -> tuple[date, date]:
    """First day of the first month shown, first day of the as-of month: the twelve months up
    to the as-of date, or the plan's period up to it."""
    last = as_of.replace(day=1)
    first = _add_months(last, -11)
    if query.plan_id is not None:
        years = s.execute(
            select(Plan.year_from, Plan.year_to).where(Plan.id == query.plan_id)
        ).one()
        first = date(years.year_from, 1, 1)
        last = min(last, date(years.year_to, 12, 1))
    return first, last


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _monthly(
    s: Session, where: list, scope: TaskFilter, query: DashboardQuery, as_of: date
) -> tuple[MonthRow, ...]:
    """The completion rate's query grouped by the deadline's month, from the window's first
    month. The window's lower bound is a plain filter, not an index range: as a range, SQLite
    read that deadline range across every board instead of one province's tasks (760 ms
    instead of 40 at a million tasks); as a filter, the rows outside it still stay out of the
    grouping (1 s -> 0.3 s for every board)."""
    first, last = _month_window(s, query, as_of)
    if first > last:
        return ()
    year = extract("year", Task.effective_deadline)
    month = extract("month", Task.effective_deadline)
    not_an_index_range = func.coalesce(Task.effective_deadline, first) >= first
    counted = cl.rate_query(
        [*where, not_an_index_range], as_of, count_carried=query.plan_id is not None
    )
    found = {
        (int(y), int(m)): (int(due), int(done), int(on_time))
        for due, done, on_time, y, m in s.execute(
            counted.add_columns(year, month).group_by(year, month)
        ).all()
    }
    due_classes = (cl.OVERDUE, *DONE_CLASSES) + (
        (cl.CARRIED_OVER,) if query.plan_id is not None else ()
    )
    rows = []
    month_start = first
    while month_start <= last:
        following = _add_months(month_start, 1)
        window = replace(
            scope, deadline_from=month_start, deadline_to=min(following, as_of) - timedelta(days=1)
        )
        due, done, on_time = found.get((month_start.year, month_start.month), (0, 0, 0))
        rows.append(
            MonthRow(
                month_start,
                due,
                done,
                on_time,
                replace(window, classes=due_classes),
                replace(window, classes=DONE_CLASSES),
            )
        )
        month_start = following
    return tuple(rows)


def _listed(
    s: Session, where: list, as_of: date, soon: int, status_class: str, limit: int = LIST_LIMIT
) -> tuple[DueTask, ...]:
    order = tasks.order_by(TaskSort("deadline"))  # longest overdue / soonest due first
    found = tasks.read_rows(
        s,
        tasks.row_query(as_of, soon)
        .where(*where, cl.class_condition((status_class,), as_of, soon))
        .order_by(*order)
        .limit(limit),
    )
    sign = 1 if status_class == cl.OVERDUE else -1
    return tuple(DueTask(r, sign * (as_of - r.effective_deadline).days) for r in found)


def recent_updates(
    s: Session, where: list, as_of: date, limit: int = LIST_LIMIT
) -> tuple[RecentUpdate, ...]:
    """The latest progress reports (dated up to the as-of date), newest first.

    A task's `last_update_on` is the date of its latest report, and an index serves it: the
    `limit` latest reports are all dated on or after the `limit`-th latest `last_update_on`
    of the tasks here, so only those tasks' reports are read (1.1 s -> a few ms at a million
    tasks). As of a past date a task's latest report may be later than that date, so the
    shortcut applies only as of today or later; it also falls back to reading every report
    here when it finds fewer than `limit`."""
    query = (
        select(
            TaskUpdate.id,
            TaskUpdate.task_id,
            Task.title,
            TaskUpdate.update_date,
            func.coalesce(Agency.name, TaskUpdate.author_name).label("who"),
            TaskUpdate.text,
            TaskUpdate.percent,
            TaskUpdate.new_status,
        )
        .join(Task, Task.id == TaskUpdate.task_id)
        .outerjoin(Agency, Agency.id == TaskUpdate.agency_id)
        .where(*where, TaskUpdate.update_date <= as_of)
        .order_by(TaskUpdate.update_date.desc(), TaskUpdate.id.desc())
        .limit(limit)
    )
    rows = []
    if as_of >= date.today():
        since = s.scalar(
            select(Task.last_update_on)
            .where(*where, Task.last_update_on.is_not(None))
            .order_by(Task.last_update_on.desc())
            .offset(limit - 1)
            .limit(1)
        )
        if since is not None:
            rows = s.execute(
                query.where(Task.last_update_on >= since, TaskUpdate.update_date >= since)
            ).all()
    if len(rows) < limit:
        rows = s.execute(query).all()
    return tuple(
        RecentUpdate(
            r.id, r.task_id, r.title, r.update_date, r.who or "", r.text, r.percent, r.new_status
        )
        for r in rows
    )


def _as_date(value) -> date | None:
    """max() over a CASE comes back from SQLite as text."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


# --- the start-up notice --------------------------------------------------------------------


def due_notice(db: Database, actor: Actor) -> DueNotice | None:
    """What is overdue or due soon for this user: a focal point's agency (tasks it leads or
    co-operates on), the secretariat's boards. None when nothing is due, and for the roles
    that own no tasks (administrator, viewer): the app never nags without a reason."""
    if actor.role == FOCAL_POINT and actor.agency_id is not None:
        flt = TaskFilter(agency_id=actor.agency_id)
    elif actor.role == SECRETARIAT:
        flt = TaskFilter()  # visibility narrows it to the boards it keeps
    else:
        return None
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        as_of = date.today()
        soon = tasks.soon_days(s)
        where = tasks.filter_conditions(
            s, actor, replace(flt, classes=(cl.OVERDUE, cl.DUE_SOON)), as_of, soon
        )
        counts = dict(s.execute(cl.counts_query(where, as_of, soon)).all())
    overdue, due_soon = counts.get(cl.OVERDUE, 0), counts.get(cl.DUE_SOON, 0)
    if not overdue and not due_soon:
        return None
    return DueNotice(
        overdue, due_soon, soon, replace(flt, classes=(cl.OVERDUE, cl.DUE_SOON), as_of=as_of)
    )
