"""Extensions (gia hạn): the board moves an unfinished task's deadline later; the old date, the
reason, the approver and the approval date are kept, and the new date becomes the deadline in
force (derived.py)."""

from __future__ import annotations

from datetime import date

from coordboard.db import Database
from coordboard.errors import ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import OPEN_STATUSES, TaskExtension
from coordboard.services.actor import Actor
from coordboard.services.tasks.access import load_task, require_edit
from coordboard.services.tasks.derived import settle
from coordboard.services.tasks.detail import detail
from coordboard.services.tasks.types import TaskDetail
from coordboard.services.uow import UnitOfWork, check_length, check_version
from coordboard.text import clean, clean_text


def add_extension(
    db: Database,
    actor: Actor,
    task_id: int,
    *,
    new_deadline: date,
    reason: str,
    approved_by: str,
    approved_on: date,
    expected_version: int | None = None,
) -> TaskDetail:
    """Gia hạn: move the deadline later; the old date, reason and approver are kept."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        task = load_task(s, task_id)
        check_version(task.version, expected_version)
        require_edit(s, actor, task.board_id)
        reason, approved_by = clean_text(reason), clean(approved_by)
        current = task.effective_deadline
        if task.status not in (*OPEN_STATUSES, "suspended"):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Only an unfinished task can be given more time."),
                field="new_deadline",
            )
        if current is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A task without a deadline cannot be extended; set a deadline instead.",
                ),
                field="new_deadline",
            )
        if new_deadline <= current:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The new deadline must be later than the current one ({current})."
                ),
                field="new_deadline",
                current=current.strftime("%d/%m/%Y"),
            )
        if not reason:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Give the reason for the extension."), field="reason"
            )
        if not approved_by:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Say who approved the extension."), field="approved_by"
            )
        if approved_on > date.today():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The approval date cannot be in the future."),
                field="approved_on",
            )
        check_length(reason, TaskExtension.__table__.c.reason, "reason")
        check_length(approved_by, TaskExtension.__table__.c.approved_by, "approved_by")
        s.add(
            TaskExtension(
                task_id=task.id,
                old_deadline=current,
                new_deadline=new_deadline,
                reason=reason,
                approved_by=approved_by,
                approved_on=approved_on,
                entered_by_id=actor.user_id,
            )
        )
        s.flush()  # the extension first: settling reads it back
        settle(s, task)
        s.flush()
        uow.commit()
        return detail(s, actor, task_id)
