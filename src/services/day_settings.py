"""Whole-number settings shared by every PC (rows of the settings table): how many days count
as "due soon", after how many days without a report an agency is "silent"."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordboard.db import Database
from coordboard.errors import ValidationError
from coordboard.models import Setting
from coordboard.services.actor import Actor
from coordboard.services.uow import UnitOfWork


@dataclass(frozen=True)
class DaySetting:
    key: str
    default: int
    low: int
    high: int
    out_of_range: str  # the error message (marked for translation), with {low} and {high}
    field: str

    def read(self, session: Session) -> int:
        """The stored value, or the default when there is none or it is unusable."""
        value = session.scalar(select(Setting.value).where(Setting.key == self.key))
        try:
            days = int(value) if value is not None else self.default
        except ValueError:
            return self.default
        return days if self.low <= days <= self.high else self.default

    def load(self, db: Database, actor: Actor) -> int:
        with UnitOfWork(db, actor) as uow:
            return self.read(uow.session)

    def write(self, db: Database, actor: Actor, days: int) -> int:
        """Store a value in range (the caller has checked the actor's right to)."""
        if isinstance(days, bool) or not isinstance(days, int) or not self.low <= days <= self.high:
            raise ValidationError(self.out_of_range, field=self.field, low=self.low, high=self.high)
        with UnitOfWork(db, actor) as uow:
            s = uow.session
            setting = s.scalar(select(Setting).where(Setting.key == self.key))
            if setting is None:
                setting = Setting(key=self.key)
                s.add(setting)
            setting.value = str(days)
            uow.commit()
            return days
