"""What the Meetings page and the documents read: the list of meetings with their counts and
one meeting in full. The orderings the printed documents follow (`recipients`,
`sorted_attendees`) belong to the documents (services/documents/meeting_parts.py); the package
face re-exports them.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select

from coordboard.db import Database
from coordboard.models import Attendee, Board, Conclusion, Meeting, Task
from coordboard.services import permissions
from coordboard.services.actor import Actor
from coordboard.services.meetings.detail import meeting_detail
from coordboard.services.meetings.editing import find_meeting
from coordboard.services.meetings.types import MeetingDetail, MeetingRow
from coordboard.services.uow import UnitOfWork


def list_meetings(
    db: Database, actor: Actor, board_id: int | None = None, year: int | None = None
) -> list[MeetingRow]:
    """Meetings of a board (or of every visible board), latest first."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        query = select(Meeting, Board.name).join(Board, Board.id == Meeting.board_id)
        if board_id is not None:
            permissions.require_view_board(s, actor, board_id)
            query = query.where(Meeting.board_id == board_id)
        else:
            visible = permissions.visible_board_ids(s, actor)
            if visible is not None:
                query = query.where(Meeting.board_id.in_(sorted(visible)))
        if year is not None:
            query = query.where(
                Meeting.starts_at >= datetime(year, 1, 1),
                Meeting.starts_at < datetime(year + 1, 1, 1),
            )
        found = s.execute(query.order_by(Meeting.starts_at.desc(), Meeting.id.desc())).all()
        ids = [m.id for m, _ in found]
        if not ids:
            return []
        invited = dict(
            s.execute(
                select(Attendee.meeting_id, func.count())
                .where(Attendee.meeting_id.in_(ids), Attendee.kind == "member")
                .group_by(Attendee.meeting_id)
            ).all()
        )
        attending = dict(
            s.execute(
                select(Attendee.meeting_id, func.count())
                .where(
                    Attendee.meeting_id.in_(ids),
                    Attendee.kind == "member",
                    Attendee.attendance.in_(("present", "delegated")),
                )
                .group_by(Attendee.meeting_id)
            ).all()
        )
        concl = dict(
            s.execute(
                select(Conclusion.meeting_id, func.count())
                .where(Conclusion.meeting_id.in_(ids))
                .group_by(Conclusion.meeting_id)
            ).all()
        )
        task_counts = dict(
            s.execute(
                select(Task.meeting_id, func.count())
                .where(Task.meeting_id.in_(ids))
                .group_by(Task.meeting_id)
            ).all()
        )
        return [
            MeetingRow(
                m.id,
                m.version,
                m.board_id,
                name,
                m.title,
                m.kind,
                m.starts_at,
                m.ends_at,
                m.place,
                m.mode,
                m.status,
                invited.get(m.id, 0),
                attending.get(m.id, 0),
                concl.get(m.id, 0),
                task_counts.get(m.id, 0),
            )
            for m, name in found
        ]


def get_meeting(
    db: Database, actor: Actor, meeting_id: int, as_of: date | None = None
) -> MeetingDetail:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        meeting = find_meeting(s, meeting_id)
        permissions.require_view_board(s, actor, meeting.board_id)
        return meeting_detail(s, actor, meeting, as_of or date.today())
