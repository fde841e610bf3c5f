"""Attendance: the participants' presence, absence with its reason or delegate, guests, and the
chair and secretary chosen among those present.

A member's name, title and agency come from the board's records; only guests are typed in.
Whoever chairs or keeps the minutes must be present, whichever side is changed first.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordboard.db import Database
from coordboard.errors import NotFound, ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import ATTENDANCE, Agency, Attendee
from coordboard.services.actor import Actor
from coordboard.services.meetings.detail import meeting_detail
from coordboard.services.meetings.editing import editable_meeting
from coordboard.services.meetings.types import AttendeeInfo, AttendeeInput, MeetingDetail
from coordboard.services.uow import UnitOfWork, check_length, check_version
from coordboard.text import clean


def _attendee(s: Session, attendee_id: int) -> Attendee:
    a = s.get(Attendee, attendee_id)
    if a is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The participant is no longer on the list."))
    return a


def _check_attendance(data: AttendeeInput) -> AttendeeInput:
    data = replace(
        data,
        name=clean(data.name),
        title=clean(data.title),
        absence_reason=clean(data.absence_reason),
        delegate_name=clean(data.delegate_name),
        delegate_title=clean(data.delegate_title),
    )
    if data.attendance not in ATTENDANCE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown attendance."), field="attendance"
        )
    if data.attendance == "delegated":
        if not data.delegate_name:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Enter the name of the delegate who attends in this member's place."
                ),
                field="delegate_name",
            )
    elif data.delegate_name or data.delegate_title:
        if data.attendance == "present":
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{name} is marked present; a delegate attends only for someone who is absent.",
                ),
                field="delegate_name",
                name=data.name or "…",
            )
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", 'A delegate is recorded only with "represented by a delegate".'
            ),
            field="delegate_name",
        )
    if data.attendance == "absent_excused" and not data.absence_reason:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the reason for the absence."), field="absence_reason"
        )
    if data.attendance not in ("absent_excused", "absent") and data.absence_reason:
        data = replace(data, absence_reason="")
    for field, column in (
        ("name", "name"),
        ("title", "title"),
        ("absence_reason", "absence_reason"),
        ("delegate_name", "delegate_name"),
        ("delegate_title", "delegate_title"),
    ):
        check_length(getattr(data, field), Attendee.__table__.c[column], field)
    return data


def save_attendee(
    db: Database,
    actor: Actor,
    meeting_id: int,
    data: AttendeeInput,
    attendee_id: int | None = None,
    expected_version: int | None = None,
) -> AttendeeInfo:
    """Add a guest (attendee_id None) or record a participant's attendance. A member's name,
    title and agency come from the board's records; a guest's are typed in."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        meeting = editable_meeting(s, actor, meeting_id)
        if attendee_id is None:
            data = replace(data, name=clean(data.name))
            if not data.name:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Enter the guest's name."), field="name"
                )
            data = _check_attendance(data)
            last = s.scalar(
                select(func.max(Attendee.position)).where(Attendee.meeting_id == meeting_id)
            )
            a = Attendee(
                meeting_id=meeting_id,
                position=(last or 0) + 1,
                kind="guest",
                meeting_role="",
                board_role="",
            )
            s.add(a)
        else:
            a = _attendee(s, attendee_id)
            if a.meeting_id != meeting_id:
                raise NotFound(
                    QT_TRANSLATE_NOOP("errors", "The participant is no longer on the list.")
                )
            check_version(a.version, expected_version)
            if a.kind == "member":
                data = replace(data, name=a.name, title=a.title, agency_id=a.agency_id)
            elif not clean(data.name):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Enter the guest's name."), field="name"
                )
            data = _check_attendance(data)
            if a.meeting_role and data.attendance in ("absent", "absent_excused", "delegated"):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{name} chairs or keeps the minutes of this meeting and must be "
                        "present; choose someone else for that role first.",
                    ),
                    field="attendance",
                    name=a.name,
                )
        if data.agency_id is not None and s.get(Agency, data.agency_id) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The agency no longer exists."), field="agency"
            )
        for name in (
            "name",
            "title",
            "agency_id",
            "attendance",
            "absence_reason",
            "delegate_name",
            "delegate_title",
        ):
            setattr(a, name, getattr(data, name))
        s.flush()
        uow.commit()
        return next(
            x for x in meeting_detail(s, actor, meeting, date.today()).attendees if x.id == a.id
        )


def set_attendance(
    db: Database, actor: Actor, meeting_id: int, attendance: dict[int, str]
) -> MeetingDetail:
    """Mark many participants at once ("everyone present"): attendee id -> attendance; only
    "present", "absent" and "invited" (those need no further detail)."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        meeting = editable_meeting(s, actor, meeting_id)
        for attendee_id, value in attendance.items():
            a = _attendee(s, attendee_id)
            if a.meeting_id != meeting_id:
                raise NotFound(
                    QT_TRANSLATE_NOOP("errors", "The participant is no longer on the list.")
                )
            if value not in ("present", "absent", "invited"):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Record delegates and reasons one participant at a time."
                    )
                )
            if a.meeting_role and value != "present":
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{name} chairs or keeps the minutes of this meeting and must be "
                        "present; choose someone else for that role first.",
                    ),
                    field="attendance",
                    name=a.name,
                )
            a.attendance, a.absence_reason = value, ""
            a.delegate_name = a.delegate_title = ""
        s.flush()
        uow.commit()
        return meeting_detail(s, actor, meeting, date.today())


def remove_attendee(
    db: Database, actor: Actor, attendee_id: int, expected_version: int | None = None
) -> None:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        a = _attendee(s, attendee_id)
        editable_meeting(s, actor, a.meeting_id)
        check_version(a.version, expected_version)
        if a.meeting_role:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{name} chairs or keeps the minutes of this meeting; choose someone "
                    "else for that role first.",
                ),
                name=a.name,
            )
        s.delete(a)
        uow.commit()


def set_roles(
    db: Database,
    actor: Actor,
    meeting_id: int,
    chair_id: int | None,
    secretary_id: int | None,
    expected_version: int | None = None,
) -> MeetingDetail:
    """Choose the chair and the secretary among this meeting's participants (members or guests
    who attend)."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        meeting = editable_meeting(s, actor, meeting_id, expected_version)
        if chair_id is not None and chair_id == secretary_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The chair and the secretary must be two different people."
                ),
                field="secretary",
            )
        people = {
            a.id: a for a in s.scalars(select(Attendee).where(Attendee.meeting_id == meeting_id))
        }
        for role, chosen in (("chair", chair_id), ("secretary", secretary_id)):
            if chosen is None:
                continue
            a = people.get(chosen)
            if a is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "The chair must be a member or a guest of this meeting."
                    )
                    if role == "chair"
                    else QT_TRANSLATE_NOOP(
                        "errors", "The secretary must be a member or a guest of this meeting."
                    ),
                    field=role,
                )
            if a.attendance not in ("present", "invited"):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{name} is not recorded as present and cannot chair or keep the minutes.",
                    ),
                    field=role,
                    name=a.name,
                )
        for a in people.values():
            role = "chair" if a.id == chair_id else "secretary" if a.id == secretary_id else ""
            if a.meeting_role != role:
                a.meeting_role = role
        s.flush()
        uow.commit()
        return meeting_detail(s, actor, meeting, date.today())
