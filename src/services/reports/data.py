"""`report_data`: everything a period's progress report says, counted in SQL.

The report counts through the Tasks page's filter (`tasks.task_scope`) and the status
classes of services/tasks/classification.py, so the report, the dashboard and the task list
agree. Which tasks a period's report counts: those assigned by the end of the period (and by
the as-of date), except the ones already finished before the period began (an earlier report
told them) and the occurrences of recurring duties that fall due after the period (they belong
to a later report). Status classes are taken as of the as-of date: a task completed after it
was still open then.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, not_, or_
from sqlalchemy.orm import Session

from coordboard.db import Database
from coordboard.errors import NotFound, ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import OPEN_STATUSES, Agency, Board, Plan, Task
from coordboard.rules.dates import vn_short_date as vn_date
from coordboard.rules.report_period import ReportPeriod
from coordboard.services import permissions, register, tasks
from coordboard.services.actor import Actor
from coordboard.services.reports.model import ReportData, ReportQuery
from coordboard.services.reports.queries import (
    by_agency,
    by_sector,
    held_meetings,
    monthly,
    reminders_sent,
    sections,
)
from coordboard.services.reports.task_lines import signer, task_lines
from coordboard.services.tasks import TaskFilter
from coordboard.services.tasks import classification as cl
from coordboard.services.tasks.classification import ClassCounts, CompletionRate
from coordboard.services.uow import UnitOfWork
from coordboard.text import vi_sort_key


def effective_as_of(period: ReportPeriod, as_of: date | None) -> date:
    return as_of if as_of is not None else min(date.today(), period.end)


def report_data(db: Database, actor: Actor, query: ReportQuery) -> ReportData:
    period = query.period
    as_of = effective_as_of(period, query.as_of)
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        board = s.get(Board, query.board_id)
        if board is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "The board no longer exists."))
        permissions.require_view_board(s, actor, board.id)
        plan = _plan(s, query)
        if as_of < period.start:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The as-of date {as_of} is before the period starts ({start})."
                ),
                field="as_of",
                as_of=vn_date(as_of),
                start=vn_date(period.start),
            )
        base = TaskFilter(
            board_id=board.id,
            include_child_boards=query.include_child_boards,
            plan_id=query.plan_id,
            as_of=as_of,
        )
        scope = tasks.task_scope(s, actor, base)
        visible, soon = scope.where, scope.soon_days
        where = [*visible, *period_condition(period, as_of)]

        counts = ClassCounts(as_of, dict(s.execute(cl.counts_query(where, as_of, soon)).all()))
        due, done, on_time = s.execute(
            cl.rate_query(where, as_of, count_carried=query.plan_id is not None)
        ).one()
        lines = task_lines(s, where, as_of, soon, with_updates=True, since=period.start)
        next_period = period.following()
        next_due = task_lines(
            s,
            [
                *visible,
                cl.class_condition((cl.OVERDUE, cl.DUE_SOON, cl.IN_PROGRESS), as_of, soon),
                Task.effective_deadline > period.end,
                Task.effective_deadline <= next_period.end,
            ],
            as_of,
            soon,
        )
        head = register.letterhead_in(s, board.id)
        standing = s.get(Agency, board.standing_agency_id) if board.standing_agency_id else None
        return ReportData(
            query=query,
            period=period,
            next_period=next_period,
            as_of=as_of,
            soon_days=soon,
            letterhead=head,
            board_name=board.name,
            board_area=board.area,
            governing=_governing(s, board),
            standing_agency=standing.name if standing else "",
            plan_code=plan.code if plan else "",
            plan_title=plan.title if plan else "",
            plan_issue_date=plan.issue_date if plan else None,
            counts=counts,
            rate=CompletionRate(int(due), int(done), int(on_time)),
            by_sector=by_sector(s, where, as_of, soon),
            by_agency=by_agency(s, where, as_of, soon),
            monthly=monthly(s, where, period, as_of, query.plan_id is not None),
            sections=sections(s, query, lines),
            overdue=tuple(
                sorted(
                    (t for t in lines if t.status_class == cl.OVERDUE),
                    key=lambda t: (-t.days_overdue, vi_sort_key(t.title)),
                )
            ),
            open_tasks=sum(counts[c] for c in (cl.OVERDUE, cl.DUE_SOON, cl.IN_PROGRESS))
            + sum(
                1 for t in lines if t.status_class == cl.NO_DEADLINE and t.status in OPEN_STATUSES
            ),
            next_due=tuple(next_due),
            meetings=held_meetings(s, board.id, period, as_of, soon),
            reminders_sent=reminders_sent(s, board.id, period, as_of),
            extended=sum(1 for t in lines if t.extended),
            recurring=sum(1 for t in lines if t.recurring),
            overdue_without_update=sum(
                1
                for t in lines
                if t.status_class == cl.OVERDUE
                and (t.latest_update is None or t.latest_update.update_date < period.start)
            ),
            signer=signer(s, board, as_of, deputy=False),
        )


def period_condition(period: ReportPeriod, as_of: date) -> list:
    """The tasks a period's report counts (see the module's docstring)."""
    return [
        Task.assigned_date <= min(period.end, as_of),
        not_(and_(Task.status == "done", Task.completed_on < period.start)),
        or_(
            Task.series_id.is_(None),
            Task.effective_deadline.is_(None),
            Task.effective_deadline <= period.end,
        ),
    ]


def _plan(s: Session, query: ReportQuery) -> Plan | None:
    if query.plan_id is None:
        return None
    plan = s.get(Plan, query.plan_id)
    if plan is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The plan no longer exists."))
    if plan.board_id != query.board_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The plan does not belong to this board."), field="plan"
        )
    starts = date(plan.year_from, 1, 1)
    if plan.issue_date is not None and plan.issue_date < starts:
        starts = plan.issue_date
    as_of = effective_as_of(query.period, query.as_of)
    if as_of < starts:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The as-of date {as_of} is before the plan starts ({start})."
            ),
            field="as_of",
            as_of=vn_date(as_of),
            start=vn_date(starts),
        )
    return plan


def _governing(s: Session, board: Board) -> str:
    """Who the board reports to: the parent board, else the People's Committee of its area."""
    if board.parent_id is not None:
        parent = s.get(Board, board.parent_id)
        if parent is not None:
            return parent.name
    if board.governing_body:
        return board.governing_body
    return f"Ủy ban nhân dân {board.area}" if board.area else ""
