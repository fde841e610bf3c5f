"""A meeting's lifecycle: approval and its lock, the audited reopen, the record the approval
read, and the numbers of the board's document register."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from coordboard.errors import ConflictError, ValidationError
from coordboard.models import AuditEntry
from coordboard.services import meetings, register
from coordboard.services.meetings import AgendaItemInput, OpinionInput
from services.meetings.meeting_builders import by_name, held_meeting, meeting_input


def test_approval_needs_attendance_and_conclusions(db, secretariat, world, assert_unchanged):
    d = meetings.create_meeting(db, secretariat, meeting_input(world))
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        meetings.approve_minutes(db, secretariat, d.meeting.id)
    assert exc.value.field == "attendance"
    meetings.set_attendance(db, secretariat, d.meeting.id, {a.id: "present" for a in d.attendees})
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        meetings.approve_minutes(db, secretariat, d.meeting.id)
    assert exc.value.field == "conclusions"


def test_approved_minutes_are_locked_until_an_audited_reopen(
    db, secretariat, world, count_rows, assert_unchanged
):
    d = held_meeting(db, secretariat, world)
    approved = meetings.approve_minutes(db, secretariat, d.meeting.id)
    assert approved.meeting.status == "minutes_approved" and approved.meeting.minutes_number == 1
    mid = d.meeting.id
    for change in (
        lambda: meetings.save_opinion(db, secretariat, mid, OpinionInput(text="x", speaker="y")),
        lambda: meetings.save_conclusion(db, secretariat, mid, "Thêm kết luận"),
        lambda: meetings.update_meeting(db, secretariat, mid, meeting_input(world, title="Đổi")),
        lambda: meetings.save_agenda_item(db, secretariat, mid, AgendaItemInput(title="Mới")),
    ):
        with assert_unchanged(), pytest.raises(ValidationError) as exc:
            change()
        assert "Reopen them" in str(exc.value)
    with assert_unchanged(), pytest.raises(ValidationError):
        meetings.reopen_minutes(db, secretariat, mid, "   ")
    reopened = meetings.reopen_minutes(db, secretariat, mid, "Bổ sung ý kiến của Công an tỉnh")
    assert reopened.meeting.status == "minutes_drafted"
    assert reopened.meeting.minutes_number == 1  # the number stays
    with db.session() as s:
        entry = s.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "meetings", AuditEntry.field == "reopened"
            )
        ).one()
    assert (entry.username, entry.new_value) == ("thuky", "Bổ sung ý kiến của Công an tỉnh")
    meetings.save_conclusion(db, secretariat, mid, "Công an tỉnh phối hợp rà soát.")
    again = meetings.approve_minutes(db, secretariat, mid)
    assert again.meeting.minutes_number == 1 and len(again.conclusions) == 2


def test_register_numbers_restart_each_year_and_are_never_reused(db, secretariat, world):
    first = held_meeting(db, secretariat, world)
    second = held_meeting(
        db, secretariat, world, starts_at=datetime(2026, 2, 5, 14), ends_at=datetime(2026, 2, 5, 16)
    )
    old = held_meeting(
        db,
        secretariat,
        world,
        starts_at=datetime(2025, 12, 20, 8),
        ends_at=datetime(2025, 12, 20, 10),
    )
    numbers = [
        meetings.approve_minutes(db, secretariat, m.meeting.id).meeting.minutes_number
        for m in (first, second, old)
    ]
    assert numbers == [1, 2, 1]
    entries = register.register_entries(db, secretariat, world.province)
    assert [(e.year, e.reference) for e in entries] == [
        (2025, "01/BB-BĐH"),
        (2026, "01/BB-BĐH"),
        (2026, "02/BB-BĐH"),
    ]
    invitation = meetings.issue_document_number(
        db, secretariat, second.meeting.id, "invitation", date(2026, 1, 30)
    )
    assert invitation.meeting.invitation_number == 1
    with pytest.raises(ValidationError):  # an invitation dated after the meeting
        meetings.issue_document_number(
            db, secretariat, first.meeting.id, "invitation", date(2026, 1, 21)
        )


def test_a_boards_own_document_code_and_governing_body_head_its_documents(db, admin, world):
    from coordboard.services import boards

    info = next(b for b in boards.list_boards(db, admin) if b.id == world.province)
    data = boards.BoardInput(
        name=info.name,
        kind_id=info.kind_id,
        level_id=info.level_id,
        area=info.area,
        standing_agency_id=info.standing_agency_id,
        doc_code=" BCĐTE ",
        governing_body="Ủy ban nhân dân tỉnh Vĩnh Long",
    )
    updated = boards.update_board(db, admin, world.province, data, expected_version=info.version)
    assert (updated.doc_code, updated.governing_body) == ("BCĐTE", "Ủy ban nhân dân tỉnh Vĩnh Long")
    head = register.letterhead(db, admin, world.province)
    assert head.number(7, "TB") == "Số: 07/TB-BCĐTE" and head.number(12, "") == "Số: 12/BCĐTE"
    assert head.governing_body == "ỦY BAN NHÂN DÂN TỈNH VĨNH LONG"
    commune = register.letterhead(db, admin, world.commune)
    assert (commune.governing_body, commune.place, commune.doc_code) == (
        "UBND XÃ PHƯỚC HẬU",
        "Phước Hậu",
        "BBVTE",
    )


def test_approval_names_the_record_it_read(db, secretariat, admin, world, assert_unchanged):
    """The chair's office reads the record and approves; meanwhile another PC added an opinion.
    The approval is refused (nothing approved, no number taken) until the record is read again;
    the details form stays valid all along."""
    d = held_meeting(db, secretariat, world)
    read = d.meeting
    meetings.save_opinion(
        db,
        admin,
        read.id,
        OpinionInput(
            text="Bổ sung: đề nghị Sở Y tế báo cáo trước ngày 15/3.", speaker="Ông Phạm Quốc Dũng"
        ),
    )
    with assert_unchanged(), pytest.raises(ConflictError) as exc:
        meetings.approve_minutes(
            db,
            secretariat,
            read.id,
            expected_version=read.version,
            expected_record_revision=read.record_revision,
        )
    assert "changed on another computer" in str(exc.value)
    again = meetings.get_meeting(db, secretariat, read.id).meeting
    assert again.version == read.version and again.record_revision > read.record_revision
    approved = meetings.approve_minutes(
        db,
        secretariat,
        read.id,
        expected_version=again.version,
        expected_record_revision=again.record_revision,
    )
    assert approved.meeting.status == "minutes_approved"
    with pytest.raises(ValidationError):
        meetings.approve_minutes(db, secretariat, read.id)


def test_a_chair_chosen_beforehand_must_be_recorded_present_to_approve(
    db, secretariat, world, assert_unchanged
):
    d = meetings.create_meeting(db, secretariat, meeting_input(world))
    chair, secretary = by_name(d, "Nguyễn Văn An"), by_name(d, "Trần Thị Bích")
    meetings.set_roles(db, secretariat, d.meeting.id, chair.id, secretary.id)  # while planning
    meetings.set_attendance(
        db, secretariat, d.meeting.id, {a.id: "present" for a in d.attendees if a.id != chair.id}
    )
    meetings.save_conclusion(db, secretariat, d.meeting.id, "Giao Sở Y tế tổng hợp.")
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        meetings.approve_minutes(db, secretariat, d.meeting.id)
    assert "Nguyễn Văn An is not recorded as present" in str(exc.value)
    meetings.set_attendance(db, secretariat, d.meeting.id, {chair.id: "present"})
    assert meetings.approve_minutes(db, secretariat, d.meeting.id).meeting.minutes_number == 1
