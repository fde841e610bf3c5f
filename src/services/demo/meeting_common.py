"""What the demo's three meetings share: the guests, days shifted onto working days, the
year-end review's day, finding a participant by agency, and whether a meeting may be recorded
as held.
"""

from __future__ import annotations

from datetime import date, timedelta

from coordboard.services.meetings import MeetingDetail
from coordboard.services.workdays import WorkCalendar

D = timedelta(days=1)

# Guests of the annual review (fictional people; their organisations named in the title).
GUESTS = [
    ("Ông Lâm Quốc Bảo", "Chủ tịch Hội Bảo vệ quyền trẻ em tỉnh"),
    ("Bà Tạ Thị Diễm", "Giám đốc Trung tâm Công tác xã hội tỉnh"),
]


def working_day(day: date, step: int = 1) -> date:
    """`day` if people work that day, else the next (step 1) or previous (step -1) one."""
    calendar = WorkCalendar()
    while not calendar.is_working_day(day):
        day += step * D
    return day


def review_day(today: date) -> date:
    """The year-end review: around 20 January of this year once that is two weeks past,
    otherwise about six weeks ago (a December review)."""
    day = working_day(date(today.year, 1, 20))
    if day <= today - 14 * D:
        return day
    return working_day(today - 42 * D, -1)


class Seats:
    """Find a meeting's participants by agency (and the start of their title)."""

    def __init__(self, detail: MeetingDetail, agencies: dict[str, int]) -> None:
        self.detail, self.agencies = detail, agencies

    def __call__(self, code: str, title: str = "", role: str = ""):
        for a in self.detail.attendees:
            if (
                a.agency_id == self.agencies[code]
                and a.title.startswith(title)
                and a.board_role.startswith(role)
            ):
                return a
        raise LookupError(f"no participant from {code} {title!r}")


def can_record(day: date) -> bool:
    """The services refuse to record a meeting as held before its day (the real today)."""
    return day <= date.today()
