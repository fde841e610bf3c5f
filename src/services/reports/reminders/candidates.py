"""Who a board's reminder letters chase: the lead agencies with overdue or due-soon tasks on
the board as of a date, with those tasks, most overdue first; and the default reply-by date."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from coordboard.db import Database
from coordboard.errors import NotFound
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import Board, Task
from coordboard.services import permissions, tasks, workdays
from coordboard.services.actor import Actor
from coordboard.services.reports.reminders.model import ReminderCandidate
from coordboard.services.reports.task_lines import TaskLine, task_lines
from coordboard.services.tasks import TaskFilter
from coordboard.services.tasks import classification as cl
from coordboard.services.uow import UnitOfWork
from coordboard.text import vi_sort_key

DEFAULT_REPLY_WORKING_DAYS = 10


def reminder_candidates(
    db: Database,
    actor: Actor,
    board_id: int,
    as_of: date | None = None,
    include_child_boards: bool = False,
) -> list[ReminderCandidate]:
    """Lead agencies with overdue or due-soon tasks on the board as of the date, most overdue
    first."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        visible_board(s, actor, board_id)
        return candidates(s, actor, board_id, as_of or date.today(), include_child_boards)


def visible_board(s: Session, actor: Actor, board_id: int) -> Board:
    board = s.get(Board, board_id)
    if board is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The board no longer exists."))
    permissions.require_view_board(s, actor, board_id)
    return board


def candidates(
    s: Session, actor: Actor, board_id: int, as_of: date, include_child_boards: bool
) -> list[ReminderCandidate]:
    flt = TaskFilter(
        board_id=board_id,
        include_child_boards=include_child_boards,
        classes=(cl.OVERDUE, cl.DUE_SOON),
        as_of=as_of,
    )
    scope = tasks.task_scope(s, actor, flt)
    lines = task_lines(
        s, list(scope.where), as_of, scope.soon_days, order=(Task.effective_deadline, Task.id)
    )
    by_agency: dict[int, list[TaskLine]] = {}
    for t in lines:
        by_agency.setdefault(t.lead_agency_id, []).append(t)
    found = []
    for agency_id, rows in by_agency.items():
        overdue = tuple(t for t in rows if t.status_class == cl.OVERDUE)
        due_soon = tuple(t for t in rows if t.status_class == cl.DUE_SOON)
        found.append(ReminderCandidate(agency_id, rows[0].lead_agency_name, overdue, due_soon))
    return sorted(found, key=lambda c: (-len(c.overdue), -c.total, vi_sort_key(c.agency_name)))


def default_reply_by(db: Database, actor: Actor, as_of: date | None = None) -> date:
    """Ten working days after the date (holidays and the admin's extra days off skipped)."""
    with UnitOfWork(db, actor) as uow:
        calendar = workdays.load_calendar(uow.session)
        return calendar.add_working_days(as_of or date.today(), DEFAULT_REPLY_WORKING_DAYS)
