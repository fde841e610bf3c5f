"""Meetings of a board: preparation (agenda, invitations), the record kept during the meeting
(attendance, per-item summaries and opinions, the chair's conclusions) and its approval.

A meeting moves planned -> held -> minutes drafted -> minutes approved. Approving locks the
record: every change after that needs an explicit reopen, which the audit trail keeps with its
reason. Conclusions become tasks in the task tracker (source: this meeting), and the meeting
shows their live status.

This module is the service's public face: callers write `meetings.save_agenda_item(...)` and
never need the modules behind it:

- types.py: the frozen input and info dataclasses and the labels of kinds, modes, statuses;
- queries.py: the list of meetings, one meeting in full (the documents' orderings,
  `recipients` and `sorted_attendees`, are re-exported from services/documents/meeting_parts.py);
- detail.py: the MeetingDetail every use case answers with;
- editing.py: the guard every change goes through (right, version, approval lock, revision);
- scheduling.py: creating, changing and deleting a meeting;
- invitations.py: the board's members on the meeting day;
- lifecycle.py: planned -> held -> minutes drafted, approval and reopening;
- numbering.py: the invitation's and the conclusion notice's numbers in the register;
- agenda.py, attendance.py, record.py, conclusions.py: the parts of the record;
- document_export.py: writing the minutes, notice or invitation to a DOCX or PDF file.

calendar_export.py (iCalendar files) imports icalendar, so it is imported by name where it is
needed, never from here.
"""

from __future__ import annotations

from coordboard.models import MEETING_STATUSES
from coordboard.services.documents.meeting_parts import recipients, sorted_attendees
from coordboard.services.meetings.agenda import (
    MAX_DOCUMENT_BYTES,
    add_agenda_document,
    agenda_document_content,
    carry_unfinished_items,
    delete_agenda_document,
    delete_agenda_item,
    move_agenda_item,
    save_agenda_item,
)
from coordboard.services.meetings.attendance import (
    remove_attendee,
    save_attendee,
    set_attendance,
    set_roles,
)
from coordboard.services.meetings.conclusions import (
    create_conclusion_tasks,
    delete_conclusion,
    move_conclusion,
    save_conclusion,
)
from coordboard.services.meetings.document_export import export_meeting_document
from coordboard.services.meetings.editing import LOCKED
from coordboard.services.meetings.invitations import invite_members
from coordboard.services.meetings.lifecycle import (
    approve_minutes,
    reopen_minutes,
    set_status,
)
from coordboard.services.meetings.numbering import DOCUMENT_KINDS, issue_document_number
from coordboard.services.meetings.queries import get_meeting, list_meetings
from coordboard.services.meetings.record import delete_opinion, save_opinion
from coordboard.services.meetings.scheduling import create_meeting, delete_meeting, update_meeting
from coordboard.services.meetings.types import (
    ATTENDANCE_LABELS,
    KIND_LABELS,
    MODE_LABELS,
    ROLE_LABELS,
    STATUS_LABELS,
    AgendaItemInfo,
    AgendaItemInput,
    AttendeeInfo,
    AttendeeInput,
    ConclusionInfo,
    ConclusionTask,
    ConclusionTaskInput,
    DocumentInfo,
    MeetingDetail,
    MeetingInfo,
    MeetingInput,
    MeetingRow,
    OpinionInfo,
    OpinionInput,
    Quorum,
)

__all__ = [
    "ATTENDANCE_LABELS",
    "DOCUMENT_KINDS",
    "KIND_LABELS",
    "LOCKED",
    "MAX_DOCUMENT_BYTES",
    "MEETING_STATUSES",
    "MODE_LABELS",
    "ROLE_LABELS",
    "STATUS_LABELS",
    "AgendaItemInfo",
    "AgendaItemInput",
    "AttendeeInfo",
    "AttendeeInput",
    "ConclusionInfo",
    "ConclusionTask",
    "ConclusionTaskInput",
    "DocumentInfo",
    "MeetingDetail",
    "MeetingInfo",
    "MeetingInput",
    "MeetingRow",
    "OpinionInfo",
    "OpinionInput",
    "Quorum",
    "add_agenda_document",
    "agenda_document_content",
    "approve_minutes",
    "carry_unfinished_items",
    "create_conclusion_tasks",
    "create_meeting",
    "delete_agenda_document",
    "delete_agenda_item",
    "delete_conclusion",
    "delete_meeting",
    "delete_opinion",
    "export_meeting_document",
    "get_meeting",
    "invite_members",
    "issue_document_number",
    "list_meetings",
    "move_agenda_item",
    "move_conclusion",
    "recipients",
    "remove_attendee",
    "reopen_minutes",
    "save_agenda_item",
    "save_attendee",
    "save_conclusion",
    "save_opinion",
    "set_attendance",
    "set_roles",
    "set_status",
    "sorted_attendees",
    "update_meeting",
]
