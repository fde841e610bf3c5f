"""Status classes of tasks as of a date (Vietnamese government practice, DOMAIN.md).

One definition, as a SQL expression: the task table selects it per row and the counts group by
it, so a row's colour and the totals can never disagree.

- done on time: done, completed on or before the (possibly extended) deadline;
- done late: done after it;
- in progress within the deadline: open and as-of ≤ deadline; the part whose deadline falls in
  the next `soon_days` days is shown apart as "due soon";
- overdue: open and as-of > deadline;
- counted apart: no deadline, suspended, cancelled, carried over to a later plan.

As of a past date, a task completed after that date was still open then. The completion rate
counts only tasks whose deadline has passed (the deadline is before the as-of date).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import and_, case, func, literal, or_, select
from sqlalchemy.sql.elements import ColumnElement

from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import OPEN_STATUSES, Task
from coordboard.rules.status_classes import (
    CANCELLED,
    CARRIED_OVER,
    DONE_LATE,
    DONE_ON_TIME,
    DUE_SOON,
    IN_PROGRESS,
    NO_DEADLINE,
    OVERDUE,
    SUSPENDED,
)
from coordboard.rules.status_classes import CLASSES as CLASSES  # display order, re-exported

CLASS_LABELS = {
    OVERDUE: QT_TRANSLATE_NOOP("status_class", "Overdue"),
    DUE_SOON: QT_TRANSLATE_NOOP("status_class", "Due soon"),
    IN_PROGRESS: QT_TRANSLATE_NOOP("status_class", "In progress within deadline"),
    DONE_ON_TIME: QT_TRANSLATE_NOOP("status_class", "Done on time"),
    DONE_LATE: QT_TRANSLATE_NOOP("status_class", "Done late"),
    NO_DEADLINE: QT_TRANSLATE_NOOP("status_class", "No deadline"),
    SUSPENDED: QT_TRANSLATE_NOOP("status_class", "Suspended"),
    CANCELLED: QT_TRANSLATE_NOOP("status_class", "Cancelled"),
    CARRIED_OVER: QT_TRANSLATE_NOOP("status_class", "Carried over"),
}
DEFAULT_SOON_DAYS = 7


def class_expression(as_of: date, soon_days: int = DEFAULT_SOON_DAYS) -> ColumnElement[str]:
    """CASE expression giving each task's status class as of `as_of`."""
    deadline = Task.effective_deadline
    done_by_then = and_(Task.status == "done", Task.completed_on <= as_of)
    open_then = Task.status.in_(OPEN_STATUSES) | (Task.status == "done")
    return case(
        (Task.status == "cancelled", literal(CANCELLED)),
        (Task.status == "carried_over", literal(CARRIED_OVER)),
        (Task.status == "suspended", literal(SUSPENDED)),
        (deadline.is_(None), literal(NO_DEADLINE)),
        (and_(done_by_then, Task.completed_on <= deadline), literal(DONE_ON_TIME)),
        (done_by_then, literal(DONE_LATE)),
        (and_(open_then, deadline < as_of), literal(OVERDUE)),
        (and_(open_then, deadline <= as_of + timedelta(days=soon_days)), literal(DUE_SOON)),
        else_=literal(IN_PROGRESS),
    )


def class_condition(
    classes: tuple[str, ...], as_of: date, soon_days: int = DEFAULT_SOON_DAYS
) -> ColumnElement[bool]:
    """WHERE clause for "tasks in these classes", written so that indexes can serve it."""
    deadline = Task.effective_deadline
    is_open = Task.status.in_(OPEN_STATUSES)
    # a task done after as_of was still open as of that date
    open_then = is_open | and_(Task.status == "done", Task.completed_on > as_of)
    soon = as_of + timedelta(days=soon_days)
    parts = {
        OVERDUE: and_(open_then, deadline < as_of),
        DUE_SOON: and_(open_then, deadline >= as_of, deadline <= soon),
        IN_PROGRESS: and_(open_then, deadline > soon),
        DONE_ON_TIME: and_(
            Task.status == "done", Task.completed_on <= as_of, Task.completed_on <= deadline
        ),
        DONE_LATE: and_(
            Task.status == "done", Task.completed_on <= as_of, Task.completed_on > deadline
        ),
        NO_DEADLINE: and_(deadline.is_(None), Task.status.in_((*OPEN_STATUSES, "done"))),
        SUSPENDED: Task.status == "suspended",
        CANCELLED: Task.status == "cancelled",
        CARRIED_OVER: Task.status == "carried_over",
    }
    return or_(*(parts[c] for c in classes))


@dataclass(frozen=True)
class ClassCounts:
    as_of: date
    counts: dict[str, int] = field(default_factory=dict)

    def __getitem__(self, cls: str) -> int:
        return self.counts.get(cls, 0)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def in_progress_within_deadline(self) -> int:
        """The official class: open with as-of ≤ deadline (due soon included)."""
        return self[IN_PROGRESS] + self[DUE_SOON]

    @property
    def done(self) -> int:
        return self[DONE_ON_TIME] + self[DONE_LATE]


@dataclass(frozen=True)
class CompletionRate:
    """Over the tasks whose deadline has passed as of the date (cancelled ones excluded)."""

    due: int
    done: int
    done_on_time: int

    @property
    def rate(self) -> float | None:
        return self.done / self.due if self.due else None

    @property
    def on_time_rate(self) -> float | None:
        return self.done_on_time / self.due if self.due else None


def counts_query(where: list, as_of: date, soon_days: int):
    """SELECT class, count(*) ... GROUP BY class (a subquery keeps the CASE computed once)."""
    cls = class_expression(as_of, soon_days).label("cls")
    inner = select(cls).where(*where).subquery()
    return select(inner.c.cls, func.count()).group_by(inner.c.cls)


def rate_query(where: list, as_of: date, count_carried: bool = False):
    """Tasks due before `as_of` (deadline passed), and how many of them were done by then.

    `count_carried`: within one plan, a task carried over to the next plan was due and not
    done; across plans it is left out, as its copy in the later plan stands for the same duty.
    """
    deadline = Task.effective_deadline
    done_then = and_(Task.status == "done", Task.completed_on <= as_of)
    return select(
        func.count(),
        func.coalesce(func.sum(case((done_then, 1), else_=0)), 0),
        func.coalesce(
            func.sum(case((and_(done_then, Task.completed_on <= deadline), 1), else_=0)), 0
        ),
    ).where(
        *where,
        deadline < as_of,
        Task.status.in_((*OPEN_STATUSES, "done", *(("carried_over",) if count_carried else ()))),
    )
