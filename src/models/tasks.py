"""Delegated tasks, their co-operating agencies, progress updates, attachments, extensions,
recurring series and the working-day calendar that relative deadlines are counted on.

A task's folded title and sort rank follow from its own row; the mapper hook that keeps them
right (`settle_row`) is registered here, beside the model, so that every writer through the
ORM runs it, whether or not it imported the task services (services/tasks/derived.py settles
the deadline in force, which needs the extensions, and then the same row-local part).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column

from coordboard.models.base import Base, Tracked, utcnow

# the statuses and the sort key are domain rules (rules/status.py), re-exported for the models'
# users
from coordboard.rules.status import OPEN_STATUSES as OPEN_STATUSES
from coordboard.rules.status import TASK_STATUSES as TASK_STATUSES
from coordboard.rules.status import sort_rank as sort_rank
from coordboard.text import fold

SOURCE_KINDS = ("plan", "meeting", "document")
DEADLINE_KINDS = ("none", "fixed", "recurring", "relative")
RECURRENCE_KINDS = ("yearly", "half_yearly", "quarterly", "monthly")
CALENDAR_KINDS = ("day_off", "working_day")
NEW_TASK_STATUS = "not_started"  # a new task's status unless it is given one


task_cooperators = Table(
    "task_cooperators",
    Base.metadata,
    Column("task_id", ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True),
    Column("agency_id", ForeignKey("agencies.id"), primary_key=True),
    Index("ix_task_cooperators_agency", "agency_id", "task_id"),
)


class TaskSeries(Tracked, Base):
    """A recurring duty ("every year before 01/12"); each occurrence is a task of its own.

    `points` lists the due days as "DD/MM" (yearly, half-yearly: one per half), "DD/m" where m
    is the month inside the quarter (quarterly), or "DD" (monthly).
    """

    __tablename__ = "task_series"

    kind: Mapped[str] = mapped_column(String(20))
    points: Mapped[str] = mapped_column(String(100))


class Task(Tracked, Base):
    __tablename__ = "tasks"
    __table_args__ = (
        CheckConstraint(
            "deadline IS NULL OR deadline >= assigned_date", name="deadline_after_assigned"
        ),
        CheckConstraint("percent >= 0 AND percent <= 100", name="percent_range"),
        CheckConstraint("status <> 'done' OR completed_on IS NOT NULL", name="done_has_date"),
        # every filter and sort of the task table is served by an index; the deadline is the
        # second key so that "overdue first" streams from the index; the folded title rides
        # along so that a text search in that order reads index entries, not table rows (at a
        # million tasks, a search that matches nothing: 2.3 s -> 0.14 s)
        Index("ix_tasks_rank_deadline", "sort_rank", "effective_deadline", "title_folded"),
        Index("ix_tasks_board_rank", "board_id", "sort_rank", "effective_deadline"),
        Index("ix_tasks_plan_section", "plan_id", "section_id", "position"),
        Index("ix_tasks_lead_rank", "lead_agency_id", "sort_rank", "effective_deadline"),
        Index("ix_tasks_sector_rank", "sector_id", "sort_rank", "effective_deadline"),
        # covers every column of the status classes: the counts read this index, not the rows
        Index("ix_tasks_status_deadline", "status", "effective_deadline", "completed_on"),
        Index("ix_tasks_deadline", "effective_deadline"),
        Index("ix_tasks_assigned", "assigned_date"),
        Index("ix_tasks_percent", "percent"),  # the table sorts on these two as well
        Index("ix_tasks_last_update", "last_update_on"),
        Index("ix_tasks_carried_from", "carried_from_id"),  # deletes check for carried copies
        Index("ix_tasks_title", "title_folded"),
        Index("ix_tasks_series", "series_id"),
        Index("ix_tasks_meeting", "meeting_id"),
        Index("ix_tasks_conclusion", "conclusion_id"),
    )

    board_id: Mapped[int] = mapped_column(ForeignKey("boards.id"))
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plans.id"))
    section_id: Mapped[int | None] = mapped_column(ForeignKey("plan_sections.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(1000))
    title_folded: Mapped[str] = mapped_column(String(1000))
    description: Mapped[str] = mapped_column(Text, default="")
    # where the duty comes from: a plan section, a meeting conclusion, an external document
    source_kind: Mapped[str] = mapped_column(String(20), default="plan")
    # plain integers, no foreign keys: adding one would rebuild the tasks table on SQLite (and
    # cascade through its dependants); the meetings service keeps them consistent
    meeting_id: Mapped[int | None] = mapped_column(Integer)
    conclusion_id: Mapped[int | None] = mapped_column(Integer)
    source_number: Mapped[str] = mapped_column(String(100), default="")
    source_date: Mapped[date | None] = mapped_column(Date)
    source_issuer: Mapped[str] = mapped_column(String(300), default="")
    sector_id: Mapped[int | None] = mapped_column(ForeignKey("sectors.id"))
    lead_agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    responsible_person: Mapped[str] = mapped_column(String(200), default="")
    assigned_date: Mapped[date] = mapped_column(Date)
    deadline_kind: Mapped[str] = mapped_column(String(20), default="fixed")
    deadline: Mapped[date | None] = mapped_column(Date)  # as assigned
    relative_base: Mapped[date | None] = mapped_column(Date)  # "within N working days of D"
    relative_days: Mapped[int | None] = mapped_column(Integer)
    # the deadline that counts: the latest extension's new date, else `deadline`
    effective_deadline: Mapped[date | None] = mapped_column(Date)
    series_id: Mapped[int | None] = mapped_column(ForeignKey("task_series.id"))
    period_key: Mapped[str] = mapped_column(String(20), default="")  # "2026", "2026-H1", "2026-05"
    expected_output: Mapped[str] = mapped_column(String(1000), default="")
    target_value: Mapped[float | None] = mapped_column(Float)
    target_unit: Mapped[str] = mapped_column(String(50), default="")
    achieved_value: Mapped[float | None] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(20), default=NEW_TASK_STATUS)
    sort_rank: Mapped[int] = mapped_column(Integer, default=0)  # rules.status.sort_rank()
    percent: Mapped[int] = mapped_column(Integer, default=0)
    completed_on: Mapped[date | None] = mapped_column(Date)
    status_note: Mapped[str] = mapped_column(String(2000), default="")  # why: late, suspended
    carried_from_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id"))
    last_update_on: Mapped[date | None] = mapped_column(Date)


def settle_row(task: Task) -> None:
    """The derived columns that depend on the task's own row only: the folded title the text
    search reads and the "overdue first" rank of the status and the deadline in force."""
    if task.status is None:  # the INSERT applies the column's default only after this hook
        task.status = NEW_TASK_STATUS
    task.title_folded = fold(task.title)
    task.sort_rank = sort_rank(task.status, task.effective_deadline)


@event.listens_for(Task, "before_insert")
@event.listens_for(Task, "before_update")
def _settle_before_flush(_mapper, _connection, task: Task) -> None:
    settle_row(task)


class TaskUpdate(Tracked, Base):
    """One dated entry of a task's progress history, by the lead or a co-operating agency."""

    __tablename__ = "task_updates"
    __table_args__ = (
        CheckConstraint(
            "percent IS NULL OR (percent >= 0 AND percent <= 100)", name="percent_range"
        ),
        Index("ix_task_updates_task_date", "task_id", "update_date"),
        Index("ix_task_updates_agency_date", "agency_id", "update_date"),
    )

    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"))
    update_date: Mapped[date] = mapped_column(Date)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    author_name: Mapped[str] = mapped_column(String(200), default="")
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    text: Mapped[str] = mapped_column(Text, default="")
    percent: Mapped[int | None] = mapped_column(Integer)
    old_status: Mapped[str | None] = mapped_column(String(20))
    new_status: Mapped[str | None] = mapped_column(String(20))


class TaskAttachment(Base):
    """A file attached to an update, kept in the database (name, size, SHA-256, bytes)."""

    __tablename__ = "task_attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    update_id: Mapped[int] = mapped_column(
        ForeignKey("task_updates.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class TaskExtension(Tracked, Base):
    """Gia hạn: the deadline moved from old to new, why, who approved it and when."""

    __tablename__ = "task_extensions"
    __table_args__ = (
        CheckConstraint("new_deadline > old_deadline", name="later_deadline"),
        Index("ix_task_extensions_task", "task_id", "new_deadline"),
    )

    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"))
    old_deadline: Mapped[date] = mapped_column(Date)
    new_deadline: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(2000))
    approved_by: Mapped[str] = mapped_column(String(200))
    approved_on: Mapped[date] = mapped_column(Date)
    entered_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class CalendarDay(Tracked, Base):
    """An administrator's exception to the working calendar: an extra day off (nghỉ bù, a
    government swap day) or a make-up working day (a Saturday worked in exchange)."""

    __tablename__ = "calendar_days"

    day: Mapped[date] = mapped_column(Date, unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(String(300), default="")
