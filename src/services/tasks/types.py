"""The data that crosses the tasks service's boundary: what callers send in (a task's input, a
list's filter and sort, a progress update) and the frozen rows and details they get back, with
the labels of statuses and sources. ORM objects never leave the service.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.services.tasks.attachments import AttachmentInput

PAGE_SIZE = 200  # rows per page of the task list

STATUS_LABELS = {
    "not_started": QT_TRANSLATE_NOOP("task_status", "Not started"),
    "in_progress": QT_TRANSLATE_NOOP("task_status", "In progress"),
    "done": QT_TRANSLATE_NOOP("task_status", "Done"),
    "cancelled": QT_TRANSLATE_NOOP("task_status", "Cancelled"),
    "suspended": QT_TRANSLATE_NOOP("task_status", "Suspended"),
    "carried_over": QT_TRANSLATE_NOOP("task_status", "Carried over"),
}
# statuses a user may set (carried over is set only by copying a plan)
SETTABLE_STATUSES = ("not_started", "in_progress", "done", "suspended", "cancelled")
SOURCE_LABELS = {
    "plan": QT_TRANSLATE_NOOP("task_source", "Plan"),
    "meeting": QT_TRANSLATE_NOOP("task_source", "Meeting conclusion"),
    "document": QT_TRANSLATE_NOOP("task_source", "Document"),
}


@dataclass(frozen=True)
class TaskInput:
    board_id: int
    title: str
    lead_agency_id: int | None
    assigned_date: date
    plan_id: int | None = None
    section_id: int | None = None
    description: str = ""
    source_kind: str = "plan"
    source_number: str = ""
    source_date: date | None = None
    source_issuer: str = ""
    sector_id: int | None = None
    cooperating_agency_ids: tuple[int, ...] = ()
    responsible_person: str = ""
    deadline_kind: str = "fixed"  # none | fixed | recurring | relative
    deadline: date | None = None  # fixed
    relative_base: date | None = None  # relative: within `relative_days` working days of base
    relative_days: int | None = None
    recurrence_kind: str = ""  # recurring: yearly | half_yearly | quarterly | monthly
    recurrence_points: str = ""  # "01/12", "25/5; 20/11"
    recurrence_until: date | None = None  # default: the end of the plan's period
    expected_output: str = ""
    target_value: float | None = None
    target_unit: str = ""
    meeting_id: int | None = None


@dataclass(frozen=True)
class TaskFilter:
    board_id: int | None = None
    include_child_boards: bool = False
    plan_id: int | None = None
    section_id: int | None = None
    sector_id: int | None = None
    lead_agency_id: int | None = None
    cooperating_agency_id: int | None = None
    agency_id: int | None = None  # leads or co-operates: "my agency's tasks"
    classes: tuple[str, ...] = ()  # status classes (classification.CLASSES)
    deadline_from: date | None = None
    deadline_to: date | None = None
    text: str = ""  # diacritics-insensitive, on the title
    series_id: int | None = None
    as_of: date | None = None  # None: today


SORT_KEYS = (
    "status",
    "deadline",
    "title",
    "board",
    "lead_agency",
    "sector",
    "assigned",
    "percent",
    "updated",
    "plan",
)


@dataclass(frozen=True)
class TaskSort:
    key: str = "status"
    descending: bool = False


@dataclass(frozen=True)
class TaskRow:
    id: int
    version: int
    board_id: int
    board_name: str
    plan_id: int | None
    plan_code: str
    title: str
    sector_id: int | None
    sector_name: str
    lead_agency_id: int
    lead_agency_name: str
    assigned_date: date
    deadline: date | None
    effective_deadline: date | None
    status: str
    status_class: str
    percent: int
    completed_on: date | None
    last_update_on: date | None
    period_key: str
    carried_from_id: int | None
    cooperating: tuple[str, ...] = ()
    section_id: int | None = None  # the plan section it sits under

    @property
    def extended(self) -> bool:
        return self.effective_deadline != self.deadline


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    filename: str
    size: int
    sha256: str


@dataclass(frozen=True)
class UpdateInfo:
    id: int
    update_date: date
    author_name: str
    agency_id: int | None
    agency_name: str
    text: str
    percent: int | None
    old_status: str | None
    new_status: str | None
    attachments: tuple[AttachmentInfo, ...] = ()


@dataclass(frozen=True)
class ExtensionInfo:
    id: int
    old_deadline: date
    new_deadline: date
    reason: str
    approved_by: str
    approved_on: date


@dataclass(frozen=True)
class TaskDetail:
    row: TaskRow
    data: TaskInput
    status_note: str
    achieved_value: float | None
    series_kind: str
    series_points: str
    plan_title: str
    section_label: str
    cooperating_agency_ids: tuple[int, ...]
    updates: tuple[UpdateInfo, ...]
    extensions: tuple[ExtensionInfo, ...]
    can_edit: bool  # the secretariat's full edit
    can_update_progress: bool  # status, percent, completion (lead agency or secretariat)
    can_add_update: bool  # a dated note (lead or co-operating agency, secretariat)

    @property
    def id(self) -> int:
        return self.row.id

    @property
    def version(self) -> int:
        return self.row.version


@dataclass(frozen=True)
class ProgressInput:
    update_date: date
    text: str = ""
    percent: int | None = None
    new_status: str | None = None  # None: unchanged
    completed_on: date | None = None
    achieved_value: float | None = None
    attachments: tuple[AttachmentInput, ...] = field(default_factory=tuple)
