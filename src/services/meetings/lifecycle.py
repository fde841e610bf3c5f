"""A meeting's status: planned -> held -> minutes drafted, then the approval that locks the
record and numbers the minutes, and the reopening that unlocks it for a correction.

Approval checks the record as the approver read it (its revision), so a change saved on another
PC meanwhile is never approved unseen; a reopening leaves its reason in the audit trail.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from coordboard.db import Database
from coordboard.errors import ConflictError, ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import MEETING_STATUSES, Attendee, AuditEntry, Conclusion
from coordboard.models.base import utcnow
from coordboard.services import register
from coordboard.services.actor import Actor
from coordboard.services.meetings.detail import meeting_detail
from coordboard.services.meetings.editing import editable_meeting
from coordboard.services.meetings.numbering import DOCUMENT_KINDS
from coordboard.services.meetings.types import MeetingDetail
from coordboard.services.uow import UnitOfWork, any_row, check_length
from coordboard.text import clean


def set_status(
    db: Database, actor: Actor, meeting_id: int, status: str, expected_version: int | None = None
) -> MeetingDetail:
    """planned -> held -> minutes drafted (and back, while the minutes are not approved)."""
    if status not in MEETING_STATUSES or status == "minutes_approved":
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Approve the minutes with the approve command.")
        )
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        meeting = editable_meeting(s, actor, meeting_id, expected_version)
        if status != "planned" and meeting.starts_at.date() > date.today():
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The meeting is on {day}; it cannot be recorded as held before then."
                ),
                day=meeting.starts_at.strftime("%d/%m/%Y"),
            )
        meeting.status = status
        s.flush()
        uow.commit()
        return meeting_detail(s, actor, meeting, date.today())


def approve_minutes(
    db: Database,
    actor: Actor,
    meeting_id: int,
    expected_version: int | None = None,
    expected_record_revision: int | None = None,
) -> MeetingDetail:
    """Lock the record and give the minutes their number in the board's register.
    `expected_record_revision`: the record as the approver read it; if another PC changed it
    since, nothing is approved (the approver looks again first)."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        meeting = editable_meeting(s, actor, meeting_id, expected_version, record=False)
        if meeting.status == "minutes_approved":
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "The minutes are already approved."))
        if (
            expected_record_revision is not None
            and meeting.record_revision != expected_record_revision
        ):
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The record of this meeting changed on another computer since you "
                    "opened it. Read it again, then approve.",
                )
            )
        if meeting.starts_at.date() > date.today():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The meeting has not taken place yet.")
            )
        people = s.scalars(select(Attendee).where(Attendee.meeting_id == meeting_id)).all()
        if not people or all(a.attendance == "invited" for a in people):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Record who attended before approving the minutes."),
                field="attendance",
            )
        if not any_row(s, Conclusion.meeting_id == meeting_id):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The minutes have no conclusions yet."),
                field="conclusions",
            )
        roles = {a.meeting_role: a for a in people if a.meeting_role}
        if "chair" not in roles or "secretary" not in roles:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Choose the chair and the secretary before approving the minutes."
                ),
                field="roles",
            )
        for a in roles.values():  # chosen beforehand, they must have been there
            if a.attendance != "present":
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{name} is not recorded as present and cannot chair or keep the minutes.",
                    ),
                    field="attendance",
                    name=a.name,
                )
        if meeting.minutes_number is None:
            meeting.minutes_number = register.issue_number(
                s,
                actor,
                meeting.board_id,
                DOCUMENT_KINDS["minutes"],
                meeting.starts_at.date(),
                f"Biên bản {meeting.title}",
                meeting.id,
            )
        meeting.status = "minutes_approved"
        meeting.approved_at = utcnow()
        meeting.approved_by_id = actor.user_id
        s.flush()
        uow.commit()
        return meeting_detail(s, actor, meeting, date.today())


def reopen_minutes(
    db: Database, actor: Actor, meeting_id: int, reason: str, expected_version: int | None = None
) -> MeetingDetail:
    """Unlock approved minutes for a correction; the reason goes into the audit trail. The
    minutes keep their number."""
    reason = clean(reason)
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        meeting = editable_meeting(s, actor, meeting_id, expected_version, record=False)
        if meeting.status != "minutes_approved":
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "The minutes are not approved."))
        if not reason:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Say why the approved minutes are reopened."),
                field="reason",
            )
        check_length(reason, AuditEntry.__table__.c.new_value, "reason")
        meeting.status = "minutes_drafted"
        meeting.approved_at = None
        meeting.approved_by_id = None
        s.add(
            AuditEntry(
                user_id=actor.user_id,
                username=actor.username,
                action="update",
                entity="meetings",
                entity_id=meeting.id,
                field="reopened",
                old_value="minutes_approved",
                new_value=reason,
            )
        )
        s.flush()
        uow.commit()
        return meeting_detail(s, actor, meeting, date.today())
