"""The demo's meetings of the province board, placed around the day the demo is built.

- An annual review modelled on seed 002 (a year-end "Hội nghị tổng kết", in person and online):
  reports, opinions from the police, education, the Women's Union and a guest, the chair's
  conclusions, several of which became tasks (fixed deadlines, one "within 10 working days");
  the minutes approved and numbered, the conclusion notice issued.
- A regular meeting three weeks ago: held, minutes drafted, chaired by the standing deputy.
- A thematic meeting next month: planned, with its agenda and a numbered invitation.

Every person is fictional; the agencies are the catalogue's.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from coordboard.services import meetings, tasks
from coordboard.services.actor import Actor
from coordboard.services.meetings import (
    AgendaItemInput,
    AttendeeInput,
    ConclusionTaskInput,
    MeetingDetail,
    MeetingInput,
    OpinionInput,
)
from coordboard.services.tasks import ProgressInput
from coordboard.services.workdays import WorkCalendar

D = timedelta(days=1)
ONLINE_LINK = "https://hop-truc-tuyen.vinhlong.gov.vn/bdh-tong-ket"

# Guests of the annual review (fictional people; their organisations named in the title).
GUESTS = [
    ("Ông Lâm Quốc Bảo", "Chủ tịch Hội Bảo vệ quyền trẻ em tỉnh"),
    ("Bà Tạ Thị Diễm", "Giám đốc Trung tâm Công tác xã hội tỉnh"),
]


def _working_day(day: date, step: int = 1) -> date:
    """`day` if people work that day, else the next (step 1) or previous (step -1) one."""
    calendar = WorkCalendar()
    while not calendar.is_working_day(day):
        day += step * D
    return day


def review_day(today: date) -> date:
    """The year-end review: around 20 January of this year once that is two weeks past,
    otherwise about six weeks ago (a December review)."""
    day = _working_day(date(today.year, 1, 20))
    if day <= today - 14 * D:
        return day
    return _working_day(today - 42 * D, -1)


class _Seats:
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
        _annual_review(db, province_id, agencies, secretariat, focal, today),
        _regular_meeting(db, province_id, agencies, secretariat, today),
        _planned_meeting(db, province_id, agencies, secretariat, today),
    ]


def _can_record(day: date) -> bool:
    """The services refuse to record a meeting as held before its day (the real today)."""
    return day <= date.today()


# --- the annual review (seed 002) -------------------------------------------------------------


def _annual_review(db, board_id, agencies, actor, focal, today) -> int:
    day = review_day(today)
    done_year = day.year if day.month == 12 else day.year - 1
    title = (
        f"Hội nghị tổng kết công tác trẻ em năm {done_year} và triển khai nhiệm vụ năm "
        f"{done_year + 1}"
    )
    d = meetings.create_meeting(
        db,
        actor,
        MeetingInput(
            board_id=board_id,
            title=title,
            kind="annual_review",
            starts_at=datetime.combine(day, time(8, 0)),
            ends_at=datetime.combine(day, time(11, 30)),
            place="Hội trường Ủy ban nhân dân tỉnh",
            mode="hybrid",
            online_link=ONLINE_LINK,
            purpose=f"Đánh giá kết quả công tác trẻ em năm {done_year}; thảo luận, thống nhất "
            f"phương hướng, nhiệm vụ trọng tâm năm {done_year + 1}.",
        ),
    )
    mid = d.meeting.id
    meetings.issue_document_number(db, actor, mid, "invitation", _working_day(day - 10 * D, -1))
    seat = _Seats(d, agencies)
    chair, health = seat("UBND-T"), seat("SYT", "Giám đốc")
    children = seat("SYT", "Trưởng phòng")
    police, education = seat("CAT", role="Phó Trưởng ban"), seat("SGDDT", role="Phó Trưởng ban")
    women, secretary = seat("HLHPN"), seat("SYT", "Chuyên viên")

    items = [
        AgendaItemInput(
            title=f"Báo cáo tổng kết công tác trẻ em năm {done_year}, phương hướng, nhiệm vụ "
            f"năm {done_year + 1}",
            presenter=health.name,
            presenter_agency_id=agencies["SYT"],
            planned_minutes=30,
            finished=True,
            summary=f"Năm {done_year}, Ban Điều hành đã chỉ đạo triển khai đồng bộ các giải pháp "
            "bảo vệ, chăm sóc trẻ em; 18/20 chỉ tiêu của Kế hoạch đạt và vượt.\n"
            "Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 tiếp nhận và chuyển xử lý "
            "kịp thời các thông tin về trẻ em có nguy cơ bị xâm hại.\n"
            "Tồn tại: còn 13 xã, phường chưa bố trí người làm công tác bảo vệ trẻ em; "
            "nguồn lực hỗ trợ trẻ em mồ côi, trẻ em có hoàn cảnh đặc biệt còn hạn chế.",
        ),
        AgendaItemInput(
            title="Báo cáo kết quả phối hợp phòng, chống bạo lực, xâm hại trẻ em",
            presenter=police.name,
            presenter_agency_id=agencies["CAT"],
            planned_minutes=20,
            finished=True,
            summary="Lực lượng Công an phối hợp với ngành y tế, giáo dục tiếp nhận, xác minh và "
            "xử lý các vụ việc xâm hại trẻ em; các vụ việc được khởi tố, điều tra theo "
            "đúng quy định.",
        ),
        AgendaItemInput(
            title=f"Dự thảo Kế hoạch thực hiện nhiệm vụ trọng tâm công tác trẻ em năm "
            f"{done_year + 1}",
            presenter=children.name,
            presenter_agency_id=agencies["SYT"],
            planned_minutes=25,
            finished=True,
            summary="Dự thảo gồm 10 nhóm nhiệm vụ trọng tâm, phân công cơ quan chủ trì, phối "
            "hợp và thời hạn thực hiện.",
        ),
        AgendaItemInput(
            title="Thảo luận và phát biểu kết luận của Trưởng ban",
            planned_minutes=60,
            finished=True,
        ),
    ]
    ids = [meetings.save_agenda_item(db, actor, mid, item).id for item in items]

    meetings.set_attendance(db, actor, mid, {a.id: "present" for a in d.attendees})
    meetings.save_attendee(
        db,
        actor,
        mid,
        AttendeeInput(
            attendance="delegated",
            delegate_name="Đinh Công Khoa",
            delegate_title="Trưởng phòng Phổ biến, giáo dục pháp luật",
        ),
        seat("STP").id,
    )
    meetings.save_attendee(
        db,
        actor,
        mid,
        AttendeeInput(attendance="absent_excused", absence_reason="Dự phiên tòa xét xử lưu động"),
        seat("TAND").id,
    )
    meetings.save_attendee(
        db,
        actor,
        mid,
        AttendeeInput(
            attendance="absent_excused", absence_reason="Đi công tác tại Thành phố Hồ Chí Minh"
        ),
        seat("BHXH").id,
    )
    meetings.save_attendee(db, actor, mid, AttendeeInput(attendance="absent"), seat("HND").id)
    guests = [
        meetings.save_attendee(
            db, actor, mid, AttendeeInput(name=name, title=title, attendance="present")
        )
        for name, title in GUESTS
    ]
    meetings.set_roles(db, actor, mid, chair.id, secretary.id)

    opinions = [
        (
            education,
            ids[0],
            "Ngành giáo dục đã lồng ghép giáo dục kỹ năng phòng, chống xâm hại, phòng, chống đuối "
            "nước vào hoạt động ngoại khóa của học sinh.\nĐề nghị tăng cường tập huấn cho giáo viên "
            "về phát hiện sớm, hỗ trợ học sinh có dấu hiệu bị bạo lực.",
        ),
        (
            guests[0],
            ids[0],
            "Ghi nhận, đánh giá cao hiệu quả công tác tham mưu, phối hợp liên ngành của Sở Y tế "
            "trong năm qua; đề nghị quan tâm hơn nữa đến trẻ em mồ côi, trẻ em có hoàn cảnh đặc "
            "biệt.",
        ),
        (
            police,
            ids[1],
            "Đề nghị các sở, ngành, địa phương chia sẻ thông tin kịp thời qua Tổng đài 111 để lực "
            "lượng Công an xác minh, xử lý nhanh các vụ việc.\nCần thống nhất quy trình phối hợp "
            "tiếp nhận, xử lý tin báo giữa các ngành.",
        ),
        (
            women,
            ids[2],
            "Đề nghị bổ sung vào Kế hoạch nội dung tăng cường phối hợp với Mặt trận Tổ quốc, Hội "
            "Liên hiệp Phụ nữ, Đoàn Thanh niên trong truyền thông, vận động tại cộng đồng dân cư.",
        ),
        (
            guests[1],
            ids[2],
            "Trung tâm sẵn sàng phối hợp cung cấp dịch vụ tư vấn, trị liệu tâm lý cho trẻ em bị "
            "xâm hại và gia đình.",
        ),
    ]
    for who, item_id, text in opinions:
        meetings.save_opinion(
            db, actor, mid, OpinionInput(text=text, attendee_id=who.id, agenda_item_id=item_id)
        )

    def conclusion(text: str, *task_inputs: ConclusionTaskInput) -> tuple[int, ...]:
        c = meetings.save_conclusion(db, actor, mid, text)
        return (
            meetings.create_conclusion_tasks(db, actor, c.id, list(task_inputs))
            if task_inputs
            else ()
        )

    year = done_year + 1
    conclusion(
        f"Ghi nhận, biểu dương kết quả công tác trẻ em năm {done_year}; các thành viên "
        "Ban Điều hành tiếp tục phát huy vai trò, trách nhiệm trong phối hợp liên ngành."
    )
    rule = conclusion(
        "Triển khai sâu rộng hơn nữa công tác phối hợp liên ngành về trẻ em; tăng cường phối hợp "
        "với Mặt trận Tổ quốc, Hội Liên hiệp Phụ nữ, Tỉnh đoàn trong truyền thông, vận động.",
        ConclusionTaskInput(
            title="Xây dựng Quy chế phối hợp liên ngành về bảo vệ, chăm sóc trẻ em",
            lead_agency_id=agencies["SYT"],
            cooperating_agency_ids=(agencies["MTTQ"], agencies["HLHPN"], agencies["TD"]),
            deadline=max(day + 30 * D, date(year, 3, 31)),
        ),
    )
    review = conclusion(
        "Ưu tiên hỗ trợ trẻ em mồ côi, trẻ em có hoàn cảnh đặc biệt; rà soát, cập nhật danh sách "
        "để kịp thời hỗ trợ.",
        ConclusionTaskInput(
            title="Rà soát, cập nhật danh sách trẻ em mồ côi, trẻ em có hoàn cảnh đặc biệt trên "
            "địa bàn tỉnh",
            lead_agency_id=agencies["SYT"],
            cooperating_agency_ids=(agencies["CAT"], agencies["SGDDT"]),
            working_days=10,
        ),
    )
    conclusion(
        "Tăng cường phòng ngừa, phát hiện sớm và xử lý nghiêm các vụ việc bạo lực, xâm hại trẻ em.",
        ConclusionTaskInput(
            title="Ban hành quy trình phối hợp tiếp nhận, xác minh, xử lý tin báo về xâm hại trẻ "
            "em qua Tổng đài 111",
            lead_agency_id=agencies["CAT"],
            cooperating_agency_ids=(agencies["SYT"], agencies["SGDDT"], agencies["VKSND"]),
            deadline=max(day + 60 * D, date(year, 4, 30)),
        ),
    )
    conclusion(
        "Phát triển mạng lưới bảo vệ trẻ em đến cấp xã và cộng đồng dân cư.",
        ConclusionTaskInput(
            title="Tập huấn kỹ năng phát hiện, hỗ trợ trẻ em bị xâm hại cho người làm công tác "
            "trẻ em cấp xã",
            lead_agency_id=agencies["HLHPN"],
            cooperating_agency_ids=(agencies["SYT"], agencies["TD"]),
            deadline=max(day + 150 * D, date(year, 6, 30)),
        ),
    )
    conclusion(
        f"Giao Sở Y tế (cơ quan thường trực) hoàn thiện dự thảo Kế hoạch năm {year} trên "
        "cơ sở ý kiến tại Hội nghị, trình Ủy ban nhân dân tỉnh ban hành."
    )

    if _can_record(day):
        meetings.set_status(db, actor, mid, "held")
        meetings.set_status(db, actor, mid, "minutes_drafted")
        meetings.approve_minutes(db, actor, mid)
        meetings.issue_document_number(db, actor, mid, "notice", _working_day(day + 3 * D))
        _report_progress(db, actor, focal, today, review[0], rule[0])
    return mid


def _report_progress(db, actor, focal, today, review_task: int, rule_task: int) -> None:
    """The health department finished its review in time and is drafting the regulation."""
    health = focal.get("SYT", actor)
    detail = tasks.get_task(db, actor, review_task)
    due = detail.row.deadline
    done = min(due - D, today) if due else today
    if done >= detail.data.assigned_date and done <= today:
        tasks.add_update(
            db,
            health,
            review_task,
            ProgressInput(
                update_date=done,
                text="Đã rà soát, cập nhật danh sách; gửi kết quả về Tổ thư ký.",
                new_status="done",
                completed_on=done,
            ),
        )
    assigned = tasks.get_task(db, actor, rule_task).data.assigned_date
    on = min(today, assigned + 20 * D)
    tasks.add_update(
        db,
        health,
        rule_task,
        ProgressInput(
            update_date=on,
            text="Đã xây dựng dự thảo Quy chế, đang lấy ý kiến các thành viên.",
            percent=60,
            new_status="in_progress",
        ),
    )


# --- a regular meeting three weeks ago: minutes drafted ---------------------------------------


def _regular_meeting(db, board_id, agencies, actor, today) -> int:
    day = _working_day(today - 21 * D, -1)
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
    seat = _Seats(d, agencies)
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
    if _can_record(day):
        meetings.set_status(db, actor, mid, "held")
        meetings.set_status(db, actor, mid, "minutes_drafted")
    return mid


# --- a thematic meeting next month: planned, invitation issued --------------------------------


def _planned_meeting(db, board_id, agencies, actor, today) -> int:
    first = (today.replace(day=1) + 32 * D).replace(day=10)
    day = _working_day(first)
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
    seat = _Seats(d, agencies)
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
