"""What a progress report says, as frozen dataclasses: the query (board, period, plan, as-of
date) and `ReportData`, every number and list the report prints, gathered by data.py and laid
out by services/documents/progress_report.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coordboard.rules.report_period import ReportPeriod
from coordboard.services import register
from coordboard.services.reports.task_lines import Signer, TaskLine
from coordboard.services.tasks.classification import ClassCounts, CompletionRate


@dataclass(frozen=True)
class ReportQuery:
    board_id: int
    period: ReportPeriod
    plan_id: int | None = None
    as_of: date | None = None  # None: today, or the period's end when that is earlier
    include_child_boards: bool = False


@dataclass(frozen=True)
class GroupLine:
    """One row of an annex table: a sector or a lead agency and its tasks per class."""

    id: int | None
    name: str
    short_name: str
    counts: ClassCounts

    @property
    def label(self) -> str:
        return self.short_name or self.name


@dataclass(frozen=True)
class SectionLine:
    """A heading of section II (a plan section, a plan, or "other tasks") and its tasks."""

    title: str
    depth: int  # 0 for a top-level heading
    tasks: tuple[TaskLine, ...]


@dataclass(frozen=True)
class ConclusionLine:
    text: str
    tasks: int
    done: int
    overdue: int


@dataclass(frozen=True)
class MeetingLine:
    id: int
    title: str
    kind: str
    day: date
    place: str
    conclusions: tuple[ConclusionLine, ...]


@dataclass(frozen=True)
class MonthLine:
    """Tasks due in a month of the period (by the as-of date) and how many were done."""

    month: date
    due: int
    done: int
    done_on_time: int


@dataclass(frozen=True)
class ReportData:
    query: ReportQuery
    period: ReportPeriod
    next_period: ReportPeriod
    as_of: date
    soon_days: int
    letterhead: register.Letterhead
    board_name: str
    board_area: str
    governing: str  # "UBND tỉnh Vĩnh Long", for "kính báo cáo" and the recipients
    standing_agency: str
    plan_code: str
    plan_title: str
    plan_issue_date: date | None
    counts: ClassCounts
    rate: CompletionRate
    by_sector: tuple[GroupLine, ...]
    by_agency: tuple[GroupLine, ...]  # every lead agency, most overdue first
    monthly: tuple[MonthLine, ...]
    sections: tuple[SectionLine, ...]
    overdue: tuple[TaskLine, ...]  # longest overdue first
    open_tasks: int  # open as of the date (with or without a deadline)
    next_due: tuple[TaskLine, ...]  # open, falling due in the next period
    meetings: tuple[MeetingLine, ...]
    reminders_sent: int  # reminder letters registered in the period
    extended: int  # tasks in the report whose deadline was extended
    recurring: int  # occurrences of recurring duties in the report
    overdue_without_update: int  # overdue tasks with no report in the period
    signer: Signer

    @property
    def total(self) -> int:
        return self.counts.total

    @property
    def empty(self) -> bool:
        return self.counts.total == 0

    @property
    def subject(self) -> str:
        """ "Kế hoạch số 45/KH-BĐH" or the plan's title; "" for a whole board's report."""
        if not self.plan_title:
            return ""
        return f"Kế hoạch số {self.plan_code}" if self.plan_code else self.plan_title
