"""The agenda: order, planned duration, attached documents, carrying unfinished items."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from coordboard.errors import ValidationError
from coordboard.services import meetings
from coordboard.services.meetings import AgendaItemInput
from services.meetings.meeting_builders import meeting_input


def test_agenda_order_duration_documents_and_carrying_unfinished_items(db, secretariat, world):
    d = meetings.create_meeting(db, secretariat, meeting_input(world))
    mid = d.meeting.id
    report = meetings.save_agenda_item(
        db,
        secretariat,
        mid,
        AgendaItemInput(
            title="Báo cáo tổng kết năm 2025",
            presenter="Bà Trần Thị Bích",
            presenter_agency_id=world.agencies["SYT"],
            planned_minutes=45,
        ),
    )
    plan = meetings.save_agenda_item(
        db, secretariat, mid, AgendaItemInput(title="Dự thảo kế hoạch năm 2026", planned_minutes=60)
    )
    meetings.save_agenda_item(
        db, secretariat, mid, AgendaItemInput(title="Thảo luận", planned_minutes=90)
    )
    meetings.move_agenda_item(db, secretariat, plan.id, -1)
    doc = meetings.add_agenda_document(
        db, secretariat, report.id, "Báo cáo 2025.docx", b"PK\x03\x04 contents"
    )
    with pytest.raises(ValidationError) as exc:
        meetings.add_agenda_document(
            db, secretariat, report.id, "lon.pdf", b"0" * (meetings.MAX_DOCUMENT_BYTES + 1)
        )
    assert "larger than 10 MB" in str(exc.value)
    d = meetings.get_meeting(db, secretariat, mid)
    assert [i.title for i in d.agenda] == [
        "Dự thảo kế hoạch năm 2026",
        "Báo cáo tổng kết năm 2025",
        "Thảo luận",
    ]
    assert d.planned_minutes == 195 and d.meeting.length_minutes == 210
    assert d.agenda[1].presenter_agency_name == "Sở Y tế"
    assert meetings.agenda_document_content(db, secretariat, doc.id) == (
        "Báo cáo 2025.docx",
        b"PK\x03\x04 contents",
    )

    meetings.save_agenda_item(
        db,
        secretariat,
        mid,
        replace(
            d.agenda[1].as_input(), summary="Năm 2025 hoàn thành 18/20 chỉ tiêu.", finished=True
        ),
        d.agenda[1].id,
        d.agenda[1].version,
    )
    later = meetings.create_meeting(
        db,
        secretariat,
        meeting_input(world, starts_at=datetime(2026, 3, 2, 8), ends_at=datetime(2026, 3, 2, 10)),
    )
    assert meetings.carry_unfinished_items(db, secretariat, mid, later.meeting.id) == 2
    carried = meetings.get_meeting(db, secretariat, later.meeting.id).agenda
    assert [i.title for i in carried] == ["Dự thảo kế hoạch năm 2026", "Thảo luận"]
    assert all(i.carried_from_id is not None and not i.summary for i in carried)
    with pytest.raises(ValidationError):  # carried once
        meetings.carry_unfinished_items(db, secretariat, mid, later.meeting.id)
