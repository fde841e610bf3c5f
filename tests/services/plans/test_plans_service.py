"""Plans: validation, permissions, nested sections, deletion rules, copying to the next year."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from coordboard.errors import ConflictError, PermissionDenied, ValidationError
from coordboard.services import plans, tasks
from coordboard.services.plans import PlanInput
from coordboard.services.tasks import ProgressInput, TaskFilter, TaskInput

TITLE = "Kế hoạch thực hiện công tác bảo vệ, chăm sóc trẻ em năm 2026"


def plan_input(world, **changes) -> PlanInput:
    return replace(
        PlanInput(
            board_id=world.province,
            title=TITLE,
            year_from=2026,
            year_to=2026,
            code="45/KH-BĐH",
            issue_date=date(2026, 1, 15),
            basis="Luật Trẻ em năm 2016",
            purpose="Bảo đảm triển khai kịp thời, hiệu quả công tác bảo vệ trẻ em.",
            funding="Ngân sách Nhà nước; nguồn xã hội hóa.",
            status="in_force",
        ),
        **changes,
    )


def new_task(
    db,
    actor,
    world,
    plan_id,
    section_id=None,
    title="Tập huấn kỹ năng bảo vệ trẻ em",
    deadline: date | None = date(2026, 6, 30),
    lead="SYT",
    **kw,
) -> int:
    ids = tasks.create_task(
        db,
        actor,
        TaskInput(
            board_id=world.province,
            title=title,
            lead_agency_id=world.agencies[lead],
            assigned_date=date(2026, 1, 15),
            plan_id=plan_id,
            section_id=section_id,
            deadline=deadline,
            deadline_kind=kw.pop("deadline_kind", "fixed" if deadline else "none"),
            **kw,
        ),
    )
    return ids[0]


def set_status(db, actor, task_id, status, on=date(2026, 5, 1), **kw) -> None:
    tasks.add_update(
        db,
        actor,
        task_id,
        ProgressInput(
            update_date=on,
            text="Cập nhật theo báo cáo của cơ quan chủ trì.",
            new_status=status,
            completed_on=on if status == "done" else None,
            **kw,
        ),
    )


# --- creating and editing -------------------------------------------------------------------


def test_create_cleans_input_and_lists_newest_period_first(db, admin, secretariat, world):
    older = plans.create_plan(
        db,
        admin,
        plan_input(
            world,
            year_from=2021,
            year_to=2025,
            code="12/KH-BĐH",
            title="KH 2021–2025",
            issue_date=date(2021, 2, 1),
        ),
    )
    info = plans.create_plan(
        db,
        secretariat,
        plan_input(
            world,
            title="  Kế hoạch   thực hiện công tác bảo vệ, chăm sóc trẻ em năm 2026 ",
            code=" 45/KH-BĐH ",
        ),
    )
    assert (info.title, info.code, info.period, info.version) == (TITLE, "45/KH-BĐH", "2026", 1)
    assert older.period == "2021–2025"
    assert info.can_edit and info.task_count == 0 and info.copied_from_id is None
    assert info.board_name == "Ban Điều hành công tác trẻ em tỉnh Vĩnh Long"
    listed = plans.list_plans(db, secretariat, world.province)
    assert [p.id for p in listed] == [info.id, older.id]
    assert plans.list_plans(db, admin, world.other) == []
    with pytest.raises(PermissionDenied):  # a board the secretariat does not see
        plans.list_plans(db, secretariat, world.other)
    got = plans.get_plan(db, secretariat, info.id)
    assert got == info
    assert got.as_input() == plan_input(world)


def test_update_changes_fields_and_refuses_a_stale_version(
    db, secretariat, world, assert_unchanged
):
    info = plans.create_plan(db, secretariat, plan_input(world))
    updated = plans.update_plan(
        db,
        secretariat,
        info.id,
        plan_input(world, status="closed", year_to=2027),
        expected_version=info.version,
    )
    assert (updated.status, updated.period, updated.version) == ("closed", "2026–2027", 2)
    with assert_unchanged(), pytest.raises(ConflictError):
        plans.update_plan(
            db,
            secretariat,
            info.id,
            plan_input(world, title="Tên khác"),
            expected_version=info.version,
        )


@pytest.mark.parametrize(
    "changes, field, message",
    [
        ({"title": "  "}, "title", "Enter the plan's title."),
        (
            {"year_from": 2026, "year_to": 2025},
            "years",
            "The plan's last year is before its first year.",
        ),
        ({"year_from": 1999}, "years", "The plan's years must lie between {low} and {high}."),
        (
            {"issue_date": date(2027, 1, 2)},
            "issue_date",
            "The plan is issued after its period ends.",
        ),
        ({"status": "archived"}, "status", "Unknown plan status."),
    ],
    ids=[
        "empty title",
        "last year before first",
        "year out of range",
        "issued after period",
        "unknown status",
    ],
)
def test_bad_plan_input_is_refused_and_nothing_written(
    db, admin, world, assert_unchanged, changes, field, message
):
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        plans.create_plan(db, admin, plan_input(world, **changes))
    assert (exc.value.field, exc.value.message) == (field, message)


def test_the_same_number_twice_on_one_board_is_refused(db, admin, world, assert_unchanged):
    first = plans.create_plan(db, admin, plan_input(world))
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        plans.create_plan(db, admin, plan_input(world, code="45/kh-bđh", title="Khác"))
    assert exc.value.field == "code"
    assert str(exc.value) == "This board already has a plan numbered 45/kh-bđh."
    # another board may use it, and the plan itself may keep its own number
    plans.create_plan(db, admin, plan_input(world, board_id=world.other))
    plans.update_plan(db, admin, first.id, plan_input(world, funding="Ngân sách tỉnh."))
    # an empty number never clashes
    plans.create_plan(db, admin, plan_input(world, code=""))
    plans.create_plan(db, admin, plan_input(world, code=""))


def test_a_plan_cannot_move_to_another_board(db, admin, world, assert_unchanged):
    info = plans.create_plan(db, admin, plan_input(world))
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        plans.update_plan(db, admin, info.id, plan_input(world, board_id=world.other))
    assert exc.value.field == "board"


# --- permissions ----------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["focal_point", "viewer"])
def test_focal_points_and_viewers_cannot_change_plans(db, admin, world, assert_unchanged, role):
    actor = world.actor(role)
    info = plans.create_plan(db, admin, plan_input(world))
    section = plans.save_section(db, admin, info.id, title="Nội dung", number="II")
    assert not plans.get_plan(db, actor, info.id).can_edit
    attempts = [
        lambda: plans.create_plan(db, actor, plan_input(world, code="46/KH-BĐH")),
        lambda: plans.update_plan(db, actor, info.id, plan_input(world, title="Đổi tên")),
        lambda: plans.delete_plan(db, actor, info.id),
        lambda: plans.save_section(db, actor, info.id, title="Kinh phí", number="III"),
        lambda: plans.delete_section(db, actor, section.id),
        lambda: plans.copy_to_next_year(db, actor, info.id, code="1/KH-BĐH"),
    ]
    with assert_unchanged():
        for attempt in attempts:
            with pytest.raises(PermissionDenied) as exc:
                attempt()
            assert exc.value.message == "Only the secretariat of this board may change its plans."


def test_secretariat_changes_only_its_own_boards_plans(
    db, admin, secretariat, world, assert_unchanged
):
    other = plans.create_plan(db, admin, plan_input(world, board_id=world.other))
    assert plans.create_plan(db, secretariat, plan_input(world)).can_edit
    with assert_unchanged():
        with pytest.raises(PermissionDenied):
            plans.create_plan(
                db, secretariat, plan_input(world, board_id=world.other, code="9/KH-BCĐ")
            )
        with pytest.raises(PermissionDenied):
            plans.update_plan(
                db, secretariat, other.id, plan_input(world, board_id=world.other, title="Đổi")
            )
        with pytest.raises(PermissionDenied):
            plans.save_section(db, secretariat, other.id, title="Nội dung")


def test_viewer_reads_every_plan_and_its_tree(db, admin, viewer, world):
    info = plans.create_plan(db, admin, plan_input(world))
    plans.save_section(db, admin, info.id, title="Nội dung", number="II")
    assert [p.id for p in plans.list_plans(db, viewer)] == [info.id]
    tree = plans.plan_tree(db, viewer, info.id)
    assert [s.label for s in tree.sections] == ["II. Nội dung"]
    assert not tree.plan.can_edit


# --- sections -------------------------------------------------------------------------------


def test_sections_nest_and_come_parents_first(db, secretariat, world):
    plan = plans.create_plan(db, secretariat, plan_input(world))
    content = plans.save_section(db, secretariat, plan.id, title="Nội dung", number="II")
    duties = plans.save_section(db, secretariat, plan.id, title="Tổ chức thực hiện", number="IV")
    health = plans.save_section(
        db, secretariat, plan.id, title="Sở Y tế", number="1", parent_id=duties.id
    )
    school = plans.save_section(
        db, secretariat, plan.id, title="Sở Giáo dục và Đào tạo", number="2", parent_id=duties.id
    )
    assert (content.position, duties.position, health.position, school.position) == (1, 2, 1, 2)
    task_id = new_task(db, secretariat, world, plan.id, health.id)
    tree = plans.plan_tree(db, secretariat, plan.id)
    assert [(s.label, s.parent_id) for s in tree.sections] == [
        ("II. Nội dung", None),
        ("IV. Tổ chức thực hiện", None),
        ("1. Sở Y tế", duties.id),
        ("2. Sở Giáo dục và Đào tạo", duties.id),
    ]
    assert [(t.id, t.section_id) for t in tree.tasks] == [(task_id, health.id)]
    # move "2." under "II." and rename it
    moved = plans.save_section(
        db,
        secretariat,
        plan.id,
        title="Giáo dục",
        number="2",
        parent_id=content.id,
        section_id=school.id,
        expected_version=school.version,
    )
    assert (moved.parent_id, moved.title, moved.version) == (content.id, "Giáo dục", 2)
    labels = [s.label for s in plans.plan_tree(db, secretariat, plan.id).sections]
    assert labels == ["II. Nội dung", "2. Giáo dục", "IV. Tổ chức thực hiện", "1. Sở Y tế"]


def test_a_section_cannot_go_inside_itself_or_its_subsections(
    db, secretariat, world, assert_unchanged
):
    plan = plans.create_plan(db, secretariat, plan_input(world))
    duties = plans.save_section(db, secretariat, plan.id, title="Tổ chức thực hiện", number="IV")
    health = plans.save_section(
        db, secretariat, plan.id, title="Sở Y tế", number="1", parent_id=duties.id
    )
    with assert_unchanged():
        for parent in (duties.id, health.id):
            with pytest.raises(ValidationError) as exc:
                plans.save_section(
                    db,
                    secretariat,
                    plan.id,
                    title=duties.title,
                    number=duties.number,
                    parent_id=parent,
                    section_id=duties.id,
                )
            assert exc.value.field == "parent"
            assert exc.value.message == "A section cannot be placed inside itself."


def test_bad_sections_are_refused(db, secretariat, world, assert_unchanged):
    plan = plans.create_plan(db, secretariat, plan_input(world))
    other_plan = plans.create_plan(db, secretariat, plan_input(world, code="46/KH-BĐH"))
    foreign = plans.save_section(db, secretariat, other_plan.id, title="Nội dung")
    with assert_unchanged():
        with pytest.raises(ValidationError) as exc:
            plans.save_section(db, secretariat, plan.id, title=" ", number="II")
        assert (exc.value.field, exc.value.message) == ("title", "Enter the section's title.")
        with pytest.raises(ValidationError) as exc:
            plans.save_section(db, secretariat, plan.id, title="Mục", parent_id=foreign.id)
        assert exc.value.field == "parent"
        with pytest.raises(ConflictError):
            plans.save_section(
                db,
                secretariat,
                other_plan.id,
                title="Đổi",
                section_id=foreign.id,
                expected_version=foreign.version + 1,
            )


# --- deleting -------------------------------------------------------------------------------


def test_a_plan_with_tasks_cannot_be_deleted(db, secretariat, world, assert_unchanged):
    plan = plans.create_plan(db, secretariat, plan_input(world))
    new_task(db, secretariat, world, plan.id)
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        plans.delete_plan(db, secretariat, plan.id)
    assert exc.value.message == "The plan still has tasks; delete or move them first."


def test_a_section_that_is_not_empty_cannot_be_deleted(db, secretariat, world, assert_unchanged):
    plan = plans.create_plan(db, secretariat, plan_input(world))
    duties = plans.save_section(db, secretariat, plan.id, title="Tổ chức thực hiện")
    health = plans.save_section(db, secretariat, plan.id, title="Sở Y tế", parent_id=duties.id)
    new_task(db, secretariat, world, plan.id, health.id)
    with assert_unchanged():
        for section in (duties, health):  # one holds a subsection, the other a task
            with pytest.raises(ValidationError) as exc:
                plans.delete_section(db, secretariat, section.id)
            assert exc.value.message.startswith("The section is not empty")


def test_an_empty_plan_goes_with_its_sections(db, secretariat, world):
    plan = plans.create_plan(db, secretariat, plan_input(world))
    duties = plans.save_section(db, secretariat, plan.id, title="Tổ chức thực hiện")
    plans.save_section(db, secretariat, plan.id, title="Sở Y tế", parent_id=duties.id)
    lone = plans.save_section(db, secretariat, plan.id, title="Kinh phí")
    plans.delete_section(db, secretariat, lone.id, expected_version=lone.version)
    assert len(plans.plan_tree(db, secretariat, plan.id).sections) == 2
    # a section moved under one created after it: children still go before their parents
    late = plans.save_section(db, secretariat, plan.id, title="Mục tạo sau")
    plans.save_section(
        db, secretariat, plan.id, title=duties.title, parent_id=late.id, section_id=duties.id
    )
    plans.delete_plan(db, secretariat, plan.id, expected_version=plan.version)
    assert plans.list_plans(db, secretariat, world.province) == []


# --- copying to the next year ---------------------------------------------------------------


@pytest.fixture
def year_plan(db, secretariat, world):
    """A 2026 plan with nested sections and one task in each situation; ids by name."""
    plan = plans.create_plan(db, secretariat, plan_input(world))
    content = plans.save_section(db, secretariat, plan.id, title="Nội dung", number="II")
    duties = plans.save_section(db, secretariat, plan.id, title="Tổ chức thực hiện", number="IV")
    health = plans.save_section(
        db, secretariat, plan.id, title="Sở Y tế", number="1", parent_id=duties.id
    )
    ids = {
        "open": new_task(db, secretariat, world, plan.id, content.id, "Truyền thông 25 quyền"),
        "in_progress": new_task(
            db,
            secretariat,
            world,
            plan.id,
            health.id,
            "Tập huấn cán bộ",
            deadline=date(2026, 10, 31),
        ),
        "suspended": new_task(db, secretariat, world, plan.id, health.id, "Xây dựng sân chơi"),
        "no_deadline": new_task(
            db, secretariat, world, plan.id, None, "Vận động nguồn lực", deadline=None
        ),
        "extended": new_task(
            db,
            secretariat,
            world,
            plan.id,
            content.id,
            "Kiểm tra liên ngành",
            deadline=date(2026, 3, 31),
        ),
        "done": new_task(db, secretariat, world, plan.id, health.id, "Báo cáo sơ kết"),
        "cancelled": new_task(db, secretariat, world, plan.id, content.id, "Hội thảo"),
    }
    tasks.add_update(
        db,
        secretariat,
        ids["in_progress"],
        ProgressInput(update_date=date(2026, 5, 1), text="Đã mở 2 lớp.", percent=40),
    )
    set_status(db, secretariat, ids["suspended"], "suspended")
    set_status(db, secretariat, ids["done"], "done")
    set_status(db, secretariat, ids["cancelled"], "cancelled")
    tasks.add_extension(
        db,
        secretariat,
        ids["extended"],
        new_deadline=date(2026, 5, 15),
        reason="Chờ ý kiến các sở",
        approved_by="Phó Chủ tịch UBND tỉnh",
        approved_on=date(2026, 3, 20),
    )
    return plan, ids


def test_copy_carries_unfinished_tasks_into_the_next_year(db, secretariat, world, year_plan):
    plan, ids = year_plan
    result = plans.copy_to_next_year(db, secretariat, plan.id, code="12/KH-BĐH")
    new = result.plan
    assert (result.carried_over, result.recurring, result.left_done) == (5, 0, 2)
    assert (new.code, new.title, new.period, new.status, new.copied_from_id, new.task_count) == (
        "12/KH-BĐH",
        TITLE,
        "2027",
        "draft",
        plan.id,
        5,
    )
    assert (new.basis, new.purpose, new.funding) == (plan.basis, plan.purpose, plan.funding)

    old_tree = plans.plan_tree(db, secretariat, plan.id)
    old = {t.id: t for t in old_tree.tasks}
    for key in ("open", "in_progress", "suspended", "no_deadline", "extended"):
        assert old[ids[key]].status == "carried_over", key
        assert old[ids[key]].status_class == "carried_over"
    assert old[ids["done"]].status == "done" and old[ids["cancelled"]].status == "cancelled"
    assert tasks.get_task(db, secretariat, ids["open"]).status_note == "12/KH-BĐH"

    new_tree = plans.plan_tree(db, secretariat, new.id)
    assert [(s.label, s.parent_id is None) for s in new_tree.sections] == [
        (s.label, s.parent_id is None) for s in old_tree.sections
    ]
    section_label = {s.id: s.label for s in new_tree.sections}
    old_label = {s.id: s.label for s in old_tree.sections}
    carried = {t.carried_from_id: t for t in new_tree.tasks}
    assert set(carried) == {
        ids[k] for k in ("open", "in_progress", "suspended", "no_deadline", "extended")
    }
    for old_id, row in carried.items():
        assert row.title == old[old_id].title
        assert section_label.get(row.section_id) == old_label.get(old[old_id].section_id)
        assert row.board_id == world.province
    # each carried task goes on where it stood: status and progress are kept
    assert (carried[ids["in_progress"]].status, carried[ids["in_progress"]].percent) == (
        "in_progress",
        40,
    )
    assert carried[ids["suspended"]].status == "suspended"
    assert carried[ids["open"]].status == "not_started"
    # a carried task keeps its deadline: what was overdue stays overdue in the new plan
    assert carried[ids["open"]].deadline == date(2026, 6, 30)
    assert carried[ids["in_progress"]].deadline == date(2026, 10, 31)
    assert carried[ids["extended"]].deadline == date(2026, 5, 15)  # the extended date
    assert carried[ids["no_deadline"]].deadline is None
    assert tasks.get_task(db, secretariat, carried[ids["open"]].id).row.status_class == "overdue"
    assert all(t.assigned_date <= (t.deadline or t.assigned_date) for t in new_tree.tasks)
    # the old plan now counts those tasks apart; nothing is counted twice
    assert (
        tasks.count_tasks(
            db,
            secretariat,
            TaskFilter(plan_id=plan.id, classes=("overdue", "due_soon", "in_progress")),
        )
        == 0
    )


def test_copy_refused_midway_writes_nothing(
    db, secretariat, world, year_plan, assert_unchanged, monkeypatch
):
    plan, _ = year_plan
    plans.create_plan(
        db, secretariat, plan_input(world, code="12/KH-BĐH", year_from=2027, year_to=2027)
    )
    with assert_unchanged():
        with pytest.raises(ValidationError) as exc:  # the number is taken
            plans.copy_to_next_year(db, secretariat, plan.id, code="12/KH-BĐH")
        assert exc.value.field == "code"
        # a failure after the plan, its sections and some tasks were written
        real_insert, calls = tasks.insert_tasks, []

        def failing_insert(*args, **kwargs):
            calls.append(1)
            if len(calls) == 3:
                raise ValidationError("Simulated failure while copying.")
            return real_insert(*args, **kwargs)

        monkeypatch.setattr(tasks, "insert_tasks", failing_insert)
        with pytest.raises(ValidationError):
            plans.copy_to_next_year(db, secretariat, plan.id, code="13/KH-BĐH")
        assert len(calls) == 3


def test_copy_of_a_multi_year_plan_moves_the_whole_period(db, admin, world):
    plan = plans.create_plan(
        db,
        admin,
        plan_input(
            world,
            year_from=2021,
            year_to=2025,
            title="Chương trình giai đoạn 2021–2025",
            issue_date=date(2021, 3, 1),
        ),
    )
    result = plans.copy_to_next_year(db, admin, plan.id, code="", title="Giai đoạn 2026–2030")
    assert result.plan.period == "2026–2030" and result.plan.title == "Giai đoạn 2026–2030"
    assert result.plan.issue_date is None
    assert (result.carried_over, result.recurring, result.left_done) == (0, 0, 0)


def test_copy_gives_recurring_duties_the_new_years_dates(db, secretariat, world):
    plan = plans.create_plan(db, secretariat, plan_input(world))
    ids = tasks.create_task(
        db,
        secretariat,
        TaskInput(
            board_id=world.province,
            title="Báo cáo kết quả thực hiện Kế hoạch hằng năm",
            lead_agency_id=world.agencies["SYT"],
            assigned_date=date(2026, 1, 15),
            plan_id=plan.id,
            deadline_kind="recurring",
            recurrence_kind="half_yearly",
            recurrence_points="25/5; 20/11",
        ),
    )
    assert len(ids) == 2
    for task_id in ids:
        set_status(db, secretariat, task_id, "done", on=date(2026, 5, 20))
    result = plans.copy_to_next_year(db, secretariat, plan.id, code="12/KH-BĐH")
    assert (result.carried_over, result.recurring, result.left_done) == (0, 2, 2)
    rows = tasks.list_tasks(
        db, secretariat, TaskFilter(plan_id=result.plan.id), tasks.TaskSort("deadline")
    )
    assert [(r.deadline, r.period_key, r.status) for r in rows] == [
        (date(2027, 5, 25), "2027-H1", "not_started"),
        (date(2027, 11, 20), "2027-H2", "not_started"),
    ]
    assert all(r.carried_from_id is None for r in rows)


def test_a_plan_is_copied_to_the_next_year_once(
    db, secretariat, world, year_plan, assert_unchanged
):
    plan, _ = year_plan
    plans.copy_to_next_year(db, secretariat, plan.id, code="12/KH-BĐH")
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        plans.copy_to_next_year(db, secretariat, plan.id, code="13/KH-BĐH")
    assert "12/KH-BĐH" in str(exc.value)


def test_carrying_over_does_not_flatter_the_old_plans_completion_rate(
    db, secretariat, world, year_plan
):
    plan, _ids = year_plan
    flt = TaskFilter(plan_id=plan.id, as_of=date(2026, 12, 31))
    before = tasks.completion_rate(db, secretariat, flt)
    new = plans.copy_to_next_year(db, secretariat, plan.id, code="12/KH-BĐH").plan
    after = tasks.completion_rate(db, secretariat, flt)
    # the unfinished duties whose deadline passed still count as due and not done (the one
    # suspended at the time of the copy now counts too: it was not finished in this plan)
    assert (after.due, after.done) == (before.due + 1, before.done)
    assert after.rate < before.rate < 1
    # across both plans each unfinished duty is counted once, in the later plan
    board = TaskFilter(board_id=world.province, as_of=date(2026, 12, 31))
    assert (
        tasks.completion_rate(
            db, secretariat, TaskFilter(plan_id=new.id, as_of=date(2026, 12, 31))
        ).due
        > 0
    )
    assert tasks.completion_rate(db, secretariat, board).due == before.due


def test_every_plan_status_the_database_takes_has_a_label_in_its_order():
    """The plan form offers the statuses from plans.STATUS_LABELS: one missing there could never
    be chosen, one extra would be refused on save."""
    from coordboard.models import PLAN_STATUSES

    assert tuple(plans.STATUS_LABELS) == PLAN_STATUSES
