"""Meetings as iCalendar (RFC 5545) files, for Outlook, Thunderbird or a phone calendar.

One VEVENT per meeting. Its UID stays the same for the life of the meeting (meeting id, board
id, a fixed domain) and SEQUENCE is the meeting's version, so importing an updated file moves the
event instead of adding a second one. Times are wall-clock times in Vietnam (Asia/Ho_Chi_Minh,
UTC+7 all year, no daylight saving since 1975); the file carries its VTIMEZONE, so a calendar
without a time-zone database still places the meeting right.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneStandard, vText

from coordboard.db import Database
from coordboard.services import meetings, register
from coordboard.services.actor import Actor
from coordboard.services.meetings import MeetingDetail

TZID = "Asia/Ho_Chi_Minh"
UID_DOMAIN = "coordboard.local"
PRODID = "-//coordboard//Lich hop Ban dieu hanh//VI"
MODE_WORDS = {
    "in_person": "trực tiếp",
    "online": "trực tuyến",
    "hybrid": "trực tiếp kết hợp trực tuyến",
}


def meeting_uid(detail: MeetingDetail) -> str:
    m = detail.meeting
    return f"meeting-{m.id}-board-{m.board_id}@{UID_DOMAIN}"


def _vtimezone() -> Timezone:
    """Vietnam keeps UTC+7 all year: one STANDARD rule."""
    tz = Timezone()
    tz.add("tzid", TZID)
    standard = TimezoneStandard()
    standard.add("dtstart", datetime(1970, 1, 1))
    standard.add("tzoffsetfrom", ZoneInfo(TZID).utcoffset(datetime(2000, 1, 1)))
    standard.add("tzoffsetto", ZoneInfo(TZID).utcoffset(datetime(2000, 1, 1)))
    standard.add("tzname", "+07")
    tz.add_component(standard)
    return tz


def _local(dt: datetime) -> datetime:
    """Meetings are stored as Vietnamese wall-clock times."""
    return dt.replace(tzinfo=ZoneInfo(TZID)) if dt.tzinfo is None else dt


def _description(detail: MeetingDetail) -> str:
    m = detail.meeting
    lines: list[str] = [m.board_name]
    if m.purpose:
        lines += ["", m.purpose]
    if detail.agenda:
        lines += ["", "Nội dung:"]
        for n, item in enumerate(detail.agenda, start=1):
            extra = [", ".join(x for x in (item.presenter, item.presenter_agency_name) if x)]
            if item.planned_minutes:
                extra.append(f"{item.planned_minutes} phút")
            extra = [x for x in extra if x]
            lines.append(f"{n}. {item.title}" + (f" ({'; '.join(extra)})" if extra else ""))
    if m.mode != "in_person":
        lines += ["", f"Hình thức: {MODE_WORDS[m.mode]}"]
        if m.online_link:
            lines.append(f"Tham dự trực tuyến: {m.online_link}")
    return "\n".join(lines)


def _event(detail: MeetingDetail, stamp: datetime) -> Event:
    m = detail.meeting
    event = Event()
    event.add("uid", meeting_uid(detail))
    event.add("dtstamp", stamp)
    event.add("dtstart", _local(m.starts_at))
    event.add("dtend", _local(m.ends_at))
    event.add("summary", m.title)
    location = m.place
    if m.mode == "hybrid" and m.online_link:
        location = f"{m.place} (trực tiếp kết hợp trực tuyến)"
    if location:
        event.add("location", location)
    event.add("description", _description(detail))
    if m.online_link.startswith(("http://", "https://")):
        event.add("url", m.online_link)
    event.add("status", "CONFIRMED")
    event.add("sequence", m.version)
    event.add("categories", [vText(m.board_name)])
    return event


def _calendar(details: list[MeetingDetail], name: str) -> bytes:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    if name:
        cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", TZID)
    cal.add_component(_vtimezone())
    stamp = datetime.now(UTC).replace(microsecond=0)
    for detail in details:
        cal.add_component(_event(detail, stamp))
    return cal.to_ical()


def meeting_ics(db: Database, actor: Actor, meeting_id: int) -> bytes:
    """One meeting as an .ics file (UTF-8 bytes)."""
    detail = meetings.get_meeting(db, actor, meeting_id)
    return _calendar([detail], detail.meeting.board_name)


def board_ics(db: Database, actor: Actor, board_id: int) -> bytes:
    """Every planned meeting of a board, soonest first."""
    rows = [r for r in meetings.list_meetings(db, actor, board_id) if r.status == "planned"]
    rows.sort(key=lambda r: (r.starts_at, r.id))
    details = [meetings.get_meeting(db, actor, r.id) for r in rows]
    if details:
        name = details[0].meeting.board_name
    else:
        name = register.letterhead(db, actor, board_id).board_name
    return _calendar(details, name)
