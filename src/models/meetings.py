"""Meetings of a board: agenda, attendance, the record (opinions, conclusions) and the register
of numbered documents the secretariat issues (minutes, notices, invitations, letters, reports)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from coordboard.models.base import Base, Tracked

MEETING_KINDS = ("regular", "six_month_review", "annual_review", "ad_hoc", "thematic")
MEETING_MODES = ("in_person", "online", "hybrid")
# planned -> held -> minutes drafted -> minutes approved (locked; an audited reopen goes back to
# "minutes drafted")
MEETING_STATUSES = ("planned", "held", "minutes_drafted", "minutes_approved")
ATTENDANCE = ("invited", "present", "absent_excused", "absent", "delegated")
ATTENDEE_KINDS = ("member", "guest")
MEETING_ROLES = ("", "chair", "secretary")
# document type codes of ND 30/2020 Phụ lục III; "" is a công văn (no type code)
DOCUMENT_TYPES = ("BB", "TB", "GM", "BC", "KH", "QĐ", "")


class Meeting(Tracked, Base):
    __tablename__ = "meetings"
    __table_args__ = (
        CheckConstraint("ends_at >= starts_at", name="ends_after_start"),
        Index("ix_meetings_board_start", "board_id", "starts_at"),
    )

    board_id: Mapped[int] = mapped_column(ForeignKey("boards.id"))
    title: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(30), default="regular")
    # wall-clock time at the meeting's place (Vietnam has one time zone and no DST)
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    place: Mapped[str] = mapped_column(String(500), default="")
    mode: Mapped[str] = mapped_column(String(20), default="in_person")
    online_link: Mapped[str] = mapped_column(String(1000), default="")
    status: Mapped[str] = mapped_column(String(30), default="planned")
    purpose: Mapped[str] = mapped_column(Text, default="")  # opening line of minutes / notice
    # counts changes to the record (agenda, attendance, opinions, conclusions) apart from
    # `version`, which guards the details form: approval names the revision the approver read
    record_revision: Mapped[int] = mapped_column(Integer, default=0)
    approved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # numbers taken from the register when each document was issued (None: still a draft)
    minutes_number: Mapped[int | None] = mapped_column(Integer)
    notice_number: Mapped[int | None] = mapped_column(Integer)
    notice_date: Mapped[date | None] = mapped_column(Date)
    invitation_number: Mapped[int | None] = mapped_column(Integer)
    invitation_date: Mapped[date | None] = mapped_column(Date)


class AgendaItem(Tracked, Base):
    __tablename__ = "meeting_agenda_items"
    __table_args__ = (
        CheckConstraint("planned_minutes >= 0", name="minutes_not_negative"),
        Index("ix_meeting_agenda_items_meeting", "meeting_id", "position"),
    )

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(1000))
    presenter: Mapped[str] = mapped_column(String(300), default="")
    presenter_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    planned_minutes: Mapped[int] = mapped_column(Integer, default=0)
    summary: Mapped[str] = mapped_column(Text, default="")  # what was reported (the record)
    finished: Mapped[bool] = mapped_column(default=False)
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting_agenda_items.id", ondelete="SET NULL"), index=True
    )


class AgendaDocument(Tracked, Base):
    """A document attached to an agenda item (the report presented, a draft to comment on)."""

    __tablename__ = "meeting_documents"

    agenda_item_id: Mapped[int] = mapped_column(
        ForeignKey("meeting_agenda_items.id", ondelete="CASCADE"), index=True
    )
    file_name: Mapped[str] = mapped_column(String(300))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class Attendee(Tracked, Base):
    """One invitee: a board member (through the membership valid on the meeting day) or a guest.

    Name, position and agency are copied when invited so that the minutes keep what was true
    that day even after the person's record changes."""

    __tablename__ = "meeting_attendees"
    __table_args__ = (
        UniqueConstraint("meeting_id", "membership_id", name="uq_meeting_attendees_membership"),
        CheckConstraint("kind = 'member' OR membership_id IS NULL", name="guest_has_no_membership"),
        Index("ix_meeting_attendees_meeting", "meeting_id", "position"),
    )

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(10), default="member")
    membership_id: Mapped[int | None] = mapped_column(ForeignKey("memberships.id"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(300), default="")  # "Phó Giám đốc Sở Y tế"
    board_role: Mapped[str] = mapped_column(String(100), default="")  # "Phó Trưởng ban"
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    attendance: Mapped[str] = mapped_column(String(20), default="invited")
    absence_reason: Mapped[str] = mapped_column(String(500), default="")
    delegate_name: Mapped[str] = mapped_column(String(200), default="")
    delegate_title: Mapped[str] = mapped_column(String(300), default="")
    meeting_role: Mapped[str] = mapped_column(String(20), default="")  # "", chair, secretary


class Opinion(Tracked, Base):
    __tablename__ = "meeting_opinions"
    __table_args__ = (Index("ix_meeting_opinions_meeting", "meeting_id", "position"),)

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting_agenda_items.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    attendee_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting_attendees.id", ondelete="SET NULL"), index=True
    )
    speaker: Mapped[str] = mapped_column(String(300))  # as said in the minutes: "Bà Lê Thị B"
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    text: Mapped[str] = mapped_column(Text)


class Conclusion(Tracked, Base):
    """A numbered conclusion of the chair; tasks created from it carry its id."""

    __tablename__ = "meeting_conclusions"
    __table_args__ = (Index("ix_meeting_conclusions_meeting", "meeting_id", "position"),)

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)


class RegisteredDocument(Tracked, Base):
    """The register of outgoing documents: numbers restart at 1 each calendar year, per board
    and document type ("05/BB-BĐH"); a number is never reused."""

    __tablename__ = "document_register"
    __table_args__ = (
        UniqueConstraint(
            "board_id", "year", "type_code", "number", name="uq_document_register_number"
        ),
        CheckConstraint("number > 0", name="number_positive"),
    )

    board_id: Mapped[int] = mapped_column(ForeignKey("boards.id"))
    year: Mapped[int] = mapped_column(Integer)
    type_code: Mapped[str] = mapped_column(String(10), default="")
    number: Mapped[int] = mapped_column(Integer)
    issued_on: Mapped[date] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(String(1000), default="")
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), index=True
    )
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
