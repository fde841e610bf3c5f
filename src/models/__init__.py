"""SQLAlchemy models, one module per aggregate. No Qt, no use-case logic."""

from coordboard.models.audit import AuditEntry
from coordboard.models.base import Base, Tracked
from coordboard.models.boards import Board, Membership
from coordboard.models.meetings import (
    ATTENDANCE,
    ATTENDEE_KINDS,
    DOCUMENT_TYPES,
    MEETING_KINDS,
    MEETING_MODES,
    MEETING_ROLES,
    MEETING_STATUSES,
    AgendaDocument,
    AgendaItem,
    Attendee,
    Conclusion,
    Meeting,
    Opinion,
    RegisteredDocument,
)
from coordboard.models.org import AdminLevel, Agency, BoardKind, BoardRole, Sector
from coordboard.models.people import Person
from coordboard.models.plans import PLAN_STATUSES, Plan, PlanSection
from coordboard.models.settings import Setting
from coordboard.models.tasks import (
    CALENDAR_KINDS,
    DEADLINE_KINDS,
    OPEN_STATUSES,
    RECURRENCE_KINDS,
    SOURCE_KINDS,
    TASK_STATUSES,
    CalendarDay,
    Task,
    TaskAttachment,
    TaskExtension,
    TaskSeries,
    TaskUpdate,
    task_cooperators,
)
from coordboard.models.users import ROLES, User, user_boards

__all__ = [
    "ATTENDANCE",
    "ATTENDEE_KINDS",
    "CALENDAR_KINDS",
    "DEADLINE_KINDS",
    "DOCUMENT_TYPES",
    "MEETING_KINDS",
    "MEETING_MODES",
    "MEETING_ROLES",
    "MEETING_STATUSES",
    "OPEN_STATUSES",
    "PLAN_STATUSES",
    "RECURRENCE_KINDS",
    "ROLES",
    "SOURCE_KINDS",
    "TASK_STATUSES",
    "AdminLevel",
    "Agency",
    "AgendaDocument",
    "AgendaItem",
    "Attendee",
    "AuditEntry",
    "Base",
    "Board",
    "BoardKind",
    "BoardRole",
    "CalendarDay",
    "Conclusion",
    "Meeting",
    "Membership",
    "Opinion",
    "Person",
    "Plan",
    "PlanSection",
    "RegisteredDocument",
    "Sector",
    "Setting",
    "Task",
    "TaskAttachment",
    "TaskExtension",
    "TaskSeries",
    "TaskUpdate",
    "Tracked",
    "User",
    "task_cooperators",
    "user_boards",
]
