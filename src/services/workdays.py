"""The working calendar in the database: the administrator's extra days off and make-up
working days (`CalendarDay` rows), and the due-soon window ("due within N days"), a
database-wide setting.

The calendar's rules (public holidays, counting working days) are pure and live in
coordboard.rules.workdays; `WorkCalendar` and `public_holidays` are re-exported here for the
services' callers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordboard.db import Database
from coordboard.errors import NotFound, ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import CALENDAR_KINDS, CalendarDay
from coordboard.rules.status import DEFAULT_SOON_DAYS
from coordboard.rules.workdays import WorkCalendar, normally_working, public_holidays
from coordboard.services import permissions
from coordboard.services.actor import Actor
from coordboard.services.day_settings import DaySetting
from coordboard.services.uow import UnitOfWork, check_length, check_version
from coordboard.text import clean

__all__ = [
    "DAY_OFF",
    "DUE_SOON",
    "DUE_SOON_DEFAULT",
    "DUE_SOON_KEY",
    "DUE_SOON_RANGE",
    "FIRST_YEAR",
    "KIND_LABELS",
    "LAST_YEAR",
    "WORKING_DAY",
    "CalendarDayInfo",
    "WorkCalendar",
    "delete_calendar_day",
    "due_soon_days",
    "list_calendar_days",
    "load_calendar",
    "load_due_soon_days",
    "public_holidays",
    "save_calendar_day",
    "set_due_soon_days",
]

DAY_OFF, WORKING_DAY = CALENDAR_KINDS  # "day_off", "working_day"
KIND_LABELS = {
    DAY_OFF: QT_TRANSLATE_NOOP("calendar", "Extra day off"),
    WORKING_DAY: QT_TRANSLATE_NOOP("calendar", "Make-up working day"),
}
# the years an administrator may enter exceptions for (holidays.VN knows 1950..2100)
FIRST_YEAR, LAST_YEAR = 2000, 2099

DUE_SOON_KEY = "tasks.due_soon_days"
DUE_SOON_DEFAULT = DEFAULT_SOON_DAYS  # the rules' window, until the administrator sets another
DUE_SOON_RANGE = (1, 90)


def load_calendar(session: Session) -> WorkCalendar:
    """The calendar with every exception entered by an administrator (a small table)."""
    rows = session.execute(select(CalendarDay.day, CalendarDay.kind)).all()
    return WorkCalendar(
        extra_days_off=frozenset(day for day, kind in rows if kind == DAY_OFF),
        make_up_days=frozenset(day for day, kind in rows if kind == WORKING_DAY),
    )


# --- the administrator's exceptions --------------------------------------------------------


@dataclass(frozen=True)
class CalendarDayInfo:
    id: int
    day: date
    kind: str  # "day_off" (an extra day off) or "working_day" (a make-up working day)
    note: str
    version: int


def _info(row: CalendarDay) -> CalendarDayInfo:
    return CalendarDayInfo(
        id=row.id, day=row.day, kind=row.kind, note=row.note, version=row.version
    )


def _text_date(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def list_calendar_days(
    db: Database, actor: Actor, year: int | None = None
) -> list[CalendarDayInfo]:
    """The exceptions of one year (every year when None), by date. Anyone signed in may read."""
    with UnitOfWork(db, actor) as uow:
        query = select(CalendarDay).order_by(CalendarDay.day)
        if year is not None:
            query = query.where(
                CalendarDay.day >= date(year, 1, 1), CalendarDay.day <= date(year, 12, 31)
            )
        return [_info(row) for row in uow.session.scalars(query)]


def _validate(s: Session, day: date | None, kind: str, note: str, day_id: int | None) -> None:
    if kind not in CALENDAR_KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown kind of calendar day: {kind}."),
            field="kind",
            kind=kind,
        )
    if day is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the date."), field="day")
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose a date between {first} and {last}."),
            field="day",
            first=f"01/01/{FIRST_YEAR}",
            last=f"31/12/{LAST_YEAR}",
        )
    check_length(note, CalendarDay.__table__.c.note, "note")
    clash = s.scalar(
        select(CalendarDay).where(CalendarDay.day == day, CalendarDay.id != (day_id or 0))
    )
    if clash is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "{day} is already in the working calendar. Edit that entry instead."
            ),
            field="day",
            day=_text_date(day),
        )
    if kind == DAY_OFF and not normally_working(day):
        name = WorkCalendar().holiday_name(day)
        if name is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{day} is already a public holiday ({name}); it needs no extra day off.",
                ),
                field="day",
                day=_text_date(day),
                name=name,
            )
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{day} is a Saturday or Sunday, already a day off; it needs no extra day off.",
            ),
            field="day",
            day=_text_date(day),
        )
    if kind == WORKING_DAY and normally_working(day):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{day} is already a working day. A make-up working day must fall on a "
                "Saturday, a Sunday or a public holiday.",
            ),
            field="day",
            day=_text_date(day),
        )


def save_calendar_day(
    db: Database,
    actor: Actor,
    *,
    day: date | None,
    kind: str,
    note: str = "",
    day_id: int | None = None,
    expected_version: int | None = None,
) -> CalendarDayInfo:
    """Add (day_id None) or change an extra day off or a make-up working day (administrator)."""
    note = clean(note or "")
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        permissions.require_admin(actor)
        if day_id is None:
            row = CalendarDay()
        else:
            row = s.get(CalendarDay, day_id)
            if row is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "The calendar entry no longer exists."))
            check_version(row.version, expected_version)
        _validate(s, day, kind, note, day_id)
        row.day, row.kind, row.note = day, kind, note
        if day_id is None:
            s.add(row)
        uow.commit()
        return _info(row)


def delete_calendar_day(
    db: Database, actor: Actor, day_id: int, expected_version: int | None = None
) -> None:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        permissions.require_admin(actor)
        row = s.get(CalendarDay, day_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "The calendar entry no longer exists."))
        check_version(row.version, expected_version)
        s.delete(row)
        uow.commit()


# --- "due soon" ----------------------------------------------------------------------------

DUE_SOON = DaySetting(
    DUE_SOON_KEY,
    DUE_SOON_DEFAULT,
    *DUE_SOON_RANGE,
    QT_TRANSLATE_NOOP("errors", "The due-soon window must be between {low} and {high} days."),
    "due_soon_days",
)


def due_soon_days(session: Session) -> int:
    """Open tasks due within this many days are "due soon" (default `DUE_SOON_DEFAULT`): the
    one reader of the setting; read it once per unit of work and pass it down."""
    return DUE_SOON.read(session)


def load_due_soon_days(db: Database, actor: Actor) -> int:
    """`due_soon_days` in a unit of work of its own (for the Settings page)."""
    return DUE_SOON.load(db, actor)


def set_due_soon_days(db: Database, actor: Actor, days: int) -> int:
    """Administrator only; 1 to 90 days."""
    permissions.require_admin(actor)
    return DUE_SOON.write(db, actor, days)
