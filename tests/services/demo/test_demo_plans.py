"""The demo's plans (seeds 001 and 003) give every status class on the day they are built."""

from __future__ import annotations

from datetime import date

from coordboard.services import plans, tasks, workdays
from coordboard.services.actor import SYSTEM
from coordboard.services.tasks import classification as cl
from services.demo.demo_database import BUILT_ON


def test_every_status_class_is_present_on_the_build_day(demo_world):
    counts = tasks.class_counts(demo_world, SYSTEM, tasks.TaskFilter(as_of=BUILT_ON))
    missing = [c for c in cl.CLASSES if c != cl.CARRIED_OVER and counts[c] == 0]
    assert missing == []


def test_plans_follow_the_seed_documents(demo_world):
    by_code = {p.code: p for p in plans.list_plans(demo_world, SYSTEM)}
    plan_a, plan_b = by_code["86/KH-BĐH"], by_code["15/KH-BĐH"]
    assert (plan_a.year_from, plan_a.year_to, plan_b.year_from) == (2025, 2026, 2026)
    tree = plans.plan_tree(demo_world, SYSTEM, plan_a.id)
    labels = [s.label for s in tree.sections]
    assert labels[:4] == [
        "I. Mục đích, yêu cầu",
        "II. Nội dung",
        "III. Kinh phí",
        "IV. Tổ chức thực hiện",
    ]
    assert "2. Sở Giáo dục và Đào tạo" in labels
    # seed 003: the 6-month and annual reports, one task per occurrence
    reports = tasks.list_tasks(
        demo_world,
        SYSTEM,
        tasks.TaskFilter(plan_id=plan_b.id, text="bao cao ket qua cong tac tre em 6 thang"),
        tasks.TaskSort("deadline"),
    )
    assert [(r.period_key, r.deadline) for r in reports] == [
        ("2026-H1", date(2026, 5, 25)),
        ("2026-H2", date(2026, 11, 20)),
    ]
    assert reports[0].status == "done" and reports[1].status == "not_started"


def test_the_relative_deadline_counts_vietnamese_working_days(demo_world):
    (row,) = tasks.list_tasks(demo_world, SYSTEM, tasks.TaskFilter(text="chi tieu thong ke"))
    detail = tasks.get_task(demo_world, SYSTEM, row.id)
    assert detail.data.deadline_kind == "relative"
    with demo_world.session() as s:
        calendar = workdays.load_calendar(s)
    expected = calendar.add_working_days(detail.data.relative_base, detail.data.relative_days)
    assert row.deadline == expected
    assert calendar.working_days_between(detail.data.relative_base, row.deadline) == 15


def test_an_extension_and_updates_from_co_operating_agencies(demo_world):
    (row,) = tasks.list_tasks(demo_world, SYSTEM, tasks.TaskFilter(text="truong mam non"))
    detail = tasks.get_task(demo_world, SYSTEM, row.id)
    assert row.extended and len(detail.extensions) == 1
    assert {u.agency_name for u in detail.updates} >= {"Công an tỉnh", "Sở Giáo dục và Đào tạo"}
