"""The task query API: the one road by which the Tasks page, the dashboard, the reports and the
reminders select tasks, so that a number on the dashboard and the list behind it always agree.

The contract, piece by piece:

- visibility (`visible_condition`): an actor sees the tasks of the boards it may view; a focal
  point also sees, on any board, the tasks its agency leads or co-operates on;
- filters (`filter_conditions`): visibility plus every field of a `TaskFilter`, as a list of
  WHERE clauses to AND, each one servable by an index; the status-class filter is evaluated as
  of the given date with the given due-soon window;
- the due-soon window (`workdays.due_soon_days`): a database-wide setting, read once per unit
  of work and passed down, so one answer never mixes two windows;
- ordering (`order_by`): a `TaskSort` as ORDER BY columns, always ending with the id so that
  pages never overlap; "status" (overdue first) streams from the (sort_rank, deadline) indexes;
- rows (`row_query`, `read_rows`): the SELECT of a `TaskRow` (joins for the board, lead agency,
  sector and plan names, the status class as of a date), to which callers add WHERE, ORDER BY
  and LIMIT; `read_rows` runs it and adds each row's co-operating agencies in one more query;
- scope (`task_scope`): the WHERE clauses, as-of date and window of one filter, built once;
- counts (`count_tasks`, `class_counts`, `completion_rate`): computed in SQL over the same
  filter; class counts ignore the filter's classes (they are the breakdown of everything else).

Lists are paged in SQL (`list_tasks(offset, limit)`) and never load every row: the task table
holds up to millions of them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, select, union_all
from sqlalchemy.orm import Session, aliased

from coordboard.db import Database
from coordboard.models import Agency, Board, Plan, Sector, Task, task_cooperators
from coordboard.services import permissions, workdays
from coordboard.services.actor import FOCAL_POINT, Actor
from coordboard.services.tasks import classification
from coordboard.services.tasks.types import PAGE_SIZE, SORT_KEYS, TaskFilter, TaskRow, TaskSort
from coordboard.services.uow import UnitOfWork
from coordboard.text import fold

# --- visibility and filters -------------------------------------------------------------------


def _cooperates(agency_id: int):
    """`tasks.id IN (the agency's co-operations)`, not a correlated EXISTS, which both engines
    would probe once per task."""
    return Task.id.in_(
        select(task_cooperators.c.task_id).where(task_cooperators.c.agency_id == agency_id)
    )


_OWN = Task.__table__.alias("own")


def _task_ids_in(*, boards: tuple[int, ...] = (), agency_id: int | None = None):
    """`tasks.id IN (tasks of these boards UNION ALL tasks the agency leads UNION ALL tasks it
    co-operates on)`: one IN over small index lookups, never an OR. OR-ed conditions made
    PostgreSQL scan every task (a focal point's first page: 1.7 s at a million tasks) and
    SQLite probe the co-operators per task (4 s); this form takes milliseconds on both."""
    parts = []
    if boards:
        parts.append(select(_OWN.c.id).where(_OWN.c.board_id.in_(boards)))
    if agency_id is not None:
        parts.append(select(_OWN.c.id).where(_OWN.c.lead_agency_id == agency_id))
        parts.append(
            select(task_cooperators.c.task_id).where(task_cooperators.c.agency_id == agency_id)
        )
    return Task.id.in_(union_all(*parts))


def visible_condition(s: Session, actor: Actor):
    """None when the actor sees every task; else the WHERE clause of the tasks it sees."""
    boards = permissions.visible_board_ids(s, actor)
    if boards is None:
        return None
    if actor.role == FOCAL_POINT and actor.agency_id is not None:
        return _task_ids_in(boards=tuple(sorted(boards)), agency_id=actor.agency_id)
    return Task.board_id.in_(sorted(boards)) if boards else Task.id.is_(None)


def filter_conditions(
    s: Session, actor: Actor, flt: TaskFilter, as_of: date, soon_days: int
) -> list:
    """The WHERE clauses (to AND) of the tasks `actor` sees that match `flt`; status classes
    are judged as of `as_of` with a due-soon window of `soon_days` (`flt.as_of` is not read
    here: the caller settles the date once for all its queries)."""
    where = []
    visible = visible_condition(s, actor)
    if visible is not None:
        where.append(visible)
    if flt.board_id is not None:
        if flt.include_child_boards:
            ids = permissions.descendants(s, {flt.board_id})
            where.append(Task.board_id.in_(sorted(ids)))
        else:
            where.append(Task.board_id == flt.board_id)
    if flt.plan_id is not None:
        where.append(Task.plan_id == flt.plan_id)
    if flt.section_id is not None:
        where.append(Task.section_id == flt.section_id)
    if flt.sector_id is not None:
        where.append(Task.sector_id == flt.sector_id)
    if flt.lead_agency_id is not None:
        where.append(Task.lead_agency_id == flt.lead_agency_id)
    if flt.cooperating_agency_id is not None:
        where.append(_cooperates(flt.cooperating_agency_id))
    if flt.agency_id is not None:
        where.append(_task_ids_in(agency_id=flt.agency_id))
    if flt.series_id is not None:
        where.append(Task.series_id == flt.series_id)
    if flt.classes:
        where.append(classification.class_condition(tuple(flt.classes), as_of, soon_days))
    if flt.deadline_from is not None:
        where.append(Task.effective_deadline >= flt.deadline_from)
    if flt.deadline_to is not None:
        where.append(Task.effective_deadline <= flt.deadline_to)
    for word in fold(flt.text).split():
        where.append(Task.title_folded.contains(word, autoescape=True))
    return where


# --- order and rows ---------------------------------------------------------------------------

_LEAD = aliased(Agency, name="lead")


def order_by(sort: TaskSort) -> list:
    """ORDER BY columns for `sort` (an unknown key sorts by status), the id last."""
    key = sort.key if sort.key in SORT_KEYS else "status"
    columns = {
        "status": [Task.sort_rank, Task.effective_deadline],
        "deadline": [Task.effective_deadline],
        "title": [Task.title_folded],
        "board": [Board.name_folded, Task.sort_rank, Task.effective_deadline],
        "lead_agency": [_LEAD.name_folded, Task.sort_rank, Task.effective_deadline],
        "sector": [Sector.name_folded, Task.sort_rank, Task.effective_deadline],
        "assigned": [Task.assigned_date],
        "percent": [Task.percent],
        "updated": [Task.last_update_on],
        "plan": [Task.plan_id, Task.section_id, Task.position],
    }[key] + [Task.id]
    return [c.desc() for c in columns] if sort.descending else columns


def _row_columns(as_of: date, soon_days: int):
    return (
        Task.id,
        Task.version,
        Task.board_id,
        Board.name.label("board_name"),
        Task.plan_id,
        func.coalesce(Plan.code, "").label("plan_code"),
        Task.title,
        Task.sector_id,
        func.coalesce(Sector.name, "").label("sector_name"),
        Task.lead_agency_id,
        _LEAD.name.label("lead_agency_name"),
        Task.assigned_date,
        Task.deadline,
        Task.effective_deadline,
        Task.status,
        classification.class_expression(as_of, soon_days).label("status_class"),
        Task.percent,
        Task.completed_on,
        Task.last_update_on,
        Task.period_key,
        Task.carried_from_id,
        Task.section_id,
    )


def row_query(as_of: date, soon_days: int):
    """SELECT of `TaskRow`'s columns (status class as of `as_of`), without WHERE or ORDER BY."""
    return (
        select(*_row_columns(as_of, soon_days))
        .select_from(Task)
        .join(Board, Task.board_id == Board.id)
        .join(_LEAD, Task.lead_agency_id == _LEAD.id)
        .outerjoin(Sector, Task.sector_id == Sector.id)
        .outerjoin(Plan, Task.plan_id == Plan.id)
    )


def _cooperating_names(s: Session, task_ids: list[int]) -> dict[int, tuple[str, ...]]:
    if not task_ids:
        return {}
    names: dict[int, list[str]] = {}
    for task_id, name in s.execute(
        select(task_cooperators.c.task_id, Agency.name)
        .join(Agency, Agency.id == task_cooperators.c.agency_id)
        .where(task_cooperators.c.task_id.in_(task_ids))
        .order_by(task_cooperators.c.task_id, Agency.name_folded)
    ):
        names.setdefault(task_id, []).append(name)
    return {k: tuple(v) for k, v in names.items()}


def read_rows(s: Session, query) -> list[TaskRow]:
    """Runs a `row_query` (with the caller's WHERE, ORDER BY, LIMIT) into `TaskRow`s."""
    result = s.execute(query).all()
    coop = _cooperating_names(s, [r.id for r in result])
    return [TaskRow(**r._asdict(), cooperating=coop.get(r.id, ())) for r in result]


# --- scope, lists and counts ---------------------------------------------------------------------

_ANY, _BY_STATUS = TaskFilter(), TaskSort()  # the defaults: every visible task, overdue first


@dataclass(frozen=True)
class TaskScope:
    """The tasks one filter selects for one actor, and the date and window they are judged by."""

    where: tuple  # WHERE clauses to AND
    as_of: date
    soon_days: int


def task_scope(
    s: Session, actor: Actor, flt: TaskFilter, *, with_classes: bool = True
) -> TaskScope:
    """The scope of `flt` as of `flt.as_of` (today when unset); `with_classes=False` drops the
    status-class filter (for a breakdown by class)."""
    as_of = flt.as_of or date.today()
    soon = workdays.due_soon_days(s)
    if not with_classes:
        flt = replace(flt, classes=())
    return TaskScope(tuple(filter_conditions(s, actor, flt, as_of, soon)), as_of, soon)


def list_tasks(
    db: Database,
    actor: Actor,
    flt: TaskFilter = _ANY,
    sort: TaskSort = _BY_STATUS,
    offset: int = 0,
    limit: int = PAGE_SIZE,
) -> list[TaskRow]:
    """One page of the filtered, sorted task list."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        scope = task_scope(s, actor, flt)
        query = (
            row_query(scope.as_of, scope.soon_days)
            .where(*scope.where)
            .order_by(*order_by(sort))
            .offset(offset)
            .limit(limit)
        )
        return read_rows(s, query)


def count_tasks(db: Database, actor: Actor, flt: TaskFilter = _ANY) -> int:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        scope = task_scope(s, actor, flt)
        return s.scalar(select(func.count()).select_from(Task).where(*scope.where)) or 0


def class_counts(db: Database, actor: Actor, flt: TaskFilter = _ANY) -> classification.ClassCounts:
    """How many tasks fall in each status class as of `flt.as_of` (classes filter ignored)."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        scope = task_scope(s, actor, flt, with_classes=False)
        query = classification.counts_query(list(scope.where), scope.as_of, scope.soon_days)
        return classification.ClassCounts(scope.as_of, dict(s.execute(query).all()))


def completion_rate(
    db: Database, actor: Actor, flt: TaskFilter = _ANY
) -> classification.CompletionRate:
    """Of the tasks due before `flt.as_of` (classes filter ignored), how many were done by then
    and how many on time; carried-over tasks count only within one plan."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        scope = task_scope(s, actor, flt, with_classes=False)
        due, done, on_time = s.execute(
            classification.rate_query(
                list(scope.where), scope.as_of, count_carried=flt.plan_id is not None
            )
        ).one()
        return classification.CompletionRate(int(due), int(done), int(on_time))
