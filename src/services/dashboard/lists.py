"""The dashboard's lists: the overdue and due-soon tasks (longest overdue, soonest due first)
and the latest progress reports."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordboard.models import Agency, Task, TaskUpdate
from coordboard.services import tasks
from coordboard.services.dashboard.model import LIST_LIMIT, DueTask, RecentUpdate
from coordboard.services.tasks import TaskSort
from coordboard.services.tasks import classification as cl


def listed(
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
    rows: Sequence[Any] = []
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
