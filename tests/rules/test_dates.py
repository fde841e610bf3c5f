"""rules/dates.py: the year bounds the reporting periods and the plans share."""

from __future__ import annotations

import pytest

from coordboard.errors import ValidationError
from coordboard.rules import dates
from coordboard.rules.report_period import ReportPeriod
from coordboard.services import plans


def test_plans_and_periods_accept_the_same_years():
    assert (plans.MIN_YEAR, plans.MAX_YEAR) == (dates.MIN_YEAR, dates.MAX_YEAR)
    assert ReportPeriod.parse(str(dates.MIN_YEAR)).year == dates.MIN_YEAR
    assert ReportPeriod.parse(f"{dates.MAX_YEAR}-H2").year == dates.MAX_YEAR
    for year in (dates.MIN_YEAR - 1, dates.MAX_YEAR + 1):
        with pytest.raises(ValidationError) as exc:
            ReportPeriod.parse(str(year))
        assert f"between {dates.MIN_YEAR} and {dates.MAX_YEAR}" in str(exc.value)
