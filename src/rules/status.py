"""Task statuses and status classes (Vietnamese government practice, DOMAIN.md), pure rules.

A task's status is what people set (not started, in progress, done, ...). Its status class is
what a report counts, as of a date:

- done on time: done, completed on or before the deadline in force (the deadline as extended);
- done late: done after it;
- in progress within the deadline: open and as-of ≤ deadline; the part whose deadline falls in
  the next `soon_days` days is shown apart as "due soon";
- overdue: open and as-of > deadline;
- counted apart: no deadline, suspended, cancelled, carried over to a later plan.

As of a past date, a task completed after that date was still open then.

`status_class` is the plain-Python statement of these rules. The database computes the same
classes in SQL (services/tasks/classification.py) for millions of rows at a time; the tests
check the SQL against this function on random tasks and dates, so it is written from the rules
above, not from the SQL.

The stored columns derived from a task's own fields follow from here too: the deadline in force
(`deadline_in_force`) and the key that orders a task list "overdue first" (`sort_rank`).
"""

from __future__ import annotations

from datetime import date, timedelta

from coordboard.i18n import QT_TRANSLATE_NOOP

TASK_STATUSES = ("not_started", "in_progress", "done", "cancelled", "suspended", "carried_over")
OPEN_STATUSES = ("not_started", "in_progress")

OVERDUE = "overdue"
DUE_SOON = "due_soon"
IN_PROGRESS = "in_progress"
DONE_ON_TIME = "done_on_time"
DONE_LATE = "done_late"
NO_DEADLINE = "no_deadline"
SUSPENDED = "suspended"
CANCELLED = "cancelled"
CARRIED_OVER = "carried_over"

# display order: what needs attention first
CLASSES = (
    OVERDUE,
    DUE_SOON,
    IN_PROGRESS,
    DONE_ON_TIME,
    DONE_LATE,
    NO_DEADLINE,
    SUSPENDED,
    CANCELLED,
    CARRIED_OVER,
)
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
# "due soon" means due within this many days, unless the administrator set another window
DEFAULT_SOON_DAYS = 7

# statuses that keep their own class whatever the dates say
_SET_APART = {"suspended": SUSPENDED, "cancelled": CANCELLED, "carried_over": CARRIED_OVER}


def status_class(
    status: str,
    deadline_in_force: date | None,
    completed_on: date | None,
    as_of: date,
    soon_days: int = DEFAULT_SOON_DAYS,
) -> str:
    """The class of one task as of a date (see the module's docstring)."""
    if status in _SET_APART:
        return _SET_APART[status]
    if deadline_in_force is None:
        return NO_DEADLINE
    if status == "done" and completed_on is not None and completed_on <= as_of:
        return DONE_ON_TIME if completed_on <= deadline_in_force else DONE_LATE
    # open, or done only after the as-of date: it was open then
    if as_of > deadline_in_force:
        return OVERDUE
    if deadline_in_force - as_of <= timedelta(days=soon_days):
        return DUE_SOON
    return IN_PROGRESS


def deadline_in_force(deadline: date | None, latest_extension: date | None) -> date | None:
    """The deadline that counts: the later of the assigned deadline and the latest approved
    extension. A task without a deadline has none, whatever was extended before (the deadline
    was removed afterwards)."""
    if deadline is None:
        return None
    if latest_extension is not None and latest_extension > deadline:
        return latest_extension
    return deadline


def sort_rank(status: str, effective_deadline: date | None) -> int:
    """The stored key that orders a task list "overdue first" straight from an index:
    open tasks with a deadline (by deadline: overdue, due soon, in progress), open tasks
    without one, suspended, done, cancelled, carried over to a later plan."""
    if status in OPEN_STATUSES:
        return 0 if effective_deadline is not None else 1
    return {"suspended": 2, "done": 3, "cancelled": 4}.get(status, 5)
