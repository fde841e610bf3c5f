"""Conclusions become tasks in the tracker, with the meeting as their source."""

from __future__ import annotations

from datetime import date

import pytest

from coordboard.errors import ValidationError
from coordboard.services import meetings, tasks
from coordboard.services.meetings import ConclusionTaskInput
from services.meetings.meeting_builders import held_meeting


def test_conclusion_tasks_live_in_the_tracker_with_the_meeting_as_source(
    db, secretariat, world, assert_unchanged
):
    d = held_meeting(db, secretariat, world)
    conclusion = d.conclusions[0]
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        meetings.create_conclusion_tasks(
            db,
            secretariat,
            conclusion.id,
            [
                ConclusionTaskInput(
                    title="Rà soát",
                    lead_agency_id=world.agencies["SYT"],
                    deadline=date(2026, 1, 19),
                )
            ],
        )
    assert "before the meeting (20/01/2026)" in str(exc.value)
    ids = meetings.create_conclusion_tasks(
        db,
        secretariat,
        conclusion.id,
        [
            ConclusionTaskInput(
                title="Rà soát trẻ em có hoàn cảnh đặc biệt",
                lead_agency_id=world.agencies["SYT"],
                cooperating_agency_ids=(world.agencies["CAT"], world.agencies["SGDDT"]),
                deadline=date(2026, 3, 31),
            ),
            ConclusionTaskInput(
                title="Báo cáo kết quả rà soát",
                lead_agency_id=world.agencies["SYT"],
                working_days=10,
            ),
        ],
    )
    assert len(ids) == 2
    relative = tasks.get_task(db, secretariat, ids[1]).row
    assert relative.sector_id == world.sectors["health"]  # the lead agency's sector
    # ten working days from Tue 20/01/2026: weekends skipped -> Tue 03/02/2026
    assert relative.deadline == date(2026, 2, 3)
    d = meetings.get_meeting(db, secretariat, d.meeting.id, as_of=date(2026, 2, 10))
    shown = d.conclusions[0].tasks
    assert [(t.title, t.status_class) for t in shown] == [
        ("Rà soát trẻ em có hoàn cảnh đặc biệt", "in_progress"),
        ("Báo cáo kết quả rà soát", "overdue"),
    ]
    assert set(shown[0].cooperating_agency_names) == {"Công an tỉnh", "Sở Giáo dục và Đào tạo"}
    assert meetings.recipients(d)[:3] == ("Sở Y tế", "Công an tỉnh", "Sở Giáo dục và Đào tạo")
    (row,) = list(meetings.list_meetings(db, secretariat, world.province))
    assert (row.conclusions, row.tasks) == (1, 2)
    with pytest.raises(ValidationError):  # tasks keep their history: no deleting the source
        meetings.delete_conclusion(db, secretariat, conclusion.id)
    with pytest.raises(ValidationError):
        meetings.delete_meeting(db, secretariat, d.meeting.id)

    issued = meetings.issue_document_number(
        db, secretariat, d.meeting.id, "notice", date(2026, 1, 22)
    )
    assert issued.meeting.notice_number == 1
    cited = tasks.get_task(db, secretariat, ids[0]).data
    assert (cited.source_kind, cited.source_number, cited.meeting_id) == (
        "meeting",
        "01/TB-BĐH",
        d.meeting.id,
    )


def test_an_extension_moves_the_live_deadline_not_the_one_the_meeting_decided(
    db, secretariat, world
):
    """The meeting page shows the deadline that counts now; the minutes and a reprinted notice
    keep the one decided at the meeting."""
    from coordboard.services.documents import meeting_docs

    d = held_meeting(db, secretariat, world)
    (task_id,) = meetings.create_conclusion_tasks(
        db,
        secretariat,
        d.conclusions[0].id,
        [
            ConclusionTaskInput(
                title="Rà soát trẻ em có hoàn cảnh đặc biệt",
                lead_agency_id=world.agencies["SYT"],
                deadline=date(2026, 3, 31),
            )
        ],
    )
    tasks.add_extension(
        db,
        secretariat,
        task_id,
        new_deadline=date(2026, 5, 15),
        reason="Chờ số liệu của các xã",
        approved_by="Trưởng ban",
        approved_on=date(2026, 3, 25),
    )
    (shown,) = meetings.get_meeting(db, secretariat, d.meeting.id).conclusions[0].tasks
    assert (shown.deadline, shown.decided_deadline) == (date(2026, 5, 15), date(2026, 3, 31))
    text = meeting_docs.build_notice(
        meetings.get_meeting(db, secretariat, d.meeting.id)
    ).plain_text()
    assert "thời hạn: ngày 31/03/2026" in text and "15/05/2026" not in text
