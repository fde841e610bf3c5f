"""Creating, editing and deleting tasks, with their co-operating agencies.

The secretariat of a board does all three; the input is checked by validation.py, a recurring
deadline becomes one task per occurrence (series.py), and the derived columns are settled by
derived.py. `insert_tasks` is the only way a task row is created through the ORM: plans and
meetings call it inside their own unit of work.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from coordboard.db import Database
from coordboard.errors import ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import AuditEntry, Task, TaskExtension, TaskUpdate, task_cooperators
from coordboard.models.base import utcnow
from coordboard.services.actor import Actor
from coordboard.services.tasks.access import load_task, require_edit
from coordboard.services.tasks.derived import settle
from coordboard.services.tasks.detail import detail
from coordboard.services.tasks.series import new_series
from coordboard.services.tasks.types import TaskDetail, TaskInput
from coordboard.services.tasks.validation import validated
from coordboard.services.uow import UnitOfWork, any_row, check_version


def _apply(task: Task, data: TaskInput) -> None:
    """Copies the input onto the task; the caller settles the derived columns."""
    for name in (
        "board_id",
        "title",
        "lead_agency_id",
        "assigned_date",
        "plan_id",
        "section_id",
        "description",
        "source_kind",
        "source_number",
        "source_date",
        "source_issuer",
        "sector_id",
        "responsible_person",
        "deadline_kind",
        "relative_base",
        "relative_days",
        "expected_output",
        "target_value",
        "target_unit",
        "meeting_id",
    ):
        setattr(task, name, getattr(data, name))
    task.deadline = data.deadline


def _audit_cooperators(s: Session, actor: Actor, task_id: int, new_ids: tuple[int, ...]) -> None:
    """The co-operating agencies live in a link table the audit hook does not see."""
    old_ids = tuple(
        s.scalars(
            select(task_cooperators.c.agency_id)
            .where(task_cooperators.c.task_id == task_id)
            .order_by(task_cooperators.c.agency_id)
        )
    )
    if sorted(old_ids) != sorted(new_ids):
        s.add(
            AuditEntry(
                user_id=actor.user_id,
                username=actor.username,
                action="update",
                entity="tasks",
                entity_id=task_id,
                field="cooperating_agencies",
                old_value=",".join(map(str, sorted(old_ids))),
                new_value=",".join(map(str, sorted(new_ids))),
            )
        )


def _set_cooperators(s: Session, task_id: int, agency_ids: tuple[int, ...]) -> None:
    s.execute(delete(task_cooperators).where(task_cooperators.c.task_id == task_id))
    if agency_ids:
        s.execute(
            insert(task_cooperators), [{"task_id": task_id, "agency_id": a} for a in agency_ids]
        )


def _next_position(s: Session, data: TaskInput) -> int:
    if data.plan_id is None:
        return 0
    last = s.scalar(
        select(func.max(Task.position)).where(
            Task.plan_id == data.plan_id,
            Task.section_id.is_(None)
            if data.section_id is None
            else Task.section_id == data.section_id,
        )
    )
    return (last or 0) + 1


def create_task(db: Database, actor: Actor, data: TaskInput) -> tuple[int, ...]:
    """Create a task, or one task per occurrence of a recurring deadline; returns the ids."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        require_edit(s, actor, data.board_id)
        data = validated(s, data, creating=True)
        ids = insert_tasks(s, data)
        uow.commit()
        return ids


def insert_tasks(s: Session, data: TaskInput, **extra) -> tuple[int, ...]:
    """Insert validated input (the task, or its occurrences) in the caller's session; `extra`
    sets further columns (a series, a carried-from link, a meeting conclusion). Returns the
    ids."""
    occurrences: Sequence[tuple[str, date | None]] = [("", data.deadline)]
    series_id = None
    if data.deadline_kind == "recurring" and "series_id" not in extra:
        series_id, occurrences = new_series(s, data)
    ids = []
    position = _next_position(s, data)
    for period_key, due in occurrences:
        task = Task(
            status="not_started",
            percent=0,
            position=position,
            series_id=series_id,
            period_key=period_key,
        )
        for name, value in extra.items():
            setattr(task, name, value)
        _apply(task, replace(data, deadline=due))
        settle(s, task)
        s.add(task)
        s.flush()
        _set_cooperators(s, task.id, data.cooperating_agency_ids)
        ids.append(task.id)
        position += 1
    return tuple(ids)


def update_task(
    db: Database, actor: Actor, task_id: int, data: TaskInput, expected_version: int | None = None
) -> TaskDetail:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        task = load_task(s, task_id)
        check_version(task.version, expected_version)
        require_edit(s, actor, task.board_id)
        require_edit(s, actor, data.board_id)
        if task.series_id is not None:  # an occurrence stays one, with its own date
            data = replace(data, deadline_kind="recurring")
        elif data.deadline_kind == "recurring":
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A recurring deadline is chosen when the task is created; enter a "
                    "fixed date here.",
                ),
                field="deadline",
            )
        data = validated(s, data, creating=False)
        if data.deadline_kind == "relative" == task.deadline_kind and (
            data.relative_base,
            data.relative_days,
        ) == (task.relative_base, task.relative_days):
            # the same rule keeps its date, even if the calendar changed since it was computed
            data = replace(data, deadline=task.deadline)
        if task.completed_on is not None and data.assigned_date > task.completed_on:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The assigned date cannot be after the completion date."
                ),
                field="assigned_date",
            )
        with s.no_autoflush:  # one UPDATE of the row, so one step of its version per save
            _apply(task, data)
            settle(s, task)  # the extensions it had still count
            task.updated_at = utcnow()  # the version bumps even if only co-operators changed
        # the version-checked UPDATE goes first: a save by another PC at the same moment waits
        # for this row and then fails here as a conflict, before either touches the co-operators
        s.flush()
        _audit_cooperators(s, actor, task.id, data.cooperating_agency_ids)
        _set_cooperators(s, task.id, data.cooperating_agency_ids)
        s.flush()
        uow.commit()
        return detail(s, actor, task_id)


def delete_task(
    db: Database, actor: Actor, task_id: int, expected_version: int | None = None
) -> None:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        task = load_task(s, task_id)
        check_version(task.version, expected_version)
        require_edit(s, actor, task.board_id)
        if any_row(s, Task.carried_from_id == task_id):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "This task was carried over to a later plan; delete that one first."
                )
            )
        if any_row(s, TaskUpdate.task_id == task_id) or any_row(
            s, TaskExtension.task_id == task_id
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The task has a progress history; cancel it instead of deleting it."
                )
            )
        if task.carried_from_id is not None:  # the duty goes back to the plan it came from
            origin = s.get(Task, task.carried_from_id)
            if origin is not None and origin.status == "carried_over":
                origin.status, origin.status_note = task.status, ""  # derived.py re-ranks it
                origin.updated_at = utcnow()
        _audit_cooperators(s, actor, task_id, ())
        _set_cooperators(s, task_id, ())
        s.delete(task)
        uow.commit()
