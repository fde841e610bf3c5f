"""Numbers from the board's register for a meeting's documents: the invitation before it and the
conclusion notice after it (the minutes take theirs when they are approved, see lifecycle.py).

A number once issued stays with the meeting; the notice's number then becomes the source
document that the meeting's tasks cite.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import update
from sqlalchemy.orm import Session

from coordboard.db import Database
from coordboard.errors import ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import Conclusion, Meeting, Task
from coordboard.services import register
from coordboard.services.actor import Actor
from coordboard.services.meetings.detail import meeting_detail
from coordboard.services.meetings.editing import editable_meeting
from coordboard.services.meetings.types import MeetingDetail
from coordboard.services.uow import UnitOfWork, any_row

# each document of a meeting and its type code in the register (the minutes' number is issued
# on approval, lifecycle.py; the notice's is the source the meeting's tasks cite, conclusions.py)
DOCUMENT_KINDS = {"minutes": "BB", "notice": "TB", "invitation": "GM"}


def issue_document_number(
    db: Database,
    actor: Actor,
    meeting_id: int,
    kind: str,
    issued_on: date | None = None,
    expected_version: int | None = None,
) -> MeetingDetail:
    """Give the conclusion notice or the invitation its number (minutes get theirs when they
    are approved). Issuing twice keeps the first number."""
    if kind not in ("notice", "invitation"):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown document type."))
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        meeting = editable_meeting(s, actor, meeting_id, expected_version, record=False)
        day = issued_on or date.today()
        if kind == "notice":
            if meeting.notice_number is None:
                if not any_row(s, Conclusion.meeting_id == meeting_id):
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("errors", "The meeting has no conclusions to notify.")
                    )
                if day < meeting.starts_at.date():
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "errors", "A conclusion notice cannot be dated before the meeting."
                        )
                    )
                meeting.notice_number = register.issue_number(
                    s,
                    actor,
                    meeting.board_id,
                    DOCUMENT_KINDS["notice"],
                    day,
                    f"Thông báo kết luận {meeting.title}",
                    meeting.id,
                )
                meeting.notice_date = day
                _cite_notice(s, meeting)
        elif meeting.invitation_number is None:
            if day > meeting.starts_at.date():
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "An invitation must be dated before the meeting.")
                )
            meeting.invitation_number = register.issue_number(
                s,
                actor,
                meeting.board_id,
                DOCUMENT_KINDS["invitation"],
                day,
                f"Giấy mời {meeting.title}",
                meeting.id,
            )
            meeting.invitation_date = day
        s.flush()
        uow.commit()
        return meeting_detail(s, actor, meeting, date.today())


def _cite_notice(s: Session, meeting: Meeting) -> None:
    """Tasks from the meeting cite the notice as their source document once it has a number."""
    head = register.letterhead_in(s, meeting.board_id)
    s.execute(
        update(Task)
        .where(Task.meeting_id == meeting.id, Task.source_number == "")
        .values(
            source_number=head.reference(meeting.notice_number, DOCUMENT_KINDS["notice"]),
            source_date=meeting.notice_date,
            source_issuer=head.board_name[:300],
            version=Task.version + 1,
        )
    )
