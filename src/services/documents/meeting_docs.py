"""The three documents a meeting produces, as ND 30/2020 documents: the minutes (Biên bản,
Mẫu 1.9 of Phụ lục III, minutes.py), the conclusion notice (Thông báo kết luận, TB, notice.py)
and the invitation (Giấy mời, GM, invitation.py); the parts they share are in meeting_parts.py.

The builders turn a meeting's detail (`meetings.MeetingDetail`, read through meeting_data's
protocols) into a `Document`; the renderers (DOCX in this package, preview and PDF in
coordboard.ui.printing) draw it. Reading the meeting and writing the file is a meetings use
case (`meetings.export_meeting_document`): documents import no use case.
"""

from __future__ import annotations

from coordboard.errors import ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.services.documents.formats import nfc
from coordboard.services.documents.invitation import build_invitation
from coordboard.services.documents.meeting_data import MeetingDetail
from coordboard.services.documents.meeting_parts import task_line
from coordboard.services.documents.minutes import build_minutes
from coordboard.services.documents.model import Document
from coordboard.services.documents.notice import build_notice

__all__ = [
    "BUILDERS",
    "KINDS",
    "build",
    "build_invitation",
    "build_minutes",
    "build_notice",
    "document_file_name",
    "task_line",
]

KINDS = ("minutes", "notice", "invitation")
BUILDERS = {"minutes": build_minutes, "notice": build_notice, "invitation": build_invitation}


def build(detail: MeetingDetail, kind: str) -> Document:
    try:
        return BUILDERS[kind](detail)
    except KeyError:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown document type.")) from None


def document_file_name(detail: MeetingDetail, kind: str, suffix: str = ".docx") -> str:
    """A file name a save dialog can offer: "Bien ban - Hoi nghi tong ket ... 20-01-2026.docx"
    keeps Vietnamese letters (file systems take them) but no characters Windows refuses."""
    label = {"minutes": "Biên bản", "notice": "Thông báo kết luận", "invitation": "Giấy mời"}[kind]
    day = detail.meeting.day.strftime("%d-%m-%Y")
    name = f"{label} - {detail.meeting.title} {day}"
    name = "".join("-" if ch in '<>:"/\\|?*' else ch for ch in name)
    return nfc(name.strip()[:150]) + suffix
