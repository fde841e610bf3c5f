"""Boards: create, edit, and the tree of boards by level and parent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordboard.db import Database
from coordboard.errors import NotFound, ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import AdminLevel, Agency, Board, BoardKind, Membership
from coordboard.services import permissions
from coordboard.services.actor import Actor
from coordboard.services.uow import UnitOfWork, check_length, check_version
from coordboard.text import clean, fold


@dataclass(frozen=True)
class BoardInput:
    name: str
    kind_id: int
    level_id: int
    area: str = ""
    parent_id: int | None = None
    standing_agency_id: int | None = None
    decision_number: str = ""
    decision_date: date | None = None
    active: bool = True
    notes: str = ""
    # the header of the documents the board issues; empty: derived (services/register.py)
    doc_code: str = ""
    governing_body: str = ""


@dataclass(frozen=True)
class BoardInfo:
    id: int
    name: str
    kind_id: int
    kind_name: str
    level_id: int
    level_name: str
    level_rank: int
    area: str
    parent_id: int | None
    parent_name: str
    standing_agency_id: int | None
    standing_agency_name: str
    decision_number: str
    decision_date: date | None
    active: bool
    notes: str
    member_count: int  # members on the day the list was read
    can_edit: bool
    version: int
    doc_code: str = ""
    governing_body: str = ""


def _info(board: Board, member_count: int, can_edit: bool) -> BoardInfo:
    return BoardInfo(
        id=board.id,
        name=board.name,
        kind_id=board.kind_id,
        kind_name=board.kind.name,
        level_id=board.level_id,
        level_name=board.level.name,
        level_rank=board.level.rank,
        area=board.area,
        parent_id=board.parent_id,
        parent_name=board.parent.name if board.parent else "",
        standing_agency_id=board.standing_agency_id,
        standing_agency_name=board.standing_agency.name if board.standing_agency else "",
        decision_number=board.decision_number,
        decision_date=board.decision_date,
        active=board.active,
        notes=board.notes,
        member_count=member_count,
        can_edit=can_edit,
        version=board.version,
        doc_code=board.doc_code,
        governing_body=board.governing_body,
    )


def current_filter(on: date):
    return (Membership.start_date <= on) & (
        Membership.end_date.is_(None) | (Membership.end_date >= on)
    )


def list_boards(db: Database, actor: Actor, on: date | None = None) -> list[BoardInfo]:
    """The boards the actor may see, parents before children, with today's member counts."""
    on = on or date.today()
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        visible = permissions.visible_board_ids(s, actor)
        editable = permissions.editable_board_ids(s, actor)
        query = select(Board).join(Board.level).order_by(AdminLevel.rank, Board.name)
        if visible is not None:
            query = query.where(Board.id.in_(visible))
        counts = dict(
            s.execute(
                select(Membership.board_id, func.count(Membership.id))
                .where(current_filter(on))
                .group_by(Membership.board_id)
            ).all()
        )
        return [
            _info(b, counts.get(b.id, 0), editable is None or b.id in editable)
            for b in s.scalars(query)
        ]


def get_board(db: Database, actor: Actor, board_id: int) -> BoardInfo:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        board = s.get(Board, board_id)
        if board is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "The board no longer exists."))
        permissions.require_view_board(s, actor, board_id)
        editable = permissions.editable_board_ids(s, actor)
        count = s.scalar(
            select(func.count(Membership.id)).where(
                Membership.board_id == board_id, current_filter(date.today())
            )
        )
        return _info(board, count or 0, editable is None or board_id in editable)


def _validated(s: Session, data: BoardInput, board_id: int | None) -> BoardInput:
    name = clean(data.name)
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The board name must not be empty."), field="name"
        )
    if s.get(BoardKind, data.kind_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the kind of board."), field="kind"
        )
    if s.get(AdminLevel, data.level_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the board's level."), field="level"
        )
    if data.standing_agency_id is not None and s.get(Agency, data.standing_agency_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The agency no longer exists."), field="standing_agency"
        )
    if data.decision_date and data.decision_date > date.today():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The decision date cannot be in the future."),
            field="decision_date",
        )
    area = clean(data.area)
    clash = next(
        (
            b
            for b in s.scalars(
                select(Board).where(Board.name_folded == fold(name), Board.id != (board_id or 0))
            )
            if fold(b.area or "") == fold(area)
        ),
        None,
    )  # "Tỉnh X" is "tỉnh X"
    if clash is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A board named {name} already exists for this area."),
            field="name",
            name=name,
        )
    if data.parent_id is not None:
        if s.get(Board, data.parent_id) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The parent board no longer exists."), field="parent"
            )
        if board_id is not None and _is_ancestor_or_self(s, board_id, data.parent_id):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A board cannot be placed under itself or under one of its own child boards.",
                ),
                field="parent",
            )
    result = BoardInput(
        name=name,
        kind_id=data.kind_id,
        level_id=data.level_id,
        area=area,
        parent_id=data.parent_id,
        standing_agency_id=data.standing_agency_id,
        decision_number=clean(data.decision_number),
        decision_date=data.decision_date,
        active=data.active,
        notes=data.notes.strip(),
        doc_code=clean(data.doc_code),
        governing_body=clean(data.governing_body),
    )
    for field in ("name", "area", "decision_number", "notes", "doc_code", "governing_body"):
        check_length(getattr(result, field), Board.__table__.c[field], field)
    return result


def _is_ancestor_or_self(s: Session, board_id: int, candidate_parent: int) -> bool:
    """True when board_id is candidate_parent or one of its ancestors."""
    parent_of: dict[int, int | None] = dict(s.execute(select(Board.id, Board.parent_id)).all())
    node: int | None = candidate_parent
    seen: set[int] = set()
    while node is not None and node not in seen:
        if node == board_id:
            return True
        seen.add(node)
        node = parent_of.get(node)
    return False


def _apply(board: Board, data: BoardInput) -> None:
    board.name, board.name_folded = data.name, fold(data.name)
    board.kind_id, board.level_id, board.area = data.kind_id, data.level_id, data.area
    board.parent_id, board.standing_agency_id = data.parent_id, data.standing_agency_id
    board.decision_number, board.decision_date = data.decision_number, data.decision_date
    board.active, board.notes = data.active, data.notes
    board.doc_code, board.governing_body = data.doc_code, data.governing_body


def create_board(db: Database, actor: Actor, data: BoardInput) -> BoardInfo:
    """A top-level board needs an administrator; a child board, an editor of its parent."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        permissions.require_edit_board(s, actor, data.parent_id)
        data = _validated(s, data, None)
        board = Board()
        _apply(board, data)
        s.add(board)
        uow.commit()
        return _info(board, 0, True)


def update_board(
    db: Database, actor: Actor, board_id: int, data: BoardInput, expected_version: int | None = None
) -> BoardInfo:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        board = s.get(Board, board_id)
        if board is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "The board no longer exists."))
        permissions.require_edit_board(s, actor, board_id)
        if data.parent_id != board.parent_id:
            # moving a board also needs the right to edit where it goes
            permissions.require_edit_board(s, actor, data.parent_id)
        check_version(board.version, expected_version)
        data = _validated(s, data, board_id)
        _apply(board, data)
        uow.commit()
        count = s.scalar(
            select(func.count(Membership.id)).where(
                Membership.board_id == board_id, current_filter(date.today())
            )
        )
        return _info(board, count or 0, True)
