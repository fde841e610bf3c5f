"""The working calendar kept in the database: the administrator's extra days off and make-up
working days, and the due-soon setting (the pure rules: tests/rules/test_workdays.py)."""

from __future__ import annotations

from datetime import date

import pytest

from coordboard.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from coordboard.rules import workdays as rules
from coordboard.services import workdays
from coordboard.services.actor import SYSTEM
from coordboard.services.uow import UnitOfWork
from coordboard.services.workdays import WorkCalendar

PLAIN = WorkCalendar()


def d(text: str) -> date:
    day, month, year = map(int, text.split("/"))
    return date(year, month, day)


def test_the_service_face_gives_the_rules_calendar():
    assert workdays.WorkCalendar is rules.WorkCalendar
    assert workdays.public_holidays is rules.public_holidays


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
