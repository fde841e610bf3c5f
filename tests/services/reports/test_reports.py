"""The progress report's numbers against a count by hand (documents/report_sample.py), its
periods, the pre-filled assessment, and the bad inputs it refuses."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from coordboard import i18n
from coordboard.errors import DomainError, PermissionDenied, ValidationError
from coordboard.services import plans, reports
from coordboard.services.reports import ReportPeriod, ReportQuery
from services.documents.report_sample import (
    AS_OF,
    EXPECTED,
    EXPECTED_BY_SECTOR,
    EXPECTED_DONE,
    EXPECTED_DUE,
    EXPECTED_ON_TIME,
    EXPECTED_OVERDUE,
    EXPECTED_TOTAL,
    H1,
    MEETING_TITLE,
    TITLES,
    build_sample,
)


@pytest.fixture
def sample(db, secretariat, world):
    return build_sample(db, secretariat, world)


def plan_query(world, sample, **changes) -> ReportQuery:
    return replace(ReportQuery(world.province, H1, sample.plan_id, AS_OF), **changes)


# --- periods ------------------------------------------------------------------------------------


def test_periods_are_parsed_as_a_secretary_writes_them():
    h1 = ReportPeriod.parse("2026-H1")
    assert (h1.start, h1.end, h1.label) == (
        date(2026, 1, 1),
        date(2026, 6, 30),
        "6 tháng đầu năm 2026",
    )
    h2 = ReportPeriod.parse(" 2026-h2 ")
    assert (h2.start, h2.end, h2.label) == (
        date(2026, 7, 1),
        date(2026, 12, 31),
        "6 tháng cuối năm 2026",
    )
    year = ReportPeriod.parse("2026")
    assert (year.start, year.end, year.label) == (date(2026, 1, 1), date(2026, 12, 31), "năm 2026")
    for text in ("01/03/2026:31/05/2026", "2026-03-01:2026-05-31"):
        r = ReportPeriod.parse(text)
        assert (r.start, r.end) == (date(2026, 3, 1), date(2026, 5, 31))
        assert r.label == "từ ngày 01/03/2026 đến ngày 31/05/2026"
        assert r.following() == ReportPeriod(date(2026, 6, 1), date(2026, 8, 31))  # as long
    # Decree 09/2019's statistical data periods
    s1 = ReportPeriod.parse("2026-H1", statistical=True)
    assert (s1.start, s1.end) == (date(2025, 12, 15), date(2026, 6, 14))
    sy = ReportPeriod.parse("2026", statistical=True)
    assert (sy.start, sy.end) == (date(2025, 12, 15), date(2026, 12, 14))
    assert h1.following() == h2 and h2.following() == ReportPeriod.half(2027, 1)
    assert year.following().label == "năm 2027"
    assert [p.key for p in (h1, year, ReportPeriod.parse("01/03/2026:31/05/2026"))] == [
        "2026-H1",
        "2026",
        "01/03/2026:31/05/2026",
    ]


@pytest.mark.parametrize(
    "text, quoted",
    [
        (
            "30/06/2026:01/01/2026",
            "Kỳ báo cáo kết thúc (01/01/2026) trước khi bắt đầu (30/06/2026)",
        ),
        ("2026-H3", "2026-H3"),
        ("quý 1", "quý 1"),
        ("1999", "năm phải nằm trong khoảng"),
        ("31/02/2026:30/06/2026", "31/02/2026:30/06/2026"),
    ],
)
def test_a_bad_period_is_refused_in_vietnamese(text, quoted):
    assert i18n.load("vi") == "vi"
    try:
        with pytest.raises(ValidationError) as exc:
            ReportPeriod.parse(text)
        assert quoted in exc.value.translated()
        assert exc.value.field == "period"
    finally:
        i18n.load("en")


# --- the numbers --------------------------------------------------------------------------------


def test_the_plans_numbers_match_the_count_by_hand(db, secretariat, world, sample):
    data = reports.report_data(db, secretariat, plan_query(world, sample))
    assert data.as_of == AS_OF and data.period == H1
    assert data.counts.counts == EXPECTED
    assert data.total == EXPECTED_TOTAL
    assert (data.rate.due, data.rate.done, data.rate.done_on_time) == (
        EXPECTED_DUE,
        EXPECTED_DONE,
        EXPECTED_ON_TIME,
    )
    by_sector = {
        g.name: (
            g.counts.total,
            g.counts["done_on_time"],
            g.counts["done_late"],
            g.counts.in_progress_within_deadline,
            g.counts["overdue"],
        )
        for g in data.by_sector
    }
    assert by_sector == EXPECTED_BY_SECTOR
    assert {g.name: g.counts.total for g in data.by_agency} == {
        "Sở Y tế": 6,
        "Sở Giáo dục và Đào tạo": 3,
        "Công an tỉnh": 2,
    }
    # the overdue list: longest overdue first, days counted to the as-of date
    assert [(t.id, t.days_overdue) for t in data.overdue] == [
        (sample.ids[key], days) for key, days in EXPECTED_OVERDUE
    ]
    extended = data.overdue[1]
    assert (extended.deadline, extended.effective_deadline) == (
        date(2026, 4, 30),
        date(2026, 5, 31),
    )
    assert [(e.old_deadline, e.new_deadline, e.reason) for e in extended.extensions] == [
        (date(2026, 4, 30), date(2026, 5, 31), "Chờ kết quả giám định")
    ]
    # the latest update as of 30/06 is April's, not July's
    overdue = data.overdue[0]
    assert (overdue.latest_update.update_date, overdue.latest_update.text) == (
        date(2026, 4, 10),
        "Đang xây dựng dự thảo quy chế",
    )
    assert data.extended == 1 and data.recurring == 1
    # every counted task sits under exactly one heading of section II
    listed = [t.title for sec in data.sections for t in sec.tasks]
    assert sorted(listed) == sorted(
        TITLES[k]
        for k in (
            "on_time",
            "late",
            "progress",
            "due_soon",
            "overdue",
            "extended",
            "no_deadline",
            "cancelled",
            "suspended",
            "recurring",
            "done_after",
        )
    )
    assert [(sec.title, len(sec.tasks)) for sec in data.sections] == [
        ("1. Truyền thông, giáo dục", 4),
        ("2. Phòng ngừa, hỗ trợ, can thiệp", 5),
        ("Nhiệm vụ khác", 2),
    ]
    # next period (H2 2026): open tasks due then, the recurring 20/11 occurrence included
    assert {t.id for t in data.next_due} == {
        sample.ids[k] for k in ("due_soon", "progress", "assigned_after", "recurring_next")
    }
    assert data.open_tasks == 1 + 1 + 3 + 1  # in progress, due soon, overdue, no deadline
    # the meeting held in the period, with its conclusion's task overdue as of 30/06
    assert [(m.title, m.day) for m in data.meetings] == [(MEETING_TITLE, date(2026, 3, 20))]
    (conclusion,) = data.meetings[0].conclusions
    assert (conclusion.tasks, conclusion.done, conclusion.overdue) == (1, 0, 1)
    assert data.signer.name == "Nguyễn Văn An" and data.signer.authority == "TM. BAN ĐIỀU HÀNH"


def test_a_whole_boards_report_adds_the_meeting_conclusions_task(db, viewer, world, sample):
    data = reports.report_data(db, viewer, plan_query(world, sample, plan_id=None))
    # by hand: + the conclusion's task (overdue), the carried-over task (apart) and its copy
    # (done on time) of the 2025 plan
    assert data.counts.counts == {
        **EXPECTED,
        "overdue": EXPECTED["overdue"] + 1,
        "done_on_time": EXPECTED["done_on_time"] + 1,
        "carried_over": 1,
    }
    assert data.total == EXPECTED_TOTAL + 3
    # due by 30/06: + the conclusion's task and the copy; the carried one is left out
    assert (data.rate.due, data.rate.done, data.rate.done_on_time) == (
        EXPECTED_DUE + 2,
        EXPECTED_DONE + 1,
        EXPECTED_ON_TIME + 1,
    )
    assert [sec.title for sec in data.sections] == [
        "Kế hoạch số 12/KH-BĐH: Kế hoạch thực hiện công tác bảo vệ trẻ em giai đoạn 2025-2026",
        "Kế hoạch số 30/KH-BĐH: Kế hoạch truyền thông năm 2025",
        "Kế hoạch số 31/KH-BĐH: Kế hoạch truyền thông năm 2025",
        "Nhiệm vụ theo kết luận các cuộc họp",
    ]
    assert data.sections[-1].tasks[0].source.startswith("Kết luận họp Ban Điều hành quý I")


def test_as_of_a_later_day_a_late_completion_counts_as_done_late(db, secretariat, world, sample):
    data = reports.report_data(db, secretariat, plan_query(world, sample, as_of=date(2026, 7, 15)))
    assert data.counts["done_late"] == 2  # done_after was completed on 10/07
    # overdue, extended, and due_soon (its 03/07 deadline has passed); done_after left
    assert data.counts["overdue"] == 3 and data.counts["due_soon"] == 0
    assert data.total == EXPECTED_TOTAL  # the task assigned on 15/07 is after the period
    # without an as-of date, a past period is counted as of its last day
    assert (
        reports.report_data(db, secretariat, plan_query(world, sample, as_of=None)).as_of == AS_OF
    )


def test_the_default_texts_say_the_numbers(db, secretariat, world, sample):
    data = reports.report_data(db, secretariat, plan_query(world, sample))
    texts = reports.default_texts(data)
    assert "theo dõi thực hiện 11 nhiệm vụ theo Kế hoạch số 12/KH-BĐH" in texts.results
    assert "đã hoàn thành 3 nhiệm vụ (2 đúng hạn, 1 quá hạn)" in texts.results
    assert "đạt 50% (3/6 nhiệm vụ), trong đó hoàn thành đúng hạn đạt 33,3%" in texts.results
    assert (
        "Còn 3 nhiệm vụ quá hạn chưa hoàn thành, tập trung ở các cơ quan: Công an tỉnh (1), "
        "Sở Giáo dục và Đào tạo (1), Sở Y tế (1)"
    ) in texts.shortcomings
    assert "1 nhiệm vụ phải gia hạn" in texts.shortcomings
    # done_after and extended had no report at all in the period
    assert "2 nhiệm vụ quá hạn không có báo cáo cập nhật tiến độ trong kỳ" in texts.causes
    assert "khẩn trương hoàn thành 3 nhiệm vụ quá hạn" in texts.proposals
    assert "Kiến nghị Ủy ban nhân dân tỉnh Vĩnh Long" in texts.proposals


def test_a_plan_without_tasks_gives_a_short_report(db, secretariat, world):
    plan = plans.create_plan(
        db,
        secretariat,
        plans.PlanInput(
            board_id=world.province,
            title="Kế hoạch truyền thông năm 2026",
            year_from=2026,
            year_to=2026,
            code="20/KH-BĐH",
        ),
    )
    data = reports.report_data(db, secretariat, ReportQuery(world.province, H1, plan.id, AS_OF))
    assert data.empty and data.sections == () and data.overdue == ()
    texts = reports.default_texts(data)
    assert "chưa có nhiệm vụ theo Kế hoạch số 20/KH-BĐH" in texts.results
    document = reports.build_document(data)
    text = document.plain_text()
    assert "chưa có nhiệm vụ nào theo Kế hoạch số 20/KH-BĐH được giao" in text
    assert document.annex == ()  # no empty tables, no charts of nothing


# --- bad input ------------------------------------------------------------------------------------


@pytest.fixture
def vietnamese():
    assert i18n.load("vi") == "vi"
    yield
    i18n.load("en")


def test_bad_queries_are_refused_and_change_nothing(
    db, secretariat, world, sample, assert_unchanged, vietnamese
):
    cases = [
        (
            plan_query(
                world,
                sample,
                period=ReportPeriod.parse("01/12/2024:31/12/2024"),
                as_of=date(2024, 12, 31),
            ),
            ValidationError,
            "trước ngày bắt đầu thực hiện kế hoạch (01/01/2025)",
        ),
        (
            plan_query(world, sample, as_of=date(2025, 12, 31)),
            ValidationError,
            "Ngày chốt số liệu 31/12/2025 trước ngày bắt đầu kỳ báo cáo (01/01/2026)",
        ),
        (plan_query(world, sample, board_id=world.other), PermissionDenied, "xem"),
        (
            plan_query(world, sample, board_id=world.commune),
            ValidationError,
            "Kế hoạch không thuộc Ban này",
        ),
    ]
    for query, error, quoted in cases:
        with assert_unchanged(), pytest.raises(error) as exc:
            reports.report_data(db, secretariat, query)
        assert quoted in exc.value.translated()
        assert all(ord(ch) < 0x2000 for ch in exc.value.translated())  # no stray symbols


def test_export_refuses_an_unknown_suffix_and_a_missing_folder(
    db, secretariat, world, sample, tmp_path
):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(ValidationError):
        reports.export_report(db, secretariat, plan_query(world, sample), tmp_path / "r.odt")
    with pytest.raises(ValidationError) as exc:
        reports.export_report(
            db, secretariat, plan_query(world, sample), tmp_path / "missing" / "r.docx"
        )
    assert "missing" in str(exc.value)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DomainError):
        reports.export_report(db, secretariat, plan_query(world, sample), blocker / "r.docx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]
