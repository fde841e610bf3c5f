"""The demo's annual review, modelled on seed 002: a year-end "Hội nghị tổng kết", in person and
online, with reports, opinions from the police, education, the Women's Union and a guest, and
the chair's conclusions, several of which became tasks (fixed deadlines, one "within 10 working
days"); the minutes approved and numbered, the conclusion notice issued, and the health
department's progress on two of its tasks.
"""

from __future__ import annotations

from datetime import date, datetime, time

from coordboard.services import meetings, tasks
from coordboard.services.demo.meeting_common import (
    GUESTS,
    D,
    Seats,
    can_record,
    review_day,
    working_day,
)
from coordboard.services.meetings import (
    AgendaItemInput,
    AttendeeInput,
    ConclusionTaskInput,
    MeetingInput,
    OpinionInput,
)
from coordboard.services.tasks import ProgressInput

ONLINE_LINK = "https://hop-truc-tuyen.vinhlong.gov.vn/bdh-tong-ket"


def annual_review(db, board_id, agencies, actor, focal, today) -> int:
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
    meetings.issue_document_number(db, actor, mid, "invitation", working_day(day - 10 * D, -1))
    seat = Seats(d, agencies)
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

    if can_record(day):
        meetings.set_status(db, actor, mid, "held")
        meetings.set_status(db, actor, mid, "minutes_drafted")
        meetings.approve_minutes(db, actor, mid)
        meetings.issue_document_number(db, actor, mid, "notice", working_day(day + 3 * D))
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
