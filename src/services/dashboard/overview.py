"""`dashboard`: every number and list of the dashboard of a board (or of every board the user
sees), as of a date, counted through the Tasks page's filter."""

from __future__ import annotations

from datetime import date

from coordboard.db import Database
from coordboard.errors import NotFound
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import Plan
from coordboard.services import permissions, tasks
from coordboard.services.actor import Actor
from coordboard.services.dashboard.counts import (
    breakdown,
    by_lead_agency,
    by_sector,
    silent_agencies,
)
from coordboard.services.dashboard.lists import listed, recent_updates
from coordboard.services.dashboard.model import Dashboard, DashboardQuery
from coordboard.services.dashboard.monthly import monthly
from coordboard.services.dashboard.silent_setting import silent_days
from coordboard.services.tasks import TaskFilter
from coordboard.services.tasks import classification as cl
from coordboard.services.tasks.classification import ClassCounts, CompletionRate
from coordboard.services.uow import UnitOfWork


def dashboard(db: Database, actor: Actor, query: DashboardQuery) -> Dashboard:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        as_of = query.as_of or date.today()
        if query.board_id is not None:
            permissions.require_view_board(s, actor, query.board_id)
        if query.plan_id is not None and s.get(Plan, query.plan_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "The plan no longer exists."))
        flt = TaskFilter(
            board_id=query.board_id,
            include_child_boards=query.include_children and query.board_id is not None,
            plan_id=query.plan_id,
            as_of=as_of,
        )
        scope = tasks.task_scope(s, actor, flt)
        where, soon = list(scope.where), scope.soon_days
        quiet = silent_days(s)

        parts = breakdown(s, where, flt, as_of, soon, quiet)
        due, done, on_time = s.execute(
            cl.rate_query(where, as_of, count_carried=query.plan_id is not None)
        ).one()
        return Dashboard(
            query=query,
            as_of=as_of,
            scope=flt,
            soon_days=soon,
            silent_days=quiet,
            counts=ClassCounts(as_of, parts["classes"]),
            rate=CompletionRate(int(due), int(done), int(on_time)),
            by_sector=by_sector(s, parts["sectors"], flt, as_of),
            by_lead_agency=by_lead_agency(s, parts["agencies"], flt, as_of),
            lead_agency_total=parts["agency_total"],
            monthly=monthly(s, where, flt, query, as_of),
            overdue=listed(s, where, as_of, soon, cl.OVERDUE),
            due_soon=listed(s, where, as_of, soon, cl.DUE_SOON),
            recent_updates=recent_updates(s, where, as_of),
            silent_agencies=silent_agencies(s, parts["silent"], flt),
            silent_total=parts["silent_total"],
        )
