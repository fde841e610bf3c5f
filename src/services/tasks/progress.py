"""Progress updates: a dated note with attachments, and for the lead agency (or the secretariat)
a change of status, percent, completion date or achieved value.

A co-operating agency's note leaves the task as it is (only the date of its latest report
moves, without a new version), so notes from several agencies at once never conflict.
"""

from __future__ import annotations

import hashlib
from datetime import date

from sqlalchemy import or_
from sqlalchemy import update as sql_update
from sqlalchemy.orm import Session

from coordboard.db import Database
from coordboard.errors import ConflictError, PermissionDenied, ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import Task, TaskAttachment, TaskUpdate
from coordboard.models.base import utcnow
from coordboard.services.actor import FOCAL_POINT, Actor
from coordboard.services.tasks.access import load_task, require_view, rights
from coordboard.services.tasks.attachments import check_attachments
from coordboard.services.tasks.detail import detail
from coordboard.services.tasks.types import SETTABLE_STATUSES, ProgressInput, TaskDetail
from coordboard.services.uow import UnitOfWork, check_length, check_version
from coordboard.text import clean, clean_text


def add_update(
    db: Database,
    actor: Actor,
    task_id: int,
    data: ProgressInput,
    expected_version: int | None = None,
) -> TaskDetail:
    """Record a dated progress update; the lead agency (or the secretariat) may also change the
    status, percent, completion date and achieved value. Co-operating agencies add notes.

    Without `expected_version` the update is a note added to whatever the task is now: when
    another PC saved the task at the same moment, it is tried again on the fresh row, so two
    agencies reporting at once both land. With it, a change meanwhile is a conflict."""
    attempts = 1 if expected_version is not None else 3
    for attempt in range(attempts):
        try:
            return _add_update_once(db, actor, task_id, data, expected_version)
        except ConflictError:
            if attempt == attempts - 1:
                raise
    raise AssertionError("unreachable")


def _add_update_once(
    db: Database, actor: Actor, task_id: int, data: ProgressInput, expected_version: int | None
) -> TaskDetail:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        task = load_task(s, task_id)
        require_view(s, actor, task)
        edit, progress, note = rights(s, actor, task)
        changes_progress = (
            data.new_status is not None
            or data.percent is not None
            or data.achieved_value is not None
        )
        if not note or (changes_progress and not progress):
            if note:
                raise PermissionDenied(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Only the lead agency may change this task's status or progress; "
                        "a co-operating agency adds updates.",
                    )
                )
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "errors", "Your agency neither leads nor co-operates on this task."
                )
            )
        check_version(task.version, expected_version)
        text, new_status, completed_on = _checked(task, data, edit)
        _record(s, actor, task, data, text, new_status)
        if progress and changes_progress:
            _progress(task, data, text, new_status, completed_on)
        else:
            s.execute(
                sql_update(Task)
                .where(
                    Task.id == task.id,
                    or_(Task.last_update_on.is_(None), Task.last_update_on < data.update_date),
                )
                .values(last_update_on=data.update_date)
                .execution_options(synchronize_session=False)
            )
        s.flush()
        uow.commit()
        return detail(s, actor, task_id)


def _checked(task: Task, data: ProgressInput, edit: bool) -> tuple[str, str | None, date | None]:
    """(cleaned text, new status or None when unchanged, completion date) of a valid update."""
    text = clean_text(data.text)
    today = date.today()
    if data.update_date > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "An update cannot be dated in the future."),
            field="update_date",
        )
    if data.percent is not None and not 0 <= data.percent <= 100:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The percentage must be between 0 and 100."),
            field="percent",
        )
    if data.achieved_value is not None and data.achieved_value < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The achieved value cannot be negative."),
            field="achieved",
        )
    new_status = data.new_status if data.new_status != task.status else None
    if new_status is not None and new_status not in SETTABLE_STATUSES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown task status."), field="status")
    if task.status == "carried_over":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "This task was carried over to a later plan; update it there."
            )
        )
    if (
        not text
        and new_status is None
        and data.percent is None
        and not data.attachments
        and data.achieved_value is None
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Write what was done, or change the status or progress."),
            field="text",
        )
    if new_status in ("cancelled", "suspended") and not edit:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "errors", "Only the board's secretariat may cancel or suspend a task."
            )
        )
    if new_status in ("cancelled", "suspended") and not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say why the task is cancelled or suspended."),
            field="text",
        )
    completed_on = task.completed_on
    if new_status == "done":
        completed_on = _completion(task, data, today)
    elif new_status is not None:
        completed_on = None
    check_length(text, TaskUpdate.__table__.c.text, "text")
    check_attachments(data.attachments)
    return text, new_status, completed_on


def _completion(task: Task, data: ProgressInput, today: date) -> date:
    completed_on = data.completed_on
    if completed_on is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the date the task was completed."),
            field="completed_on",
        )
    if completed_on > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The completion date cannot be in the future."),
            field="completed_on",
        )
    if completed_on < task.assigned_date:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The completion date is before the task was assigned."),
            field="completed_on",
        )
    return completed_on


def _record(
    s: Session, actor: Actor, task: Task, data: ProgressInput, text: str, new_status: str | None
) -> None:
    """The update row and its attachments."""
    update = TaskUpdate(
        task_id=task.id,
        update_date=data.update_date,
        author_id=actor.user_id,
        author_name=actor.full_name or actor.username,
        agency_id=actor.agency_id if actor.role == FOCAL_POINT else None,
        text=text,
        percent=data.percent,
        old_status=task.status if new_status else None,
        new_status=new_status,
    )
    s.add(update)
    s.flush()
    for a in data.attachments:
        s.add(
            TaskAttachment(
                update_id=update.id,
                filename=clean(a.filename)[:255],
                size=len(a.content),
                sha256=hashlib.sha256(a.content).hexdigest(),
                content=a.content,
            )
        )


def _progress(
    task: Task, data: ProgressInput, text: str, new_status: str | None, completed_on: date | None
) -> None:
    """The lead agency's change of status, percent or achieved value (derived.py re-ranks the
    task when it is flushed)."""
    if new_status is not None:
        task.status = new_status
        task.completed_on = completed_on
        if new_status == "done":
            task.percent = 100
        if new_status in ("cancelled", "suspended") or task.status_note:
            task.status_note = text
    if data.percent is not None and task.status != "done":
        task.percent = data.percent
        if data.percent > 0 and task.status == "not_started" and new_status is None:
            task.status = "in_progress"
    if data.achieved_value is not None:
        task.achieved_value = data.achieved_value
    if task.last_update_on is None or data.update_date > task.last_update_on:
        task.last_update_on = data.update_date
    task.updated_at = utcnow()
