"""The record: opinions named from the attendance list, recorded from two PCs at once."""

from __future__ import annotations

import pytest

from coordboard.errors import ValidationError
from coordboard.services import meetings
from coordboard.services.meetings import AgendaItemInput, AttendeeInput, OpinionInput
from services.meetings.meeting_builders import by_name, meeting_input


def test_opinions_name_the_speaker_from_the_attendance_list(db, secretariat, world):
    d = meetings.create_meeting(db, secretariat, meeting_input(world))
    police = by_name(d, "Phạm Quốc Dũng")
    meetings.save_attendee(
        db,
        secretariat,
        d.meeting.id,
        AttendeeInput(attendance="delegated", delegate_name="Ngô Văn Tư"),
        police.id,
    )
    item = meetings.save_agenda_item(
        db, secretariat, d.meeting.id, AgendaItemInput(title="Thảo luận")
    )
    said = meetings.save_opinion(
        db,
        secretariat,
        d.meeting.id,
        OpinionInput(
            text="Đề nghị tăng cường phối hợp\nxử lý vụ việc xâm hại trẻ em.",
            attendee_id=police.id,
            agenda_item_id=item.id,
        ),
    )
    assert (said.speaker, said.agency_name) == ("Ngô Văn Tư", "Công an tỉnh")
    assert said.text == "Đề nghị tăng cường phối hợp\nxử lý vụ việc xâm hại trẻ em."
    with pytest.raises(ValidationError):
        meetings.save_opinion(db, secretariat, d.meeting.id, OpinionInput(text="  "))
    assert meetings.get_meeting(db, secretariat, d.meeting.id).opinions_on(item.id) == (said,)


def test_two_secretaries_recording_opinions_at_once_both_land(db, secretariat, admin, world):
    """Two PCs type opinions into the same meeting at the same time: all are kept, in order,
    and neither sees a conflict (an opinion does not depend on the meeting's other parts)."""
    from services.tasks.test_tasks_service import race

    mid = meetings.create_meeting(db, secretariat, meeting_input(world)).meeting.id

    def record(actor, who):
        def call(database):
            for n in range(6):
                meetings.save_opinion(
                    database, actor, mid, OpinionInput(text=f"{who} {n}", speaker=who)
                )
            return "done"

        return call

    assert race(db, record(secretariat, "Bà Lan"), record(admin, "Ông Tư")) == ["done", "done"]
    said = meetings.get_meeting(db, secretariat, mid).opinions
    assert sorted(o.text for o in said) == sorted(
        [f"Bà Lan {n}" for n in range(6)] + [f"Ông Tư {n}" for n in range(6)]
    )
    assert [o.position for o in said] == list(range(1, 13))
