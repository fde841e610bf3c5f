"""The agenda: its items in order, the documents attached to them, and the items a meeting did
not finish carried to a later meeting of the same board.

An agenda item is part of the record (its summary is written during the meeting), so every
change here goes through the approval lock.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from coordboard.db import Database
from coordboard.errors import NotFound, ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import Agency, AgendaDocument, AgendaItem
from coordboard.services import permissions
from coordboard.services.actor import Actor
from coordboard.services.meetings.detail import meeting_detail
from coordboard.services.meetings.editing import editable_meeting, find_meeting, reorder
from coordboard.services.meetings.types import AgendaItemInfo, AgendaItemInput, DocumentInfo
from coordboard.services.uow import UnitOfWork, check_length, check_version
from coordboard.text import clean, clean_text

MAX_DOCUMENT_BYTES = 10 * 1024 * 1024


def _item(s: Session, item_id: int) -> AgendaItem:
    item = s.get(AgendaItem, item_id)
    if item is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The agenda item no longer exists."))
    return item


def save_agenda_item(
    db: Database,
    actor: Actor,
    meeting_id: int,
    data: AgendaItemInput,
    item_id: int | None = None,
    expected_version: int | None = None,
) -> AgendaItemInfo:
    data = replace(
        data,
        title=clean(data.title),
        presenter=clean(data.presenter),
        summary=clean_text(data.summary),
    )
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        meeting = editable_meeting(s, actor, meeting_id)
        if not data.title:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Enter the agenda item."), field="title"
            )
        check_length(data.title, AgendaItem.__table__.c.title, "title")
        check_length(data.presenter, AgendaItem.__table__.c.presenter, "presenter")
        if not 0 <= data.planned_minutes <= 24 * 60:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The planned duration must lie between 0 and 1440 minutes."
                ),
                field="planned_minutes",
            )
        if data.presenter_agency_id is not None and s.get(Agency, data.presenter_agency_id) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The agency no longer exists."),
                field="presenter_agency",
            )
        if item_id is None:
            last = s.scalar(
                select(func.max(AgendaItem.position)).where(AgendaItem.meeting_id == meeting_id)
            )
            item = AgendaItem(meeting_id=meeting_id, position=(last or 0) + 1)
            s.add(item)
        else:
            item = _item(s, item_id)
            if item.meeting_id != meeting_id:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "The agenda item no longer exists."))
            check_version(item.version, expected_version)
        for name in (
            "title",
            "presenter",
            "presenter_agency_id",
            "planned_minutes",
            "summary",
            "finished",
        ):
            setattr(item, name, getattr(data, name))
        s.flush()
        uow.commit()
        return next(
            i for i in meeting_detail(s, actor, meeting, date.today()).agenda if i.id == item.id
        )


def delete_agenda_item(
    db: Database, actor: Actor, item_id: int, expected_version: int | None = None
) -> None:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        item = _item(s, item_id)
        editable_meeting(s, actor, item.meeting_id)
        check_version(item.version, expected_version)
        s.execute(
            update(AgendaItem)
            .where(AgendaItem.carried_from_id == item_id)
            .values(carried_from_id=None)
        )
        s.delete(item)
        uow.commit()


def move_agenda_item(db: Database, actor: Actor, item_id: int, step: int) -> None:
    """Move an item up (step -1) or down (+1) the agenda."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        item = _item(s, item_id)
        meeting = editable_meeting(s, actor, item.meeting_id)
        items = list(
            s.scalars(
                select(AgendaItem)
                .where(AgendaItem.meeting_id == meeting.id)
                .order_by(AgendaItem.position, AgendaItem.id)
            )
        )
        reorder(items, item, step)
        uow.commit()


def add_agenda_document(
    db: Database, actor: Actor, item_id: int, file_name: str, content: bytes
) -> DocumentInfo:
    file_name = clean(file_name)
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        item = _item(s, item_id)
        editable_meeting(s, actor, item.meeting_id)
        if not file_name:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "The file has no name."))
        check_length(file_name, AgendaDocument.__table__.c.file_name, "file_name")
        if len(content) > MAX_DOCUMENT_BYTES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The file {name} is larger than {limit} MB."),
                name=file_name,
                limit=MAX_DOCUMENT_BYTES // (1024 * 1024),
            )
        doc = AgendaDocument(
            agenda_item_id=item.id,
            file_name=file_name,
            size=len(content),
            sha256=hashlib.sha256(content).hexdigest(),
            content=content,
            added_by_id=actor.user_id,
        )
        s.add(doc)
        s.flush()
        uow.commit()
        return DocumentInfo(doc.id, doc.file_name, doc.size, doc.sha256)


def agenda_document_content(db: Database, actor: Actor, document_id: int) -> tuple[str, bytes]:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        doc = s.get(AgendaDocument, document_id)
        if doc is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "The document no longer exists."))
        meeting = find_meeting(s, _item(s, doc.agenda_item_id).meeting_id)
        permissions.require_view_board(s, actor, meeting.board_id)
        return doc.file_name, doc.content


def delete_agenda_document(db: Database, actor: Actor, document_id: int) -> None:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        doc = s.get(AgendaDocument, document_id)
        if doc is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "The document no longer exists."))
        editable_meeting(s, actor, _item(s, doc.agenda_item_id).meeting_id)
        s.delete(doc)
        uow.commit()


def carry_unfinished_items(
    db: Database, actor: Actor, from_meeting_id: int, to_meeting_id: int
) -> int:
    """Copy the agenda items not finished at one meeting to the end of a later meeting's agenda
    (with their documents); returns how many were carried. An item is carried once."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        source = find_meeting(s, from_meeting_id)
        permissions.require_view_board(s, actor, source.board_id)
        target = editable_meeting(s, actor, to_meeting_id)
        if target.board_id != source.board_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Agenda items can only be carried to a meeting of the same board."
                )
            )
        if target.starts_at <= source.starts_at:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Unfinished items can only be carried to a later meeting."
                )
            )
        already = set(
            s.scalars(
                select(AgendaItem.carried_from_id).where(AgendaItem.carried_from_id.is_not(None))
            )
        )
        items = s.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == from_meeting_id, AgendaItem.finished.is_(False))
            .order_by(AgendaItem.position)
        ).all()
        position = (
            s.scalar(
                select(func.max(AgendaItem.position)).where(AgendaItem.meeting_id == to_meeting_id)
            )
            or 0
        )
        carried = 0
        for item in items:
            if item.id in already:
                continue
            position += 1
            copy = AgendaItem(
                meeting_id=to_meeting_id,
                position=position,
                title=item.title,
                presenter=item.presenter,
                presenter_agency_id=item.presenter_agency_id,
                planned_minutes=item.planned_minutes,
                summary="",
                finished=False,
                carried_from_id=item.id,
            )
            s.add(copy)
            s.flush()
            for doc in s.scalars(
                select(AgendaDocument).where(AgendaDocument.agenda_item_id == item.id)
            ):
                s.add(
                    AgendaDocument(
                        agenda_item_id=copy.id,
                        file_name=doc.file_name,
                        size=doc.size,
                        sha256=doc.sha256,
                        content=doc.content,
                        added_by_id=actor.user_id,
                    )
                )
            carried += 1
        if not carried:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The meeting has no unfinished agenda items left to carry."
                )
            )
        s.flush()
        uow.commit()
        return carried
