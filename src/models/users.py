"""Application accounts. Roles are code-level permissions, so they are a fixed set here."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Column, DateTime, ForeignKey, Integer, String, Table
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coordboard.models.base import Base, Tracked
from coordboard.models.boards import Board
from coordboard.models.org import Agency

ROLES = ("admin", "secretariat", "focal_point", "viewer")

user_boards = Table(
    "user_boards",
    Base.metadata,
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("board_id", ForeignKey("boards.id", ondelete="CASCADE"), primary_key=True),
)


class User(Tracked, Base):
    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(80), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    password_hash: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(20))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    agency: Mapped[Agency | None] = relationship()
    # Boards a secretariat or viewer account works on (their child boards included).
    boards: Mapped[list[Board]] = relationship(secondary=user_boards)
