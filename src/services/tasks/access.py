"""Who may do what with one task (DESIGN.md).

The secretariat (and administrators) edit the tasks of the boards they edit; an agency's focal
point changes the status and progress of the tasks its agency leads and adds updates to those
where its agency co-operates, on any board; viewers read. Lists apply the same visibility in
SQL (queries.visible_condition); these helpers judge one task already loaded.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from coordboard.errors import NotFound, PermissionDenied
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import Task, task_cooperators
from coordboard.services import permissions
from coordboard.services.actor import FOCAL_POINT, Actor
from coordboard.services.uow import any_row


def load_task(s: Session, task_id: int) -> Task:
    """The task, or NotFound when another PC deleted it meanwhile."""
    task = s.get(Task, task_id)
    if task is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The task no longer exists."))
    return task


def can_edit(s: Session, actor: Actor, task: Task) -> bool:
    return permissions.may_edit_board(s, actor, task.board_id)


def _is_cooperating(s: Session, task_id: int, agency_id: int | None) -> bool:
    if agency_id is None:
        return False
    return any_row(
        s, task_cooperators.c.task_id == task_id, task_cooperators.c.agency_id == agency_id
    )


def rights(s: Session, actor: Actor, task: Task) -> tuple[bool, bool, bool]:
    """(edit, progress, add update) for this actor on this task."""
    if can_edit(s, actor, task):
        return True, True, True
    if actor.role == FOCAL_POINT and actor.agency_id is not None:
        if task.lead_agency_id == actor.agency_id:
            return False, True, True
        if _is_cooperating(s, task.id, actor.agency_id):
            return False, False, True
    return False, False, False


def require_edit(s: Session, actor: Actor, board_id: int) -> None:
    if not permissions.may_edit_board(s, actor, board_id):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "errors", "Only the secretariat of this board may create or change its tasks."
            )
        )


def require_view(s: Session, actor: Actor, task: Task) -> None:
    visible = permissions.visible_board_ids(s, actor)
    if visible is None or task.board_id in visible:
        return
    if actor.role == FOCAL_POINT and (
        task.lead_agency_id == actor.agency_id or _is_cooperating(s, task.id, actor.agency_id)
    ):
        return
    raise PermissionDenied(QT_TRANSLATE_NOOP("errors", "You may not view this task."))
