"""Files attached to progress updates: the size limit, reading a file from disk, the checks an
attachment passes before it is stored, and reading one back.

The limit is checked twice on purpose: when the file is read (so a huge file is refused before
its bytes are loaded) and when the update is saved (input may come from elsewhere than a file).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from coordboard.db import Database
from coordboard.errors import NotFound, ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import TaskAttachment, TaskUpdate
from coordboard.services.actor import Actor
from coordboard.services.tasks.access import load_task, require_view
from coordboard.services.uow import UnitOfWork
from coordboard.text import clean

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class AttachmentInput:
    filename: str
    content: bytes

    @classmethod
    def from_path(cls, path: str | Path) -> AttachmentInput:
        path = Path(path)
        try:
            size = path.stat().st_size
            if size > MAX_ATTACHMENT_BYTES:
                raise _too_big(path.name, size)
            return cls(path.name, path.read_bytes())
        except OSError as exc:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The file {name} cannot be read: {reason}"),
                field="attachment",
                name=path.name,
                reason=exc.strerror or str(exc),
            ) from exc


def check_attachments(attachments: Iterable[AttachmentInput]) -> None:
    """Refuses a file over the limit or without a name."""
    for a in attachments:
        if len(a.content) > MAX_ATTACHMENT_BYTES:
            raise _too_big(a.filename, len(a.content))
        if not clean(a.filename):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The file has no name."), field="attachment"
            )


def _too_big(name: str, size: int) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors", "The file {name} is {size} MB; attachments may be at most {limit} MB."
        ),
        field="attachment",
        name=name,
        size=f"{size / 1048576:.1f}",
        limit=MAX_ATTACHMENT_BYTES // 1048576,
    )


def attachment_content(db: Database, actor: Actor, attachment_id: int) -> tuple[str, bytes]:
    """(file name, bytes) of an attachment, for whoever may view its task."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        row = s.execute(
            select(TaskAttachment.filename, TaskAttachment.content, TaskUpdate.task_id)
            .join(TaskUpdate, TaskUpdate.id == TaskAttachment.update_id)
            .where(TaskAttachment.id == attachment_id)
        ).first()
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "The attachment no longer exists."))
        require_view(s, actor, load_task(s, row.task_id))
        return row.filename, bytes(row.content)
