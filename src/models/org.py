"""The editable catalogue: sectors, agencies, administrative levels, board kinds, roles."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coordboard.models.base import Base, Tracked


class Sector(Tracked, Base):
    """A field of government work (education, health, police...)."""

    __tablename__ = "sectors"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    name_folded: Mapped[str] = mapped_column(String(200), index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    agencies: Mapped[list[Agency]] = relationship(back_populates="sector")


class AdminLevel(Tracked, Base):
    """Central, province, commune (and the district level that older data still names)."""

    __tablename__ = "admin_levels"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    rank: Mapped[int] = mapped_column(Integer, default=0)  # 0 = central, larger = closer to people
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Agency(Tracked, Base):
    """A department, court, mass organisation or People's Committee that sends members."""

    __tablename__ = "agencies"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(300))  # uniqueness (folded) checked by services
    short_name: Mapped[str] = mapped_column(String(100), default="")
    name_folded: Mapped[str] = mapped_column(String(300), index=True)
    sector_id: Mapped[int | None] = mapped_column(ForeignKey("sectors.id"), index=True)
    level_id: Mapped[int | None] = mapped_column(ForeignKey("admin_levels.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    sector: Mapped[Sector | None] = relationship(back_populates="agencies")
    level: Mapped[AdminLevel | None] = relationship()


class BoardKind(Tracked, Base):
    """Steering board, executive board, commune board, standing group..."""

    __tablename__ = "board_kinds"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class BoardRole(Tracked, Base):
    """A member's role in a board. `unique_per_board` roles (the chair) have one holder a day."""

    __tablename__ = "board_roles"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    rank: Mapped[int] = mapped_column(Integer, default=0)  # order in member lists
    unique_per_board: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
