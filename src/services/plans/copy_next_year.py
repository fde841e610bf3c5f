"""Copying a plan to the next period. Unfinished tasks carry over: the new task remembers the
old one (`carried_from_id`) and the old one is marked "carried over", so a task is counted
once; recurring duties get the new period's occurrences.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import select

from coordboard.db import Database
from coordboard.errors import ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import OPEN_STATUSES, Plan, PlanSection, Task, TaskSeries, task_cooperators
from coordboard.models.base import utcnow
from coordboard.rules import recurrence
from coordboard.services import tasks
from coordboard.services.actor import Actor
from coordboard.services.plans.editing import (
    apply_input,
    check_code_free,
    require_edit,
    validated_input,
)
from coordboard.services.plans.queries import load_plan, plan_info, section_infos
from coordboard.services.plans.types import CopyResult, PlanInput
from coordboard.services.uow import UnitOfWork


def copy_to_next_year(
    db: Database, actor: Actor, plan_id: int, *, code: str = "", title: str | None = None
) -> CopyResult:
    """A new draft plan for the following period, with the same sections; unfinished tasks
    carry over with their deadline (what was overdue stays overdue until the secretariat
    extends it; the old ones become "carried over"), recurring duties get the new period's
    occurrences. One transaction: all of it, or nothing."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        old = load_plan(s, plan_id)
        require_edit(s, actor, old.board_id)
        copied = s.scalar(select(Plan.code).where(Plan.copied_from_id == plan_id).limit(1))
        if copied is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "This plan was already copied to the next year ({code})."
                ),
                code=copied or "—",
            )
        span = old.year_to - old.year_from + 1
        data = validated_input(
            s,
            PlanInput(
                board_id=old.board_id,
                title=title if title is not None else old.title,
                year_from=old.year_from + span,
                year_to=old.year_to + span,
                code=code,
                basis=old.basis,
                purpose=old.purpose,
                funding=old.funding,
                status="draft",
            ),
        )
        check_code_free(s, data, None)
        new = Plan(copied_from_id=old.id)
        apply_input(new, data)
        s.add(new)
        s.flush()
        section_map: dict[int, int] = {}
        for sec in section_infos(s, old.id):
            copy = PlanSection(
                plan_id=new.id,
                number=sec.number,
                title=sec.title,
                position=sec.position,
                parent_id=section_map.get(sec.parent_id) if sec.parent_id else None,
            )
            s.add(copy)
            s.flush()
            section_map[sec.id] = copy.id
        start, end = date(new.year_from, 1, 1), date(new.year_to, 12, 31)
        carried = recurring = left = 0
        seen_series: set[int] = set()
        old_tasks = s.scalars(
            select(Task)
            .where(Task.plan_id == old.id)
            .order_by(Task.section_id, Task.position, Task.id)
        ).all()
        for t in old_tasks:
            coop = tuple(
                s.scalars(
                    select(task_cooperators.c.agency_id).where(task_cooperators.c.task_id == t.id)
                )
            )
            base = tasks.input_of(s, t, coop)
            base = replace(base, plan_id=new.id, section_id=section_map.get(t.section_id))
            if t.series_id is not None and t.series_id not in seen_series:
                seen_series.add(t.series_id)
                series = s.get(TaskSeries, t.series_id)
                rec = recurrence.parse_recurrence(series.kind, series.points)
                for occ in recurrence.occurrences(rec, start, end):
                    tasks.insert_tasks(
                        s,
                        replace(base, assigned_date=start, deadline=occ.due),
                        series_id=series.id,
                        period_key=occ.period_key,
                    )
                    recurring += 1
            if t.status in (*OPEN_STATUSES, "suspended"):
                deadline = t.effective_deadline
                (new_id,) = tasks.insert_tasks(
                    s,
                    replace(base, deadline=deadline, deadline_kind="fixed" if deadline else "none"),
                    carried_from_id=t.id,
                    period_key=t.period_key,
                )
                carried_task = s.get(Task, new_id)  # it goes on where it stood
                carried_task.status, carried_task.percent = t.status, t.percent
                carried_task.status_note = t.status_note
                carried_task.achieved_value = t.achieved_value
                carried_task.last_update_on = t.last_update_on
                t.status = "carried_over"
                t.status_note = new.code or new.title
                t.updated_at = utcnow()
                carried += 1
            else:
                left += 1
        s.flush()
        uow.commit()
        return CopyResult(plan_info(s, actor, new), carried, recurring, left)
