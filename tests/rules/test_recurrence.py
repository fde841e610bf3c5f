"""Recurring deadlines: reading "25/5; 20/11", refusing dates that never occur, listing due
dates."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coordboard.errors import ValidationError
from coordboard.rules.recurrence import (
    Occurrence,
    Recurrence,
    format_points,
    occurrences,
    parse_recurrence,
)

Y2025_2026 = (date(2025, 1, 1), date(2026, 12, 31))


def keys_and_dates(rec: Recurrence, start: date, end: date) -> list[tuple[str, str]]:
    return [(o.period_key, o.due.strftime("%d/%m/%Y")) for o in occurrences(rec, start, end)]


# --- reading ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kind, text, points, canonical",
    [
        ("yearly", "01/12", ((1, 12),), "01/12"),
        ("yearly", " 1/12 ", ((1, 12),), "01/12"),
        ("yearly", "25/5; 20/11", ((25, 5), (20, 11)), "25/05; 20/11"),  # seed 003, as yearly
        ("yearly", "20/11, 25/5", ((25, 5), (20, 11)), "25/05; 20/11"),  # kept in calendar order
        ("yearly", "31/12;", ((31, 12),), "31/12"),
        ("half_yearly", "25/5; 20/11", ((25, 5), (20, 11)), "25/05; 20/11"),  # seed 003
        ("half_yearly", "20/11 ; 25/05", ((25, 5), (20, 11)), "25/05; 20/11"),
        ("half_yearly", "30/6; 1/7", ((30, 6), (1, 7)), "30/06; 01/07"),
        ("quarterly", "15/3", ((15, 3),), "15/3"),
        ("quarterly", "5 / 1", ((5, 1),), "05/1"),
        ("monthly", "25", ((25, 0),), "25"),
        ("monthly", "5", ((5, 0),), "05"),
        ("monthly", "31", ((31, 0),), "31"),
    ],
)
def test_reading_and_canonical_text(kind, text, points, canonical):
    rec = parse_recurrence(kind, text)
    assert rec == Recurrence(kind, points)
    assert format_points(rec) == canonical
    assert parse_recurrence(kind, format_points(rec)) == rec


_MESSAGES = {
    "malformed_yearly": 'Cannot read "{text}". Write the date as day/month, e.g. 01/12; separate '
    'several dates with ";".',
    "malformed_half": 'Cannot read "{text}". Write two dates as day/month separated by ";", '
    "e.g. 25/05; 20/11.",
    "malformed_quarterly": 'Cannot read "{text}". Write day/month of the quarter (1 to 3), e.g. '
    "15/3 for the 15th of the quarter's last month.",
    "malformed_monthly": 'Cannot read "{text}". Write the day of the month (1 to 31), e.g. 25.',
}


@pytest.mark.parametrize(
    "kind, text, message",
    [
        # malformed text
        ("yearly", "1 tháng 12", _MESSAGES["malformed_yearly"].format(text="1 tháng 12")),
        ("yearly", "01/12/2026", _MESSAGES["malformed_yearly"].format(text="01/12/2026")),
        ("yearly", "01-12", _MESSAGES["malformed_yearly"].format(text="01-12")),
        ("half_yearly", "25/5 20/11", _MESSAGES["malformed_half"].format(text="25/5 20/11")),
        ("quarterly", "15", _MESSAGES["malformed_quarterly"].format(text="15")),
        ("monthly", "25/5", _MESSAGES["malformed_monthly"].format(text="25/5")),
        ("monthly", "cuối tháng", _MESSAGES["malformed_monthly"].format(text="cuối tháng")),
        ("yearly", "", "Enter when the deadline recurs."),
        ("monthly", " ; ", "Enter when the deadline recurs."),
        # dates that never occur
        ("yearly", "31/02", '"31/02" never occurs: month 2 has at most 29 days.'),
        ("yearly", "30/02", '"30/02" never occurs: month 2 has at most 29 days.'),
        ("yearly", "31/4", '"31/4" never occurs: month 4 has at most 30 days.'),
        ("half_yearly", "25/5; 31/11", '"31/11" never occurs: month 11 has at most 30 days.'),
        ("yearly", "32/1", '"32/1" is not a date: a day is between 1 and 31.'),
        ("yearly", "0/5", '"0/5" is not a date: a day is between 1 and 31.'),
        ("yearly", "15/13", '"15/13" is not a date: a month is between 1 and 12.'),
        ("yearly", "15/0", '"15/0" is not a date: a month is between 1 and 12.'),
        ("monthly", "32", '"32" is not a date: a day is between 1 and 31.'),
        ("monthly", "0", '"0" is not a date: a day is between 1 and 31.'),
        ("quarterly", "32/1", '"32/1" is not a date: a day is between 1 and 31.'),
        # 29/02 occurs only in leap years
        ("yearly", "29/02", "29/02 does not occur every year. Choose 28/02 or 01/03."),
        ("half_yearly", "29/2; 30/11", "29/02 does not occur every year. Choose 28/02 or 01/03."),
        # the number of dates for the kind
        ("half_yearly", "25/5", "A half-yearly deadline has exactly two dates, e.g. 25/05; 20/11."),
        (
            "half_yearly",
            "25/5; 20/8; 20/11",
            "A half-yearly deadline has exactly two dates, e.g. 25/05; 20/11.",
        ),
        (
            "quarterly",
            "15/1; 15/2",
            "A quarterly deadline has one date: day/month of the quarter, e.g. 15/3.",
        ),
        ("monthly", "5; 20", "A monthly deadline has one day of the month, e.g. 25."),
        (
            "yearly",
            "; ".join(f"1/{m}" for m in range(1, 13)) + "; 2/1",
            "A yearly deadline has at most 12 dates.",
        ),
        ("yearly", "25/5; 25/05", "The same date is entered twice."),
        # half-year dates in the wrong halves
        (
            "half_yearly",
            "25/1; 25/5",
            "A half-yearly deadline needs one date in January to June and one in July to December.",
        ),
        (
            "half_yearly",
            "1/7; 20/11",
            "A half-yearly deadline needs one date in January to June and one in July to December.",
        ),
        # the month inside a quarter
        ("quarterly", "15/4", 'In "15/4" the month is counted inside the quarter: 1, 2 or 3.'),
        ("quarterly", "15/0", 'In "15/0" the month is counted inside the quarter: 1, 2 or 3.'),
        # unknown kind
        ("weekly", "1", "Unknown kind of recurrence: weekly."),
    ],
)
def test_bad_recurrences_are_refused_with_a_clear_message(kind, text, message):
    with pytest.raises(ValidationError) as caught:
        parse_recurrence(kind, text)
    assert caught.value.field == "recurrence"
    assert str(caught.value) == message


def test_a_yearly_deadline_may_have_twelve_dates():
    rec = parse_recurrence("yearly", "; ".join(f"1/{m}" for m in range(1, 13)))
    assert len(rec.points) == 12
    assert len(format_points(rec)) <= 100  # fits TaskSeries.points


# --- due dates -------------------------------------------------------------------------------


def test_yearly_with_one_date():
    rec = parse_recurrence("yearly", "01/12")
    assert keys_and_dates(rec, *Y2025_2026) == [("2025", "01/12/2025"), ("2026", "01/12/2026")]


def test_yearly_with_two_dates_numbers_them_in_order():
    rec = parse_recurrence("yearly", "20/11; 25/5")
    assert keys_and_dates(rec, *Y2025_2026) == [
        ("2025-1", "25/05/2025"),
        ("2025-2", "20/11/2025"),
        ("2026-1", "25/05/2026"),
        ("2026-2", "20/11/2026"),
    ]


def test_half_yearly_reports_of_seed_003():
    rec = parse_recurrence("half_yearly", "25/5; 20/11")
    assert keys_and_dates(rec, *Y2025_2026) == [
        ("2025-H1", "25/05/2025"),
        ("2025-H2", "20/11/2025"),
        ("2026-H1", "25/05/2026"),
        ("2026-H2", "20/11/2026"),
    ]


def test_quarterly_end_of_quarter_falls_on_each_quarters_last_day():
    rec = parse_recurrence("quarterly", "31/3")
    assert keys_and_dates(rec, *Y2025_2026) == [
        ("2025-Q1", "31/03/2025"),
        ("2025-Q2", "30/06/2025"),
        ("2025-Q3", "30/09/2025"),
        ("2025-Q4", "31/12/2025"),
        ("2026-Q1", "31/03/2026"),
        ("2026-Q2", "30/06/2026"),
        ("2026-Q3", "30/09/2026"),
        ("2026-Q4", "31/12/2026"),
    ]


def test_quarterly_in_the_first_month():
    rec = parse_recurrence("quarterly", "10/1")
    assert keys_and_dates(rec, date(2025, 11, 1), date(2026, 7, 10)) == [
        ("2026-Q1", "10/01/2026"),
        ("2026-Q2", "10/04/2026"),
        ("2026-Q3", "10/07/2026"),
    ]


def test_monthly_day_past_the_months_end_falls_on_its_last_day():
    rec = parse_recurrence("monthly", "31")
    found = keys_and_dates(rec, *Y2025_2026)
    assert len(found) == 24
    assert found[:4] == [
        ("2025-01", "31/01/2025"),
        ("2025-02", "28/02/2025"),
        ("2025-03", "31/03/2025"),
        ("2025-04", "30/04/2025"),
    ]
    assert ("2026-02", "28/02/2026") in found and ("2026-12", "31/12/2026") in found
    leap = keys_and_dates(parse_recurrence("monthly", "30"), date(2028, 2, 1), date(2028, 2, 29))
    assert leap == [("2028-02", "29/02/2028")]


def test_the_range_is_inclusive_at_both_ends():
    rec = parse_recurrence("half_yearly", "25/5; 20/11")
    assert keys_and_dates(rec, date(2025, 5, 25), date(2026, 5, 25)) == [
        ("2025-H1", "25/05/2025"),
        ("2025-H2", "20/11/2025"),
        ("2026-H1", "25/05/2026"),
    ]
    assert keys_and_dates(rec, date(2025, 5, 26), date(2025, 11, 19)) == []
    assert occurrences(rec, date(2026, 1, 1), date(2025, 1, 1)) == []


def test_occurrence_is_a_plain_value():
    rec = parse_recurrence("yearly", "01/12")
    assert occurrences(rec, *Y2025_2026)[0] == Occurrence("2025", date(2025, 12, 1))


# --- properties ------------------------------------------------------------------------------

_day_month = st.tuples(st.integers(1, 28), st.integers(1, 12))


@st.composite
def recurrences(draw) -> Recurrence:
    kind = draw(st.sampled_from(["yearly", "half_yearly", "quarterly", "monthly"]))
    if kind == "yearly":
        points = draw(st.lists(_day_month, min_size=1, max_size=12, unique=True))
        text = "; ".join(f"{d}/{m}" for d, m in points)
    elif kind == "half_yearly":
        first = draw(st.tuples(st.integers(1, 28), st.integers(1, 6)))
        second = draw(
            st.tuples(st.integers(1, 31), st.integers(7, 12)).filter(
                lambda p: p[0] <= (30 if p[1] in (9, 11) else 31)
            )
        )
        text = f"{first[0]}/{first[1]}, {second[0]}/{second[1]}"
    elif kind == "quarterly":
        text = f"{draw(st.integers(1, 31))}/{draw(st.integers(1, 3))}"
    else:
        text = str(draw(st.integers(1, 31)))
    return parse_recurrence(kind, text)


@given(
    rec=recurrences(),
    start=st.dates(date(2020, 1, 1), date(2030, 12, 31)),
    days=st.integers(0, 800),
)
def test_occurrences_are_sorted_unique_and_inside_the_range(rec, start, days):
    from datetime import timedelta

    end = start + timedelta(days=days)
    assert parse_recurrence(rec.kind, format_points(rec)) == rec
    found = occurrences(rec, start, end)
    assert all(start <= o.due <= end for o in found)
    assert [o.due for o in found] == sorted(o.due for o in found)
    assert len({o.period_key for o in found}) == len(found)
    assert len({o.due for o in found}) == len(found)
    per_year = {"monthly": 12, "quarterly": 4, "half_yearly": 2}.get(rec.kind, len(rec.points))
    assert len(found) <= per_year * (end.year - start.year + 1)
