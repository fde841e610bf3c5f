"""The demo's meetings of the province board, placed around the day the demo is built.

- An annual review modelled on seed 002 (a year-end "Hội nghị tổng kết", in person and online;
  built in demo.annual_review): reports, opinions from the police, education, the Women's Union
  and a guest, the chair's conclusions, several of which became tasks (fixed deadlines, one
  "within 10 working days"); the minutes approved and numbered, the conclusion notice issued.
- A regular meeting three weeks ago: held, minutes drafted, chaired by the standing deputy.
- A thematic meeting next month: planned, with its agenda and a numbered invitation.

Every person is fictional; the agencies are the catalogue's.
"""

from __future__ import annotations

from datetime import date, datetime, time

from coordboard.services import meetings
from coordboard.services.actor import Actor
from coordboard.services.demo.annual_review import annual_review
from coordboard.services.demo.meeting_common import GUESTS, D, Seats, can_record, working_day
from coordboard.services.meetings import (
    AgendaItemInput,
    AttendeeInput,
    ConclusionTaskInput,
    MeetingInput,
    OpinionInput,
)


def build_meetings(
    db,
    *,
    province_id: int,
    agencies: dict[str, int],
    secretariat: Actor,
    focal: dict[str, Actor],
    today: date,
) -> list[int]:
    """Create the three demo meetings; returns their ids (review, regular, planned)."""
    return [
        annual_review(db, province_id, agencies, secretariat, focal, today),
        _regular_meeting(db, province_id, agencies, secretariat, today),
        _planned_meeting(db, province_id, agencies, secretariat, today),
    ]


# --- a regular meeting three weeks ago: minutes drafted ---------------------------------------


def _regular_meeting(db, board_id, agencies, actor, today) -> int:
    day = working_day(today - 21 * D, -1)
    d = meetings.create_meeting(
        db,
        actor,
        MeetingInput(
            board_id=board_id,
            title=f"Họp Ban Điều hành định kỳ tháng {day.month}/{day.year}",
            kind="regular",
            starts_at=datetime.combine(day, time(14, 0)),
            ends_at=datetime.combine(day, time(16, 30)),
            place="Phòng họp Sở Y tế",
            mode="in_person",
        ),
    )
    mid = d.meeting.id
    seat = Seats(d, agencies)
    health, children = seat("SYT", "Giám đốc"), seat("SYT", "Trưởng phòng")
    culture = seat("SVHTTDL")
    secretary = [
        a
        for a in d.attendees
        if a.agency_id == agencies["SYT"] and a.title.startswith("Chuyên viên")
    ][-1]
    progress = meetings.save_agenda_item(
        db,
        actor,
        mid,
        AgendaItemInput(
            title="Tiến độ thực hiện các nhiệm vụ của Ban Điều hành",
            presenter=children.name,
            presenter_agency_id=agencies["SYT"],
            planned_minutes=40,
            finished=True,
            summary="Phần lớn nhiệm vụ đang thực hiện trong hạn; một số nhiệm vụ quá hạn do chờ bố "
            "trí kinh phí.",
        ),
    )
    drowning = meetings.save_agenda_item(
        db,
        actor,
        mid,
        AgendaItemInput(
            title="Công tác phòng, chống đuối nước trẻ em",
            presenter=culture.name,
            presenter_agency_id=agencies["SVHTTDL"],
            planned_minutes=30,
            finished=True,
        ),
    )
    meetings.set_attendance(db, actor, mid, {a.id: "present" for a in d.attendees})
    for code in ("UBND-T", "DPTTH", "SKHCN"):
        meetings.save_attendee(
            db,
            actor,
            mid,
            AttendeeInput(attendance="absent_excused", absence_reason="Bận công tác khác"),
            seat(code).id,
        )
    meetings.set_roles(db, actor, mid, health.id, secretary.id)
    meetings.save_opinion(
        db,
        actor,
        mid,
        OpinionInput(
            text="Đề nghị Sở Tài chính sớm thẩm định kinh phí để các nhiệm vụ quá hạn hoàn thành.",
            attendee_id=children.id,
            agenda_item_id=progress.id,
        ),
    )
    meetings.save_opinion(
        db,
        actor,
        mid,
        OpinionInput(
            text="Đề nghị các địa phương rà soát, lắp đặt biển cảnh báo tại các điểm có nguy cơ đuối "
            "nước cao.",
            attendee_id=culture.id,
            agenda_item_id=drowning.id,
        ),
    )
    meetings.save_conclusion(
        db,
        actor,
        mid,
        "Các cơ quan chủ trì nhiệm vụ quá hạn báo cáo nguyên nhân và đề xuất gia hạn bằng văn bản.",
    )
    c = meetings.save_conclusion(db, actor, mid, "Tăng cường phòng, chống đuối nước trẻ em.")
    meetings.create_conclusion_tasks(
        db,
        actor,
        c.id,
        [
            ConclusionTaskInput(
                title="Rà soát, lắp đặt biển cảnh báo tại các điểm có nguy cơ đuối nước",
                lead_agency_id=agencies["SVHTTDL"],
                cooperating_agency_ids=(agencies["TD"],),
                deadline=today + 20 * D,
            )
        ],
    )
    if can_record(day):
        meetings.set_status(db, actor, mid, "held")
        meetings.set_status(db, actor, mid, "minutes_drafted")
    return mid


# --- a thematic meeting next month: planned, invitation issued --------------------------------


def _planned_meeting(db, board_id, agencies, actor, today) -> int:
    first = (today.replace(day=1) + 32 * D).replace(day=10)
    day = working_day(first)
    d = meetings.create_meeting(
        db,
        actor,
        MeetingInput(
            board_id=board_id,
            kind="thematic",
            title="Họp chuyên đề về phòng, chống bạo lực, xâm hại và đuối nước trẻ em",
            starts_at=datetime.combine(day, time(8, 0)),
            ends_at=datetime.combine(day, time(11, 0)),
            place="Phòng họp số 2, Ủy ban nhân dân tỉnh",
            mode="in_person",
            purpose="Đánh giá việc thực hiện kết luận tại Hội nghị tổng kết; thống nhất giải pháp "
            "phòng, chống bạo lực, xâm hại và đuối nước trẻ em.",
        ),
    )
    mid = d.meeting.id
    seat = Seats(d, agencies)
    for item in (
        AgendaItemInput(
            title="Báo cáo tình hình thực hiện kết luận của Hội nghị tổng kết",
            presenter=seat("SYT", "Giám đốc").name,
            presenter_agency_id=agencies["SYT"],
            planned_minutes=30,
        ),
        AgendaItemInput(
            title="Báo cáo tình hình bạo lực, xâm hại trẻ em và kết quả xử lý",
            presenter=seat("CAT", "Trưởng phòng").name,
            presenter_agency_id=agencies["CAT"],
            planned_minutes=30,
        ),
        AgendaItemInput(
            title="Giải pháp phòng, chống đuối nước trẻ em trong mùa mưa lũ",
            presenter=seat("SVHTTDL").name,
            presenter_agency_id=agencies["SVHTTDL"],
            planned_minutes=30,
        ),
        AgendaItemInput(title="Thảo luận, kết luận", planned_minutes=60),
    ):
        meetings.save_agenda_item(db, actor, mid, item)
    meetings.save_attendee(
        db, actor, mid, AttendeeInput(name=GUESTS[1][0], title=GUESTS[1][1], attendance="invited")
    )
    meetings.issue_document_number(db, actor, mid, "invitation", min(today, day))
    return mid
