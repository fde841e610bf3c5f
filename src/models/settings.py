"""Database-wide settings shared by every PC (per-PC settings live in QSettings)."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coordboard.models.base import Base, Tracked


class Setting(Tracked, Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), unique=True)
    value: Mapped[str] = mapped_column(Text, default="")
