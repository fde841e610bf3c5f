"""Who is invited: the members of the board as it stood on the meeting day, which the
membership history decides (a seat that began or ended around that day counts accordingly).
"""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from coordboard.db import Database
from coordboard.models import Attendee, BoardRole, Meeting, Membership, Opinion, Person
from coordboard.services.actor import Actor
from coordboard.services.boards import current_filter
from coordboard.services.meetings.editing import editable_meeting
from coordboard.services.uow import UnitOfWork
from coordboard.text import person_sort_key


def invite_members(db: Database, actor: Actor, meeting_id: int) -> int:
    """Add the board's members on the meeting day who are not on the list yet."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        meeting = editable_meeting(s, actor, meeting_id)
        added = invite_board_members(s, meeting)
        s.flush()
        uow.commit()
        return added


def invite_board_members(s: Session, meeting: Meeting) -> int:
    """Invite everyone who sat on the board on the meeting day (membership history decides),
    in board order; members already on the list stay as they are. Returns how many were added."""
    day = meeting.starts_at.date()
    rows = s.execute(
        select(
            Membership.id,
            Membership.person_id,
            Person.full_name,
            Person.position,
            Person.honorific,
            BoardRole.name,
            BoardRole.rank,
            Membership.agency_id,
        )
        .join(Person, Person.id == Membership.person_id)
        .join(BoardRole, BoardRole.id == Membership.role_id)
        .where(Membership.board_id == meeting.board_id, current_filter(day))
    ).all()
    rows = sorted(rows, key=lambda r: (r.rank, person_sort_key(r.full_name)))
    have = set(
        s.scalars(
            select(Attendee.membership_id).where(
                Attendee.meeting_id == meeting.id, Attendee.membership_id.is_not(None)
            )
        )
    )
    position = (
        s.scalar(select(func.max(Attendee.position)).where(Attendee.meeting_id == meeting.id)) or 0
    )
    added = 0
    for r in rows:
        if r.id in have:
            continue
        position += 1
        s.add(
            Attendee(
                meeting_id=meeting.id,
                position=position,
                kind="member",
                membership_id=r.id,
                person_id=r.person_id,
                name=r.full_name,
                title=r.position,
                board_role=r.name,
                agency_id=r.agency_id,
                attendance="invited",
                meeting_role="",
            )
        )
        added += 1
    return added


def drop_stale_invitations(s: Session, meeting: Meeting) -> None:
    """After the date moved: members whose seat did not cover the new day are taken off the
    list, unless something was already recorded for them."""
    day = meeting.starts_at.date()
    valid = select(Membership.id).where(
        Membership.board_id == meeting.board_id, current_filter(day)
    )
    s.execute(
        delete(Attendee).where(
            Attendee.meeting_id == meeting.id,
            Attendee.kind == "member",
            Attendee.attendance == "invited",
            Attendee.meeting_role == "",
            Attendee.membership_id.not_in(valid),
            Attendee.id.not_in(select(Opinion.attendee_id).where(Opinion.attendee_id.is_not(None))),
        )
    )
