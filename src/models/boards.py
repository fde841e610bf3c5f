"""Boards and the memberships that staff them (history is kept, never overwritten)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coordboard.models.base import Base, Tracked
from coordboard.models.org import AdminLevel, Agency, BoardKind, BoardRole
from coordboard.models.people import Person


class Board(Tracked, Base):
    __tablename__ = "boards"

    name: Mapped[str] = mapped_column(String(300))
    name_folded: Mapped[str] = mapped_column(String(300), index=True)
    kind_id: Mapped[int] = mapped_column(ForeignKey("board_kinds.id"))
    level_id: Mapped[int] = mapped_column(ForeignKey("admin_levels.id"))
    area: Mapped[str] = mapped_column(String(200), default="")  # "tỉnh Vĩnh Long", "xã Phước Hậu"
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("boards.id"), index=True)
    standing_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    decision_number: Mapped[str] = mapped_column(String(100), default="")
    decision_date: Mapped[date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(String(2000), default="")
    # for the header of the documents it issues; empty means derived from kind, level and area
    doc_code: Mapped[str] = mapped_column(String(30), default="")  # "BĐH" in "05/BB-BĐH"
    governing_body: Mapped[str] = mapped_column(String(300), default="")  # "UBND TỈNH VĨNH LONG"

    kind: Mapped[BoardKind] = relationship()
    level: Mapped[AdminLevel] = relationship()
    standing_agency: Mapped[Agency | None] = relationship()
    parent: Mapped[Board | None] = relationship(remote_side="Board.id")


class Membership(Tracked, Base):
    """One person holding one role on one board over a date range (end inclusive, open if null).

    Re-staffing ends a membership and starts its successor, linked by `replaces_id`: the chain
    of successors is the history of a seat.
    """

    __tablename__ = "memberships"
    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="dates_ordered"),
        Index("ix_memberships_board_dates", "board_id", "start_date", "end_date"),
    )

    board_id: Mapped[int] = mapped_column(ForeignKey("boards.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    role_id: Mapped[int] = mapped_column(ForeignKey("board_roles.id"))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    board_position: Mapped[str] = mapped_column(String(300), default="")  # duty in the board
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    decision_number: Mapped[str] = mapped_column(String(100), default="")
    decision_date: Mapped[date | None] = mapped_column(Date)
    end_reason: Mapped[str] = mapped_column(String(500), default="")
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("memberships.id"), index=True)

    board: Mapped[Board] = relationship()
    person: Mapped[Person] = relationship()
    role: Mapped[BoardRole] = relationship()
    agency: Mapped[Agency | None] = relationship()
