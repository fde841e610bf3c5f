"""Meetings of a board: preparation (agenda, invitations), the record kept during the meeting
(attendance, per-item summaries and opinions, the chair's conclusions) and its approval.

A meeting moves planned -> held -> minutes drafted -> minutes approved. Approving locks the
record: every change after that needs an explicit reopen, which the audit trail keeps with its
reason. Conclusions become tasks in the task tracker (source: this meeting), and the meeting
shows their live status.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from coordboard.db import Database
from coordboard.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import (
    ATTENDANCE,
    MEETING_KINDS,
    MEETING_MODES,
    MEETING_STATUSES,
    Agency,
    AgendaDocument,
    AgendaItem,
    Attendee,
    AuditEntry,
    Board,
    BoardRole,
    Conclusion,
    Meeting,
    Membership,
    Opinion,
    Person,
    Task,
    task_cooperators,
)
from coordboard.models.base import utcnow
from coordboard.services import permissions, register, tasks
from coordboard.services.actor import Actor
from coordboard.services.boards import current_filter
from coordboard.services.documents.meeting_parts import recipients as recipients
from coordboard.services.documents.meeting_parts import sorted_attendees as sorted_attendees
from coordboard.services.meetings.document_export import (
    export_meeting_document as export_meeting_document,
)
from coordboard.services.tasks import classification
from coordboard.services.uow import UnitOfWork, any_row, check_length, check_version, lock_row
from coordboard.text import clean, clean_text, person_sort_key

KIND_LABELS = {
    "regular": QT_TRANSLATE_NOOP("meeting_kind", "Regular meeting"),
    "six_month_review": QT_TRANSLATE_NOOP("meeting_kind", "6-month review"),
    "annual_review": QT_TRANSLATE_NOOP("meeting_kind", "Annual review"),
    "ad_hoc": QT_TRANSLATE_NOOP("meeting_kind", "Ad hoc meeting"),
    "thematic": QT_TRANSLATE_NOOP("meeting_kind", "Thematic meeting"),
}
MODE_LABELS = {
    "in_person": QT_TRANSLATE_NOOP("meeting_mode", "In person"),
    "online": QT_TRANSLATE_NOOP("meeting_mode", "Online"),
    "hybrid": QT_TRANSLATE_NOOP("meeting_mode", "In person and online"),
}
STATUS_LABELS = {
    "planned": QT_TRANSLATE_NOOP("meeting_status", "Planned"),
    "held": QT_TRANSLATE_NOOP("meeting_status", "Held"),
    "minutes_drafted": QT_TRANSLATE_NOOP("meeting_status", "Minutes drafted"),
    "minutes_approved": QT_TRANSLATE_NOOP("meeting_status", "Minutes approved"),
}
ATTENDANCE_LABELS = {
    "invited": QT_TRANSLATE_NOOP("attendance", "Invited"),
    "present": QT_TRANSLATE_NOOP("attendance", "Present"),
    "absent_excused": QT_TRANSLATE_NOOP("attendance", "Absent with reason"),
    "absent": QT_TRANSLATE_NOOP("attendance", "Absent"),
    "delegated": QT_TRANSLATE_NOOP("attendance", "Represented by a delegate"),
}
ROLE_LABELS = {
    "chair": QT_TRANSLATE_NOOP("meeting_role", "Chair"),
    "secretary": QT_TRANSLATE_NOOP("meeting_role", "Secretary"),
}
DOCUMENT_KINDS = {"minutes": "BB", "notice": "TB", "invitation": "GM"}
MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
LOCKED = QT_TRANSLATE_NOOP(
    "errors", "The minutes of this meeting are approved. Reopen them before changing the record."
)


# --- plain data in and out ------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingInput:
    board_id: int
    title: str
    starts_at: datetime
    ends_at: datetime
    kind: str = "regular"
    place: str = ""
    mode: str = "in_person"
    online_link: str = ""
    purpose: str = ""


@dataclass(frozen=True)
class MeetingInfo:
    id: int
    version: int
    board_id: int
    board_name: str
    title: str
    kind: str
    starts_at: datetime
    ends_at: datetime
    place: str
    mode: str
    online_link: str
    purpose: str
    status: str
    approved_at: datetime | None
    minutes_number: int | None
    notice_number: int | None
    notice_date: date | None
    invitation_number: int | None
    invitation_date: date | None
    can_edit: bool
    record_revision: int = 0

    @property
    def day(self) -> date:
        return self.starts_at.date()

    @property
    def locked(self) -> bool:
        return self.status == "minutes_approved"

    @property
    def length_minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)

    def as_input(self) -> MeetingInput:
        return MeetingInput(
            self.board_id,
            self.title,
            self.starts_at,
            self.ends_at,
            self.kind,
            self.place,
            self.mode,
            self.online_link,
            self.purpose,
        )


@dataclass(frozen=True)
class MeetingRow:
    id: int
    version: int
    board_id: int
    board_name: str
    title: str
    kind: str
    starts_at: datetime
    ends_at: datetime
    place: str
    mode: str
    status: str
    invited: int
    attending: int  # present or represented
    conclusions: int
    tasks: int


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    file_name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class AgendaItemInput:
    title: str
    presenter: str = ""
    presenter_agency_id: int | None = None
    planned_minutes: int = 0
    summary: str = ""
    finished: bool = False


@dataclass(frozen=True)
class AgendaItemInfo:
    id: int
    version: int
    position: int
    title: str
    presenter: str
    presenter_agency_id: int | None
    presenter_agency_name: str
    planned_minutes: int
    summary: str
    finished: bool
    carried_from_id: int | None
    documents: tuple[DocumentInfo, ...]

    def as_input(self) -> AgendaItemInput:
        return AgendaItemInput(
            self.title,
            self.presenter,
            self.presenter_agency_id,
            self.planned_minutes,
            self.summary,
            self.finished,
        )


@dataclass(frozen=True)
class AttendeeInput:
    name: str = ""  # guests only; members keep the name from their record
    title: str = ""
    agency_id: int | None = None
    attendance: str = "invited"
    absence_reason: str = ""
    delegate_name: str = ""
    delegate_title: str = ""


@dataclass(frozen=True)
class AttendeeInfo:
    id: int
    version: int
    position: int
    kind: str  # member | guest
    membership_id: int | None
    person_id: int | None
    name: str
    title: str
    board_role: str
    agency_id: int | None
    agency_name: str
    attendance: str
    absence_reason: str
    delegate_name: str
    delegate_title: str
    meeting_role: str  # "", chair, secretary

    @property
    def attending(self) -> bool:
        return self.attendance in ("present", "delegated")

    def as_input(self) -> AttendeeInput:
        return AttendeeInput(
            self.name,
            self.title,
            self.agency_id,
            self.attendance,
            self.absence_reason,
            self.delegate_name,
            self.delegate_title,
        )


@dataclass(frozen=True)
class OpinionInput:
    text: str
    speaker: str = ""
    attendee_id: int | None = None
    agency_id: int | None = None
    agenda_item_id: int | None = None


@dataclass(frozen=True)
class OpinionInfo:
    id: int
    version: int
    position: int
    agenda_item_id: int | None
    attendee_id: int | None
    speaker: str
    agency_id: int | None
    agency_name: str
    text: str


@dataclass(frozen=True)
class ConclusionTaskInput:
    """A task created from a conclusion; its deadline is fixed, or N working days after the
    meeting day."""

    title: str
    lead_agency_id: int | None
    cooperating_agency_ids: tuple[int, ...] = ()
    deadline: date | None = None
    working_days: int | None = None
    sector_id: int | None = None
    plan_id: int | None = None
    description: str = ""


@dataclass(frozen=True)
class ConclusionTask:
    id: int
    title: str
    lead_agency_id: int
    lead_agency_name: str
    cooperating_agency_names: tuple[str, ...]
    deadline: date | None  # the one that counts now (after extensions)
    status: str
    status_class: str  # classification class as of today
    percent: int
    decided_deadline: date | None = None  # as decided at the meeting (what its documents print)


@dataclass(frozen=True)
class ConclusionInfo:
    id: int
    version: int
    position: int
    text: str
    tasks: tuple[ConclusionTask, ...]


@dataclass(frozen=True)
class Quorum:
    members: int  # members invited (the board as it stood that day)
    present: int
    delegated: int
    absent_excused: int
    absent: int
    not_recorded: int
    guests_present: int

    @property
    def attending(self) -> int:
        return self.present + self.delegated

    @property
    def ratio(self) -> float | None:
        return self.attending / self.members if self.members else None


@dataclass(frozen=True)
class MeetingDetail:
    meeting: MeetingInfo
    agenda: tuple[AgendaItemInfo, ...]
    attendees: tuple[AttendeeInfo, ...]
    opinions: tuple[OpinionInfo, ...]
    conclusions: tuple[ConclusionInfo, ...]
    quorum: Quorum
    letterhead: register.Letterhead

    @property
    def chair(self) -> AttendeeInfo | None:
        return next((a for a in self.attendees if a.meeting_role == "chair"), None)

    @property
    def secretary(self) -> AttendeeInfo | None:
        return next((a for a in self.attendees if a.meeting_role == "secretary"), None)

    @property
    def planned_minutes(self) -> int:
        return sum(item.planned_minutes for item in self.agenda)

    def opinions_on(self, item_id: int | None) -> tuple[OpinionInfo, ...]:
        return tuple(o for o in self.opinions if o.agenda_item_id == item_id)


# --- reading ----------------------------------------------------------------------------------


def _get(s: Session, meeting_id: int) -> Meeting:
    meeting = s.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The meeting no longer exists."))
    return meeting


def _require_edit(s: Session, actor: Actor, board_id: int) -> None:
    if not permissions.may_edit_board(s, actor, board_id):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "errors", "Only the secretariat of this board may change its meetings."
            )
        )


def _editable(
    s: Session,
    actor: Actor,
    meeting_id: int,
    expected_version: int | None = None,
    *,
    record: bool = True,
) -> Meeting:
    """The meeting, checked for the actor's right to change it and, for changes to the record,
    for the approval lock. The row stays locked until the transaction ends (PostgreSQL), so an
    opinion saved on one PC and an approval on another cannot interleave: the second waits
    and then sees the first."""
    meeting = lock_row(s, Meeting, meeting_id)
    if meeting is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The meeting no longer exists."))
    _require_edit(s, actor, meeting.board_id)
    check_version(meeting.version, expected_version)
    if record:
        if meeting.status == "minutes_approved":
            raise ValidationError(LOCKED)
        _record_changed(s, meeting)
    return meeting


def _record_changed(s: Session, meeting: Meeting) -> None:
    """A part of the record changed: count it without touching the meeting's version (Core
    UPDATE, under the row lock _editable took), so a details form open elsewhere stays valid
    while an approval of the older record is refused."""
    table = Meeting.__table__
    s.execute(
        table.update()
        .where(table.c.id == meeting.id)
        .values(record_revision=table.c.record_revision + 1)
    )
    set_committed_value(meeting, "record_revision", meeting.record_revision + 1)


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


def list_meetings(
    db: Database, actor: Actor, board_id: int | None = None, year: int | None = None
) -> list[MeetingRow]:
    """Meetings of a board (or of every visible board), latest first."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        query = select(Meeting, Board.name).join(Board, Board.id == Meeting.board_id)
        if board_id is not None:
            permissions.require_view_board(s, actor, board_id)
            query = query.where(Meeting.board_id == board_id)
        else:
            visible = permissions.visible_board_ids(s, actor)
            if visible is not None:
                query = query.where(Meeting.board_id.in_(sorted(visible)))
        if year is not None:
            query = query.where(
                Meeting.starts_at >= datetime(year, 1, 1),
                Meeting.starts_at < datetime(year + 1, 1, 1),
            )
        found = s.execute(query.order_by(Meeting.starts_at.desc(), Meeting.id.desc())).all()
        ids = [m.id for m, _ in found]
        if not ids:
            return []
        invited = dict(
            s.execute(
                select(Attendee.meeting_id, func.count())
                .where(Attendee.meeting_id.in_(ids), Attendee.kind == "member")
                .group_by(Attendee.meeting_id)
            ).all()
        )
        attending = dict(
            s.execute(
                select(Attendee.meeting_id, func.count())
                .where(
                    Attendee.meeting_id.in_(ids),
                    Attendee.kind == "member",
                    Attendee.attendance.in_(("present", "delegated")),
                )
                .group_by(Attendee.meeting_id)
            ).all()
        )
        concl = dict(
            s.execute(
                select(Conclusion.meeting_id, func.count())
                .where(Conclusion.meeting_id.in_(ids))
                .group_by(Conclusion.meeting_id)
            ).all()
        )
        task_counts = dict(
            s.execute(
                select(Task.meeting_id, func.count())
                .where(Task.meeting_id.in_(ids))
                .group_by(Task.meeting_id)
            ).all()
        )
        return [
            MeetingRow(
                m.id,
                m.version,
                m.board_id,
                name,
                m.title,
                m.kind,
                m.starts_at,
                m.ends_at,
                m.place,
                m.mode,
                m.status,
                invited.get(m.id, 0),
                attending.get(m.id, 0),
                concl.get(m.id, 0),
                task_counts.get(m.id, 0),
            )
            for m, name in found
        ]


def get_meeting(
    db: Database, actor: Actor, meeting_id: int, as_of: date | None = None
) -> MeetingDetail:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        meeting = _get(s, meeting_id)
        permissions.require_view_board(s, actor, meeting.board_id)
        return _detail(s, actor, meeting, as_of or date.today())


def _agency_names(s: Session, ids) -> dict[int, str]:
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    return dict(s.execute(select(Agency.id, Agency.name).where(Agency.id.in_(ids))).all())


def _detail(s: Session, actor: Actor, m: Meeting, as_of: date) -> MeetingDetail:
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
    names = _agency_names(
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
    by_conclusion = _conclusion_tasks(s, [c.id for c in conclusions], as_of)
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


def _conclusion_tasks(
    s: Session, conclusion_ids: list[int], as_of: date
) -> dict[int, list[ConclusionTask]]:
    if not conclusion_ids:
        return {}
    from coordboard.services import workdays

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


# --- the meeting itself -----------------------------------------------------------------------


def _validated(s: Session, data: MeetingInput) -> MeetingInput:
    data = replace(
        data,
        title=clean(data.title),
        place=clean(data.place),
        online_link=clean(data.online_link),
        purpose=clean_text(data.purpose),
    )
    if not data.title:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the meeting's title."), field="title"
        )
    check_length(data.title, Meeting.__table__.c.title, "title")
    check_length(data.place, Meeting.__table__.c.place, "place")
    check_length(data.online_link, Meeting.__table__.c.online_link, "online_link")
    if s.get(Board, data.board_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The chosen board no longer exists."), field="board"
        )
    if data.kind not in MEETING_KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown kind of meeting."), field="kind")
    if data.mode not in MEETING_MODES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown meeting mode."), field="mode")
    if data.ends_at <= data.starts_at:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The meeting ends ({end}) before it starts ({start})."),
            field="ends_at",
            end=data.ends_at.strftime("%H:%M %d/%m/%Y"),
            start=data.starts_at.strftime("%H:%M %d/%m/%Y"),
        )
    if data.ends_at - data.starts_at > timedelta(days=7):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "A meeting cannot last more than 7 days; check the end date."
            ),
            field="ends_at",
        )
    if data.mode in ("online", "hybrid") and not data.online_link:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "An online meeting needs the link (or room) participants join with."
            ),
            field="online_link",
        )
    if data.mode == "online" and not data.place:
        data = replace(data, place="Trực tuyến")
    return data


def _apply(m: Meeting, data: MeetingInput) -> None:
    for name in (
        "board_id",
        "title",
        "kind",
        "starts_at",
        "ends_at",
        "place",
        "mode",
        "online_link",
        "purpose",
    ):
        setattr(m, name, getattr(data, name))


def _invite_members(s: Session, meeting: Meeting) -> int:
    """Invite everyone who sat on the board on the meeting day (membership history decides),
    in board order; members already on the list stay as they are. Returns how many were added."""
    day = meeting.starts_at.date()
    rows = s.execute(
        select(
            Membership.id,
            Membership.person_id,
            Person.full_name,
            Person.position,
            Person.honorific,
            BoardRole.name,
            BoardRole.rank,
            Membership.agency_id,
        )
        .join(Person, Person.id == Membership.person_id)
        .join(BoardRole, BoardRole.id == Membership.role_id)
        .where(Membership.board_id == meeting.board_id, current_filter(day))
    ).all()
    rows = sorted(rows, key=lambda r: (r.rank, person_sort_key(r.full_name)))
    have = set(
        s.scalars(
            select(Attendee.membership_id).where(
                Attendee.meeting_id == meeting.id, Attendee.membership_id.is_not(None)
            )
        )
    )
    position = (
        s.scalar(select(func.max(Attendee.position)).where(Attendee.meeting_id == meeting.id)) or 0
    )
    added = 0
    for r in rows:
        if r.id in have:
            continue
        position += 1
        s.add(
            Attendee(
                meeting_id=meeting.id,
                position=position,
                kind="member",
                membership_id=r.id,
                person_id=r.person_id,
                name=r.full_name,
                title=r.position,
                board_role=r.name,
                agency_id=r.agency_id,
                attendance="invited",
                meeting_role="",
            )
        )
        added += 1
    return added


def _drop_stale_invitations(s: Session, meeting: Meeting) -> None:
    """After the date moved: members whose seat did not cover the new day are taken off the
    list, unless something was already recorded for them."""
    day = meeting.starts_at.date()
    valid = select(Membership.id).where(
        Membership.board_id == meeting.board_id, current_filter(day)
    )
    s.execute(
        delete(Attendee).where(
            Attendee.meeting_id == meeting.id,
            Attendee.kind == "member",
            Attendee.attendance == "invited",
            Attendee.meeting_role == "",
            Attendee.membership_id.not_in(valid),
            Attendee.id.not_in(select(Opinion.attendee_id).where(Opinion.attendee_id.is_not(None))),
        )
    )


def create_meeting(
    db: Database, actor: Actor, data: MeetingInput, invite_members: bool = True
) -> MeetingDetail:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        _require_edit(s, actor, data.board_id)
        data = _validated(s, data)
        meeting = Meeting(status="planned")
        _apply(meeting, data)
        s.add(meeting)
        s.flush()
        if invite_members:
            _invite_members(s, meeting)
        s.flush()
        uow.commit()
        return _detail(s, actor, meeting, date.today())


def update_meeting(
    db: Database,
    actor: Actor,
    meeting_id: int,
    data: MeetingInput,
    expected_version: int | None = None,
) -> MeetingDetail:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        meeting = _editable(s, actor, meeting_id, expected_version)
        if data.board_id != meeting.board_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A meeting cannot move to another board."),
                field="board",
            )
        data = _validated(s, data)
        moved = data.starts_at.date() != meeting.starts_at.date()
        _apply(meeting, data)
        s.flush()
        if moved and meeting.status == "planned":
            _drop_stale_invitations(s, meeting)
            _invite_members(s, meeting)
        if moved:
            _check_task_deadlines(s, meeting)
        s.flush()
        uow.commit()
        return _detail(s, actor, meeting, date.today())


def _check_task_deadlines(s: Session, meeting: Meeting) -> None:
    early = s.scalar(
        select(func.min(Task.deadline)).where(
            Task.meeting_id == meeting.id, Task.deadline.is_not(None)
        )
    )
    if early is not None and early < meeting.starts_at.date():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Tasks from this meeting are due on {deadline}, before the new meeting date.",
            ),
            field="starts_at",
            deadline=early.strftime("%d/%m/%Y"),
        )


def delete_meeting(
    db: Database, actor: Actor, meeting_id: int, expected_version: int | None = None
) -> None:
    """A meeting whose conclusions became tasks, or whose minutes were numbered, stays."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        meeting = _editable(s, actor, meeting_id, expected_version)
        if any_row(s, Task.meeting_id == meeting_id):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Tasks were assigned at this meeting; it cannot be deleted."
                )
            )
        if meeting.minutes_number or meeting.notice_number or meeting.invitation_number:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Numbered documents were issued for this meeting; it cannot be deleted.",
                )
            )
        s.execute(
            update(AgendaItem)
            .where(
                AgendaItem.carried_from_id.in_(
                    select(AgendaItem.id).where(AgendaItem.meeting_id == meeting_id)
                )
            )
            .values(carried_from_id=None)
        )
        s.delete(meeting)
        uow.commit()


NEXT_STATUS = {"planned": "held", "held": "minutes_drafted"}


def set_status(
    db: Database, actor: Actor, meeting_id: int, status: str, expected_version: int | None = None
) -> MeetingDetail:
    """planned -> held -> minutes drafted (and back, while the minutes are not approved)."""
    if status not in MEETING_STATUSES or status == "minutes_approved":
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Approve the minutes with the approve command.")
        )
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        meeting = _editable(s, actor, meeting_id, expected_version)
        if status != "planned" and meeting.starts_at.date() > date.today():
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The meeting is on {day}; it cannot be recorded as held before then."
                ),
                day=meeting.starts_at.strftime("%d/%m/%Y"),
            )
        meeting.status = status
        s.flush()
        uow.commit()
        return _detail(s, actor, meeting, date.today())


def approve_minutes(
    db: Database,
    actor: Actor,
    meeting_id: int,
    expected_version: int | None = None,
    expected_record_revision: int | None = None,
) -> MeetingDetail:
    """Lock the record and give the minutes their number in the board's register.
    `expected_record_revision`: the record as the approver read it; if another PC changed it
    since, nothing is approved (the approver looks again first)."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        meeting = _editable(s, actor, meeting_id, expected_version, record=False)
        if meeting.status == "minutes_approved":
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "The minutes are already approved."))
        if (
            expected_record_revision is not None
            and meeting.record_revision != expected_record_revision
        ):
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The record of this meeting changed on another computer since you "
                    "opened it. Read it again, then approve.",
                )
            )
        if meeting.starts_at.date() > date.today():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The meeting has not taken place yet.")
            )
        people = s.scalars(select(Attendee).where(Attendee.meeting_id == meeting_id)).all()
        if not people or all(a.attendance == "invited" for a in people):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Record who attended before approving the minutes."),
                field="attendance",
            )
        if not any_row(s, Conclusion.meeting_id == meeting_id):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The minutes have no conclusions yet."),
                field="conclusions",
            )
        roles = {a.meeting_role: a for a in people if a.meeting_role}
        if "chair" not in roles or "secretary" not in roles:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Choose the chair and the secretary before approving the minutes."
                ),
                field="roles",
            )
        for a in roles.values():  # chosen beforehand, they must have been there
            if a.attendance != "present":
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{name} is not recorded as present and cannot chair or keep the minutes.",
                    ),
                    field="attendance",
                    name=a.name,
                )
        if meeting.minutes_number is None:
            meeting.minutes_number = register.issue_number(
                s,
                actor,
                meeting.board_id,
                "BB",
                meeting.starts_at.date(),
                f"Biên bản {meeting.title}",
                meeting.id,
            )
        meeting.status = "minutes_approved"
        meeting.approved_at = utcnow()
        meeting.approved_by_id = actor.user_id
        s.flush()
        uow.commit()
        return _detail(s, actor, meeting, date.today())


def reopen_minutes(
    db: Database, actor: Actor, meeting_id: int, reason: str, expected_version: int | None = None
) -> MeetingDetail:
    """Unlock approved minutes for a correction; the reason goes into the audit trail. The
    minutes keep their number."""
    reason = clean(reason)
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        meeting = _editable(s, actor, meeting_id, expected_version, record=False)
        if meeting.status != "minutes_approved":
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "The minutes are not approved."))
        if not reason:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Say why the approved minutes are reopened."),
                field="reason",
            )
        check_length(reason, AuditEntry.__table__.c.new_value, "reason")
        meeting.status = "minutes_drafted"
        meeting.approved_at = None
        meeting.approved_by_id = None
        s.add(
            AuditEntry(
                user_id=actor.user_id,
                username=actor.username,
                action="update",
                entity="meetings",
                entity_id=meeting.id,
                field="reopened",
                old_value="minutes_approved",
                new_value=reason,
            )
        )
        s.flush()
        uow.commit()
        return _detail(s, actor, meeting, date.today())


def issue_document_number(
    db: Database,
    actor: Actor,
    meeting_id: int,
    kind: str,
    issued_on: date | None = None,
    expected_version: int | None = None,
) -> MeetingDetail:
    """Give the conclusion notice or the invitation its number (minutes get theirs when they
    are approved). Issuing twice keeps the first number."""
    if kind not in ("notice", "invitation"):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown document type."))
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        meeting = _editable(s, actor, meeting_id, expected_version, record=False)
        day = issued_on or date.today()
        if kind == "notice":
            if meeting.notice_number is None:
                if not any_row(s, Conclusion.meeting_id == meeting_id):
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("errors", "The meeting has no conclusions to notify.")
                    )
                if day < meeting.starts_at.date():
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "errors", "A conclusion notice cannot be dated before the meeting."
                        )
                    )
                meeting.notice_number = register.issue_number(
                    s,
                    actor,
                    meeting.board_id,
                    "TB",
                    day,
                    f"Thông báo kết luận {meeting.title}",
                    meeting.id,
                )
                meeting.notice_date = day
                _cite_notice(s, meeting)
        elif meeting.invitation_number is None:
            if day > meeting.starts_at.date():
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "An invitation must be dated before the meeting.")
                )
            meeting.invitation_number = register.issue_number(
                s, actor, meeting.board_id, "GM", day, f"Giấy mời {meeting.title}", meeting.id
            )
            meeting.invitation_date = day
        s.flush()
        uow.commit()
        return _detail(s, actor, meeting, date.today())


def _cite_notice(s: Session, meeting: Meeting) -> None:
    """Tasks from the meeting cite the notice as their source document once it has a number."""
    head = register.letterhead_in(s, meeting.board_id)
    s.execute(
        update(Task)
        .where(Task.meeting_id == meeting.id, Task.source_number == "")
        .values(
            source_number=head.reference(meeting.notice_number, "TB"),
            source_date=meeting.notice_date,
            source_issuer=head.board_name[:300],
            version=Task.version + 1,
        )
    )


# --- agenda -----------------------------------------------------------------------------------


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
        meeting = _editable(s, actor, meeting_id)
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
        return next(i for i in _detail(s, actor, meeting, date.today()).agenda if i.id == item.id)


def delete_agenda_item(
    db: Database, actor: Actor, item_id: int, expected_version: int | None = None
) -> None:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        item = _item(s, item_id)
        _editable(s, actor, item.meeting_id)
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
        meeting = _editable(s, actor, item.meeting_id)
        items = list(
            s.scalars(
                select(AgendaItem)
                .where(AgendaItem.meeting_id == meeting.id)
                .order_by(AgendaItem.position, AgendaItem.id)
            )
        )
        _reorder(items, item, step)
        uow.commit()


def _reorder(rows: list, row, step: int) -> None:
    index = rows.index(row)
    target = max(0, min(len(rows) - 1, index + step))
    rows.insert(target, rows.pop(index))
    for position, r in enumerate(rows, start=1):
        if r.position != position:
            r.position = position


def add_agenda_document(
    db: Database, actor: Actor, item_id: int, file_name: str, content: bytes
) -> DocumentInfo:
    file_name = clean(file_name)
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        item = _item(s, item_id)
        _editable(s, actor, item.meeting_id)
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
        meeting = _get(s, _item(s, doc.agenda_item_id).meeting_id)
        permissions.require_view_board(s, actor, meeting.board_id)
        return doc.file_name, doc.content


def delete_agenda_document(db: Database, actor: Actor, document_id: int) -> None:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        doc = s.get(AgendaDocument, document_id)
        if doc is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "The document no longer exists."))
        _editable(s, actor, _item(s, doc.agenda_item_id).meeting_id)
        s.delete(doc)
        uow.commit()


def carry_unfinished_items(
    db: Database, actor: Actor, from_meeting_id: int, to_meeting_id: int
) -> int:
    """Copy the agenda items not finished at one meeting to the end of a later meeting's agenda
    (with their documents); returns how many were carried. An item is carried once."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        source = _get(s, from_meeting_id)
        permissions.require_view_board(s, actor, source.board_id)
        target = _editable(s, actor, to_meeting_id)
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


# --- attendance -------------------------------------------------------------------------------


def _attendee(s: Session, attendee_id: int) -> Attendee:
    a = s.get(Attendee, attendee_id)
    if a is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The participant is no longer on the list."))
    return a


def _check_attendance(data: AttendeeInput) -> AttendeeInput:
    data = replace(
        data,
        name=clean(data.name),
        title=clean(data.title),
        absence_reason=clean(data.absence_reason),
        delegate_name=clean(data.delegate_name),
        delegate_title=clean(data.delegate_title),
    )
    if data.attendance not in ATTENDANCE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown attendance."), field="attendance"
        )
    if data.attendance == "delegated":
        if not data.delegate_name:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Enter the name of the delegate who attends in this member's place."
                ),
                field="delegate_name",
            )
    elif data.delegate_name or data.delegate_title:
        if data.attendance == "present":
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{name} is marked present; a delegate attends only for someone who is absent.",
                ),
                field="delegate_name",
                name=data.name or "…",
            )
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", 'A delegate is recorded only with "represented by a delegate".'
            ),
            field="delegate_name",
        )
    if data.attendance == "absent_excused" and not data.absence_reason:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the reason for the absence."), field="absence_reason"
        )
    if data.attendance not in ("absent_excused", "absent") and data.absence_reason:
        data = replace(data, absence_reason="")
    for field, column in (
        ("name", "name"),
        ("title", "title"),
        ("absence_reason", "absence_reason"),
        ("delegate_name", "delegate_name"),
        ("delegate_title", "delegate_title"),
    ):
        check_length(getattr(data, field), Attendee.__table__.c[column], field)
    return data


def save_attendee(
    db: Database,
    actor: Actor,
    meeting_id: int,
    data: AttendeeInput,
    attendee_id: int | None = None,
    expected_version: int | None = None,
) -> AttendeeInfo:
    """Add a guest (attendee_id None) or record a participant's attendance. A member's name,
    title and agency come from the board's records; a guest's are typed in."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        meeting = _editable(s, actor, meeting_id)
        if attendee_id is None:
            data = replace(data, name=clean(data.name))
            if not data.name:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Enter the guest's name."), field="name"
                )
            data = _check_attendance(data)
            last = s.scalar(
                select(func.max(Attendee.position)).where(Attendee.meeting_id == meeting_id)
            )
            a = Attendee(
                meeting_id=meeting_id,
                position=(last or 0) + 1,
                kind="guest",
                meeting_role="",
                board_role="",
            )
            s.add(a)
        else:
            a = _attendee(s, attendee_id)
            if a.meeting_id != meeting_id:
                raise NotFound(
                    QT_TRANSLATE_NOOP("errors", "The participant is no longer on the list.")
                )
            check_version(a.version, expected_version)
            if a.kind == "member":
                data = replace(data, name=a.name, title=a.title, agency_id=a.agency_id)
            elif not clean(data.name):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Enter the guest's name."), field="name"
                )
            data = _check_attendance(data)
            if a.meeting_role and data.attendance in ("absent", "absent_excused", "delegated"):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{name} chairs or keeps the minutes of this meeting and must be "
                        "present; choose someone else for that role first.",
                    ),
                    field="attendance",
                    name=a.name,
                )
        if data.agency_id is not None and s.get(Agency, data.agency_id) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The agency no longer exists."), field="agency"
            )
        for name in (
            "name",
            "title",
            "agency_id",
            "attendance",
            "absence_reason",
            "delegate_name",
            "delegate_title",
        ):
            setattr(a, name, getattr(data, name))
        s.flush()
        uow.commit()
        return next(x for x in _detail(s, actor, meeting, date.today()).attendees if x.id == a.id)


def set_attendance(
    db: Database, actor: Actor, meeting_id: int, attendance: dict[int, str]
) -> MeetingDetail:
    """Mark many participants at once ("everyone present"): attendee id -> attendance; only
    "present", "absent" and "invited" (those need no further detail)."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        meeting = _editable(s, actor, meeting_id)
        for attendee_id, value in attendance.items():
            a = _attendee(s, attendee_id)
            if a.meeting_id != meeting_id:
                raise NotFound(
                    QT_TRANSLATE_NOOP("errors", "The participant is no longer on the list.")
                )
            if value not in ("present", "absent", "invited"):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Record delegates and reasons one participant at a time."
                    )
                )
            if a.meeting_role and value != "present":
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{name} chairs or keeps the minutes of this meeting and must be "
                        "present; choose someone else for that role first.",
                    ),
                    field="attendance",
                    name=a.name,
                )
            a.attendance, a.absence_reason = value, ""
            a.delegate_name = a.delegate_title = ""
        s.flush()
        uow.commit()
        return _detail(s, actor, meeting, date.today())


def remove_attendee(
    db: Database, actor: Actor, attendee_id: int, expected_version: int | None = None
) -> None:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        a = _attendee(s, attendee_id)
        _editable(s, actor, a.meeting_id)
        check_version(a.version, expected_version)
        if a.meeting_role:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{name} chairs or keeps the minutes of this meeting; choose someone "
                    "else for that role first.",
                ),
                name=a.name,
            )
        s.delete(a)
        uow.commit()


def invite_members(db: Database, actor: Actor, meeting_id: int) -> int:
    """Add the board's members on the meeting day who are not on the list yet."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        meeting = _editable(s, actor, meeting_id)
        added = _invite_members(s, meeting)
        s.flush()
        uow.commit()
        return added


def set_roles(
    db: Database,
    actor: Actor,
    meeting_id: int,
    chair_id: int | None,
    secretary_id: int | None,
    expected_version: int | None = None,
) -> MeetingDetail:
    """Choose the chair and the secretary among this meeting's participants (members or guests
    who attend)."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        meeting = _editable(s, actor, meeting_id, expected_version)
        if chair_id is not None and chair_id == secretary_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The chair and the secretary must be two different people."
                ),
                field="secretary",
            )
        people = {
            a.id: a for a in s.scalars(select(Attendee).where(Attendee.meeting_id == meeting_id))
        }
        for role, chosen in (("chair", chair_id), ("secretary", secretary_id)):
            if chosen is None:
                continue
            a = people.get(chosen)
            if a is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "The chair must be a member or a guest of this meeting."
                    )
                    if role == "chair"
                    else QT_TRANSLATE_NOOP(
                        "errors", "The secretary must be a member or a guest of this meeting."
                    ),
                    field=role,
                )
            if a.attendance not in ("present", "invited"):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{name} is not recorded as present and cannot chair or keep the minutes.",
                    ),
                    field=role,
                    name=a.name,
                )
        for a in people.values():
            role = "chair" if a.id == chair_id else "secretary" if a.id == secretary_id else ""
            if a.meeting_role != role:
                a.meeting_role = role
        s.flush()
        uow.commit()
        return _detail(s, actor, meeting, date.today())


# --- the record: opinions and conclusions -----------------------------------------------------


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
        _editable(s, actor, meeting_id)
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
        names = _agency_names(s, [o.agency_id])
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
        _editable(s, actor, o.meeting_id)
        check_version(o.version, expected_version)
        s.delete(o)
        uow.commit()


def save_conclusion(
    db: Database,
    actor: Actor,
    meeting_id: int,
    text: str,
    conclusion_id: int | None = None,
    expected_version: int | None = None,
) -> ConclusionInfo:
    text = clean_text(text)
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        _editable(s, actor, meeting_id)
        if not text:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Enter the conclusion."), field="text"
            )
        if conclusion_id is None:
            last = s.scalar(
                select(func.max(Conclusion.position)).where(Conclusion.meeting_id == meeting_id)
            )
            c = Conclusion(meeting_id=meeting_id, position=(last or 0) + 1)
            s.add(c)
        else:
            c = s.get(Conclusion, conclusion_id)
            if c is None or c.meeting_id != meeting_id:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "The conclusion no longer exists."))
            check_version(c.version, expected_version)
        c.text = text
        s.flush()
        uow.commit()
        found = _conclusion_tasks(s, [c.id], date.today())
        return ConclusionInfo(c.id, c.version, c.position, c.text, tuple(found.get(c.id, ())))


def delete_conclusion(
    db: Database, actor: Actor, conclusion_id: int, expected_version: int | None = None
) -> None:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        c = s.get(Conclusion, conclusion_id)
        if c is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "The conclusion no longer exists."))
        meeting = _editable(s, actor, c.meeting_id)
        check_version(c.version, expected_version)
        if any_row(s, Task.conclusion_id == conclusion_id):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Tasks were created from this conclusion; cancel them in the task "
                    "tracker instead of deleting the conclusion.",
                )
            )
        s.delete(c)
        s.flush()
        rest = list(
            s.scalars(
                select(Conclusion)
                .where(Conclusion.meeting_id == meeting.id)
                .order_by(Conclusion.position, Conclusion.id)
            )
        )
        for position, other in enumerate(rest, start=1):
            if other.position != position:
                other.position = position
        uow.commit()


def move_conclusion(db: Database, actor: Actor, conclusion_id: int, step: int) -> None:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        c = s.get(Conclusion, conclusion_id)
        if c is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "The conclusion no longer exists."))
        meeting = _editable(s, actor, c.meeting_id)
        rows = list(
            s.scalars(
                select(Conclusion)
                .where(Conclusion.meeting_id == meeting.id)
                .order_by(Conclusion.position, Conclusion.id)
            )
        )
        _reorder(rows, c, step)
        uow.commit()


def create_conclusion_tasks(
    db: Database,
    actor: Actor,
    conclusion_id: int,
    items: list[ConclusionTaskInput] | tuple[ConclusionTaskInput, ...],
) -> tuple[int, ...]:
    """Turn a conclusion into tasks of the tracker, all or none. The task is assigned on the
    meeting day; its deadline is fixed or counted in working days from the meeting."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        c = s.get(Conclusion, conclusion_id)
        if c is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "The conclusion no longer exists."))
        meeting = _get(s, c.meeting_id)
        _require_edit(s, actor, meeting.board_id)
        if not items:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Add at least one task."))
        day = meeting.starts_at.date()
        head = register.letterhead_in(s, meeting.board_id)
        source_number = head.reference(meeting.notice_number, "TB") if meeting.notice_number else ""
        ids: list[int] = []
        for item in items:
            title = clean(item.title) or clean(c.text.splitlines()[0] if c.text else "")
            if item.working_days is not None:
                deadline_kind, deadline = "relative", None
            elif item.deadline is not None:
                deadline_kind, deadline = "fixed", item.deadline
                if deadline < day:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "errors", "The deadline {deadline} is before the meeting ({day})."
                        ),
                        field="deadline",
                        deadline=deadline.strftime("%d/%m/%Y"),
                        day=day.strftime("%d/%m/%Y"),
                    )
            else:
                deadline_kind, deadline = "none", None
            data = tasks.TaskInput(
                board_id=meeting.board_id,
                title=title[:1000],
                lead_agency_id=item.lead_agency_id,
                assigned_date=day,
                plan_id=item.plan_id,
                description=clean_text(item.description),
                source_kind="meeting",
                source_number=source_number,
                source_date=meeting.notice_date if source_number else None,
                source_issuer=head.board_name[:300] if source_number else "",
                # a conclusion rarely names a sector: the lead agency's own is the one counted
                sector_id=item.sector_id
                or (
                    s.scalar(select(Agency.sector_id).where(Agency.id == item.lead_agency_id))
                    if item.lead_agency_id
                    else None
                ),
                cooperating_agency_ids=tuple(item.cooperating_agency_ids),
                deadline_kind=deadline_kind,
                deadline=deadline,
                relative_base=day if item.working_days is not None else None,
                relative_days=item.working_days,
                meeting_id=meeting.id,
            )
            data = tasks.validated_input(s, data)
            ids.extend(tasks.insert_tasks(s, data, conclusion_id=c.id))
        s.flush()
        uow.commit()
        return tuple(ids)
