"""Reporting periods: the first or second half of a year, a year, or any date range, as a
secretary writes them ("2026-H1", "2026", "01/01/2026:31/03/2026"), optionally the statistical
data periods of Nghị định 09/2019 as provinces apply them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from coordboard.errors import ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.rules.dates import MAX_YEAR, MIN_YEAR
from coordboard.rules.dates import vn_short_date as vn_date

_DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d")
_HALF = re.compile(r"^(\d{4})-?[hH]([12])$")
_YEAR = re.compile(r"^(\d{4})$")


@dataclass(frozen=True)
class ReportPeriod:
    """A reporting period: the first or second half of a year, a year, or any date range.

    `statistical`: the data period of Nghị định 09/2019 as provinces apply it, from 15/12 of
    the previous year to 14/6 (6 months) or 14/12 (the year), instead of calendar halves."""

    start: date
    end: date
    kind: str = "range"  # H1 | H2 | year | range
    year: int | None = None
    statistical: bool = False

    @classmethod
    def half(cls, year: int, half: int, statistical: bool = False) -> ReportPeriod:
        if statistical:
            start, end = (
                (date(year - 1, 12, 15), date(year, 6, 14))
                if half == 1
                else (date(year, 6, 15), date(year, 12, 14))
            )
        else:
            start, end = (
                (date(year, 1, 1), date(year, 6, 30))
                if half == 1
                else (date(year, 7, 1), date(year, 12, 31))
            )
        return cls(start, end, f"H{half}", year, statistical)

    @classmethod
    def full_year(cls, year: int, statistical: bool = False) -> ReportPeriod:
        if statistical:
            return cls(date(year - 1, 12, 15), date(year, 12, 14), "year", year, True)
        return cls(date(year, 1, 1), date(year, 12, 31), "year", year)

    @classmethod
    def parse(cls, text: str, statistical: bool = False) -> ReportPeriod:
        """ "2026-H1", "2026-H2", "2026", or "FROM:TO" with dd/mm/yyyy or ISO dates."""
        raw = (text or "").strip()
        if m := _HALF.match(raw):
            return cls.half(_year(int(m.group(1)), raw), int(m.group(2)), statistical)
        if m := _YEAR.match(raw):
            return cls.full_year(_year(int(m.group(1)), raw), statistical)
        parts = raw.split(":")
        if len(parts) == 2:
            start, end = (_parse_date(p.strip()) for p in parts)
            if start is not None and end is not None:
                return cls.between(start, end)
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                'Unrecognised period "{text}": write 2026-H1, 2026-H2, 2026 or '
                "FROM:TO, e.g. 01/01/2026:30/06/2026.",
            ),
            field="period",
            text=raw,
        )

    @classmethod
    def between(cls, start: date, end: date) -> ReportPeriod:
        if end < start:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The period ends ({end}) before it starts ({start})."),
                field="period",
                end=vn_date(end),
                start=vn_date(start),
            )
        return cls(start, end)

    @property
    def key(self) -> str:
        """The command line's spelling: "2026-H1", "2026", "01/01/2026:31/03/2026"."""
        if self.kind in ("H1", "H2"):
            return f"{self.year}-{self.kind}"
        if self.kind == "year":
            return str(self.year)
        return f"{vn_date(self.start)}:{vn_date(self.end)}"

    @property
    def label(self) -> str:
        """As a report's title says it: "6 tháng đầu năm 2026", "năm 2026"."""
        if self.kind == "H1":
            return f"6 tháng đầu năm {self.year}"
        if self.kind == "H2":
            return f"6 tháng cuối năm {self.year}"
        if self.kind == "year":
            return f"năm {self.year}"
        return f"từ ngày {vn_date(self.start)} đến ngày {vn_date(self.end)}"

    def following(self) -> ReportPeriod:
        """The next period of the same kind ("kỳ tới")."""
        if self.kind in ("H1", "H2", "year"):
            assert self.year is not None  # half() and full_year() always name the year
            if self.kind == "H1":
                return ReportPeriod.half(self.year, 2, self.statistical)
            if self.kind == "H2":
                return ReportPeriod.half(self.year + 1, 1, self.statistical)
            return ReportPeriod.full_year(self.year + 1, self.statistical)
        start = self.end + timedelta(days=1)
        if self.start.day == 1 and start.day == 1:
            # whole months (a quarter, a month): as many whole months again, not as many days
            # (01/01-31/03 is followed by 01/04-30/06, not 01/04-29/06)
            months = (start.year - self.start.year) * 12 + start.month - self.start.month
            index = start.year * 12 + start.month - 1 + months
            return ReportPeriod(start, date(index // 12, index % 12 + 1, 1) - timedelta(days=1))
        return ReportPeriod(start, start + (self.end - self.start))


def _year(year: int, text: str) -> int:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                'Unrecognised period "{text}": the year must lie between {low} and {high}.',
            ),
            field="period",
            text=text,
            low=MIN_YEAR,
            high=MAX_YEAR,
        )
    return year


def _parse_date(text: str) -> date | None:
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def parse_date(text: str, field_name: str = "as_of") -> date:
    """A date typed as dd/mm/yyyy or yyyy-mm-dd, or a clear refusal."""
    found = _parse_date((text or "").strip())
    if found is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", 'Unrecognised date "{text}": write dd/mm/yyyy, e.g. 30/06/2026.'
            ),
            field=field_name,
            text=(text or "").strip(),
        )
    return found
