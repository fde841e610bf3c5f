"""The task query API's scope: one filter's WHERE clauses, date and due-soon window, the same
that the lists and counts use."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import func, select

from coordboard.models import Task
from coordboard.services import tasks, workdays
from coordboard.services.tasks import TaskFilter
from coordboard.services.tasks import classification as cl
from coordboard.services.uow import UnitOfWork
from services.tasks.test_tasks_service import finish, make, task_input

AS_OF = date(2026, 7, 1)


def counted(s, scope: tasks.TaskScope) -> int:
    return s.scalar(select(func.count()).select_from(Task).where(*scope.where))


def test_a_scope_selects_what_the_lists_and_counts_select(db, admin, world):
    make(db, admin, world, title="Quá hạn")  # deadline 30/06: overdue as of 01/07
    finish(db, admin, make(db, admin, world, title="Xong"), date(2026, 6, 1))
    make(db, admin, world, title="Của Sở Y tế", lead="SYT")
    workdays.set_due_soon_days(db, admin, 10)
    overdue = TaskFilter(as_of=AS_OF, classes=(cl.OVERDUE,))
    with UnitOfWork(db, admin) as uow:
        s = uow.session
        scope = tasks.task_scope(s, admin, overdue)
        assert (scope.as_of, scope.soon_days) == (AS_OF, 10)
        assert counted(s, scope) == tasks.count_tasks(db, admin, overdue) == 2
        everything = tasks.task_scope(s, admin, overdue, with_classes=False)
        assert counted(s, everything) == sum(tasks.class_counts(db, admin, overdue).counts.values())
        assert counted(s, everything) == 3
        assert tasks.task_scope(s, admin, TaskFilter()).as_of == date.today()


def test_visibility_is_part_of_the_scope(db, admin, focal_point, world):
    """The focal point of Sở Y tế sees the other board's task its agency leads, not the rest."""
    make(db, admin, world, title="Ban tỉnh")
    for lead in ("SYT", "SGDDT"):
        tasks.create_task(
            db, admin, replace(task_input(world, title=lead, lead=lead), board_id=world.other)
        )
    for actor, seen in ((admin, 3), (focal_point, 2)):
        with UnitOfWork(db, actor) as uow:
            scope = tasks.task_scope(uow.session, actor, TaskFilter(as_of=AS_OF))
            assert counted(uow.session, scope) == tasks.count_tasks(db, actor) == seen
