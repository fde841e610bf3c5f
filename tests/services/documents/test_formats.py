"""The number and short-date formats the reports and letters print."""

from __future__ import annotations

from datetime import date

from coordboard.rules import dates
from coordboard.services.documents import formats


def test_percent_has_a_decimal_comma_and_no_trailing_zero():
    assert formats.percent(5, 6) == "83,3"
    assert formats.percent(1, 2) == "50"
    assert formats.percent(1, 3) == "33,3"
    assert formats.percent(3, 3) == "100"
    assert formats.percent(0, 0) == "0"  # nothing to divide


def test_the_short_date_is_the_rules_one():
    assert formats.vn_short_date is dates.vn_short_date
    assert formats.vn_short_date(date(2022, 2, 5)) == "05/02/2022"
    assert formats.vn_short_date(None) == ""
