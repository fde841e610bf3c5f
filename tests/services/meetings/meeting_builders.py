"""Meetings built through the service for the meetings tests (and for other tests that need
a meeting ready to approve)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from coordboard.services import meetings
from coordboard.services.meetings import MeetingInput

DAY = datetime(2026, 1, 20, 8, 0)


def meeting_input(world, **changes) -> MeetingInput:
    return replace(
        MeetingInput(
            board_id=world.province,
            title="Hội nghị tổng kết công tác trẻ em năm 2025",
            starts_at=DAY,
            ends_at=DAY.replace(hour=11, minute=30),
            kind="annual_review",
            place="Hội trường Sở Y tế",
            mode="hybrid",
            online_link="https://hop.vinhlong.gov.vn/p1",
            purpose="Tổng kết năm 2025, triển khai nhiệm vụ năm 2026.",
        ),
        **changes,
    )


def by_name(detail, name):
    return next(a for a in detail.attendees if a.name == name)


def held_meeting(db, actor, world, **changes):
    """A meeting with attendance, chair, secretary and one conclusion: ready to approve."""
    d = meetings.create_meeting(db, actor, meeting_input(world, **changes))
    meetings.set_attendance(db, actor, d.meeting.id, {a.id: "present" for a in d.attendees})
    d = meetings.set_roles(
        db, actor, d.meeting.id, by_name(d, "Nguyễn Văn An").id, by_name(d, "Trần Thị Bích").id
    )
    meetings.save_conclusion(
        db, actor, d.meeting.id, "Sở Y tế chủ trì rà soát trẻ em có hoàn cảnh đặc biệt."
    )
    return meetings.get_meeting(db, actor, d.meeting.id)
