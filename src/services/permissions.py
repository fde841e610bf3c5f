"""Who may see and change what. Every service calls these; the UI only mirrors them.

- administrator: everything;
- secretariat: edits the boards it is assigned to (and their child boards), the catalogue and
  people's records;
- agency focal point: reads the boards its agency sits on (not their child boards); on tasks it
  may do more, checked in services/tasks: the status and progress of the tasks its agency
  leads, updates on those where it co-operates;
- viewer: reads its assigned boards (all boards when none is assigned).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordboard.errors import PermissionDenied
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import Board, Membership, user_boards
from coordboard.services.actor import ADMIN, FOCAL_POINT, SECRETARIAT, VIEWER, Actor


def descendants(session: Session, roots: set[int]) -> set[int]:
    """Ids of the roots and every board below them."""
    parent_of: dict[int, int | None] = dict(
        session.execute(select(Board.id, Board.parent_id)).all()
    )
    children: dict[int, list[int]] = {}
    for child, parent in parent_of.items():
        if parent is not None:
            children.setdefault(parent, []).append(child)
    seen: set[int] = set()
    stack = [r for r in roots if r in parent_of]
    while stack:
        board = stack.pop()
        if board not in seen:
            seen.add(board)
            stack.extend(children.get(board, []))
    return seen


def _assigned(session: Session, actor: Actor) -> set[int]:
    return set(
        session.scalars(
            select(user_boards.c.board_id).where(user_boards.c.user_id == actor.user_id)
        )
    )


def visible_board_ids(session: Session, actor: Actor) -> set[int] | None:
    """Boards the actor may read; None means all of them."""
    if actor.role == ADMIN or actor.user_id is None:
        return None
    assigned = _assigned(session, actor)
    if actor.role == VIEWER and not assigned:
        return None
    if actor.role == FOCAL_POINT and actor.agency_id is not None:
        today = date.today()
        assigned |= set(
            session.scalars(
                select(Membership.board_id).where(
                    Membership.agency_id == actor.agency_id,
                    Membership.start_date <= today,
                    (Membership.end_date.is_(None)) | (Membership.end_date >= today),
                )
            )
        )
        return assigned  # a focal point sees its agency's boards, not their children
    return descendants(session, assigned)


def editable_board_ids(session: Session, actor: Actor) -> set[int] | None:
    if actor.role == ADMIN or actor.user_id is None:
        return None
    if actor.role != SECRETARIAT:
        return set()
    return descendants(session, _assigned(session, actor))


def may_edit_board(session: Session, actor: Actor, board_id: int) -> bool:
    """Whether the actor edits this board's records (its plans, tasks, members)."""
    ids = editable_board_ids(session, actor)
    return ids is None or board_id in ids


def require_view_board(session: Session, actor: Actor, board_id: int) -> None:
    ids = visible_board_ids(session, actor)
    if ids is not None and board_id not in ids:
        raise PermissionDenied(QT_TRANSLATE_NOOP("errors", "You may not view this board."))


def require_edit_board(session: Session, actor: Actor, board_id: int | None) -> None:
    """board_id None: creating a top-level board, which only an administrator may do."""
    ids = editable_board_ids(session, actor)
    if ids is None:
        return
    if board_id is None or board_id not in ids:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("errors", "Your account may not change this board or its members.")
        )


def require_catalogue_editor(actor: Actor) -> None:
    if actor.role not in (ADMIN, SECRETARIAT):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "errors", "Only the secretariat or an administrator may change the catalogue."
            )
        )


def require_people_editor(actor: Actor) -> None:
    if actor.role not in (ADMIN, SECRETARIAT):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "errors", "Only the secretariat or an administrator may change people's records."
            )
        )


def require_admin(actor: Actor) -> None:
    if actor.role != ADMIN:
        raise PermissionDenied(QT_TRANSLATE_NOOP("errors", "Only an administrator may do this."))
