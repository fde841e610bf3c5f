"""The names of the status classes a task falls in as of a date (DOMAIN.md).

services/tasks/classification.py defines each class as a SQL expression; the reports, the
dashboard and the documents built from them only name the classes, so the names live here,
below all of them (a document builder must not import the task use cases to say "overdue").
"""

from __future__ import annotations

OVERDUE = "overdue"
DUE_SOON = "due_soon"
IN_PROGRESS = "in_progress"
DONE_ON_TIME = "done_on_time"
DONE_LATE = "done_late"
NO_DEADLINE = "no_deadline"
SUSPENDED = "suspended"
CANCELLED = "cancelled"
CARRIED_OVER = "carried_over"

#: display order: what needs attention first
CLASSES = (
    OVERDUE,
    DUE_SOON,
    IN_PROGRESS,
    DONE_ON_TIME,
    DONE_LATE,
    NO_DEADLINE,
    SUSPENDED,
    CANCELLED,
    CARRIED_OVER,
)
