"""Working days: Vietnamese public holidays plus the administrator's exceptions. Pure rules:
the exceptions come in as sets of dates (services/workdays.py reads them from the database).

A working day is Monday to Friday, not a public holiday and not an extra day off; a make-up
working day (a Saturday worked in exchange for a swap day off) always counts as one.

Public holidays come from `holidays.VN` (Labour Code 2019 art. 112: lunar Tết and Hùng Kings
included, substitute days, 24/11 from 2026). The package also knows the government's past swap
days: the weekday off is one of its holidays and the Saturday worked in exchange is in its
`weekend_workdays`, which count as make-up working days here too. Swaps announced after the
package was released are entered by an administrator.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import holidays

from coordboard.i18n import language as app_language

_HOLIDAY_LANGUAGES = {"vi": "vi", "en": "en_US"}


# --- public holidays, cached per year ------------------------------------------------------


@lru_cache(maxsize=64)
def _holidays(year: int, language: str) -> tuple[dict[date, str], frozenset[date]]:
    """(holiday date -> name, weekend days worked in exchange) of one year."""
    calendar = holidays.VN(years=year, language=language)
    names = {day: name for day, name in calendar.items() if day.year == year}
    worked = frozenset(d for d in getattr(calendar, "weekend_workdays", ()) if d.year == year)
    return names, worked


def _package_language(language: str | None) -> str:
    return _HOLIDAY_LANGUAGES.get((language or app_language())[:2], "vi")


def public_holidays(year: int, language: str | None = None) -> list[tuple[date, str]]:
    """The year's Vietnamese public holidays (substitute days included), sorted by date.

    `language`: "vi" or "en"; by default the language the app shows.
    """
    names, _worked = _holidays(year, _package_language(language))
    return sorted(names.items())


def normally_working(day: date) -> bool:
    """Whether a day is a working day without the administrator's exceptions."""
    names, worked = _holidays(day.year, "vi")
    if day in worked:
        return True
    return day.weekday() < 5 and day not in names


# --- the calendar --------------------------------------------------------------------------


@dataclass(frozen=True)
class WorkCalendar:
    """The working calendar: public holidays plus the administrator's exceptions."""

    extra_days_off: frozenset[date] = frozenset()
    make_up_days: frozenset[date] = frozenset()

    def is_working_day(self, d: date) -> bool:
        if d in self.make_up_days:
            return True
        if d in self.extra_days_off:
            return False
        return normally_working(d)

    def holiday_name(self, d: date, language: str | None = None) -> str | None:
        """The public holiday's name in `language` ("vi"/"en", default: the app's), or None."""
        return _holidays(d.year, _package_language(language))[0].get(d)

    def add_working_days(self, base: date, n: int) -> date:
        """The n-th working day after `base` (n >= 1): "within n working days of base".

        `base` itself is never counted, whether or not it is a working day.
        """
        if n < 1:
            raise ValueError(f"n must be at least 1, not {n}")
        day = base
        while n:
            day += timedelta(days=1)
            if self.is_working_day(day):
                n -= 1
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """How many working days lie in (start, end]; 0 when end <= start.

        So `working_days_between(base, add_working_days(base, n)) == n`.
        """
        count, day = 0, start
        while day < end:
            day += timedelta(days=1)
            count += self.is_working_day(day)
        return count
