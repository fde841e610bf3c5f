"""A task's derived columns (folded title, deadline in force, sort rank) always agree with a
recomputation from its other columns and its extensions, whichever use case changed it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import func, select

from coordboard.models import Task, TaskExtension
from coordboard.rules.status import deadline_in_force, sort_rank
from coordboard.services import plans, tasks
from coordboard.services.tasks import ProgressInput
from coordboard.text import fold
from services.tasks.test_tasks_service import finish, make, new_plan, task_input


def assert_settled(db) -> int:
    """Checks every task; returns how many there are."""
    with db.session() as s:
        latest = dict(
            s.execute(
                select(TaskExtension.task_id, func.max(TaskExtension.new_deadline)).group_by(
                    TaskExtension.task_id
                )
            ).all()
        )
        rows = s.scalars(select(Task)).all()
        for t in rows:
            in_force = deadline_in_force(t.deadline, latest.get(t.id))
            assert (t.title_folded, t.effective_deadline, t.sort_rank) == (
                fold(t.title),
                in_force,
                sort_rank(t.status, in_force),
            ), t.title
        return len(rows)


def extend(db, actor, task_id: int, to: date) -> None:
    tasks.add_extension(
        db,
        actor,
        task_id,
        new_deadline=to,
        reason="Chờ kinh phí",
        approved_by="Trưởng ban",
        approved_on=date(2026, 6, 1),
    )


def test_every_use_case_leaves_the_derived_columns_settled(db, admin, world):
    plan_id = new_plan(db, admin, world)
    in_plan = replace(task_input(world, title="Rà soát Trẻ em"), plan_id=plan_id)
    (carried,) = tasks.create_task(db, admin, in_plan)
    suspended = make(db, admin, world, title="Tạm dừng")
    no_deadline = make(db, admin, world, title="Không thời hạn", deadline=None)
    extended = make(db, admin, world, title="Gia hạn")
    done = make(db, admin, world, title="Đã xong")
    assert_settled(db)

    extend(db, admin, extended, date(2026, 7, 31))
    extend(db, admin, carried, date(2026, 8, 31))
    detail = tasks.get_task(db, admin, extended)
    tasks.update_task(  # the deadline is removed: the extension no longer counts
        db,
        admin,
        extended,
        replace(detail.data, title="Bỏ thời hạn", deadline_kind="none", deadline=None),
        expected_version=detail.version,
    )
    finish(db, admin, done, date(2026, 6, 20))
    tasks.add_update(
        db,
        admin,
        suspended,
        ProgressInput(update_date=date(2026, 6, 1), text="Chờ chỉ đạo", new_status="suspended"),
    )
    tasks.add_update(
        db, admin, no_deadline, ProgressInput(update_date=date(2026, 6, 1), percent=40)
    )
    assert tasks.get_task(db, admin, extended).row.effective_deadline is None
    assert_settled(db)

    new = plans.copy_to_next_year(db, admin, plan_id, code="20/KH-BĐH").plan
    (copy,) = tasks.list_tasks(db, admin, tasks.TaskFilter(plan_id=new.id))
    assert tasks.get_task(db, admin, carried).row.status == "carried_over"
    assert assert_settled(db) == 6
    tasks.delete_task(db, admin, copy.id)  # the old plan's task goes on
    assert tasks.get_task(db, admin, carried).row.status == "not_started"
    assert assert_settled(db) == 5


def test_a_status_changed_through_the_orm_takes_its_rank_with_it(db, admin, world):
    """The rank follows the status at every flush, so no writer can forget it."""
    task_id = make(db, admin, world)
    with db.session() as s, s.begin():
        task = s.get_one(Task, task_id)
        assert task.sort_rank == sort_rank("not_started", task.effective_deadline) == 0
        task.status = "cancelled"
    with db.session() as s:
        assert s.get_one(Task, task_id).sort_rank == sort_rank("cancelled", None) == 4
