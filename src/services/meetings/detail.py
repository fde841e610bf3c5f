"""The MeetingDetail that reading a meeting and every change to it answer with: the meeting,
its agenda with the attached documents, the participants, the record, the conclusions with the
live status of the tasks made from them, the quorum and the board's letterhead.

Built in the caller's transaction, after its commit, so the ui shows the state it just saved.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordboard.models import (
    Agency,
    AgendaDocument,
    AgendaItem,
    Attendee,
    Board,
    Conclusion,
    Meeting,
    Opinion,
    Task,
    task_cooperators,
)
from coordboard.services import permissions, register, workdays
from coordboard.services.actor import Actor
from coordboard.services.meetings.types import (
    AgendaItemInfo,
    AttendeeInfo,
    ConclusionInfo,
    ConclusionTask,
    DocumentInfo,
    MeetingDetail,
    MeetingInfo,
    OpinionInfo,
    Quorum,
)
from coordboard.services.tasks import classification


def _info(s: Session, actor: Actor, m: Meeting) -> MeetingInfo:
    board_name = s.scalar(select(Board.name).where(Board.id == m.board_id)) or ""
    return MeetingInfo(
        m.id,
        m.version,
        m.board_id,
        board_name,
        m.title,
        m.kind,
        m.starts_at,
        m.ends_at,
        m.place,
        m.mode,
        m.online_link,
        m.purpose,
        m.status,
        m.approved_at,
        m.minutes_number,
        m.notice_number,
        m.notice_date,
        m.invitation_number,
        m.invitation_date,
        permissions.may_edit_board(s, actor, m.board_id),
        m.record_revision,
    )


def agency_names(s: Session, ids) -> dict[int, str]:
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    return dict(s.execute(select(Agency.id, Agency.name).where(Agency.id.in_(ids))).all())


def meeting_detail(s: Session, actor: Actor, m: Meeting, as_of: date) -> MeetingDetail:
    items = s.scalars(
        select(AgendaItem)
        .where(AgendaItem.meeting_id == m.id)
        .order_by(AgendaItem.position, AgendaItem.id)
    ).all()
    docs: dict[int, list[DocumentInfo]] = {}
    if items:
        for d in s.execute(
            select(
                AgendaDocument.id,
                AgendaDocument.agenda_item_id,
                AgendaDocument.file_name,
                AgendaDocument.size,
                AgendaDocument.sha256,
            )
            .where(AgendaDocument.agenda_item_id.in_([i.id for i in items]))
            .order_by(AgendaDocument.id)
        ).all():
            docs.setdefault(d.agenda_item_id, []).append(
                DocumentInfo(d.id, d.file_name, d.size, d.sha256)
            )
    people = s.scalars(
        select(Attendee).where(Attendee.meeting_id == m.id).order_by(Attendee.position, Attendee.id)
    ).all()
    opinions = s.scalars(
        select(Opinion).where(Opinion.meeting_id == m.id).order_by(Opinion.position, Opinion.id)
    ).all()
    conclusions = s.scalars(
        select(Conclusion)
        .where(Conclusion.meeting_id == m.id)
        .order_by(Conclusion.position, Conclusion.id)
    ).all()
    names = agency_names(
        s,
        [i.presenter_agency_id for i in items]
        + [a.agency_id for a in people]
        + [o.agency_id for o in opinions],
    )
    agenda = tuple(
        AgendaItemInfo(
            i.id,
            i.version,
            i.position,
            i.title,
            i.presenter,
            i.presenter_agency_id,
            names.get(i.presenter_agency_id, ""),
            i.planned_minutes,
            i.summary,
            i.finished,
            i.carried_from_id,
            tuple(docs.get(i.id, ())),
        )
        for i in items
    )
    attendees = tuple(
        AttendeeInfo(
            a.id,
            a.version,
            a.position,
            a.kind,
            a.membership_id,
            a.person_id,
            a.name,
            a.title,
            a.board_role,
            a.agency_id,
            names.get(a.agency_id, ""),
            a.attendance,
            a.absence_reason,
            a.delegate_name,
            a.delegate_title,
            a.meeting_role,
        )
        for a in people
    )
    opinion_infos = tuple(
        OpinionInfo(
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
        for o in opinions
    )
    by_conclusion = conclusion_tasks(s, [c.id for c in conclusions], as_of)
    conclusion_infos = tuple(
        ConclusionInfo(c.id, c.version, c.position, c.text, tuple(by_conclusion.get(c.id, ())))
        for c in conclusions
    )
    members = [a for a in attendees if a.kind == "member"]
    quorum = Quorum(
        members=len(members),
        present=sum(a.attendance == "present" for a in members),
        delegated=sum(a.attendance == "delegated" for a in members),
        absent_excused=sum(a.attendance == "absent_excused" for a in members),
        absent=sum(a.attendance == "absent" for a in members),
        not_recorded=sum(a.attendance == "invited" for a in members),
        guests_present=sum(a.kind == "guest" and a.attending for a in attendees),
    )
    return MeetingDetail(
        _info(s, actor, m),
        agenda,
        attendees,
        opinion_infos,
        conclusion_infos,
        quorum,
        register.letterhead_in(s, m.board_id),
    )


def conclusion_tasks(
    s: Session, conclusion_ids: list[int], as_of: date
) -> dict[int, list[ConclusionTask]]:
    if not conclusion_ids:
        return {}
    klass = classification.class_expression(as_of, workdays.due_soon_days(s))
    rows = s.execute(
        select(
            Task.id,
            Task.conclusion_id,
            Task.title,
            Task.lead_agency_id,
            Agency.name,
            Task.effective_deadline,
            Task.status,
            Task.percent,
            klass.label("cls"),
            Task.deadline,
        )
        .join(Agency, Agency.id == Task.lead_agency_id)
        .where(Task.conclusion_id.in_(conclusion_ids))
        .order_by(Task.conclusion_id, Task.id)
    ).all()
    co: dict[int, list[str]] = {}
    if rows:
        for task_id, name in s.execute(
            select(task_cooperators.c.task_id, Agency.name)
            .join(Agency, Agency.id == task_cooperators.c.agency_id)
            .where(task_cooperators.c.task_id.in_([r.id for r in rows]))
            .order_by(Agency.name)
        ).all():
            co.setdefault(task_id, []).append(name)
    found: dict[int, list[ConclusionTask]] = {}
    for r in rows:
        found.setdefault(r.conclusion_id, []).append(
            ConclusionTask(
                r.id,
                r.title,
                r.lead_agency_id,
                r.name,
                tuple(co.get(r.id, ())),
                r.effective_deadline,
                r.status,
                r.cls,
                r.percent,
                r.deadline,
            )
        )
    return found
