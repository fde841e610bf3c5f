"""Working days: Vietnamese public holidays (holidays.VN), the administrator's extra days off and
make-up working days, "within N working days", and the due-soon setting."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coordboard.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from coordboard.services import workdays
from coordboard.services.actor import SYSTEM
from coordboard.services.uow import UnitOfWork
from coordboard.services.workdays import WorkCalendar

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


# --- the administrator's exceptions in the database ----------------------------------------


def test_admin_adds_changes_and_deletes_calendar_days(db, admin):
    off = workdays.save_calendar_day(
        db,
        admin,
        day=d("04/05/2026"),
        kind="day_off",
        note="  Nghỉ bù   theo Thông báo 123/TB-VPCP ",
    )
    worked = workdays.save_calendar_day(db, admin, day=d("09/05/2026"), kind="working_day")
    assert (off.day, off.kind, off.note) == (
        d("04/05/2026"),
        "day_off",
        "Nghỉ bù theo Thông báo 123/TB-VPCP",
    )
    workdays.save_calendar_day(db, admin, day=d("05/01/2027"), kind="day_off")
    assert [x.day for x in workdays.list_calendar_days(db, admin, 2026)] == [
        d("04/05/2026"),
        d("09/05/2026"),
    ]
    assert len(workdays.list_calendar_days(db, admin)) == 3

    with UnitOfWork(db, admin) as uow:
        calendar = workdays.load_calendar(uow.session)
    assert calendar.extra_days_off == {d("04/05/2026"), d("05/01/2027")}
    assert calendar.make_up_days == {d("09/05/2026")}
    assert calendar.add_working_days(d("01/05/2026"), 1) == d("05/05/2026")

    moved = workdays.save_calendar_day(
        db,
        admin,
        day=d("05/05/2026"),
        kind="day_off",
        note=off.note,
        day_id=off.id,
        expected_version=off.version,
    )
    assert (moved.id, moved.day, moved.version) == (off.id, d("05/05/2026"), off.version + 1)
    with pytest.raises(ConflictError):
        workdays.save_calendar_day(
            db,
            admin,
            day=d("06/05/2026"),
            kind="day_off",
            day_id=off.id,
            expected_version=off.version,
        )
    workdays.delete_calendar_day(db, admin, worked.id, expected_version=worked.version)
    with pytest.raises(NotFound):
        workdays.delete_calendar_day(db, admin, worked.id)
    assert [x.day for x in workdays.list_calendar_days(db, admin, 2026)] == [d("05/05/2026")]


def test_an_entry_keeps_its_own_date_when_edited(db, admin):
    entry = workdays.save_calendar_day(db, admin, day=d("04/05/2026"), kind="day_off")
    again = workdays.save_calendar_day(
        db, admin, day=d("04/05/2026"), kind="day_off", note="Nghỉ bù", day_id=entry.id
    )
    assert again.note == "Nghỉ bù"


@pytest.mark.parametrize(
    "day, kind, note, field, message",
    [
        (d("04/05/2026"), "holiday", "", "kind", "Unknown kind of calendar day: holiday."),
        (None, "day_off", "", "day", "Enter the date."),
        (d("04/05/1999"), "day_off", "", "day", "Choose a date between 01/01/2000 and 31/12/2099."),
        (
            d("17/02/2026"),
            "day_off",
            "",
            "day",
            "17/02/2026 is already a public holiday ({name}); it needs no extra day off.",
        ),
        (
            d("02/09/2026"),
            "day_off",
            "",
            "day",
            "02/09/2026 is already a public holiday ({name}); it needs no extra day off.",
        ),
        (
            d("14/02/2026"),
            "day_off",
            "",
            "day",
            "14/02/2026 is a Saturday or Sunday, already a day off; it needs no extra day off.",
        ),
        (
            d("13/02/2026"),
            "working_day",
            "",
            "day",
            "13/02/2026 is already a working day. A make-up working day must fall on a Saturday, "
            "a Sunday or a public holiday.",
        ),
        (
            d("22/08/2026"),
            "working_day",
            "",
            "day",  # already a swap Saturday in holidays.VN
            "22/08/2026 is already a working day. A make-up working day must fall on a Saturday, "
            "a Sunday or a public holiday.",
        ),
        (
            d("04/05/2026"),
            "day_off",
            "x" * 301,
            "note",
            "The text is too long: at most 300 characters (301 given).",
        ),
    ],
)
def test_bad_calendar_days_are_refused(
    db, admin, assert_unchanged, day, kind, note, field, message
):
    with assert_unchanged(), pytest.raises(ValidationError) as caught:
        workdays.save_calendar_day(db, admin, day=day, kind=kind, note=note)
    # the holiday is named in the language the app shows (English unless a test loaded "vi")
    name = PLAIN.holiday_name(day) if day else None
    assert name in (None, "Lunar New Year", "Tết Nguyên Đán", "National Day", "Quốc khánh")
    assert (caught.value.field, str(caught.value)) == (field, message.format(name=name))


def test_a_date_is_entered_once(db, admin, assert_unchanged):
    workdays.save_calendar_day(db, admin, day=d("09/05/2026"), kind="working_day")
    with assert_unchanged(), pytest.raises(ValidationError) as caught:
        workdays.save_calendar_day(db, admin, day=d("09/05/2026"), kind="working_day")
    assert caught.value.field == "day"
    assert str(caught.value) == (
        "09/05/2026 is already in the working calendar. Edit that entry instead."
    )


def test_a_swap_saturday_of_the_package_may_still_be_given_off(db, admin):
    entry = workdays.save_calendar_day(db, admin, day=d("22/08/2026"), kind="day_off")
    with UnitOfWork(db, admin) as uow:
        assert not workdays.load_calendar(uow.session).is_working_day(entry.day)


@pytest.mark.parametrize("role", ["secretariat", "focal_point", "viewer"])
def test_only_an_administrator_changes_the_calendar(db, world, admin, assert_unchanged, role):
    entry = workdays.save_calendar_day(db, admin, day=d("04/05/2026"), kind="day_off")
    actor = world.actor(role)
    with assert_unchanged():
        with pytest.raises(PermissionDenied) as caught:
            workdays.save_calendar_day(db, actor, day=d("09/05/2026"), kind="working_day")
        assert str(caught.value) == "Only an administrator may do this."
        with pytest.raises(PermissionDenied):
            workdays.save_calendar_day(
                db, actor, day=d("05/05/2026"), kind="day_off", day_id=entry.id
            )
        with pytest.raises(PermissionDenied):
            workdays.delete_calendar_day(db, actor, entry.id)
        with pytest.raises(PermissionDenied):
            workdays.set_due_soon_days(db, actor, 10)
    # everyone signed in may read the calendar
    assert [x.id for x in workdays.list_calendar_days(db, actor, 2026)] == [entry.id]
    assert workdays.load_due_soon_days(db, actor) == 7


# --- due soon ------------------------------------------------------------------------------


def test_due_soon_days_default_and_change(db, admin, count_rows):
    assert workdays.load_due_soon_days(db, admin) == 7
    assert workdays.set_due_soon_days(db, admin, 10) == 10
    assert workdays.set_due_soon_days(db, admin, 14) == 14
    with UnitOfWork(db, admin) as uow:
        assert workdays.due_soon_days(uow.session) == 14
    assert count_rows("settings") >= 1


@pytest.mark.parametrize("days", [0, 91, -5, "7", 7.5, True])
def test_due_soon_days_out_of_range_are_refused(db, admin, assert_unchanged, days):
    with assert_unchanged(), pytest.raises(ValidationError) as caught:
        workdays.set_due_soon_days(db, admin, days)
    assert caught.value.field == "due_soon_days"
    assert str(caught.value) == "The due-soon window must be between 1 and 90 days."


def test_a_damaged_due_soon_setting_falls_back_to_the_default(db):
    from coordboard.models import Setting

    with UnitOfWork(db, SYSTEM) as uow:
        uow.session.add(Setting(key=workdays.DUE_SOON_KEY, value="soon"))
        uow.commit()
    assert workdays.load_due_soon_days(db, SYSTEM) == 7
