"""The demo's three meetings (an annual review shaped on seed 002, a regular meeting with drafted
minutes, a planned meeting next month) and the tasks their conclusions put in the tracker."""

from __future__ import annotations

from datetime import date

import pytest

from coordboard.services import meetings, tasks
from coordboard.services.actor import SYSTEM
from coordboard.services.documents import meeting_docs, render_docx
from services.demo.demo_database import BUILT_ON
from services.documents.nd30 import assert_nd30


@pytest.fixture(scope="module")
def by_kind(demo_world):
    rows = meetings.list_meetings(demo_world, SYSTEM)
    return {r.kind: meetings.get_meeting(demo_world, SYSTEM, r.id, as_of=BUILT_ON) for r in rows}


def test_three_meetings_with_statuses_that_fit_the_build_day(by_kind):
    review, regular, planned = by_kind["annual_review"], by_kind["regular"], by_kind["thematic"]
    assert review.meeting.status == "minutes_approved" and review.meeting.day < BUILT_ON
    assert regular.meeting.status == "minutes_drafted" and regular.meeting.day < BUILT_ON
    assert planned.meeting.status == "planned" and planned.meeting.day > BUILT_ON
    assert (planned.meeting.day.year, planned.meeting.day.month) == (2026, 7)  # next month
    assert review.meeting.day == date(2026, 1, 20)
    assert review.meeting.title == (
        "Hội nghị tổng kết công tác trẻ em năm 2025 và triển khai nhiệm vụ năm 2026"
    )
    assert {d.meeting.board_id for d in by_kind.values()} == {review.meeting.board_id}


def test_the_annual_review_follows_seed_002(by_kind):
    d = by_kind["annual_review"]
    assert d.meeting.mode == "hybrid" and d.meeting.online_link.startswith("https://")
    assert 3 <= len(d.agenda) <= 4 and sum(bool(i.presenter) for i in d.agenda) >= 3
    attendance = [a.attendance for a in d.attendees]
    assert attendance.count("delegated") == 1
    excused = [a for a in d.attendees if a.attendance == "absent_excused"]
    assert excused and all(a.absence_reason for a in excused)
    assert [a.kind for a in d.attendees if a.attending].count("guest") == 2
    assert d.chair.board_role == "Trưởng ban" and d.secretary.board_role == "Thư ký"
    speakers = {o.agency_name for o in d.opinions}
    assert {"Công an tỉnh", "Sở Giáo dục và Đào tạo", "Hội Liên hiệp Phụ nữ tỉnh"} <= speakers
    guests = {a.id for a in d.attendees if a.kind == "guest"}
    assert any(o.attendee_id in guests for o in d.opinions)
    assert all(o.agenda_item_id is not None for o in d.opinions)
    assert 4 <= len(d.conclusions) <= 6
    assert d.quorum.members == 25 and d.quorum.attending == 22
    # minutes approved and numbered, the notice and the invitation issued
    assert (d.meeting.minutes_number, d.meeting.notice_number) == (1, 1)
    assert d.meeting.invitation_number == 1 and d.meeting.invitation_date < d.meeting.day
    assert d.meeting.notice_date > d.meeting.day


def test_the_review_conclusions_are_tasks_in_the_tracker(demo_world, by_kind):
    d = by_kind["annual_review"]
    with_tasks = [c for c in d.conclusions if c.tasks]
    assert len(with_tasks) >= 3
    shown = [t for c in with_tasks for t in c.tasks]
    assert all(t.cooperating_agency_names for t in shown)
    listed = tasks.list_tasks(
        demo_world,
        SYSTEM,
        tasks.TaskFilter(board_id=d.meeting.board_id, as_of=BUILT_ON),
        limit=10_000,
    )
    assert {t.id for t in shown} <= {r.id for r in listed}  # in the tracker
    details = [tasks.get_task(demo_world, SYSTEM, t.id) for t in shown]
    assert all(
        x.data.meeting_id == d.meeting.id
        and x.data.source_kind == "meeting"
        and x.data.source_number == "01/TB-BĐH"
        for x in details
    )
    kinds = [x.data.deadline_kind for x in details]
    assert kinds.count("relative") == 1 and kinds.count("fixed") >= 2
    relative = next(x for x in details if x.data.deadline_kind == "relative")
    assert (relative.data.relative_base, relative.data.relative_days) == (d.meeting.day, 10)
    # the health department finished that one on time; another is under way
    assert relative.row.status == "done" and relative.row.completed_on <= relative.row.deadline
    assert any(t.status == "in_progress" for t in shown)


def test_the_regular_meeting_and_the_planned_one(demo_world, by_kind):
    regular, planned = by_kind["regular"], by_kind["thematic"]
    assert regular.meeting.minutes_number is None
    assert regular.chair.board_role == "Phó Trưởng ban thường trực"
    assert regular.conclusions and regular.opinions
    assert planned.agenda and all(i.planned_minutes for i in planned.agenda)
    assert planned.meeting.invitation_number == 2  # the review's invitation was the first
    assert planned.meeting.invitation_date <= BUILT_ON
    assert all(a.attendance == "invited" for a in planned.attendees)
    # the planned meeting falls after the police re-staffing of 1 April: the successor is invited
    police = [a for a in planned.attendees if a.agency_name == "Công an tỉnh"]
    assert len(police) == 2 and not {a.name for a in police} <= {
        a.name for a in by_kind["annual_review"].attendees
    }


def test_the_demo_documents_pass_the_nd30_check(by_kind):
    review = by_kind["annual_review"]
    facts = assert_nd30(
        render_docx(meeting_docs.build_minutes(review)),
        kind_title="BIÊN BẢN",
        number_pattern=r"^Số: 01/BB-BĐH$",
        signature_titles=("THƯ KÝ", "CHỦ TỌA"),
    )
    assert facts.body[-1] == "Hội nghị kết thúc vào 11 giờ 30 cùng ngày./."
    assert_nd30(
        render_docx(meeting_docs.build_notice(review)),
        kind_title="THÔNG BÁO",
        number_pattern=r"^Số: 01/TB-BĐH$",
    )
    assert_nd30(
        render_docx(meeting_docs.build_invitation(by_kind["thematic"])),
        kind_title="GIẤY MỜI",
        number_pattern=r"^Số: 02/GM-BĐH$",
    )
    assert_nd30(
        render_docx(meeting_docs.build_minutes(by_kind["regular"])),
        kind_title="BIÊN BẢN",
        number_pattern=r"^Số: +/BB-BĐH$",
    )
