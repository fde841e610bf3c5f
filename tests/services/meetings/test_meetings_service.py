"""Meetings: invitations from the board's membership history, attendance and quorum, the
record, conclusions that become tasks, approval with its lock, reopen, the document register."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import select

from coordboard.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from coordboard.models import AuditEntry
from coordboard.services import meetings, members, register, tasks
from coordboard.services.meetings import (
    AgendaItemInput,
    AttendeeInput,
    ConclusionTaskInput,
    MeetingInput,
    OpinionInput,
)

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


# --- creating, invitations, membership history ----------------------------------------------


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


# --- attendance ----------------------------------------------------------------------------------


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


# --- agenda and record --------------------------------------------------------------------------


def test_agenda_order_duration_documents_and_carrying_unfinished_items(db, secretariat, world):
    d = meetings.create_meeting(db, secretariat, meeting_input(world))
    mid = d.meeting.id
    report = meetings.save_agenda_item(
        db,
        secretariat,
        mid,
        AgendaItemInput(
            title="Báo cáo tổng kết năm 2025",
            presenter="Bà Trần Thị Bích",
            presenter_agency_id=world.agencies["SYT"],
            planned_minutes=45,
        ),
    )
    plan = meetings.save_agenda_item(
        db, secretariat, mid, AgendaItemInput(title="Dự thảo kế hoạch năm 2026", planned_minutes=60)
    )
    meetings.save_agenda_item(
        db, secretariat, mid, AgendaItemInput(title="Thảo luận", planned_minutes=90)
    )
    meetings.move_agenda_item(db, secretariat, plan.id, -1)
    doc = meetings.add_agenda_document(
        db, secretariat, report.id, "Báo cáo 2025.docx", b"PK\x03\x04 contents"
    )
    with pytest.raises(ValidationError) as exc:
        meetings.add_agenda_document(
            db, secretariat, report.id, "lon.pdf", b"0" * (meetings.MAX_DOCUMENT_BYTES + 1)
        )
    assert "larger than 10 MB" in str(exc.value)
    d = meetings.get_meeting(db, secretariat, mid)
    assert [i.title for i in d.agenda] == [
        "Dự thảo kế hoạch năm 2026",
        "Báo cáo tổng kết năm 2025",
        "Thảo luận",
    ]
    assert d.planned_minutes == 195 and d.meeting.length_minutes == 210
    assert d.agenda[1].presenter_agency_name == "Sở Y tế"
    assert meetings.agenda_document_content(db, secretariat, doc.id) == (
        "Báo cáo 2025.docx",
        b"PK\x03\x04 contents",
    )

    meetings.save_agenda_item(
        db,
        secretariat,
        mid,
        replace(
            d.agenda[1].as_input(), summary="Năm 2025 hoàn thành 18/20 chỉ tiêu.", finished=True
        ),
        d.agenda[1].id,
        d.agenda[1].version,
    )
    later = meetings.create_meeting(
        db,
        secretariat,
        meeting_input(world, starts_at=datetime(2026, 3, 2, 8), ends_at=datetime(2026, 3, 2, 10)),
    )
    assert meetings.carry_unfinished_items(db, secretariat, mid, later.meeting.id) == 2
    carried = meetings.get_meeting(db, secretariat, later.meeting.id).agenda
    assert [i.title for i in carried] == ["Dự thảo kế hoạch năm 2026", "Thảo luận"]
    assert all(i.carried_from_id is not None and not i.summary for i in carried)
    with pytest.raises(ValidationError):  # carried once
        meetings.carry_unfinished_items(db, secretariat, mid, later.meeting.id)


def test_opinions_name_the_speaker_from_the_attendance_list(db, secretariat, world):
    d = meetings.create_meeting(db, secretariat, meeting_input(world))
    police = by_name(d, "Phạm Quốc Dũng")
    meetings.save_attendee(
        db,
        secretariat,
        d.meeting.id,
        AttendeeInput(attendance="delegated", delegate_name="Ngô Văn Tư"),
        police.id,
    )
    item = meetings.save_agenda_item(
        db, secretariat, d.meeting.id, AgendaItemInput(title="Thảo luận")
    )
    said = meetings.save_opinion(
        db,
        secretariat,
        d.meeting.id,
        OpinionInput(
            text="Đề nghị tăng cường phối hợp\nxử lý vụ việc xâm hại trẻ em.",
            attendee_id=police.id,
            agenda_item_id=item.id,
        ),
    )
    assert (said.speaker, said.agency_name) == ("Ngô Văn Tư", "Công an tỉnh")
    assert said.text == "Đề nghị tăng cường phối hợp\nxử lý vụ việc xâm hại trẻ em."
    with pytest.raises(ValidationError):
        meetings.save_opinion(db, secretariat, d.meeting.id, OpinionInput(text="  "))
    assert meetings.get_meeting(db, secretariat, d.meeting.id).opinions_on(item.id) == (said,)


# --- conclusions become tasks ---------------------------------------------------------------


def test_conclusion_tasks_live_in_the_tracker_with_the_meeting_as_source(
    db, secretariat, world, assert_unchanged
):
    d = held_meeting(db, secretariat, world)
    conclusion = d.conclusions[0]
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        meetings.create_conclusion_tasks(
            db,
            secretariat,
            conclusion.id,
            [
                ConclusionTaskInput(
                    title="Rà soát",
                    lead_agency_id=world.agencies["SYT"],
                    deadline=date(2026, 1, 19),
                )
            ],
        )
    assert "before the meeting (20/01/2026)" in str(exc.value)
    ids = meetings.create_conclusion_tasks(
        db,
        secretariat,
        conclusion.id,
        [
            ConclusionTaskInput(
                title="Rà soát trẻ em có hoàn cảnh đặc biệt",
                lead_agency_id=world.agencies["SYT"],
                cooperating_agency_ids=(world.agencies["CAT"], world.agencies["SGDDT"]),
                deadline=date(2026, 3, 31),
            ),
            ConclusionTaskInput(
                title="Báo cáo kết quả rà soát",
                lead_agency_id=world.agencies["SYT"],
                working_days=10,
            ),
        ],
    )
    assert len(ids) == 2
    relative = tasks.get_task(db, secretariat, ids[1]).row
    assert relative.sector_id == world.sectors["health"]  # the lead agency's sector
    # ten working days from Tue 20/01/2026: weekends skipped -> Tue 03/02/2026
    assert relative.deadline == date(2026, 2, 3)
    d = meetings.get_meeting(db, secretariat, d.meeting.id, as_of=date(2026, 2, 10))
    shown = d.conclusions[0].tasks
    assert [(t.title, t.status_class) for t in shown] == [
        ("Rà soát trẻ em có hoàn cảnh đặc biệt", "in_progress"),
        ("Báo cáo kết quả rà soát", "overdue"),
    ]
    assert set(shown[0].cooperating_agency_names) == {"Công an tỉnh", "Sở Giáo dục và Đào tạo"}
    assert meetings.recipients(d)[:3] == ("Sở Y tế", "Công an tỉnh", "Sở Giáo dục và Đào tạo")
    (row,) = list(meetings.list_meetings(db, secretariat, world.province))
    assert (row.conclusions, row.tasks) == (1, 2)
    with pytest.raises(ValidationError):  # tasks keep their history: no deleting the source
        meetings.delete_conclusion(db, secretariat, conclusion.id)
    with pytest.raises(ValidationError):
        meetings.delete_meeting(db, secretariat, d.meeting.id)

    issued = meetings.issue_document_number(
        db, secretariat, d.meeting.id, "notice", date(2026, 1, 22)
    )
    assert issued.meeting.notice_number == 1
    cited = tasks.get_task(db, secretariat, ids[0]).data
    assert (cited.source_kind, cited.source_number, cited.meeting_id) == (
        "meeting",
        "01/TB-BĐH",
        d.meeting.id,
    )


# --- approval, lock, reopen, numbering ------------------------------------------------------


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


def test_two_secretaries_recording_opinions_at_once_both_land(db, secretariat, admin, world):
    """Two PCs type opinions into the same meeting at the same time: all are kept, in order,
    and neither sees a conflict (an opinion does not depend on the meeting's other parts)."""
    from services.tasks.test_tasks_service import race

    mid = meetings.create_meeting(db, secretariat, meeting_input(world)).meeting.id

    def record(actor, who):
        def call(database):
            for n in range(6):
                meetings.save_opinion(
                    database, actor, mid, OpinionInput(text=f"{who} {n}", speaker=who)
                )
            return "done"

        return call

    assert race(db, record(secretariat, "Bà Lan"), record(admin, "Ông Tư")) == ["done", "done"]
    said = meetings.get_meeting(db, secretariat, mid).opinions
    assert sorted(o.text for o in said) == sorted(
        [f"Bà Lan {n}" for n in range(6)] + [f"Ông Tư {n}" for n in range(6)]
    )
    assert [o.position for o in said] == list(range(1, 13))


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


def test_an_extension_moves_the_live_deadline_not_the_one_the_meeting_decided(
    db, secretariat, world
):
    """The meeting page shows the deadline that counts now; the minutes and a reprinted notice
    keep the one decided at the meeting."""
    from coordboard.services.documents import meeting_docs

    d = held_meeting(db, secretariat, world)
    (task_id,) = meetings.create_conclusion_tasks(
        db,
        secretariat,
        d.conclusions[0].id,
        [
            ConclusionTaskInput(
                title="Rà soát trẻ em có hoàn cảnh đặc biệt",
                lead_agency_id=world.agencies["SYT"],
                deadline=date(2026, 3, 31),
            )
        ],
    )
    tasks.add_extension(
        db,
        secretariat,
        task_id,
        new_deadline=date(2026, 5, 15),
        reason="Chờ số liệu của các xã",
        approved_by="Trưởng ban",
        approved_on=date(2026, 3, 25),
    )
    (shown,) = meetings.get_meeting(db, secretariat, d.meeting.id).conclusions[0].tasks
    assert (shown.deadline, shown.decided_deadline) == (date(2026, 5, 15), date(2026, 3, 31))
    text = meeting_docs.build_notice(
        meetings.get_meeting(db, secretariat, d.meeting.id)
    ).plain_text()
    assert "thời hạn: ngày 31/03/2026" in text and "15/05/2026" not in text


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
