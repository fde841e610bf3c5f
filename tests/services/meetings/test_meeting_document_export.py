"""`meetings.export_meeting_document`: the minutes, the notice and the invitation written to
.docx and .pdf files (the PDF saying what the DOCX says), the file types refused, failures that
leave no file behind, and who may export."""

from __future__ import annotations

import unicodedata
from datetime import datetime
from pathlib import Path

import pytest

from coordboard.errors import DomainError, ValidationError
from coordboard.services import meetings
from coordboard.services.documents import meeting_docs
from coordboard.ui.printing import write_pdf
from services.documents.meeting_sample import recorded_meeting
from services.documents.nd30 import assert_nd30, docx_lines


def _squeezed(text: str) -> str:
    return "".join(unicodedata.normalize("NFC", text).split())


def pdf_text(path: Path) -> str:
    """The PDF's text without white space (glyph runs and line breaks fall anywhere there) and
    without the page numbers at the top of pages 2, 3, ..."""
    from pypdf import PdfReader

    parts = []
    for number, page in enumerate(PdfReader(str(path)).pages, start=1):
        text = page.extract_text()
        if number > 1:
            text = text.lstrip()
            assert text.startswith(str(number)), f"page {number} is not numbered"
            text = text[len(str(number)) :]
        parts.append(_squeezed(text))
    return "".join(parts)


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("kind", meeting_docs.KINDS)
def test_the_pdf_says_what_the_docx_says(db, secretariat, world, kind, tmp_path, qapp):
    detail = recorded_meeting(db, secretariat, world, approve=True, notice=True)
    docx = meetings.export_meeting_document(
        db, secretariat, detail.meeting.id, kind, tmp_path / "out.docx"
    )
    pdf = meetings.export_meeting_document(
        db, secretariat, detail.meeting.id, kind, tmp_path / "out.pdf", write_pdf
    )
    assert pdf.read_bytes().startswith(b"%PDF")
    from docx import Document as open_docx

    text, at = pdf_text(pdf), 0
    facts = assert_nd30(docx, draft=True)
    closing = {*facts.recipients, *(line for column in facts.signatures for line in column)}
    lines = docx_lines(open_docx(str(docx)))
    assert any("ệ" in line for line in lines) and closing
    for line in lines:  # every paragraph of the DOCX, diacritics intact, in the same order
        found = text.find(_squeezed(line), 0 if line in closing else at)
        assert found >= 0, f"{line!r} is not in the PDF after position {at}"
        if line not in closing:  # (a signature row may break across two pages)
            at = found + len(_squeezed(line))


@pytest.mark.parametrize("backend", ["sqlite"])
def test_an_unknown_file_type_is_refused_in_vietnamese(db, secretariat, world, tmp_path):
    from coordboard import i18n

    detail = recorded_meeting(db, secretariat, world)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ValidationError) as exc:
        meetings.export_meeting_document(
            db, secretariat, detail.meeting.id, "minutes", folder / "bien-ban.odt"
        )
    assert "bien-ban.odt" in str(exc.value)
    i18n.load("vi")
    try:
        assert exc.value.translated() == (
            "Hãy lưu văn bản thành tệp .docx hoặc .pdf, không phải bien-ban.odt."
        )
    finally:
        i18n.load("en")
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_unwritable_path_is_named_and_no_file_is_left(
    db, secretariat, world, tmp_path, suffix, qapp
):
    detail = recorded_meeting(db, secretariat, world)
    folder = tmp_path / "out"
    folder.mkdir()
    missing = folder / "no-such-folder" / f"bien-ban{suffix}"
    with pytest.raises(DomainError) as exc:
        meetings.export_meeting_document(
            db, secretariat, detail.meeting.id, "minutes", missing, write_pdf
        )
    assert str(missing) in str(exc.value)
    taken = folder / f"thu-muc{suffix}"  # a folder where the file should go
    taken.mkdir()
    with pytest.raises(DomainError) as exc:
        meetings.export_meeting_document(
            db, secretariat, detail.meeting.id, "minutes", taken, write_pdf
        )
    assert str(taken) in str(exc.value)
    assert [p.name for p in folder.iterdir()] == [taken.name]  # no partial or temporary file
    assert list(taken.iterdir()) == []


def test_a_viewer_may_export_but_a_stranger_board_is_refused(
    db, secretariat, viewer, world, tmp_path
):
    from coordboard.errors import PermissionDenied

    detail = recorded_meeting(db, secretariat, world)
    written = meetings.export_meeting_document(
        db, viewer, detail.meeting.id, "minutes", tmp_path / "bb.docx"
    )
    assert written.stat().st_size > 0
    focal = world.actor("focal_point")
    assert meetings.export_meeting_document(
        db, focal, detail.meeting.id, "notice", tmp_path / "tb.docx"
    ).exists()
    other = meetings.create_meeting(
        db,
        world.actor("admin"),
        meetings.MeetingInput(
            board_id=world.other,
            title="Họp Ban Chỉ đạo",
            starts_at=datetime(2026, 2, 2, 8),
            ends_at=datetime(2026, 2, 2, 10),
        ),
    )
    with pytest.raises(PermissionDenied):
        meetings.export_meeting_document(
            db, secretariat, other.meeting.id, "minutes", tmp_path / "khac.docx"
        )
    assert not (tmp_path / "khac.docx").exists()
