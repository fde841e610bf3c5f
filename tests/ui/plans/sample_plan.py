"""A sample plan shaped like seed 001 and helpers shared by the Plans page's tests."""

from __future__ import annotations

from datetime import date

from coordboard.services import auth, boards, catalogue, plans, tasks
from coordboard.ui.plans.plans_page import PlansPage

PLAN_TITLE = "Kế hoạch thực hiện công tác bảo vệ, chăm sóc trẻ em năm 2026"


def build_sample_plan(db, username: str = "thuky") -> plans.PlanInfo:
    """A 2026 plan of the province board shaped like seed 001: "II. Nội dung" with two tasks,
    "IV. Tổ chức thực hiện" with one subsection per agency; done, late, open, undated tasks."""
    actor = auth.actor_for(db, username)
    board = next(b for b in boards.list_boards(db, actor) if b.can_edit)
    agency = {a.code: a.id for a in catalogue.load_catalogue(db, actor).agencies}
    plan = plans.create_plan(
        db,
        actor,
        plans.PlanInput(
            board_id=board.id,
            title=PLAN_TITLE,
            year_from=2026,
            year_to=2026,
            code="45/KH-BĐH",
            issue_date=date(2026, 1, 15),
            status="in_force",
            basis="Luật Trẻ em năm 2016; Nghị định số 56/2017/NĐ-CP ngày 09/5/2017 của Chính phủ "
            "quy định chi tiết một số điều của Luật Trẻ em.",
            purpose="1. Bảo đảm triển khai kịp thời, hiệu quả công tác bảo vệ trẻ em trên địa bàn "
            "tỉnh.\n2. Xác định cụ thể nội dung công việc và trách nhiệm của các cơ quan, "
            "ban ngành từ tỉnh tới cơ sở.",
            funding="1. Ngân sách Nhà nước.\n2. Nguồn xã hội hóa.",
        ),
    )
    content = plans.save_section(db, actor, plan.id, number="II", title="Nội dung")
    duties = plans.save_section(db, actor, plan.id, number="IV", title="Tổ chức thực hiện")
    health = plans.save_section(
        db, actor, plan.id, number="1", title="Sở Y tế", parent_id=duties.id
    )
    school = plans.save_section(
        db, actor, plan.id, number="2", title="Sở Giáo dục và Đào tạo", parent_id=duties.id
    )
    police = plans.save_section(
        db, actor, plan.id, number="3", title="Công an tỉnh", parent_id=duties.id
    )

    def task(section, title, lead, deadline, coop=(), done_on=None, percent=None):
        (task_id,) = tasks.create_task(
            db,
            actor,
            tasks.TaskInput(
                board_id=board.id,
                title=title,
                lead_agency_id=agency[lead],
                assigned_date=date(2026, 1, 15),
                plan_id=plan.id,
                section_id=section.id,
                cooperating_agency_ids=tuple(agency[c] for c in coop),
                deadline_kind="fixed" if deadline else "none",
                deadline=deadline,
            ),
        )
        if done_on is not None:
            tasks.add_update(
                db,
                actor,
                task_id,
                tasks.ProgressInput(
                    update_date=done_on,
                    text="Đã hoàn thành.",
                    new_status="done",
                    completed_on=done_on,
                ),
            )
        elif percent is not None:
            tasks.add_update(
                db,
                actor,
                task_id,
                tasks.ProgressInput(
                    update_date=date(2026, 11, 2), text="Đang triển khai.", percent=percent
                ),
            )
        return task_id

    task(
        content,
        "Tăng cường truyền thông nâng cao nhận thức về thực hiện 25 quyền trẻ em",
        "SYT",
        date(2026, 6, 30),
        coop=("SVHTTDL", "DPTTH"),
        done_on=date(2026, 6, 20),
    )
    task(
        content,
        "Kiểm tra, thanh tra, xử lý nghiêm hành vi bạo lực, xâm hại trẻ em",
        "CAT",
        date(2026, 9, 30),
        coop=("SYT",),
        percent=70,
    )
    task(
        health,
        "Tập huấn kỹ năng bảo vệ trẻ em cho cán bộ cấp xã",
        "SYT",
        date(2026, 10, 31),
        done_on=date(2026, 11, 5),
    )
    task(
        health,
        "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch về Ủy ban nhân dân tỉnh",
        "SYT",
        date(2026, 12, 1),
        percent=40,
    )
    task(
        school,
        "Giáo dục kỹ năng phòng, chống bạo lực, xâm hại trẻ em trong trường học",
        "SGDDT",
        date(2026, 12, 31),
        coop=("TD", "HLHPN"),
        percent=60,
    )
    task(police, "Điều tra, xử lý các vụ việc xâm hại trẻ em theo quy định", "CAT", None)
    return plans.get_plan(db, actor, plan.id)


def loaded_page(qtbot, ctx, **kwargs) -> PlansPage:
    page = PlansPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh(**kwargs)
    return page


def children(item) -> list[str]:
    return [item.child(i, 0).text() for i in range(item.rowCount())]
