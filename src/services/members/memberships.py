"""Changing memberships: adding a member, correcting a record, ending a term, re-staffing.

History is never overwritten: ending a membership sets its end date; re-staffing (kiện toàn)
ends one membership and starts its successor, linked by `replaces_id`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordboard.db import Database
from coordboard.errors import ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import Agency, Board, BoardRole, Membership, Person
from coordboard.services import permissions
from coordboard.services.actor import Actor
from coordboard.services.members import people
from coordboard.services.members.rows import MemberRow, get_membership, read_row
from coordboard.services.uow import UnitOfWork, check_length, check_version
from coordboard.text import clean

FAR_FUTURE = date(9999, 12, 31)


@dataclass(frozen=True)
class MembershipInput:
    board_id: int
    person_id: int
    role_id: int
    start_date: date
    agency_id: int | None = None  # the agency the member represents on the board
    board_position: str = ""
    end_date: date | None = None
    decision_number: str = ""
    decision_date: date | None = None


def _validate(s: Session, data: MembershipInput, membership_id: int | None) -> MembershipInput:
    if s.get(Board, data.board_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The board no longer exists."), field="board"
        )
    if data.person_id is None or s.get(Person, data.person_id) is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the person."), field="person")
    role = s.get(BoardRole, data.role_id)
    if role is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the role in the board."), field="role"
        )
    if data.agency_id is not None and s.get(Agency, data.agency_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The agency no longer exists."), field="agency"
        )
    if data.start_date is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the start date."), field="start_date"
        )
    if data.end_date is not None and data.end_date < data.start_date:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The membership cannot end ({end}) before it starts ({start})."
            ),
            field="end_date",
            end=data.end_date.strftime("%d/%m/%Y"),
            start=data.start_date.strftime("%d/%m/%Y"),
        )
    if data.decision_date is not None and data.decision_date > date.today():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The decision date cannot be in the future."),
            field="decision_date",
        )
    overlapping = select(Membership).where(
        Membership.board_id == data.board_id,
        Membership.id != (membership_id or 0),
        Membership.start_date <= (data.end_date or FAR_FUTURE),
        Membership.end_date.is_(None) | (Membership.end_date >= data.start_date),
    )
    same_person = s.scalar(overlapping.where(Membership.person_id == data.person_id).limit(1))
    if same_person is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "This person already sits on the board in that period (from {start})."
            ),
            field="person",
            start=same_person.start_date.strftime("%d/%m/%Y"),
        )
    if role.unique_per_board:
        holder = s.scalar(overlapping.where(Membership.role_id == role.id).limit(1))
        if holder is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The board already has a {role} in that period: {name}. End that "
                    "membership first (or re-staff the seat).",
                ),
                field="role",
                role=role.name,
                name=holder.person.full_name,
            )
    result = replace(
        data, board_position=clean(data.board_position), decision_number=clean(data.decision_number)
    )
    for field in ("board_position", "decision_number"):
        check_length(getattr(result, field), Membership.__table__.c[field], field)
    return result


def _input_of(m: Membership) -> MembershipInput:
    return MembershipInput(
        board_id=m.board_id,
        person_id=m.person_id,
        role_id=m.role_id,
        start_date=m.start_date,
        agency_id=m.agency_id,
        board_position=m.board_position,
        end_date=m.end_date,
        decision_number=m.decision_number,
        decision_date=m.decision_date,
    )


def _apply(m: Membership, data: MembershipInput) -> None:
    m.board_id, m.person_id, m.role_id, m.agency_id = (
        data.board_id,
        data.person_id,
        data.role_id,
        data.agency_id,
    )
    m.board_position, m.start_date, m.end_date = data.board_position, data.start_date, data.end_date
    m.decision_number, m.decision_date = data.decision_number, data.decision_date


def _new_person(s: Session, actor: Actor, person: people.PersonInput) -> int:
    """A person typed into a membership form is saved in the same transaction."""
    permissions.require_people_editor(actor)
    record = Person()
    people.apply(s, record, people.validated(person))
    s.add(record)
    s.flush()
    return record.id


def add_membership(
    db: Database, actor: Actor, data: MembershipInput, new_person: people.PersonInput | None = None
) -> MemberRow:
    """Add a member; with `new_person`, the person is created too (data.person_id is ignored)."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        permissions.require_edit_board(s, actor, data.board_id)
        if new_person is not None:
            data = replace(data, person_id=_new_person(s, actor, new_person))
        data = _validate(s, data, None)
        if data.agency_id is None:  # by default a member represents their own agency
            data = replace(data, agency_id=s.get(Person, data.person_id).agency_id)
        m = Membership()
        _apply(m, data)
        s.add(m)
        uow.commit()
        return read_row(s, m.id)


def update_membership(
    db: Database,
    actor: Actor,
    membership_id: int,
    data: MembershipInput,
    expected_version: int | None = None,
    person_update: people.PersonInput | None = None,
    person_version: int | None = None,
) -> MemberRow:
    """Corrects a membership's record (a typo in a decision number, a wrong start date) and,
    with `person_update`, the member's personal details, in one transaction."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        m = get_membership(s, membership_id)
        permissions.require_edit_board(s, actor, m.board_id)
        if person_update is not None:
            permissions.require_people_editor(actor)
            check_version(m.person.version, person_version)
            people.apply(s, m.person, people.validated(person_update))
        if data.board_id != m.board_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "A membership cannot move to another board; end it and add a new one."
                ),
                field="board",
            )
        check_version(m.version, expected_version)
        data = _validate(s, data, membership_id)
        _apply(m, data)
        uow.commit()
        return read_row(s, m.id)


def end_membership(
    db: Database,
    actor: Actor,
    membership_id: int,
    end_date: date,
    reason: str = "",
    expected_version: int | None = None,
) -> MemberRow:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        m = get_membership(s, membership_id)
        permissions.require_edit_board(s, actor, m.board_id)
        check_version(m.version, expected_version)
        # the same rules as any edit: dates in order, and a longer term must not overlap the
        # next chair's (or the same person's next) membership
        _validate(s, replace(_input_of(m), end_date=end_date), m.id)
        check_length(clean(reason), Membership.__table__.c.end_reason, "reason")
        m.end_date, m.end_reason = end_date, clean(reason)
        uow.commit()
        return read_row(s, m.id)


def restaff(
    db: Database,
    actor: Actor,
    membership_id: int,
    *,
    successor_person_id: int | None = None,
    start_date: date,
    decision_number: str = "",
    decision_date: date | None = None,
    role_id: int | None = None,
    agency_id: int | None = None,
    reason: str = "",
    expected_version: int | None = None,
    new_person: people.PersonInput | None = None,
) -> MemberRow:
    """Kiện toàn: the holder leaves the seat the day before the successor takes it.

    With `new_person`, the successor is created in the same transaction."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        old = get_membership(s, membership_id)
        permissions.require_edit_board(s, actor, old.board_id)
        if new_person is not None:
            successor_person_id = _new_person(s, actor, new_person)
        if successor_person_id is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the person."), field="person")
        check_version(old.version, expected_version)
        successor = s.scalar(select(Membership).where(Membership.replaces_id == old.id).limit(1))
        if successor is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This seat was already re-staffed: {name} took it over on {start}. "
                    "Re-staff the current holder instead.",
                ),
                field="person",
                name=successor.person.full_name,
                start=successor.start_date.strftime("%d/%m/%Y"),
            )
        if old.end_date is not None and old.end_date < start_date - timedelta(days=1):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "This membership already ended on {end}; add the new member instead."
                ),
                field="start_date",
                end=old.end_date.strftime("%d/%m/%Y"),
            )
        if start_date <= old.start_date:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The successor must start after the current holder ({start})."
                ),
                field="start_date",
                start=old.start_date.strftime("%d/%m/%Y"),
            )
        old.end_date = start_date - timedelta(days=1)
        old.end_reason = clean(reason) or clean(decision_number)
        check_length(old.end_reason, Membership.__table__.c.end_reason, "reason")
        uow.flush()
        data = MembershipInput(
            board_id=old.board_id,
            person_id=successor_person_id,
            role_id=role_id or old.role_id,
            start_date=start_date,
            agency_id=agency_id if agency_id is not None else old.agency_id,
            board_position=old.board_position,
            decision_number=decision_number,
            decision_date=decision_date,
        )
        data = _validate(s, data, None)
        new = Membership(replaces_id=old.id)
        _apply(new, data)
        s.add(new)
        uow.commit()
        return read_row(s, new.id)
