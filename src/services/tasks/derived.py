"""The columns of a task derived from its other columns, set in one place.

- `title_folded`: the title without diacritics or case, which the text search reads;
- `effective_deadline`: the deadline in force, the later of the deadline and the latest approved
  extension (rules.status.deadline_in_force);
- `sort_rank`: the "overdue first" key of the status and the deadline in force
  (rules.status.sort_rank).

`settle` sets all three. The deadline and the extensions change in three use cases (create,
edit, extend), which call it. The title and the status change in more places (a progress update,
a plan copied to the next year, deleting a carried copy), so the row-local part, `settle_row`,
also runs as a mapper hook before every INSERT and UPDATE of a task flushed through the ORM:
nobody who changes a status has to remember the rank. The hook is registered beside the model
(models/tasks.py), so a writer that never imports this package runs it too. Rows written with
SQLAlchemy Core (the national demo) compute the same values with the same rules functions.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordboard.models import Task, TaskExtension
from coordboard.models.tasks import settle_row
from coordboard.rules.status import deadline_in_force


def settle(s: Session, task: Task) -> None:
    """Sets the task's derived columns from its deadline, its extensions (as the session sees
    them), its title and its status."""
    latest = None
    if task.id is not None:  # a task not yet inserted has no extension
        latest = s.scalar(
            select(func.max(TaskExtension.new_deadline)).where(TaskExtension.task_id == task.id)
        )
    task.effective_deadline = deadline_in_force(task.deadline, latest)
    settle_row(task)
