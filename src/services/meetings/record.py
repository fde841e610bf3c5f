"""The record kept during the meeting: who said what, on which agenda item.

A speaker picked from the participants brings their agency along; a delegate speaks under
their own name.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, select

from coordboard.db import Database
from coordboard.errors import NotFound, ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import AgendaItem, Attendee, Opinion
from coordboard.services.actor import Actor
from coordboard.services.meetings.detail import agency_names
from coordboard.services.meetings.editing import editable_meeting
from coordboard.services.meetings.types import OpinionInfo, OpinionInput
from coordboard.services.uow import UnitOfWork, check_length, check_version
from coordboard.text import clean, clean_text


def save_opinion(
    db: Database,
    actor: Actor,
    meeting_id: int,
    data: OpinionInput,
    opinion_id: int | None = None,
    expected_version: int | None = None,
) -> OpinionInfo:
    data = replace(data, text=clean_text(data.text), speaker=clean(data.speaker))
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        editable_meeting(s, actor, meeting_id)
        if not data.text:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter what was said."), field="text")
        if data.attendee_id is not None:
            a = s.get(Attendee, data.attendee_id)
            if a is None or a.meeting_id != meeting_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "The speaker is not a participant of this meeting."
                    ),
                    field="speaker",
                )
            speaker = a.delegate_name if a.attendance == "delegated" else a.name
            data = replace(
                data, speaker=data.speaker or speaker, agency_id=data.agency_id or a.agency_id
            )
        if not data.speaker:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter who spoke."), field="speaker")
        check_length(data.speaker, Opinion.__table__.c.speaker, "speaker")
        if data.agenda_item_id is not None:
            item = s.get(AgendaItem, data.agenda_item_id)
            if item is None or item.meeting_id != meeting_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "The agenda item no longer exists."),
                    field="agenda_item",
                )
        if opinion_id is None:
            last = s.scalar(
                select(func.max(Opinion.position)).where(Opinion.meeting_id == meeting_id)
            )
            o = Opinion(meeting_id=meeting_id, position=(last or 0) + 1)
            s.add(o)
        else:
            o = s.get(Opinion, opinion_id)
            if o is None or o.meeting_id != meeting_id:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "The opinion no longer exists."))
            check_version(o.version, expected_version)
        for name in ("text", "speaker", "attendee_id", "agency_id", "agenda_item_id"):
            setattr(o, name, getattr(data, name))
        s.flush()
        uow.commit()
        names = agency_names(s, [o.agency_id])
        return OpinionInfo(
            o.id,
            o.version,
            o.position,
            o.agenda_item_id,
            o.attendee_id,
            o.speaker,
            o.agency_id,
            names.get(o.agency_id, ""),
            o.text,
        )


def delete_opinion(
    db: Database, actor: Actor, opinion_id: int, expected_version: int | None = None
) -> None:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        o = s.get(Opinion, opinion_id)
        if o is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "The opinion no longer exists."))
        editable_meeting(s, actor, o.meeting_id)
        check_version(o.version, expected_version)
        s.delete(o)
        uow.commit()
