"""Reading memberships: the rows the Members page and the documents show, who sat on a board on
a given day, and the holders of one seat over time."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from coordboard.db import Database
from coordboard.errors import NotFound
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import Agency, Board, BoardRole, Membership, Person, Sector
from coordboard.services import permissions
from coordboard.services.actor import Actor
from coordboard.services.boards import current_filter
from coordboard.services.uow import UnitOfWork
from coordboard.text import fold, person_sort_key, vi_sort_key


@dataclass(frozen=True)
class MemberRow:
    id: int
    board_id: int
    board_name: str
    person_id: int
    full_name: str
    honorific: str
    position: str  # the person's post in their agency
    role_id: int
    role_name: str
    role_rank: int
    board_position: str
    agency_id: int | None
    agency_name: str
    sector_id: int | None
    sector_name: str
    phone: str
    email: str
    start_date: date
    end_date: date | None
    decision_number: str
    decision_date: date | None
    end_reason: str
    replaces_id: int | None
    version: int

    def active_on(self, day: date) -> bool:
        return self.start_date <= day and (self.end_date is None or self.end_date >= day)


@dataclass(frozen=True)
class MemberFilter:
    board_id: int | None = None
    on: date | None = None  # None: every membership, past and present
    agency_id: int | None = None
    sector_id: int | None = None
    role_id: int | None = None
    text: str = ""  # diacritics-insensitive, on the person's and the agency's names


def _row_query() -> tuple[Select[Any], Any]:
    """Only the columns a member row shows: far cheaper than loading six ORM entities.
    Returns the query and the represented agency's alias, for filters on it."""
    rep = aliased(Agency)
    columns = (
        Membership.id,
        Membership.board_id,
        Board.name.label("board_name"),
        Membership.person_id,
        Person.full_name,
        Person.honorific,
        Person.position,
        Membership.role_id,
        BoardRole.name.label("role_name"),
        BoardRole.rank.label("role_rank"),
        Membership.board_position,
        Membership.agency_id,
        rep.name.label("agency_name"),
        Sector.id.label("sector_id"),
        Sector.name.label("sector_name"),
        Person.phone,
        Person.email,
        Membership.start_date,
        Membership.end_date,
        Membership.decision_number,
        Membership.decision_date,
        Membership.end_reason,
        Membership.replaces_id,
        Membership.version,
    )
    return (
        select(*columns)
        .join(Person, Membership.person_id == Person.id)
        .join(Board, Membership.board_id == Board.id)
        .join(BoardRole, Membership.role_id == BoardRole.id)
        .outerjoin(rep, Membership.agency_id == rep.id)
        .outerjoin(Sector, rep.sector_id == Sector.id)
    ), rep


def _row(values: Any) -> MemberRow:
    row = MemberRow(**values._asdict())
    if row.agency_name is None or row.sector_name is None:
        row = replace(row, agency_name=row.agency_name or "", sector_name=row.sector_name or "")
    return row


def read_row(s: Session, membership_id: int) -> MemberRow:
    query, _rep = _row_query()
    return _row(s.execute(query.where(Membership.id == membership_id)).one())


def get_membership(s: Session, membership_id: int) -> Membership:
    m = s.get(Membership, membership_id)
    if m is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The membership no longer exists."))
    return m


def sort_rows(rows: list[MemberRow]) -> list[MemberRow]:
    """Board order: by role (chair first), then by name in Vietnamese order, then by start."""
    return sorted(
        rows,
        key=lambda r: (
            vi_sort_key(r.board_name),
            r.role_rank,
            person_sort_key(r.full_name),
            r.start_date,
        ),
    )


def list_members(db: Database, actor: Actor, flt: MemberFilter = MemberFilter()) -> list[MemberRow]:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        query, rep = _row_query()
        visible = permissions.visible_board_ids(s, actor)
        if flt.board_id is not None:
            permissions.require_view_board(s, actor, flt.board_id)
            query = query.where(Membership.board_id == flt.board_id)
        elif visible is not None:
            query = query.where(Membership.board_id.in_(visible))
        if flt.on is not None:
            query = query.where(current_filter(flt.on))
        if flt.agency_id is not None:
            query = query.where(Membership.agency_id == flt.agency_id)
        if flt.sector_id is not None:
            query = query.where(rep.sector_id == flt.sector_id)
        if flt.role_id is not None:
            query = query.where(Membership.role_id == flt.role_id)
        for word in fold(flt.text).split():
            query = query.where(
                Person.full_name_folded.contains(word, autoescape=True)
                | rep.name_folded.contains(word, autoescape=True)
            )
        return sort_rows([_row(row) for row in s.execute(query).all()])


def members_on(db: Database, actor: Actor, board_id: int, on: date) -> list[MemberRow]:
    """The board as it stood on a given day."""
    return list_members(db, actor, MemberFilter(board_id=board_id, on=on))


def seat_history(db: Database, actor: Actor, membership_id: int) -> list[MemberRow]:
    """Every holder of the seat this membership belongs to, oldest first."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        m = get_membership(s, membership_id)
        permissions.require_view_board(s, actor, m.board_id)
        links = dict(
            s.execute(
                select(Membership.id, Membership.replaces_id).where(
                    Membership.board_id == m.board_id
                )
            ).all()
        )
        successors = {prev: nxt for nxt, prev in links.items() if prev is not None}
        first = m.id
        while (previous := links.get(first)) is not None:
            first = previous
        chain = [first]
        while chain[-1] in successors:
            chain.append(successors[chain[-1]])
        return [read_row(s, mid) for mid in chain]
