"""Status classes of tasks as of a date, in SQL (the rules and the names: rules/status.py).

One table, `class_conditions`, says in SQL which tasks fall in each class. The filter
(`class_condition`) ORs the wanted entries; the per-row class (`class_expression`) is a CASE
over the same entries. The entries are mutually exclusive and together cover every task, so the
CASE may test them in any order (CASE_ORDER) and leave the last one to ELSE. "Every task" rests
on the table's `done_has_date` CHECK (models/tasks.py): a done task without a completion date
cannot exist (one with a deadline would match no entry, and the ELSE would misname it).
The task table selects that CASE per row and the counts group by it, so a row's colour, the
totals and the class filter can never disagree; the tests check all three against the
plain-Python `rules.status.status_class`.

Each entry is written so that an index can serve it as a filter: plain comparisons of `status`,
`effective_deadline` and `completed_on` (ix_tasks_status_deadline covers all three), no
functions of the columns, no negations.

The completion rate counts only tasks whose deadline has passed (the deadline is before the
as-of date).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import and_, case, func, literal, or_, select
from sqlalchemy.sql.elements import ColumnElement

from coordboard.models import Task
from coordboard.rules.status import (
    CANCELLED,
    CARRIED_OVER,
    CLASS_LABELS,
    CLASSES,
    DEFAULT_SOON_DAYS,
    DONE_LATE,
    DONE_ON_TIME,
    DUE_SOON,
    IN_PROGRESS,
    NO_DEADLINE,
    OPEN_STATUSES,
    OVERDUE,
    SUSPENDED,
)

__all__ = [
    "CANCELLED",
    "CARRIED_OVER",
    "CASE_ORDER",
    "CLASSES",
    "CLASS_LABELS",
    "DEFAULT_SOON_DAYS",
    "DONE_LATE",
    "DONE_ON_TIME",
    "DUE_SOON",
    "IN_PROGRESS",
    "NO_DEADLINE",
    "OVERDUE",
    "SUSPENDED",
    "ClassCounts",
    "CompletionRate",
    "class_condition",
    "class_conditions",
    "class_expression",
    "counts_query",
    "rate_query",
]

# the order the CASE tests the classes in: the commonest in a database that has run for years
# first (done, then overdue and due soon), in progress last, as ELSE (its test is the longest).
# Any order gives the same classes; this one reads fewer columns per row.
CASE_ORDER = (
    DONE_ON_TIME,
    DONE_LATE,
    OVERDUE,
    DUE_SOON,
    NO_DEADLINE,
    CANCELLED,
    CARRIED_OVER,
    SUSPENDED,
    IN_PROGRESS,
)


def class_conditions(
    as_of: date, soon_days: int = DEFAULT_SOON_DAYS
) -> dict[str, ColumnElement[bool]]:
    """Status class -> the WHERE clause of the tasks in it as of `as_of`."""
    deadline, status, completed_on = Task.effective_deadline, Task.status, Task.completed_on
    # a task done after as_of was still open as of that date
    open_then = status.in_(OPEN_STATUSES) | and_(status == "done", completed_on > as_of)
    soon = as_of + timedelta(days=soon_days)
    return {
        OVERDUE: and_(open_then, deadline < as_of),
        DUE_SOON: and_(open_then, deadline >= as_of, deadline <= soon),
        IN_PROGRESS: and_(open_then, deadline > soon),
        DONE_ON_TIME: and_(status == "done", completed_on <= as_of, completed_on <= deadline),
        DONE_LATE: and_(status == "done", completed_on <= as_of, completed_on > deadline),
        NO_DEADLINE: and_(deadline.is_(None), status.in_((*OPEN_STATUSES, "done"))),
        SUSPENDED: status == "suspended",
        CANCELLED: status == "cancelled",
        CARRIED_OVER: status == "carried_over",
    }


def class_expression(as_of: date, soon_days: int = DEFAULT_SOON_DAYS) -> ColumnElement[str]:
    """CASE expression giving each task's status class as of `as_of`."""
    conditions = class_conditions(as_of, soon_days)
    *tested, last = CASE_ORDER
    return case(*((conditions[c], literal(c)) for c in tested), else_=literal(last))


def class_condition(
    classes: tuple[str, ...], as_of: date, soon_days: int = DEFAULT_SOON_DAYS
) -> ColumnElement[bool]:
    """WHERE clause for "tasks in these classes"."""
    conditions = class_conditions(as_of, soon_days)
    return or_(*(conditions[c] for c in classes))


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
