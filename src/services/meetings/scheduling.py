"""A meeting's own details: creating it (with the board's members invited), changing its
title, time, place or mode, and deleting it.

Moving the date changes who sat on the board that day, so a planned meeting's invitations
follow the new day; tasks already assigned there must not fall due before it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from coordboard.db import Database
from coordboard.errors import ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import MEETING_KINDS, MEETING_MODES, AgendaItem, Board, Meeting, Task
from coordboard.services.actor import Actor
from coordboard.services.meetings.detail import meeting_detail
from coordboard.services.meetings.editing import editable_meeting, require_edit
from coordboard.services.meetings.invitations import drop_stale_invitations, invite_board_members
from coordboard.services.meetings.types import MeetingDetail, MeetingInput
from coordboard.services.uow import UnitOfWork, any_row, check_length
from coordboard.text import clean, clean_text


def _validated(s: Session, data: MeetingInput) -> MeetingInput:
    data = replace(
        data,
        title=clean(data.title),
        place=clean(data.place),
        online_link=clean(data.online_link),
        purpose=clean_text(data.purpose),
    )
    if not data.title:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the meeting's title."), field="title"
        )
    check_length(data.title, Meeting.__table__.c.title, "title")
    check_length(data.place, Meeting.__table__.c.place, "place")
    check_length(data.online_link, Meeting.__table__.c.online_link, "online_link")
    if s.get(Board, data.board_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The chosen board no longer exists."), field="board"
        )
    if data.kind not in MEETING_KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown kind of meeting."), field="kind")
    if data.mode not in MEETING_MODES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown meeting mode."), field="mode")
    if data.ends_at <= data.starts_at:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The meeting ends ({end}) before it starts ({start})."),
            field="ends_at",
            end=data.ends_at.strftime("%H:%M %d/%m/%Y"),
            start=data.starts_at.strftime("%H:%M %d/%m/%Y"),
        )
    if data.ends_at - data.starts_at > timedelta(days=7):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "A meeting cannot last more than 7 days; check the end date."
            ),
            field="ends_at",
        )
    if data.mode in ("online", "hybrid") and not data.online_link:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "An online meeting needs the link (or room) participants join with."
            ),
            field="online_link",
        )
    if data.mode == "online" and not data.place:
        data = replace(data, place="Trực tuyến")
    return data


def _apply(m: Meeting, data: MeetingInput) -> None:
    for name in (
        "board_id",
        "title",
        "kind",
        "starts_at",
        "ends_at",
        "place",
        "mode",
        "online_link",
        "purpose",
    ):
        setattr(m, name, getattr(data, name))


def create_meeting(
    db: Database, actor: Actor, data: MeetingInput, invite_members: bool = True
) -> MeetingDetail:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        require_edit(s, actor, data.board_id)
        data = _validated(s, data)
        meeting = Meeting(status="planned")
        _apply(meeting, data)
        s.add(meeting)
        s.flush()
        if invite_members:
            invite_board_members(s, meeting)
        s.flush()
        uow.commit()
        return meeting_detail(s, actor, meeting, date.today())


def update_meeting(
    db: Database,
    actor: Actor,
    meeting_id: int,
    data: MeetingInput,
    expected_version: int | None = None,
) -> MeetingDetail:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        meeting = editable_meeting(s, actor, meeting_id, expected_version)
        if data.board_id != meeting.board_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A meeting cannot move to another board."),
                field="board",
            )
        data = _validated(s, data)
        moved = data.starts_at.date() != meeting.starts_at.date()
        _apply(meeting, data)
        s.flush()
        if moved and meeting.status == "planned":
            drop_stale_invitations(s, meeting)
            invite_board_members(s, meeting)
        if moved:
            _check_task_deadlines(s, meeting)
        s.flush()
        uow.commit()
        return meeting_detail(s, actor, meeting, date.today())


def _check_task_deadlines(s: Session, meeting: Meeting) -> None:
    early = s.scalar(
        select(func.min(Task.deadline)).where(
            Task.meeting_id == meeting.id, Task.deadline.is_not(None)
        )
    )
    if early is not None and early < meeting.starts_at.date():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Tasks from this meeting are due on {deadline}, before the new meeting date.",
            ),
            field="starts_at",
            deadline=early.strftime("%d/%m/%Y"),
        )


def delete_meeting(
    db: Database, actor: Actor, meeting_id: int, expected_version: int | None = None
) -> None:
    """A meeting whose conclusions became tasks, or whose minutes were numbered, stays."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        meeting = editable_meeting(s, actor, meeting_id, expected_version)
        if any_row(s, Task.meeting_id == meeting_id):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Tasks were assigned at this meeting; it cannot be deleted."
                )
            )
        if meeting.minutes_number or meeting.notice_number or meeting.invitation_number:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Numbered documents were issued for this meeting; it cannot be deleted.",
                )
            )
        s.execute(
            update(AgendaItem)
            .where(
                AgendaItem.carried_from_id.in_(
                    select(AgendaItem.id).where(AgendaItem.meeting_id == meeting_id)
                )
            )
            .values(carried_from_id=None)
        )
        s.delete(meeting)
        uow.commit()
