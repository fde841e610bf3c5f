"""A hand-built plan of the test world's province board, every status class in it, for the
progress report and reminder-letter tests. The expected numbers are written out below, counted
by hand from the tasks made here, not by the services under test.

    from services.documents.report_sample import H1, AS_OF, build_sample
    sample = build_sample(db, secretariat, world)

The period is the first half of 2026, as of 30/06/2026 (the due-soon window is 7 days):

| key            | lead  | sector    | section | deadline (eff.)         | state as of 30/06/2026 |
|----------------|-------|-----------|---------|-------------------------|------------------------|
| on_time        | SYT   | health    | 1       | 31/03                   | done 20/03: on time    |
| late           | SGDDT | education | 1       | 28/02                   | done 15/03: late       |
| progress       | SYT   | health    | 2       | 30/09                   | in progress            |
| due_soon       | CAT   | police    | 2       | 03/07                   | due soon (3 days)      |
| overdue        | SGDDT | education | 2       | 15/05                   | overdue 46 days        |
| extended       | CAT   | police    | 1       | 30/04 -> 31/05          | overdue 30 days        |
| no_deadline    | SYT   | health    | -       | none                    | no deadline            |
| cancelled      | SYT   | health    | 1       | 30/05                   | cancelled              |
| suspended      | SGDDT | education | 2       | 30/08                   | suspended              |
| recurring (H1) | SYT   | health    | -       | 25/05                   | done 20/05: on time    |
| done_after     | SYT   | health    | 2       | 15/06                   | done 10/07: overdue 15 |
Left out of the H1 report: the recurring duty's 20/11 occurrence (falls due after the period),
a task done on 10/12/2025 (before the period), a task assigned on 15/07/2026 (after it), a
task of another board, and, from the plan's report, what is outside the plan: a meeting
conclusion's task (SGDDT, due 30/04, open: overdue), and a task of the 2025 plan (SYT, due
31/03) carried over into the 2026 copy of that plan and done there on 20/03 (the old task
counts apart as "carried over", the copy is done on time).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from coordboard.services import meetings, plans, tasks
from coordboard.services.actor import SYSTEM
from coordboard.services.meetings import ConclusionTaskInput, MeetingInput
from coordboard.services.reports import ReportPeriod
from coordboard.services.tasks import ProgressInput, TaskInput

H1 = ReportPeriod.half(2026, 1)
AS_OF = date(2026, 6, 30)
PLAN_CODE = "12/KH-BĐH"
PLAN_TITLE = "Kế hoạch thực hiện công tác bảo vệ trẻ em giai đoạn 2025-2026"
MEETING_TITLE = "Họp Ban Điều hành quý I năm 2026"

# by hand, from the table above
EXPECTED = {
    "done_on_time": 2,
    "done_late": 1,
    "in_progress": 1,
    "due_soon": 1,
    "overdue": 3,
    "no_deadline": 1,
    "cancelled": 1,
    "suspended": 1,
}
EXPECTED_TOTAL = 11
EXPECTED_DUE, EXPECTED_DONE, EXPECTED_ON_TIME = 6, 3, 2  # deadline before 30/06, done, on time
EXPECTED_BY_SECTOR = {  # sector: (total, on time, late, in progress within deadline, overdue)
    "Y tế": (6, 2, 0, 1, 1),
    "Giáo dục và đào tạo": (3, 0, 1, 0, 1),
    "Công an": (2, 0, 0, 1, 1),
}
EXPECTED_OVERDUE = [("overdue", 46), ("extended", 30), ("done_after", 15)]


@dataclass
class Sample:
    plan_id: int
    sections: dict[str, int]
    ids: dict[str, int] = field(default_factory=dict)
    meeting_id: int | None = None


def _task(
    db,
    actor,
    world,
    sample: Sample,
    key: str,
    *,
    lead: str,
    sector: str,
    assigned: date,
    deadline: date | None,
    section: str | None = None,
    board_id: int | None = None,
    plan: bool = True,
    plan_id: int | None = None,
    **extra,
) -> int:
    data = TaskInput(
        board_id=board_id or world.province,
        title=TITLES[key],
        lead_agency_id=world.agencies[lead],
        assigned_date=assigned,
        plan_id=plan_id if plan_id is not None else (sample.plan_id if plan else None),
        section_id=sample.sections[section] if section else None,
        sector_id=world.sectors[sector],
        deadline=deadline,
        deadline_kind="fixed" if deadline else "none",
        **extra,
    )
    ids = tasks.create_task(db, actor, data)
    sample.ids[key] = ids[0]
    return ids[0]


def _done(db, actor, task_id: int, on: date, text: str = "Đã hoàn thành.") -> None:
    tasks.add_update(
        db,
        actor,
        task_id,
        ProgressInput(update_date=on, text=text, new_status="done", completed_on=on),
    )


TITLES = {
    "on_time": "Tuyên truyền về Tổng đài 111 trên sóng phát thanh",
    "late": "Tập huấn kỹ năng phòng, chống xâm hại cho giáo viên",
    "progress": "Rà soát trẻ em có hoàn cảnh đặc biệt",
    "due_soon": "Kiểm tra công tác phòng, chống đuối nước mùa hè",
    "overdue": "Xây dựng quy chế phối hợp giữa nhà trường và gia đình",
    "extended": "Điều tra, xử lý các vụ việc xâm hại trẻ em tồn đọng",
    "no_deadline": "Duy trì cập nhật phần mềm quản lý thông tin trẻ em",
    "cancelled": "Tổ chức hội thi tìm hiểu Luật Trẻ em",
    "suspended": "Khảo sát mô hình trường học an toàn",
    "recurring": "Báo cáo kết quả công tác trẻ em 6 tháng và năm",
    "done_after": "Hướng dẫn trạm y tế xã hỗ trợ trẻ em bị bạo lực",
    "done_before": "Tổng kết công tác trẻ em năm 2025",
    "assigned_after": "Tổ chức Diễn đàn trẻ em cấp tỉnh",
    "other_board": "Nhiệm vụ của Ban Chỉ đạo công tác gia đình",
    "conclusion": "Bổ sung kinh phí cho Quỹ Bảo trợ trẻ em",
    "carried": "In tài liệu truyền thông về Tổng đài 111",
}


def build_sample(db, actor, world) -> Sample:
    plan = plans.create_plan(
        db,
        actor,
        plans.PlanInput(
            board_id=world.province,
            title=PLAN_TITLE,
            year_from=2025,
            year_to=2026,
            code=PLAN_CODE,
            issue_date=date(2025, 9, 1),
            status="in_force",
        ),
    )
    s1 = plans.save_section(db, actor, plan.id, number="1", title="Truyền thông, giáo dục")
    s2 = plans.save_section(db, actor, plan.id, number="2", title="Phòng ngừa, hỗ trợ, can thiệp")
    sample = Sample(plan.id, {"1": s1.id, "2": s2.id})
    jan = date(2026, 1, 5)

    t = _task(
        db,
        actor,
        world,
        sample,
        "on_time",
        lead="SYT",
        sector="health",
        assigned=jan,
        deadline=date(2026, 3, 31),
        section="1",
    )
    _done(db, actor, t, date(2026, 3, 20), "Đã phát 12 chương trình.")
    t = _task(
        db,
        actor,
        world,
        sample,
        "late",
        lead="SGDDT",
        sector="education",
        assigned=jan,
        deadline=date(2026, 2, 28),
        section="1",
    )
    _done(db, actor, t, date(2026, 3, 15))
    _task(
        db,
        actor,
        world,
        sample,
        "progress",
        lead="SYT",
        sector="health",
        assigned=jan,
        deadline=date(2026, 9, 30),
        section="2",
    )
    _task(
        db,
        actor,
        world,
        sample,
        "due_soon",
        lead="CAT",
        sector="police",
        assigned=jan,
        deadline=date(2026, 7, 3),
        section="2",
    )
    t = _task(
        db,
        actor,
        world,
        sample,
        "overdue",
        lead="SGDDT",
        sector="education",
        assigned=jan,
        deadline=date(2026, 5, 15),
        section="2",
    )
    tasks.add_update(
        db,
        actor,
        t,
        ProgressInput(
            update_date=date(2026, 4, 10), text="Đang xây dựng dự thảo quy chế.", percent=40
        ),
    )
    tasks.add_update(
        db,
        actor,
        t,
        ProgressInput(update_date=date(2026, 7, 20), text="Đã trình UBND tỉnh.", percent=90),
    )
    t = _task(
        db,
        actor,
        world,
        sample,
        "extended",
        lead="CAT",
        sector="police",
        assigned=jan,
        deadline=date(2026, 4, 30),
        section="1",
    )
    tasks.add_extension(
        db,
        actor,
        t,
        new_deadline=date(2026, 5, 31),
        reason="Chờ kết quả giám định",
        approved_by="Nguyễn Văn An",
        approved_on=date(2026, 4, 25),
    )
    _task(
        db,
        actor,
        world,
        sample,
        "no_deadline",
        lead="SYT",
        sector="health",
        assigned=jan,
        deadline=None,
    )
    t = _task(
        db,
        actor,
        world,
        sample,
        "cancelled",
        lead="SYT",
        sector="health",
        assigned=jan,
        deadline=date(2026, 5, 30),
        section="1",
    )
    tasks.add_update(
        db,
        actor,
        t,
        ProgressInput(
            update_date=date(2026, 4, 1), text="Không bố trí được kinh phí.", new_status="cancelled"
        ),
    )
    t = _task(
        db,
        actor,
        world,
        sample,
        "suspended",
        lead="SGDDT",
        sector="education",
        assigned=jan,
        deadline=date(2026, 8, 30),
        section="2",
    )
    tasks.add_update(
        db,
        actor,
        t,
        ProgressInput(
            update_date=date(2026, 4, 1), text="Chờ hướng dẫn của Bộ.", new_status="suspended"
        ),
    )
    ids = tasks.create_task(
        db,
        actor,
        TaskInput(
            board_id=world.province,
            title=TITLES["recurring"],
            lead_agency_id=world.agencies["SYT"],
            assigned_date=jan,
            plan_id=plan.id,
            sector_id=world.sectors["health"],
            deadline_kind="recurring",
            recurrence_kind="half_yearly",
            recurrence_points="25/5; 20/11",
            source_kind="document",
            source_number="478/LĐTBXH-TE",
            source_date=date(2022, 2, 28),
            source_issuer="Bộ Lao động - Thương binh và Xã hội",
        ),
    )
    assert len(ids) == 2, ids  # 25/05/2026 and 20/11/2026
    sample.ids["recurring"], sample.ids["recurring_next"] = ids
    _done(db, actor, ids[0], date(2026, 5, 20), "Đã gửi báo cáo 6 tháng.")
    t = _task(
        db,
        actor,
        world,
        sample,
        "done_after",
        lead="SYT",
        sector="health",
        assigned=date(2026, 2, 1),
        deadline=date(2026, 6, 15),
        section="2",
    )
    _done(db, actor, t, date(2026, 7, 10))
    t = _task(
        db,
        actor,
        world,
        sample,
        "done_before",
        lead="SYT",
        sector="health",
        assigned=date(2025, 10, 1),
        deadline=date(2025, 12, 31),
        section="1",
    )
    _done(db, actor, t, date(2025, 12, 10))
    _task(
        db,
        actor,
        world,
        sample,
        "assigned_after",
        lead="SYT",
        sector="health",
        assigned=date(2026, 7, 15),
        deadline=date(2026, 9, 30),
        section="1",
    )
    _task(
        db,
        SYSTEM,
        world,
        sample,
        "other_board",
        lead="SGDDT",
        sector="education",
        assigned=jan,
        deadline=date(2026, 2, 1),
        board_id=world.other,
        plan=False,
    )

    # a task of last year's plan carried over into this year's copy of it, and done there: the
    # old one counts apart ("carried over"), the copy is done on time (a whole board's report)
    last_year = plans.create_plan(
        db,
        actor,
        plans.PlanInput(
            board_id=world.province,
            title="Kế hoạch truyền thông năm 2025",
            year_from=2025,
            year_to=2025,
            code="30/KH-BĐH",
            status="in_force",
        ),
    )
    _task(
        db,
        actor,
        world,
        sample,
        "carried",
        lead="SYT",
        sector="health",
        assigned=date(2025, 12, 1),
        deadline=date(2026, 3, 31),
        plan_id=last_year.id,
    )
    copy = plans.copy_to_next_year(db, actor, last_year.id, code="31/KH-BĐH")
    assert copy.carried_over == 1
    (copy_row,) = plans.plan_tree(db, actor, copy.plan.id).tasks
    sample.ids["carried_copy"] = copy_row.id
    _done(db, actor, copy_row.id, date(2026, 3, 20))

    # a meeting held in the period, with a conclusion that became a task (no plan), and a
    # planned meeting in the period that was never held: only the first is reported
    day = datetime(2026, 3, 20, 8, 0)
    d = meetings.create_meeting(
        db,
        actor,
        MeetingInput(
            board_id=world.province,
            title=MEETING_TITLE,
            starts_at=day,
            ends_at=day.replace(hour=11),
            kind="regular",
            place="Hội trường Sở Y tế",
        ),
    )
    meetings.set_status(db, actor, d.meeting.id, "held")
    c = meetings.save_conclusion(
        db, actor, d.meeting.id, "Sở Giáo dục và Đào tạo bổ sung kinh phí cho Quỹ Bảo trợ trẻ em."
    )
    ids = meetings.create_conclusion_tasks(
        db,
        actor,
        c.id,
        [
            ConclusionTaskInput(
                title=TITLES["conclusion"],
                lead_agency_id=world.agencies["SGDDT"],
                deadline=date(2026, 4, 30),
                sector_id=world.sectors["education"],
            )
        ],
    )
    sample.ids["conclusion"] = ids[0]
    sample.meeting_id = d.meeting.id
    later = datetime(2026, 5, 5, 8, 0)
    meetings.create_meeting(
        db,
        actor,
        MeetingInput(
            board_id=world.province,
            title="Họp chuyên đề chưa tổ chức",
            starts_at=later,
            ends_at=later.replace(hour=10),
        ),
    )
    return sample
