"""The chair's conclusions and the tasks they become in the task tracker.

Tasks are made through the tasks service's own validation and insert (tasks.validated_input,
tasks.insert_tasks), so a task from a meeting obeys every rule a task typed in does; a
conclusion that has tasks stays (they are cancelled in the tracker instead).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from coordboard.db import Database
from coordboard.errors import NotFound, ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import Agency, Conclusion, Task
from coordboard.services import register, tasks
from coordboard.services.actor import Actor
from coordboard.services.meetings.detail import conclusion_tasks
from coordboard.services.meetings.editing import (
    editable_meeting,
    find_meeting,
    reorder,
    require_edit,
)
from coordboard.services.meetings.numbering import DOCUMENT_KINDS
from coordboard.services.meetings.types import ConclusionInfo, ConclusionTaskInput
from coordboard.services.uow import UnitOfWork, any_row, check_version
from coordboard.text import clean, clean_text


def save_conclusion(
    db: Database,
    actor: Actor,
    meeting_id: int,
    text: str,
    conclusion_id: int | None = None,
    expected_version: int | None = None,
) -> ConclusionInfo:
    text = clean_text(text)
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        editable_meeting(s, actor, meeting_id)
        if not text:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Enter the conclusion."), field="text"
            )
        if conclusion_id is None:
            last = s.scalar(
                select(func.max(Conclusion.position)).where(Conclusion.meeting_id == meeting_id)
            )
            c = Conclusion(meeting_id=meeting_id, position=(last or 0) + 1)
            s.add(c)
        else:
            c = s.get(Conclusion, conclusion_id)
            if c is None or c.meeting_id != meeting_id:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "The conclusion no longer exists."))
            check_version(c.version, expected_version)
        c.text = text
        s.flush()
        uow.commit()
        found = conclusion_tasks(s, [c.id], date.today())
        return ConclusionInfo(c.id, c.version, c.position, c.text, tuple(found.get(c.id, ())))


def delete_conclusion(
    db: Database, actor: Actor, conclusion_id: int, expected_version: int | None = None
) -> None:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        c = s.get(Conclusion, conclusion_id)
        if c is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "The conclusion no longer exists."))
        meeting = editable_meeting(s, actor, c.meeting_id)
        check_version(c.version, expected_version)
        if any_row(s, Task.conclusion_id == conclusion_id):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Tasks were created from this conclusion; cancel them in the task "
                    "tracker instead of deleting the conclusion.",
                )
            )
        s.delete(c)
        s.flush()
        rest = list(
            s.scalars(
                select(Conclusion)
                .where(Conclusion.meeting_id == meeting.id)
                .order_by(Conclusion.position, Conclusion.id)
            )
        )
        for position, other in enumerate(rest, start=1):
            if other.position != position:
                other.position = position
        uow.commit()


def move_conclusion(db: Database, actor: Actor, conclusion_id: int, step: int) -> None:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        c = s.get(Conclusion, conclusion_id)
        if c is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "The conclusion no longer exists."))
        meeting = editable_meeting(s, actor, c.meeting_id)
        rows = list(
            s.scalars(
                select(Conclusion)
                .where(Conclusion.meeting_id == meeting.id)
                .order_by(Conclusion.position, Conclusion.id)
            )
        )
        reorder(rows, c, step)
        uow.commit()


def create_conclusion_tasks(
    db: Database,
    actor: Actor,
    conclusion_id: int,
    items: list[ConclusionTaskInput] | tuple[ConclusionTaskInput, ...],
) -> tuple[int, ...]:
    """Turn a conclusion into tasks of the tracker, all or none. The task is assigned on the
    meeting day; its deadline is fixed or counted in working days from the meeting."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        c = s.get(Conclusion, conclusion_id)
        if c is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "The conclusion no longer exists."))
        meeting = find_meeting(s, c.meeting_id)
        require_edit(s, actor, meeting.board_id)
        if not items:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Add at least one task."))
        day = meeting.starts_at.date()
        head = register.letterhead_in(s, meeting.board_id)
        notice = meeting.notice_number
        source_number = head.reference(notice, DOCUMENT_KINDS["notice"]) if notice else ""
        ids: list[int] = []
        for item in items:
            title = clean(item.title) or clean(c.text.splitlines()[0] if c.text else "")
            if item.working_days is not None:
                deadline_kind, deadline = "relative", None
            elif item.deadline is not None:
                deadline_kind, deadline = "fixed", item.deadline
                if deadline < day:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "errors", "The deadline {deadline} is before the meeting ({day})."
                        ),
                        field="deadline",
                        deadline=deadline.strftime("%d/%m/%Y"),
                        day=day.strftime("%d/%m/%Y"),
                    )
            else:
                deadline_kind, deadline = "none", None
            data = tasks.TaskInput(
                board_id=meeting.board_id,
                title=title[:1000],
                lead_agency_id=item.lead_agency_id,
                assigned_date=day,
                plan_id=item.plan_id,
                description=clean_text(item.description),
                source_kind="meeting",
                source_number=source_number,
                source_date=meeting.notice_date if source_number else None,
                source_issuer=head.board_name[:300] if source_number else "",
                # a conclusion rarely names a sector: the lead agency's own is the one counted
                sector_id=item.sector_id
                or (
                    s.scalar(select(Agency.sector_id).where(Agency.id == item.lead_agency_id))
                    if item.lead_agency_id
                    else None
                ),
                cooperating_agency_ids=tuple(item.cooperating_agency_ids),
                deadline_kind=deadline_kind,
                deadline=deadline,
                relative_base=day if item.working_days is not None else None,
                relative_days=item.working_days,
                meeting_id=meeting.id,
            )
            data = tasks.validated_input(s, data)
            ids.extend(tasks.insert_tasks(s, data, conclusion_id=c.id))
        s.flush()
        uow.commit()
        return tuple(ids)
