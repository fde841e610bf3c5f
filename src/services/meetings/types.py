"""The plain data the meetings service takes and gives: frozen input and info dataclasses, and
the labels of a meeting's kinds, modes, statuses, attendance and roles.

ORM rows never leave the service (DESIGN.md): the ui keeps these values for as long as a page
is open, across threads. Each *Info that feeds an edit form carries the row's version and
gives its *Input back with `as_input()`, so the form saves against the state it showed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.services import register

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
