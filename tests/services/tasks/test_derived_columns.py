"""A task's derived columns (folded title, deadline in force, sort rank) always agree with a
recomputation from its other columns and its extensions, whichever use case changed it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
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


BARE_WRITER = textwrap.dedent(
    """
    import sys
    from datetime import date

    from sqlalchemy.orm import Session

    from coordboard import db as dbmod
    from coordboard.models import AdminLevel, Agency, Base, Board, BoardKind, Plan, Task
    from coordboard.rules.status import sort_rank

    engine = dbmod.make_engine(dbmod.to_url(sys.argv[1]))
    Base.metadata.create_all(engine)
    with Session(engine) as s, s.begin():
        kind = BoardKind(code="bdh", name="Ban điều hành")
        level = AdminLevel(code="xa", name="Xã")
        lead = Agency(code="yt", name="Trạm Y tế", name_folded="tram y te")
        board = Board(name="Ban xã", name_folded="ban xa", kind=kind, level=level)
        s.add_all([kind, level, lead, board])
        s.flush()
        plan = Plan(board_id=board.id, title="Kế hoạch", title_folded="ke hoach",
                    year_from=2026, year_to=2026)
        s.add(plan)
        s.flush()
        task = Task(board_id=board.id, plan_id=plan.id, lead_agency_id=lead.id,
                    title="Rà soát Trẻ Em", assigned_date=date(2026, 1, 5),
                    deadline=date(2026, 6, 30), effective_deadline=date(2026, 6, 30))
        s.add(task)
        s.flush()
        task_id = task.id
    with Session(engine) as s:
        task = s.get_one(Task, task_id)
        inserted = (task.title_folded, task.sort_rank)
        expected_inserted = ("ra soat tre em", sort_rank("not_started", date(2026, 6, 30)))
    with Session(engine) as s, s.begin():
        task = s.get_one(Task, task_id)
        task.title, task.status = "Đoàn Thanh niên", "suspended"
    with Session(engine) as s:
        task = s.get_one(Task, task_id)
        updated = (task.title_folded, task.sort_rank)
        expected_updated = ("doan thanh nien", sort_rank("suspended", date(2026, 6, 30)))
    assert inserted == expected_inserted, (inserted, expected_inserted)
    assert updated == expected_updated, (updated, expected_updated)
    print(sorted(m for m in sys.modules if m.startswith("coordboard.services")))
    """
)


def test_a_task_written_without_the_services_still_gets_its_derived_columns(tmp_path):
    """The hook lives with the model: a process that imports only the models and the database
    (a script, a migration, a future command) and never the task services still writes a right
    folded title and rank, on insert and on update."""
    done = subprocess.run(
        [sys.executable, "-c", BARE_WRITER, str(tmp_path / "bare.sqlite")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]", done.stdout  # and no task service was imported
