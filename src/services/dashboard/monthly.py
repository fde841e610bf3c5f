"""The dashboard's months: tasks falling due in each month shown, and how many of them were
done (on time) by the as-of date; each bar with the filter that lists its tasks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from coordboard.models import Plan, Task
from coordboard.services.dashboard.model import DONE_CLASSES, DashboardQuery, MonthRow
from coordboard.services.tasks import TaskFilter
from coordboard.services.tasks import classification as cl


def month_window(s: Session, query: DashboardQuery, as_of: date) -> tuple[date, date]:
    """First day of the first month shown, first day of the as-of month: the twelve months up
    to the as-of date, or the plan's period up to it."""
    last = as_of.replace(day=1)
    first = add_months(last, -11)
    if query.plan_id is not None:
        years = s.execute(
            select(Plan.year_from, Plan.year_to).where(Plan.id == query.plan_id)
        ).one()
        first = date(years.year_from, 1, 1)
        last = min(last, date(years.year_to, 12, 1))
    return first, last


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def monthly(
    s: Session, where: list, scope: TaskFilter, query: DashboardQuery, as_of: date
) -> tuple[MonthRow, ...]:
    """The completion rate's query grouped by the deadline's month, from the window's first
    month. The window's lower bound is a plain filter, not an index range: as a range, SQLite
    read that deadline range across every board instead of one province's tasks (760 ms
    instead of 40 at a million tasks); as a filter, the rows outside it still stay out of the
    grouping (1 s -> 0.3 s for every board)."""
    first, last = month_window(s, query, as_of)
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
        following = add_months(month_start, 1)
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
