"""A complete meeting of the test world's province board, recorded through the services: the
material of the meeting-document and export tests.

    from services.documents.meeting_sample import recorded_meeting
    detail = recorded_meeting(db, secretariat, world, approve=True)
"""

from __future__ import annotations

from datetime import date, datetime

from coordboard.services import meetings
from coordboard.services.meetings import (
    AgendaItemInput,
    AttendeeInput,
    ConclusionTaskInput,
    MeetingInput,
    OpinionInput,
)

DAY = datetime(2026, 1, 20, 8, 0)
TITLE = "Hội nghị tổng kết công tác trẻ em năm 2025 và triển khai nhiệm vụ năm 2026"
LINK = "https://hop.vinhlong.gov.vn/tongket2025"


def _by_name(detail, name):
    return next(a for a in detail.attendees if a.name == name)


def recorded_meeting(
    db,
    actor,
    world,
    *,
    approve: bool = False,
    notice: bool = False,
    invitation: bool = False,
    ends_at: datetime | None = None,
):
    """Chair Nguyễn Văn An, secretary Trần Thị Bích (both present); the police member sends a
    delegate; the education member is away with a reason; two guests; two agenda items with
    opinions (one over two lines), one opinion outside the agenda; three conclusions, two of
    which became tasks (a fixed deadline with two co-operating agencies, ten working days, and
    one without deadline)."""
    d = meetings.create_meeting(
        db,
        actor,
        MeetingInput(
            board_id=world.province,
            title=TITLE,
            starts_at=DAY,
            ends_at=ends_at or DAY.replace(hour=11, minute=30),
            kind="annual_review",
            place="Hội trường Sở Y tế tỉnh Vĩnh Long",
            mode="hybrid",
            online_link=LINK,
            purpose="Đánh giá kết quả công tác trẻ em năm 2025; triển khai nhiệm vụ năm 2026.",
        ),
    )
    mid = d.meeting.id
    if invitation:
        meetings.issue_document_number(db, actor, mid, "invitation", date(2026, 1, 12))
    chair, secretary = _by_name(d, "Nguyễn Văn An"), _by_name(d, "Trần Thị Bích")
    meetings.set_attendance(db, actor, mid, {chair.id: "present", secretary.id: "present"})
    meetings.save_attendee(
        db,
        actor,
        mid,
        AttendeeInput(
            attendance="delegated",
            delegate_name="Ngô Văn Tư",
            delegate_title="Trưởng phòng Cảnh sát hình sự",
        ),
        _by_name(d, "Phạm Quốc Dũng").id,
    )
    meetings.save_attendee(
        db,
        actor,
        mid,
        AttendeeInput(
            attendance="absent_excused", absence_reason="Đi công tác tại Bộ Giáo dục và Đào tạo"
        ),
        _by_name(d, "Lê Minh Cường").id,
    )
    expert = meetings.save_attendee(
        db,
        actor,
        mid,
        AttendeeInput(
            name="Bà Trương Thị Hoa", title="Chuyên gia bảo vệ trẻ em", attendance="present"
        ),
    )
    meetings.save_attendee(
        db,
        actor,
        mid,
        AttendeeInput(
            name="Ông Đặng Quốc Huy",
            title="Phó Chủ tịch Hội Bảo vệ quyền trẻ em tỉnh",
            attendance="present",
        ),
    )
    meetings.set_roles(db, actor, mid, chair.id, secretary.id)

    report = meetings.save_agenda_item(
        db,
        actor,
        mid,
        AgendaItemInput(
            title="Báo cáo tổng kết công tác trẻ em năm 2025",
            presenter="Bà Trần Thị Bích",
            presenter_agency_id=world.agencies["SYT"],
            planned_minutes=30,
            summary="Năm 2025 hoàn thành 18/20 chỉ tiêu của Kế hoạch.\n"
            "Tỷ lệ xã, phường phù hợp với trẻ em đạt 82%.",
            finished=True,
        ),
    )
    plan = meetings.save_agenda_item(
        db,
        actor,
        mid,
        AgendaItemInput(
            title="Dự thảo Kế hoạch công tác trẻ em năm 2026",
            presenter="Bà Trần Thị Bích",
            presenter_agency_id=world.agencies["SYT"],
            planned_minutes=45,
        ),
    )
    meetings.save_opinion(
        db,
        actor,
        mid,
        OpinionInput(
            text="Đề nghị tăng cường phối hợp xử lý vụ việc xâm hại trẻ em.\n"
            "Cần cập nhật số liệu vụ việc hằng tháng.",
            attendee_id=_by_name(d, "Phạm Quốc Dũng").id,
            agenda_item_id=report.id,
        ),
    )
    meetings.save_opinion(
        db,
        actor,
        mid,
        OpinionInput(
            text="Đề nghị bổ sung hỗ trợ tâm lý cho trẻ em bị ảnh hưởng sau thiên tai.",
            attendee_id=expert.id,
            agenda_item_id=plan.id,
        ),
    )
    meetings.save_opinion(
        db,
        actor,
        mid,
        OpinionInput(
            text="Thống nhất với dự thảo kế hoạch.",
            speaker="Bà Hồ Thị Vân",
            agency_id=world.agencies["HLHPN"],
            agenda_item_id=None,
        ),
    )

    review = meetings.save_conclusion(
        db, actor, mid, "Giao Sở Y tế chủ trì rà soát trẻ em có hoàn cảnh đặc biệt."
    )
    meetings.create_conclusion_tasks(
        db,
        actor,
        review.id,
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
    media = meetings.save_conclusion(db, actor, mid, "Đẩy mạnh truyền thông về Tổng đài 111.")
    meetings.create_conclusion_tasks(
        db,
        actor,
        media.id,
        [
            ConclusionTaskInput(
                title="Truyền thông về Tổng đài điện thoại quốc gia 111",
                lead_agency_id=world.agencies["HLHPN"],
            )
        ],
    )
    meetings.save_conclusion(
        db,
        actor,
        mid,
        "Thống nhất thông qua dự thảo Kế hoạch năm 2026;\nTổ thư ký hoàn thiện, trình ban hành.",
    )
    if approve:
        meetings.approve_minutes(db, actor, mid)
    if notice:
        meetings.issue_document_number(db, actor, mid, "notice", date(2026, 1, 22))
    return meetings.get_meeting(db, actor, mid, as_of=date(2026, 2, 1))
