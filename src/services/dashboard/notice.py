"""The start-up notice ("what is due for you"): how many tasks are overdue or due soon for the
user signing in, with the Tasks page filter that shows them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from coordboard.db import Database
from coordboard.services import tasks
from coordboard.services.actor import FOCAL_POINT, SECRETARIAT, Actor
from coordboard.services.dashboard.model import DueNotice
from coordboard.services.tasks import TaskFilter
from coordboard.services.tasks import classification as cl
from coordboard.services.uow import UnitOfWork


def due_notice(db: Database, actor: Actor) -> DueNotice | None:
    """What is overdue or due soon for this user: a focal point's agency (tasks it leads or
    co-operates on), the secretariat's boards. None when nothing is due, and for the roles
    that own no tasks (administrator, viewer): the app never nags without a reason."""
    if actor.role == FOCAL_POINT and actor.agency_id is not None:
        flt = TaskFilter(agency_id=actor.agency_id)
    elif actor.role == SECRETARIAT:
        flt = TaskFilter()  # visibility narrows it to the boards it keeps
    else:
        return None
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        due = replace(flt, classes=(cl.OVERDUE, cl.DUE_SOON), as_of=date.today())
        scope = tasks.task_scope(s, actor, due)
        query = cl.counts_query(list(scope.where), scope.as_of, scope.soon_days)
        counts = dict(s.execute(query).all())
    overdue, due_soon = counts.get(cl.OVERDUE, 0), counts.get(cl.DUE_SOON, 0)
    if not overdue and not due_soon:
        return None
    return DueNotice(overdue, due_soon, scope.soon_days, due)
