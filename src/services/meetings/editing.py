"""What every change to a meeting goes through: the meeting found, the actor's right to change
it, its version and the approval lock checked, and the change to the record counted.

Kept in one place because every module that changes a meeting (scheduling, invitations,
lifecycle, numbering, agenda, attendance, record, conclusions) needs the same guard in the same
order; a second copy would drift. `reorder` serves the two lists a user reorders by hand, the
agenda and the conclusions.
"""

from __future__ import annotations

from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from coordboard.errors import NotFound, PermissionDenied, ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import Meeting
from coordboard.services import permissions
from coordboard.services.actor import Actor
from coordboard.services.uow import check_version, lock_row

LOCKED = QT_TRANSLATE_NOOP(
    "errors", "The minutes of this meeting are approved. Reopen them before changing the record."
)


def find_meeting(s: Session, meeting_id: int) -> Meeting:
    """The meeting, without the row lock or a check of the right to change it: for reads, and
    for changes that check what they need themselves."""
    meeting = s.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The meeting no longer exists."))
    return meeting


def require_edit(s: Session, actor: Actor, board_id: int) -> None:
    if not permissions.may_edit_board(s, actor, board_id):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "errors", "Only the secretariat of this board may change its meetings."
            )
        )


def editable_meeting(
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
    require_edit(s, actor, meeting.board_id)
    check_version(meeting.version, expected_version)
    if record:
        if meeting.status == "minutes_approved":
            raise ValidationError(LOCKED)
        _record_changed(s, meeting)
    return meeting


def _record_changed(s: Session, meeting: Meeting) -> None:
    """A part of the record changed: count it without touching the meeting's version (Core
    UPDATE, under the row lock editable_meeting took), so a details form open elsewhere stays
    valid while an approval of the older record is refused."""
    table = Meeting.__table__
    s.execute(
        table.update()
        .where(table.c.id == meeting.id)
        .values(record_revision=table.c.record_revision + 1)
    )
    set_committed_value(meeting, "record_revision", meeting.record_revision + 1)


def reorder(rows: list, row, step: int) -> None:
    """Move `row` `step` places within `rows` (in their order) and number them again from 1;
    only the rows whose position changes are touched, so only they take a new version."""
    index = rows.index(row)
    target = max(0, min(len(rows) - 1, index + step))
    rows.insert(target, rows.pop(index))
    for position, r in enumerate(rows, start=1):
        if r.position != position:
            r.position = position
