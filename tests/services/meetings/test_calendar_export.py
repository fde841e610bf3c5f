"""Meetings as iCalendar files: read back with the icalendar library, the fields a calendar
shows (title, place, times in Vietnam's zone, agenda, online link) and the identity that makes
a re-import update the event instead of duplicating it."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from coordboard.errors import PermissionDenied
from coordboard.services import meetings
from coordboard.services.meetings import AgendaItemInput, MeetingInput, calendar_export

HCM = ZoneInfo("Asia/Ho_Chi_Minh")


def planned(db, actor, world, day: datetime, **changes):
    data = MeetingInput(
        board_id=world.province,
        title="Hội nghị tổng kết công tác trẻ em năm 2025",
        starts_at=day,
        ends_at=day + timedelta(hours=3, minutes=30),
        kind="annual_review",
        place="Hội trường Sở Y tế",
        mode="hybrid",
        online_link="https://hop.vinhlong.gov.vn/tongket",
        purpose="Đánh giá kết quả năm 2025.",
    )
    return meetings.create_meeting(db, actor, replace(data, **changes))


def events(data: bytes):
    return list(Calendar.from_ical(data).walk("VEVENT"))


def test_one_meeting_reads_back_with_its_fields_in_vietnams_time_zone(db, secretariat, world):
    d = planned(db, secretariat, world, datetime(2026, 1, 20, 8, 0))
    meetings.save_agenda_item(
        db,
        secretariat,
        d.meeting.id,
        AgendaItemInput(
            title="Báo cáo tổng kết năm 2025",
            presenter="Bà Trần Thị Bích",
            presenter_agency_id=world.agencies["SYT"],
            planned_minutes=45,
        ),
    )
    meetings.save_agenda_item(
        db,
        secretariat,
        d.meeting.id,
        AgendaItemInput(title="Thảo luận về phòng, chống đuối nước", planned_minutes=60),
    )
    d = meetings.get_meeting(db, secretariat, d.meeting.id)

    data = calendar_export.meeting_ics(db, secretariat, d.meeting.id)
    cal = Calendar.from_ical(data)
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Asia/Ho_Chi_Minh"]
    (event,) = events(data)
    assert str(event["SUMMARY"]) == "Hội nghị tổng kết công tác trẻ em năm 2025"
    assert str(event["LOCATION"]).startswith("Hội trường Sở Y tế")
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert start == datetime(2026, 1, 20, 8, 0, tzinfo=HCM)
    assert start.utcoffset() == timedelta(hours=7)
    assert end - start == timedelta(hours=3, minutes=30)
    assert event["DTSTART"].params["TZID"] == "Asia/Ho_Chi_Minh"
    description = str(event["DESCRIPTION"])
    assert "1. Báo cáo tổng kết năm 2025 (Bà Trần Thị Bích, Sở Y tế; 45 phút)" in description
    assert "2. Thảo luận về phòng, chống đuối nước (60 phút)" in description
    assert "https://hop.vinhlong.gov.vn/tongket" in description
    assert str(event["URL"]) == "https://hop.vinhlong.gov.vn/tongket"
    assert str(event["STATUS"]) == "CONFIRMED"
    assert int(event["SEQUENCE"]) == d.meeting.version
    assert str(event["UID"]) == f"meeting-{d.meeting.id}-board-{world.province}@coordboard.local"
    # the text is UTF-8 in NFC, diacritics intact, even where the line is folded
    assert "Hội nghị tổng kết công tác trẻ em".encode() in data.replace(b"\r\n ", b"")


def test_the_uid_is_stable_and_the_sequence_follows_the_meeting_version(db, secretariat, world):
    d = planned(db, secretariat, world, datetime(2026, 3, 2, 14, 0))
    (before,) = events(calendar_export.meeting_ics(db, secretariat, d.meeting.id))
    moved = meetings.update_meeting(
        db,
        secretariat,
        d.meeting.id,
        replace(
            d.meeting.as_input(),
            starts_at=datetime(2026, 3, 3, 14, 0),
            ends_at=datetime(2026, 3, 3, 16, 0),
        ),
        expected_version=d.meeting.version,
    )
    (after,) = events(calendar_export.meeting_ics(db, secretariat, d.meeting.id))
    assert str(after["UID"]) == str(before["UID"])
    assert int(after["SEQUENCE"]) == moved.meeting.version > int(before["SEQUENCE"])
    assert after.decoded("DTSTART") == datetime(2026, 3, 3, 14, 0, tzinfo=HCM)


def test_an_in_person_meeting_has_no_url(db, secretariat, world):
    d = planned(
        db, secretariat, world, datetime(2026, 2, 5, 8, 0), mode="in_person", online_link=""
    )
    (event,) = events(calendar_export.meeting_ics(db, secretariat, d.meeting.id))
    assert "URL" not in event and "trực tuyến" not in str(event["DESCRIPTION"])
    assert str(event["LOCATION"]) == "Hội trường Sở Y tế"


def test_the_board_calendar_holds_its_planned_meetings_only(db, secretariat, world, viewer):
    held = planned(db, secretariat, world, datetime(2026, 1, 20, 8, 0), title="Họp quý IV")
    meetings.set_status(db, secretariat, held.meeting.id, "held")
    later = planned(db, secretariat, world, datetime(2027, 4, 6, 8, 0), title="Họp quý I")
    sooner = planned(db, secretariat, world, datetime(2027, 1, 12, 8, 0), title="Sơ kết")
    data = calendar_export.board_ics(db, viewer, world.province)
    cal = Calendar.from_ical(data)
    assert str(cal["X-WR-CALNAME"]) == "Ban Điều hành công tác trẻ em tỉnh Vĩnh Long"
    assert [str(e["SUMMARY"]) for e in cal.walk("VEVENT")] == ["Sơ kết", "Họp quý I"]
    assert {str(e["UID"]) for e in cal.walk("VEVENT")} == {
        f"meeting-{m.meeting.id}-board-{world.province}@coordboard.local" for m in (later, sooner)
    }


def test_a_board_without_planned_meetings_gives_an_empty_calendar(db, secretariat, world):
    cal = Calendar.from_ical(calendar_export.board_ics(db, secretariat, world.province))
    assert list(cal.walk("VEVENT")) == []
    assert str(cal["X-WR-CALNAME"]) == "Ban Điều hành công tác trẻ em tỉnh Vĩnh Long"


def test_a_board_the_user_may_not_see_is_refused(db, secretariat, world):
    with pytest.raises(PermissionDenied):
        calendar_export.board_ics(db, secretariat, world.other)
