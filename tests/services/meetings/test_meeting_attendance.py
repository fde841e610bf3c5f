"""Attendance: delegates, guests and the quorum; the chair and the secretary."""

from __future__ import annotations

from datetime import datetime

import pytest

from coordboard.errors import ConflictError, ValidationError
from coordboard.services import meetings
from coordboard.services.meetings import AttendeeInput
from services.meetings.meeting_builders import by_name, meeting_input


def test_attendance_delegates_guests_and_quorum(db, secretariat, world, assert_unchanged):
    d = meetings.create_meeting(db, secretariat, meeting_input(world))
    police = by_name(d, "Phạm Quốc Dũng")
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        meetings.save_attendee(
            db,
            secretariat,
            d.meeting.id,
            AttendeeInput(attendance="present", delegate_name="Ngô Văn Tư"),
            police.id,
        )
    assert "marked present" in str(exc.value) and exc.value.field == "delegate_name"
    with assert_unchanged(), pytest.raises(ValidationError):
        meetings.save_attendee(
            db, secretariat, d.meeting.id, AttendeeInput(attendance="delegated"), police.id
        )
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        meetings.save_attendee(
            db, secretariat, d.meeting.id, AttendeeInput(attendance="absent_excused"), police.id
        )
    assert exc.value.field == "absence_reason"

    meetings.save_attendee(
        db,
        secretariat,
        d.meeting.id,
        AttendeeInput(
            attendance="delegated",
            delegate_name="Ngô Văn Tư",
            delegate_title="Trưởng phòng Cảnh sát hình sự",
        ),
        police.id,
        police.version,
    )
    education = by_name(d, "Lê Minh Cường")
    meetings.save_attendee(
        db,
        secretariat,
        d.meeting.id,
        AttendeeInput(attendance="absent_excused", absence_reason="Đi công tác"),
        education.id,
    )
    meetings.set_attendance(
        db, secretariat, d.meeting.id, {by_name(d, "Nguyễn Văn An").id: "present"}
    )
    guest = meetings.save_attendee(
        db,
        secretariat,
        d.meeting.id,
        AttendeeInput(name="Bà Trương Thị Hoa", title="Chuyên gia UNICEF", attendance="present"),
    )
    assert guest.kind == "guest" and guest.membership_id is None

    d = meetings.get_meeting(db, secretariat, d.meeting.id)
    q = d.quorum
    assert (
        q.members,
        q.present,
        q.delegated,
        q.absent_excused,
        q.not_recorded,
        q.guests_present,
    ) == (4, 1, 1, 1, 1, 1)
    assert q.attending == 2 and q.ratio == 0.5
    police = by_name(d, "Phạm Quốc Dũng")
    assert (police.delegate_name, police.name, police.agency_name) == (
        "Ngô Văn Tư",
        "Phạm Quốc Dũng",
        "Công an tỉnh",
    )
    # a stale form of the police member's row
    with pytest.raises(ConflictError):
        meetings.save_attendee(
            db, secretariat, d.meeting.id, AttendeeInput(attendance="absent"), police.id, 1
        )


def test_chair_and_secretary_must_be_participants_of_that_meeting(
    db, secretariat, world, assert_unchanged
):
    first = meetings.create_meeting(db, secretariat, meeting_input(world))
    second = meetings.create_meeting(
        db,
        secretariat,
        meeting_input(world, starts_at=datetime(2026, 2, 3, 8), ends_at=datetime(2026, 2, 3, 10)),
    )
    stranger = by_name(second, "Nguyễn Văn An")  # same person, other meeting's list
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        meetings.set_roles(db, secretariat, first.meeting.id, stranger.id, None)
    assert "member or a guest of this meeting" in str(exc.value)
    chair = by_name(first, "Nguyễn Văn An")
    with assert_unchanged(), pytest.raises(ValidationError):
        meetings.set_roles(db, secretariat, first.meeting.id, chair.id, chair.id)
    meetings.save_attendee(
        db,
        secretariat,
        first.meeting.id,
        AttendeeInput(attendance="absent"),
        by_name(first, "Lê Minh Cường").id,
    )
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        meetings.set_roles(
            db, secretariat, first.meeting.id, chair.id, by_name(first, "Lê Minh Cường").id
        )
    assert "not recorded as present" in str(exc.value)
    d = meetings.set_roles(
        db, secretariat, first.meeting.id, chair.id, by_name(first, "Trần Thị Bích").id
    )
    assert (d.chair.name, d.secretary.name) == ("Nguyễn Văn An", "Trần Thị Bích")
    with pytest.raises(ValidationError):  # the chair cannot then be marked absent
        meetings.save_attendee(
            db, secretariat, first.meeting.id, AttendeeInput(attendance="absent"), chair.id
        )
