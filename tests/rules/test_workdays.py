"""Working days: Vietnamese public holidays (holidays.VN), extra days off and make-up working
days, "within N working days". Pure rules: no database (tests/services/test_workdays_service.py
covers the calendar kept in the database)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coordboard.rules import workdays
from coordboard.rules.workdays import WorkCalendar

PLAIN = WorkCalendar()

# What holidays.VN gives for 2026 (checked against the package; Tết is Tuesday 17/02/2026)
HOLIDAYS_2026 = [
    date(2026, 1, 1),  # Tết Dương lịch
    date(2026, 2, 16),
    date(2026, 2, 17),
    date(2026, 2, 18),  # Giao thừa, Tết, mùng 2
    date(2026, 2, 19),
    date(2026, 2, 20),  # mùng 3, mùng 4
    date(2026, 4, 26),
    date(2026, 4, 27),  # Giỗ Tổ (Sunday) and its day off
    date(2026, 4, 30),
    date(2026, 5, 1),
    date(2026, 8, 31),  # swapped for Saturday 22/08
    date(2026, 9, 1),
    date(2026, 9, 2),
    date(2026, 11, 24),  # Ngày Văn hóa Việt Nam (2026 on)
]


def d(text: str) -> date:
    day, month, year = map(int, text.split("/"))
    return date(year, month, day)


# --- public holidays -----------------------------------------------------------------------


def test_the_2026_public_holidays_are_those_of_holidays_vn():
    assert [day for day, _ in workdays.public_holidays(2026)] == HOLIDAYS_2026
    names = dict(workdays.public_holidays(2026, "vi"))
    assert names[d("17/02/2026")] == "Tết Nguyên Đán"
    assert names[d("16/02/2026")] == "Giao thừa Tết Nguyên Đán"
    assert names[d("26/04/2026")] == "Ngày Giỗ Tổ Hùng Vương"
    assert names[d("24/11/2026")] == "Ngày Văn hóa Việt Nam"
    assert dict(workdays.public_holidays(2026, "en"))[d("17/02/2026")] == "Lunar New Year"


def test_24_november_is_a_holiday_only_from_2026():
    assert PLAIN.is_working_day(d("24/11/2025"))  # a Monday
    assert not PLAIN.is_working_day(d("24/11/2026"))  # a Tuesday


@pytest.mark.parametrize(
    "day",
    [
        "16/02/2026",
        "17/02/2026",
        "18/02/2026",
        "19/02/2026",
        "20/02/2026",  # Tết, Mon–Fri
        "30/04/2026",
        "01/05/2026",
        "01/09/2026",
        "02/09/2026",
        "01/01/2026",
        "27/04/2026",  # Hùng Kings falls on Sunday 26/04: Monday off instead
        "31/08/2026",  # the government's swap for 2/9, known to the package
        "28/01/2025",
        "29/01/2025",
        "07/04/2025",
        "30/04/2025",
        "02/05/2025",
        "02/09/2025",
    ],
)
def test_public_holidays_are_not_working_days(day):
    assert not PLAIN.is_working_day(d(day))
    assert PLAIN.holiday_name(d(day)) is not None


@pytest.mark.parametrize(
    "day", ["14/02/2026", "15/02/2026", "21/02/2026", "22/02/2026", "02/05/2026", "03/05/2026"]
)
def test_weekends_are_not_working_days(day):
    assert not PLAIN.is_working_day(d(day))
    assert PLAIN.holiday_name(d(day)) is None


@pytest.mark.parametrize(
    "day", ["13/02/2026", "23/02/2026", "29/04/2026", "04/05/2026", "03/09/2026", "31/12/2026"]
)
def test_ordinary_weekdays_are_working_days(day):
    assert PLAIN.is_working_day(d(day))


def test_the_packages_own_swap_saturdays_are_working_days():
    # 2025: Friday 02/05 off, Saturday 26/04 worked; 2026: Monday 31/08 off, Saturday 22/08 worked
    assert PLAIN.is_working_day(d("26/04/2025"))
    assert PLAIN.is_working_day(d("22/08/2026"))
    assert not PLAIN.is_working_day(d("29/08/2026"))  # the next Saturday is not


def test_holiday_name_in_both_languages():
    assert PLAIN.holiday_name(d("02/09/2026"), "vi") == "Quốc khánh"
    assert PLAIN.holiday_name(d("02/09/2026"), "en") == "National Day"
    assert PLAIN.holiday_name(d("03/09/2026"), "vi") is None


# --- the administrator's exceptions in the calendar ---------------------------------------


def test_an_extra_day_off_and_a_make_up_saturday():
    calendar = WorkCalendar(
        extra_days_off=frozenset({d("04/05/2026")}), make_up_days=frozenset({d("09/05/2026")})
    )
    assert not calendar.is_working_day(d("04/05/2026"))  # a Monday given off
    assert calendar.is_working_day(d("09/05/2026"))  # the Saturday worked in exchange
    assert calendar.working_days_between(d("30/04/2026"), d("10/05/2026")) == 5  # 5, 6, 7, 8 and 9
    # within 1 working day of Friday 01/05: Tuesday 05/05 (Monday 04/05 is off)
    assert calendar.add_working_days(d("01/05/2026"), 1) == d("05/05/2026")
    assert calendar.add_working_days(d("08/05/2026"), 1) == d("09/05/2026")  # the Saturday


def test_a_make_up_day_wins_even_on_a_holiday():
    calendar = WorkCalendar(make_up_days=frozenset({d("24/11/2026")}))
    assert calendar.is_working_day(d("24/11/2026"))
    assert calendar.holiday_name(d("24/11/2026"), "vi") == "Ngày Văn hóa Việt Nam"


# --- counting working days -----------------------------------------------------------------


def test_add_working_days_across_tet_2026():
    # Friday 13/02: the weekend, five days of Tết and another weekend follow
    assert PLAIN.add_working_days(d("13/02/2026"), 1) == d("23/02/2026")
    assert PLAIN.add_working_days(d("13/02/2026"), 5) == d("27/02/2026")
    # "within 10 working days of the meeting" on Thursday 12/02/2026
    assert PLAIN.add_working_days(d("12/02/2026"), 10) == d("05/03/2026")
    # counted from a holiday: the base day is never counted
    assert PLAIN.add_working_days(d("17/02/2026"), 1) == d("23/02/2026")


def test_add_working_days_across_30_april_and_1_may():
    # Wednesday 29/04/2026: Thursday 30/04 and Friday 01/05 off, then a weekend
    assert PLAIN.add_working_days(d("29/04/2026"), 1) == d("04/05/2026")
    assert PLAIN.add_working_days(d("24/04/2026"), 3) == d("04/05/2026")  # 27/04 is off too


def test_add_working_days_across_national_day_2026():
    # Friday 28/08: Monday 31/08, 01/09, 02/09 off
    assert PLAIN.add_working_days(d("28/08/2026"), 1) == d("03/09/2026")


def test_add_working_days_from_a_weekend():
    assert PLAIN.add_working_days(d("07/03/2026"), 1) == d("09/03/2026")  # Saturday -> Monday


def test_working_days_between():
    assert PLAIN.working_days_between(d("13/02/2026"), d("23/02/2026")) == 1
    assert PLAIN.working_days_between(d("13/02/2026"), d("13/02/2026")) == 0
    assert PLAIN.working_days_between(d("23/02/2026"), d("13/02/2026")) == 0
    # 261 weekdays, 13 of them holidays, plus the swap Saturday 22/08
    assert PLAIN.working_days_between(d("01/01/2026"), d("31/12/2026")) == 249


@pytest.mark.parametrize("n", [0, -1])
def test_add_working_days_needs_at_least_one(n):
    with pytest.raises(ValueError):
        PLAIN.add_working_days(d("13/02/2026"), n)


_days = st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31))


@settings(max_examples=200, deadline=None)
@given(
    base=_days,
    n=st.integers(min_value=1, max_value=60),
    off=st.frozensets(_days, max_size=5),
    worked=st.frozensets(_days, max_size=5),
)
def test_add_and_count_agree(base, n, off, worked):
    calendar = WorkCalendar(extra_days_off=off - worked, make_up_days=worked)
    due = calendar.add_working_days(base, n)
    assert calendar.is_working_day(due)
    assert calendar.working_days_between(base, due) == n
    assert calendar.working_days_between(base, due - timedelta(days=1)) == n - 1


def test_normally_working_ignores_the_administrators_exceptions():
    calendar = WorkCalendar(
        extra_days_off=frozenset({d("04/05/2026")}), make_up_days=frozenset({d("09/05/2026")})
    )
    assert workdays.normally_working(d("04/05/2026")) and not calendar.is_working_day(
        d("04/05/2026")
    )
    assert not workdays.normally_working(d("09/05/2026")) and calendar.is_working_day(
        d("09/05/2026")
    )
    assert workdays.normally_working(d("22/08/2026"))  # the package's own swap Saturday
    assert not workdays.normally_working(d("02/09/2026"))
