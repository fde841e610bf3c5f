"""Creating and changing a meeting: invitations from the board's membership history, the
checks on its details, who may change it, and a stale details form."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from coordboard.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from coordboard.services import meetings, members
from coordboard.services.meetings import AgendaItemInput, OpinionInput
from services.meetings.meeting_builders import DAY, meeting_input


def test_members_on_the_meeting_day_are_invited_in_board_order(db, secretariat, world):
    d = meetings.create_meeting(db, secretariat, meeting_input(world))
    assert [(a.name, a.board_role) for a in d.attendees] == [
        ("Nguyễn Văn An", "Trưởng ban"),
        ("Trần Thị Bích", "Phó Trưởng ban thường trực"),
        ("Lê Minh Cường", "Ủy viên"),
        ("Phạm Quốc Dũng", "Ủy viên"),
    ]
    assert all(a.kind == "member" and a.attendance == "invited" for a in d.attendees)
    assert d.meeting.status == "planned" and d.meeting.can_edit
    assert d.quorum.members == 4 and d.quorum.attending == 0 and d.quorum.not_recorded == 4
    assert d.letterhead.number(None, "BB") == "Số:      /BB-BĐH"
    assert (d.letterhead.governing_body, d.letterhead.place) == ("UBND TỈNH VĨNH LONG", "Vĩnh Long")

    before_board = meetings.create_meeting(
        db,
        secretariat,
        meeting_input(world, starts_at=datetime(2025, 8, 1, 8), ends_at=datetime(2025, 8, 1, 10)),
    )
    assert before_board.attendees == ()


def test_restaffing_changes_who_is_invited_and_moving_the_date_follows_it(db, secretariat, world):
    from coordboard.services.members import people

    successor = people.create_person(
        db,
        secretariat,
        people.PersonInput(
            full_name="Đỗ Thị Mai",
            honorific="Bà",
            position="Phó Giám đốc Sở Giáo dục và Đào tạo",
            agency_id=world.agencies["SGDDT"],
        ),
    )
    members.restaff(
        db,
        secretariat,
        world.memberships["education"],
        start_date=date(2026, 4, 1),
        successor_person_id=successor.id,
        reason="Nghỉ hưu",
    )
    march = meetings.create_meeting(
        db,
        secretariat,
        meeting_input(world, starts_at=datetime(2026, 3, 30, 8), ends_at=datetime(2026, 3, 30, 10)),
    )
    assert "Lê Minh Cường" in {a.name for a in march.attendees}
    assert "Đỗ Thị Mai" not in {a.name for a in march.attendees}
    moved = meetings.update_meeting(
        db,
        secretariat,
        march.meeting.id,
        meeting_input(world, starts_at=datetime(2026, 4, 6, 8), ends_at=datetime(2026, 4, 6, 10)),
        expected_version=march.meeting.version,
    )
    names = {a.name for a in moved.attendees}
    assert "Đỗ Thị Mai" in names and "Lê Minh Cường" not in names


def test_end_before_start_is_refused_and_nothing_written(db, secretariat, world, assert_unchanged):
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        meetings.create_meeting(db, secretariat, meeting_input(world, ends_at=DAY.replace(hour=7)))
    assert exc.value.field == "ends_at"
    assert "ends (07:00 20/01/2026) before it starts (08:00 20/01/2026)" in str(exc.value)
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        meetings.create_meeting(db, secretariat, meeting_input(world, online_link=""))
    assert exc.value.field == "online_link"


def test_only_the_boards_secretariat_changes_meetings(
    db, secretariat, focal_point, viewer, world, assert_unchanged
):
    for actor in (focal_point, viewer):
        with assert_unchanged(), pytest.raises(PermissionDenied):
            meetings.create_meeting(db, actor, meeting_input(world))
    with assert_unchanged(), pytest.raises(PermissionDenied):
        meetings.create_meeting(db, secretariat, meeting_input(world, board_id=world.other))
    d = meetings.create_meeting(db, secretariat, meeting_input(world))
    assert meetings.get_meeting(db, viewer, d.meeting.id).meeting.can_edit is False
    with pytest.raises(PermissionDenied):
        meetings.save_opinion(db, viewer, d.meeting.id, OpinionInput(text="x", speaker="y"))
    with pytest.raises(PermissionDenied):
        meetings.list_meetings(db, secretariat, world.other)
    assert [m.id for m in meetings.list_meetings(db, viewer, world.province)] == [d.meeting.id]


def test_a_stale_meeting_form_is_refused(db, secretariat, world, assert_unchanged):
    d = meetings.create_meeting(db, secretariat, meeting_input(world))
    # entering the record does not touch the meeting's details: their form stays valid
    meetings.save_agenda_item(db, secretariat, d.meeting.id, AgendaItemInput(title="Khai mạc"))
    same = meetings.update_meeting(
        db,
        secretariat,
        d.meeting.id,
        meeting_input(world, place="Phòng họp số 2"),
        expected_version=d.meeting.version,
    )
    with assert_unchanged(), pytest.raises(ConflictError):  # another PC saved the details
        meetings.update_meeting(
            db,
            secretariat,
            d.meeting.id,
            meeting_input(world, title="Mới"),
            expected_version=d.meeting.version,
        )
    with assert_unchanged(), pytest.raises(ConflictError):
        meetings.approve_minutes(db, secretariat, d.meeting.id, expected_version=d.meeting.version)
    assert same.meeting.place == "Phòng họp số 2"
    with pytest.raises(NotFound):
        meetings.get_meeting(db, secretariat, 10_000)
