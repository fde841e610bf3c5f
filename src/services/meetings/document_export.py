"""Writing a meeting's minutes, notice or invitation to a file: the use case around the
builders of services/documents (which take the meeting's detail and import no use case).

The meeting is read with the caller's permission (a viewer may export; another board's
meeting is refused), built, and written as DOCX, or as PDF through the `pdf_writer` the ui or
the command line hands in (printing needs Qt; services do not import it).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from coordboard.db import Database
from coordboard.errors import ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.services.actor import Actor
from coordboard.services.documents import Document, meeting_docs, write_docx
from coordboard.services.meetings.queries import get_meeting


def export_meeting_document(
    db: Database,
    actor: Actor,
    meeting_id: int,
    kind: str,
    path: str | os.PathLike,
    pdf_writer: Callable[[Document, Path], Path | None] | None = None,
) -> Path:
    """Write the minutes, the notice or the invitation of a meeting to a .docx file, or to a
    .pdf through `pdf_writer(document, path)`. The file type and the kind are checked before
    the meeting is read; nothing is left behind when writing fails."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".docx", ".pdf"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Save the document as a .docx or .pdf file, not {name}."),
            name=path.name,
        )
    if kind not in meeting_docs.BUILDERS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown document type."))
    if suffix == ".pdf" and pdf_writer is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Writing a PDF needs the printing part of the application."
            ),
            field="out",
        )
    doc = meeting_docs.build(get_meeting(db, actor, meeting_id), kind)
    if pdf_writer is None or suffix == ".docx":
        return write_docx(doc, path)
    return Path(pdf_writer(doc, path) or path)
