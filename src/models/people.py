"""People who sit on boards."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coordboard.models.base import Base, Tracked
from coordboard.models.org import Agency


class Person(Tracked, Base):
    __tablename__ = "people"

    full_name: Mapped[str] = mapped_column(String(200))
    full_name_folded: Mapped[str] = mapped_column(String(200), index=True)
    honorific: Mapped[str] = mapped_column(String(10), default="")  # "Ông" / "Bà"
    position: Mapped[str] = mapped_column(String(300), default="")  # e.g. "Phó Giám đốc"
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(String(2000), default="")

    agency: Mapped[Agency | None] = relationship()
