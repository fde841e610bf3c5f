"""People: the persons who hold seats on boards."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordboard.db import Database
from coordboard.errors import NotFound, ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import Agency, Membership, Person
from coordboard.services import permissions
from coordboard.services.actor import ADMIN, SECRETARIAT, Actor
from coordboard.services.uow import UnitOfWork, check_length, check_version
from coordboard.text import clean, fold, is_valid_email, is_valid_phone, person_sort_key

HONORIFICS = ("Ông", "Bà", "")


@dataclass(frozen=True)
class PersonInput:
    full_name: str
    honorific: str = ""
    position: str = ""
    agency_id: int | None = None
    phone: str = ""
    email: str = ""
    notes: str = ""


@dataclass(frozen=True)
class PersonInfo:
    id: int
    full_name: str
    honorific: str
    position: str
    agency_id: int | None
    agency_name: str
    phone: str
    email: str
    notes: str
    version: int


def person_info(p: Person) -> PersonInfo:
    return PersonInfo(
        id=p.id,
        full_name=p.full_name,
        honorific=p.honorific,
        position=p.position,
        agency_id=p.agency_id,
        agency_name=p.agency.name if p.agency else "",
        phone=p.phone,
        email=p.email,
        notes=p.notes,
        version=p.version,
    )


def validated(data: PersonInput) -> PersonInput:
    """Cleaned input, or ValidationError naming the first bad field."""
    name = clean(data.full_name)
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The full name must not be empty."), field="full_name"
        )
    if any(ch.isdigit() for ch in name):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A name cannot contain digits."), field="full_name"
        )
    honorific = clean(data.honorific)
    if honorific not in HONORIFICS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The honorific must be Ông or Bà."), field="honorific"
        )
    email, phone = clean(data.email), clean(data.phone)
    if email and not is_valid_email(email):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{email} is not an e-mail address."),
            field="email",
            email=email,
        )
    if phone and not is_valid_phone(phone):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "{phone} is not a phone number (digits, spaces, +, -, dots only)."
            ),
            field="phone",
            phone=phone,
        )
    result = PersonInput(
        full_name=name,
        honorific=honorific,
        position=clean(data.position),
        agency_id=data.agency_id,
        phone=phone,
        email=email.lower(),
        notes=data.notes.strip(),
    )
    columns = Person.__table__.c
    for field in ("full_name", "position", "phone", "email", "notes"):
        check_length(getattr(result, field), columns[field], field)
    return result


def apply(session: Session, person: Person, data: PersonInput) -> None:
    if data.agency_id is not None and session.get(Agency, data.agency_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The agency no longer exists."), field="agency"
        )
    person.full_name, person.full_name_folded = data.full_name, fold(data.full_name)
    person.honorific, person.position = data.honorific, data.position
    person.agency_id, person.phone, person.email = data.agency_id, data.phone, data.email
    person.notes = data.notes


def create_person(db: Database, actor: Actor, data: PersonInput) -> PersonInfo:
    permissions.require_people_editor(actor)
    data = validated(data)
    with UnitOfWork(db, actor) as uow:
        person = Person()
        apply(uow.session, person, data)
        uow.session.add(person)
        uow.commit()
        return person_info(person)


def update_person(
    db: Database,
    actor: Actor,
    person_id: int,
    data: PersonInput,
    expected_version: int | None = None,
) -> PersonInfo:
    permissions.require_people_editor(actor)
    data = validated(data)
    with UnitOfWork(db, actor) as uow:
        person = uow.session.get(Person, person_id)
        if person is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "The person no longer exists."))
        check_version(person.version, expected_version)
        apply(uow.session, person, data)
        uow.commit()
        return person_info(person)


def _visible(session: Session, actor: Actor, query):
    """Editors pick from everyone on file; other accounts see the people of their boards."""
    if actor.role in (ADMIN, SECRETARIAT) or actor.user_id is None:
        return query
    boards = permissions.visible_board_ids(session, actor)
    if boards is None:
        return query
    return query.where(
        Person.id.in_(select(Membership.person_id).where(Membership.board_id.in_(boards)))
    )


def find_people(db: Database, actor: Actor, text: str = "", limit: int = 200) -> list[PersonInfo]:
    """Diacritics-insensitive search by name, in Vietnamese order (given name first).

    At most `limit` matches, the same ones every time (ordered before they are cut)."""
    with UnitOfWork(db, actor) as uow:
        query = _visible(uow.session, actor, select(Person))
        for word in fold(text).split():
            query = query.where(Person.full_name_folded.contains(word, autoescape=True))
        people = uow.session.scalars(
            query.order_by(Person.full_name_folded, Person.id).limit(limit)
        ).all()
        return sorted((person_info(p) for p in people), key=lambda p: person_sort_key(p.full_name))


def get_person(db: Database, actor: Actor, person_id: int) -> PersonInfo:
    with UnitOfWork(db, actor) as uow:
        person = uow.session.scalar(
            _visible(uow.session, actor, select(Person)).where(Person.id == person_id)
        )
        if person is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "The person no longer exists."))
        return person_info(person)
