"""Recurring deadlines: "every year before 01/12", "6-month report before 25/5, annual before
20/11". Pure rules, no database.

Kinds and how their due days are written (the text stored in `TaskSeries.points`):

- yearly       one or more "DD/MM" separated by ";" or "," ("01/12", "25/05; 20/11");
- half_yearly  exactly two "DD/MM", one in January–June and one in July–December;
- quarterly    one "DD/m", m being the month inside the quarter (1–3): "15/3" is the 15th of
               March, June, September and December;
- monthly      one "DD" (1–31).

A yearly or half-yearly date must occur every year: 31/02 or 31/04 never do and 29/02 only in
leap years, so they are refused. Quarterly and monthly days 29–31 are accepted and fall on the
month's last day when the month is shorter ("30" is 28/02 or 29/02 in February; "31/3" is the
last day of each quarter), since "the end of the month" is a common due day.

Points are kept in calendar order whatever order they were typed in.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from coordboard.errors import ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP

KINDS = ("yearly", "half_yearly", "quarterly", "monthly")
MAX_YEARLY_POINTS = 12
FIELD = "recurrence"

_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_SEPARATORS = re.compile(r"[;,]")
_DAY_MONTH = re.compile(r"(\d{1,2})\s*/\s*(\d{1,2})")
_DAY = re.compile(r"\d{1,2}")


@dataclass(frozen=True)
class Recurrence:
    """`points` are (day, month): month 1–12 for yearly and half-yearly, the month inside the
    quarter (1–3) for quarterly, 0 for monthly."""

    kind: str
    points: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Occurrence:
    period_key: str  # "2026", "2026-1", "2026-H2", "2026-Q3", "2026-05"
    due: date


def _refuse(message: str, **params) -> ValidationError:
    return ValidationError(message, field=FIELD, **params)


def _malformed(kind: str, text: str) -> ValidationError:
    if kind == "yearly":
        return _refuse(
            QT_TRANSLATE_NOOP(
                "errors",
                'Cannot read "{text}". Write the date as day/month, e.g. 01/12; separate '
                'several dates with ";".',
            ),
            text=text,
        )
    if kind == "half_yearly":
        return _refuse(
            QT_TRANSLATE_NOOP(
                "errors",
                'Cannot read "{text}". Write two dates as day/month separated by ";", '
                "e.g. 25/05; 20/11.",
            ),
            text=text,
        )
    if kind == "quarterly":
        return _refuse(
            QT_TRANSLATE_NOOP(
                "errors",
                'Cannot read "{text}". Write day/month of the quarter (1 to 3), e.g. '
                "15/3 for the 15th of the quarter's last month.",
            ),
            text=text,
        )
    return _refuse(
        QT_TRANSLATE_NOOP(
            "errors", 'Cannot read "{text}". Write the day of the month (1 to 31), e.g. 25.'
        ),
        text=text,
    )


def _check_day(day: int, text: str) -> None:
    if not 1 <= day <= 31:
        raise _refuse(
            QT_TRANSLATE_NOOP("errors", '"{point}" is not a date: a day is between 1 and 31.'),
            point=text,
        )


def _day_month(part: str, kind: str, text: str) -> tuple[int, int]:
    found = _DAY_MONTH.fullmatch(part)
    if found is None:
        raise _malformed(kind, text)
    day, month = int(found[1]), int(found[2])
    _check_day(day, part)
    if not 1 <= month <= 12:
        raise _refuse(
            QT_TRANSLATE_NOOP("errors", '"{point}" is not a date: a month is between 1 and 12.'),
            point=part,
        )
    if day == 29 and month == 2:
        raise _refuse(
            QT_TRANSLATE_NOOP("errors", "29/02 does not occur every year. Choose 28/02 or 01/03.")
        )
    if day > _DAYS_IN_MONTH[month - 1]:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "errors", '"{point}" never occurs: month {month} has at most {days} days.'
            ),
            point=part,
            month=month,
            days=_DAYS_IN_MONTH[month - 1],
        )
    return day, month


def parse_recurrence(kind: str, text: str) -> Recurrence:
    """Read the due days of a recurring deadline; ValidationError (field "recurrence") if they
    cannot be read or do not fit the kind."""
    if kind not in KINDS:
        raise _refuse(QT_TRANSLATE_NOOP("errors", "Unknown kind of recurrence: {kind}."), kind=kind)
    text = " ".join((text or "").split())
    parts = [p.strip() for p in _SEPARATORS.split(text) if p.strip()]  # "01/12;" is fine
    if not parts:
        raise _refuse(QT_TRANSLATE_NOOP("errors", "Enter when the deadline recurs."))

    if kind == "monthly":
        if len(parts) != 1:
            raise _refuse(
                QT_TRANSLATE_NOOP("errors", "A monthly deadline has one day of the month, e.g. 25.")
            )
        if _DAY.fullmatch(parts[0]) is None:
            raise _malformed(kind, text)
        day = int(parts[0])
        _check_day(day, parts[0])
        return Recurrence(kind, ((day, 0),))

    if kind == "quarterly":
        if len(parts) != 1:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A quarterly deadline has one date: day/month of the quarter, e.g. 15/3.",
                )
            )
        found = _DAY_MONTH.fullmatch(parts[0])
        if found is None:
            raise _malformed(kind, text)
        day, month = int(found[1]), int(found[2])
        _check_day(day, parts[0])
        if not 1 <= month <= 3:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "errors", 'In "{point}" the month is counted inside the quarter: 1, 2 or 3.'
                ),
                point=parts[0],
            )
        return Recurrence(kind, ((day, month),))

    points = [_day_month(p, kind, text) for p in parts]
    ordered = sorted(set(points), key=lambda p: (p[1], p[0]))
    if len(ordered) != len(points):
        raise _refuse(QT_TRANSLATE_NOOP("errors", "The same date is entered twice."))
    if kind == "half_yearly":
        if len(points) != 2:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "errors", "A half-yearly deadline has exactly two dates, e.g. 25/05; 20/11."
                )
            )
        if not (ordered[0][1] <= 6 < ordered[1][1]):
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A half-yearly deadline needs one date in January to June and one in "
                    "July to December.",
                )
            )
    elif len(points) > MAX_YEARLY_POINTS:
        raise _refuse(
            QT_TRANSLATE_NOOP("errors", "A yearly deadline has at most {count} dates."),
            count=MAX_YEARLY_POINTS,
        )
    return Recurrence(kind, tuple(ordered))


def format_points(rec: Recurrence) -> str:
    """The canonical text: "25/05; 20/11", "15/3", "05"; parse_recurrence reads it back."""
    if rec.kind == "monthly":
        return "; ".join(f"{day:02d}" for day, _ in rec.points)
    if rec.kind == "quarterly":
        return "; ".join(f"{day:02d}/{month}" for day, month in rec.points)
    return "; ".join(f"{day:02d}/{month:02d}" for day, month in rec.points)


def _clamped(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _year_occurrences(rec: Recurrence, year: int) -> list[Occurrence]:
    if rec.kind == "monthly":
        ((day, _),) = rec.points
        return [
            Occurrence(f"{year}-{month:02d}", _clamped(year, month, day)) for month in range(1, 13)
        ]
    if rec.kind == "quarterly":
        ((day, month),) = rec.points
        return [
            Occurrence(f"{year}-Q{q}", _clamped(year, 3 * (q - 1) + month, day))
            for q in range(1, 5)
        ]
    if rec.kind == "half_yearly":
        return [
            Occurrence(f"{year}-H{i}", date(year, month, day))
            for i, (day, month) in enumerate(rec.points, start=1)
        ]
    if len(rec.points) == 1:
        ((day, month),) = rec.points
        return [Occurrence(str(year), date(year, month, day))]
    return [
        Occurrence(f"{year}-{i}", date(year, month, day))
        for i, (day, month) in enumerate(rec.points, start=1)
    ]


def occurrences(rec: Recurrence, start: date, end: date) -> list[Occurrence]:
    """Every due date within [start, end], inclusive, by date."""
    found = [
        o
        for year in range(start.year, end.year + 1)
        for o in _year_occurrences(rec, year)
        if start <= o.due <= end
    ]
    return sorted(found, key=lambda o: o.due)
