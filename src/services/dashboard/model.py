"""What the dashboard shows, as frozen dataclasses, and the class groups it counts by.

Every bar, list row and notice carries the `TaskFilter` that reproduces its tasks on the Tasks
page, so a click opens exactly the tasks a number counts.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from coordboard.services.tasks import TaskFilter, TaskRow
from coordboard.services.tasks import classification as cl
from coordboard.services.tasks.classification import ClassCounts, CompletionRate

# the classes the charts stack, in drawing order (what needs attention first)
CHART_CLASSES = (cl.OVERDUE, cl.DUE_SOON, cl.IN_PROGRESS, cl.DONE_ON_TIME, cl.DONE_LATE)
# open as of the date, with a deadline: what an agency still owes
OPEN_CLASSES = (cl.OVERDUE, cl.DUE_SOON, cl.IN_PROGRESS)
DONE_CLASSES = (cl.DONE_ON_TIME, cl.DONE_LATE)

TOP_AGENCIES = 12
LIST_LIMIT = 10
SILENT_LIMIT = 15


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
        due: tuple[str, ...] = (cl.OVERDUE, *DONE_CLASSES)
        if self.query.plan_id is not None:
            due += (cl.CARRIED_OVER,)
        return replace(self.scope, classes=due, deadline_to=self.as_of - timedelta(days=1))


@dataclass(frozen=True)
class DueNotice:
    overdue: int
    due_soon: int
    soon_days: int
    filter: TaskFilter  # the Tasks page filter showing them (overdue and due soon)
