"""Tasks: status classes at boundary dates, completion rate, permissions, conflicts, bad input."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from coordboard.errors import ConflictError, PermissionDenied, ValidationError
from coordboard.services import plans, tasks
from coordboard.services.tasks import (
    AttachmentInput,
    ProgressInput,
    TaskFilter,
    TaskInput,
    attachments,
)
from coordboard.services.tasks import classification as cl

ASSIGNED = date(2026, 1, 5)
DEADLINE = date(2026, 6, 30)


def new_plan(db, actor, world, code="10/KH-BĐH") -> int:
    return plans.create_plan(
        db,
        actor,
        plans.PlanInput(
            board_id=world.province,
            title="Kế hoạch công tác trẻ em năm 2026",
            year_from=2026,
            year_to=2026,
            code=code,
            status="in_force",
        ),
    ).id


def task_input(
    world,
    title="Tập huấn kỹ năng phòng, chống xâm hại trẻ em",
    lead="SGDDT",
    coop=(),
    deadline=DEADLINE,
    **kw,
) -> TaskInput:
    return TaskInput(
        board_id=world.province,
        title=title,
        lead_agency_id=world.agencies[lead],
        assigned_date=ASSIGNED,
        deadline=deadline,
        deadline_kind="fixed" if deadline else "none",
        cooperating_agency_ids=tuple(world.agencies[c] for c in coop),
        **kw,
    )


def make(db, actor, world, **kw) -> int:
    (task_id,) = tasks.create_task(db, actor, task_input(world, **kw))
    return task_id


def finish(db, actor, task_id, on: date) -> None:
    tasks.add_update(
        db,
        actor,
        task_id,
        ProgressInput(
            update_date=on,
            text="Đã hoàn thành, có báo cáo kèm theo.",
            new_status="done",
            completed_on=on,
        ),
    )


@pytest.fixture
def classes_world(db, admin, world):
    """One task per situation; ids by name."""
    ids = {
        "on_deadline_day": make(db, admin, world, title="A"),
        "a_day_late": make(db, admin, world, title="B"),
        "open": make(db, admin, world, title="C"),
        "no_deadline": make(db, admin, world, title="D", deadline=None),
        "cancelled": make(db, admin, world, title="E"),
        "suspended": make(db, admin, world, title="F"),
        "done_after_as_of": make(db, admin, world, title="G"),
        "extended": make(db, admin, world, title="H"),
    }
    finish(db, admin, ids["on_deadline_day"], DEADLINE)
    finish(db, admin, ids["a_day_late"], date(2026, 7, 1))
    for key, status in (("cancelled", "cancelled"), ("suspended", "suspended")):
        tasks.add_update(
            db,
            admin,
            ids[key],
            ProgressInput(
                update_date=date(2026, 3, 1), text="Theo chỉ đạo của Trưởng ban", new_status=status
            ),
        )
    finish(db, admin, ids["done_after_as_of"], date(2026, 7, 10))
    tasks.add_extension(
        db,
        admin,
        ids["extended"],
        new_deadline=date(2026, 7, 31),
        reason="Chờ kinh phí bổ sung",
        approved_by="Phó Chủ tịch UBND tỉnh",
        approved_on=date(2026, 6, 25),
    )
    finish(db, admin, ids["extended"], date(2026, 7, 15))
    return ids


def classes_of(db, actor, as_of: date) -> dict[str, str]:
    rows = tasks.list_tasks(db, actor, TaskFilter(as_of=as_of), limit=100)
    return {r.title: r.status_class for r in rows}


def test_status_classes_at_the_deadline_and_the_day_after(db, admin, classes_world):
    on_deadline = classes_of(db, admin, DEADLINE)
    assert on_deadline == {
        "A": cl.DONE_ON_TIME,  # completed on the deadline day itself
        "B": cl.DUE_SOON,  # completed the next day: still open on 30/06
        "C": cl.DUE_SOON,  # open, deadline today: within the deadline
        "D": cl.NO_DEADLINE,
        "E": cl.CANCELLED,
        "F": cl.SUSPENDED,
        "G": cl.DUE_SOON,
        "H": cl.IN_PROGRESS,  # extended to 31/07: more than 7 days away
    }
    day_after = classes_of(db, admin, date(2026, 7, 1))
    assert (day_after["B"], day_after["C"], day_after["G"]) == (
        cl.DONE_LATE,
        cl.OVERDUE,
        cl.OVERDUE,
    )
    later = classes_of(db, admin, date(2026, 8, 1))
    assert (later["G"], later["H"]) == (cl.DONE_LATE, cl.DONE_ON_TIME)


def test_due_soon_window_is_seven_days_by_default(db, admin, world):
    make(db, admin, world, title="C")
    assert classes_of(db, admin, date(2026, 6, 22))["C"] == cl.IN_PROGRESS  # 8 days before
    assert classes_of(db, admin, date(2026, 6, 23))["C"] == cl.DUE_SOON  # 7 days before


def test_counts_match_the_rows_and_the_filter_by_class(db, admin, classes_world):
    as_of = date(2026, 7, 1)
    counts = tasks.class_counts(db, admin, TaskFilter(as_of=as_of))
    rows = classes_of(db, admin, as_of)
    expected: dict[str, int] = {}
    for cls in rows.values():
        expected[cls] = expected.get(cls, 0) + 1
    assert counts.counts == expected and counts.total == 8
    overdue = tasks.list_tasks(db, admin, TaskFilter(as_of=as_of, classes=(cl.OVERDUE,)))
    assert sorted(r.title for r in overdue) == ["C", "G"]
    assert tasks.count_tasks(db, admin, TaskFilter(as_of=as_of, classes=(cl.OVERDUE,))) == 2
    for cls in cl.CLASSES:  # the filter and the per-row class agree for every class
        picked = tasks.list_tasks(db, admin, TaskFilter(as_of=as_of, classes=(cls,)))
        assert sorted(r.title for r in picked) == sorted(t for t, c in rows.items() if c == cls)


def test_completion_rate_counts_only_tasks_already_due(db, admin, classes_world):
    rate = tasks.completion_rate(db, admin, TaskFilter(as_of=date(2026, 7, 1)))
    # due before 01/07: A, B, C, G (H was extended to 31/07; D has no deadline; E, F apart)
    assert (rate.due, rate.done, rate.done_on_time) == (4, 2, 1)
    assert rate.rate == 0.5 and rate.on_time_rate == 0.25
    before = tasks.completion_rate(db, admin, TaskFilter(as_of=date(2026, 6, 30)))
    assert before.due == 0 and before.rate is None


def test_overdue_first_is_the_default_order(db, admin, world):
    make(db, admin, world, title="later", deadline=date(2026, 12, 31))
    make(db, admin, world, title="none", deadline=None)
    make(db, admin, world, title="earliest", deadline=date(2026, 2, 1))
    done = make(db, admin, world, title="done", deadline=date(2026, 1, 20))
    finish(db, admin, done, date(2026, 1, 19))
    rows = tasks.list_tasks(db, admin, TaskFilter(as_of=date(2026, 11, 1)))
    assert [r.title for r in rows] == ["earliest", "later", "none", "done"]
    assert rows[0].status_class == cl.OVERDUE


def test_text_search_ignores_diacritics_and_pages_are_disjoint(db, admin, world):
    for n in range(7):
        make(
            db,
            admin,
            world,
            title=f"Truyền thông về quyền trẻ em đợt {n}",
            deadline=date(2026, 3, 1 + n),
        )
    make(db, admin, world, title="Kiểm tra cơ sở trợ giúp xã hội")
    flt = TaskFilter(text="truyen THONG quyen")
    assert tasks.count_tasks(db, admin, flt) == 7
    first = tasks.list_tasks(db, admin, flt, tasks.TaskSort("deadline"), offset=0, limit=4)
    rest = tasks.list_tasks(db, admin, flt, tasks.TaskSort("deadline"), offset=4, limit=4)
    assert [r.title[-1] for r in first + rest] == list("0123456")


def test_cooperating_filter_and_names(db, admin, world):
    make(db, admin, world, title="Phối hợp", coop=("SYT", "CAT"))
    make(db, admin, world, title="Một mình")
    rows = tasks.list_tasks(db, admin, TaskFilter(cooperating_agency_id=world.agencies["SYT"]))
    assert [r.title for r in rows] == ["Phối hợp"]
    assert set(rows[0].cooperating) == {"Sở Y tế", "Công an tỉnh"}
    mine = tasks.list_tasks(db, admin, TaskFilter(agency_id=world.agencies["SGDDT"]))
    assert {r.title for r in mine} == {"Phối hợp", "Một mình"}


# --- progress ---------------------------------------------------------------------------------


def test_update_history_with_an_attachment(db, admin, world):
    task_id = make(db, admin, world)
    content = "Báo cáo kết quả tập huấn".encode()
    detail = tasks.add_update(
        db,
        admin,
        task_id,
        ProgressInput(
            update_date=date(2026, 3, 10),
            text="Đã tổ chức 2 lớp",
            percent=40,
            attachments=(AttachmentInput("bao-cao.docx", content),),
        ),
    )
    assert (detail.row.status, detail.row.percent, detail.row.last_update_on) == (
        "in_progress",
        40,
        date(2026, 3, 10),
    )
    (update,) = detail.updates
    (att,) = update.attachments
    assert (att.filename, att.size) == ("bao-cao.docx", len(content))
    import hashlib

    assert att.sha256 == hashlib.sha256(content).hexdigest()
    assert tasks.attachment_content(db, admin, att.id) == ("bao-cao.docx", content)


def test_an_attachment_over_the_limit_is_refused_and_nothing_written(
    db, admin, world, assert_unchanged, monkeypatch
):
    task_id = make(db, admin, world)
    monkeypatch.setattr(attachments, "MAX_ATTACHMENT_BYTES", 1000)
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        tasks.add_update(
            db,
            admin,
            task_id,
            ProgressInput(
                update_date=date(2026, 3, 10),
                text="Kèm hồ sơ",
                attachments=(AttachmentInput("ho-so.pdf", b"x" * 1001),),
            ),
        )
    assert exc.value.field == "attachment" and "ho-so.pdf" in str(exc.value)


def test_an_unreadable_attachment_is_refused(tmp_path):
    with pytest.raises(ValidationError) as exc:
        AttachmentInput.from_path(tmp_path / "khong-co.pdf")
    assert "khong-co.pdf" in str(exc.value)
    with pytest.raises(ValidationError):
        AttachmentInput.from_path(tmp_path)  # a folder


@pytest.mark.parametrize(
    "progress, field",
    [
        (ProgressInput(update_date=date(2026, 3, 1), percent=101), "percent"),
        (ProgressInput(update_date=date(2026, 3, 1), percent=-1), "percent"),
        (
            ProgressInput(update_date=date(2026, 3, 1), text="Xong", new_status="done"),
            "completed_on",
        ),
        (
            ProgressInput(
                update_date=date(2026, 3, 1),
                text="Xong",
                new_status="done",
                completed_on=date(2099, 1, 1),
            ),
            "completed_on",
        ),
        (
            ProgressInput(
                update_date=date(2026, 3, 1),
                text="Xong",
                new_status="done",
                completed_on=date(2025, 12, 31),
            ),
            "completed_on",
        ),
        (ProgressInput(update_date=date(2099, 3, 1), text="Tương lai"), "update_date"),
        (ProgressInput(update_date=date(2026, 3, 1), new_status="cancelled"), "text"),
        (ProgressInput(update_date=date(2026, 3, 1)), "text"),
    ],
)
def test_bad_progress_is_refused_and_nothing_written(
    db, admin, world, assert_unchanged, progress, field
):
    task_id = make(db, admin, world)
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        tasks.add_update(db, admin, task_id, progress)
    assert exc.value.field == field


def test_reopening_a_done_task_clears_its_completion(db, admin, world):
    task_id = make(db, admin, world)
    finish(db, admin, task_id, date(2026, 3, 1))
    detail = tasks.add_update(
        db,
        admin,
        task_id,
        ProgressInput(
            update_date=date(2026, 3, 2), text="Cần bổ sung số liệu", new_status="in_progress"
        ),
    )
    assert (detail.row.status, detail.row.completed_on) == ("in_progress", None)
    assert [u.new_status for u in detail.updates] == ["in_progress", "done"]


# --- deadlines and extensions -----------------------------------------------------------------


def test_extension_keeps_the_old_date_and_is_used_for_classification(db, admin, world):
    task_id = make(db, admin, world)
    detail = tasks.add_extension(
        db,
        admin,
        task_id,
        new_deadline=date(2026, 9, 30),
        reason="Chờ hướng dẫn của Bộ",
        approved_by="Trưởng ban",
        approved_on=date(2026, 6, 20),
    )
    assert (detail.row.deadline, detail.row.effective_deadline, detail.row.extended) == (
        DEADLINE,
        date(2026, 9, 30),
        True,
    )
    (ext,) = detail.extensions
    assert (ext.old_deadline, ext.new_deadline, ext.approved_by) == (
        DEADLINE,
        date(2026, 9, 30),
        "Trưởng ban",
    )
    assert classes_of(db, admin, date(2026, 7, 15))[detail.row.title] == cl.IN_PROGRESS


@pytest.mark.parametrize("new_deadline", [date(2026, 6, 29), DEADLINE])
def test_an_extension_not_later_than_the_deadline_is_refused(
    db, admin, world, assert_unchanged, new_deadline
):
    task_id = make(db, admin, world)
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        tasks.add_extension(
            db,
            admin,
            task_id,
            new_deadline=new_deadline,
            reason="x",
            approved_by="Trưởng ban",
            approved_on=date(2026, 6, 20),
        )
    assert exc.value.field == "new_deadline" and "30/06/2026" in str(exc.value)


@pytest.mark.parametrize(
    "change, field",
    [
        ({"deadline": date(2026, 1, 4)}, "deadline"),
        ({"lead_agency_id": None}, "lead_agency"),
        ({"title": "   "}, "title"),
        ({"deadline_kind": "fixed", "deadline": None}, "deadline"),
        ({"deadline_kind": "relative", "relative_base": None, "relative_days": 5}, "deadline"),
        ({"source_kind": "document", "source_number": ""}, "source_number"),
    ],
)
def test_bad_task_input_is_refused_and_nothing_written(
    db, admin, world, assert_unchanged, change, field
):
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        tasks.create_task(db, admin, replace(task_input(world), **change))
    assert exc.value.field == field


def test_the_lead_agency_cannot_also_co_operate(db, admin, world, assert_unchanged):
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        tasks.create_task(db, admin, task_input(world, lead="SYT", coop=("SYT", "CAT")))
    assert exc.value.field == "cooperating"


# --- permissions ------------------------------------------------------------------------------


def test_secretariat_edits_only_its_boards_tasks(db, secretariat, admin, world):
    make(db, secretariat, world)
    with pytest.raises(PermissionDenied):
        tasks.create_task(db, secretariat, replace(task_input(world), board_id=world.other))
    other = tasks.create_task(db, admin, replace(task_input(world), board_id=world.other))[0]
    with pytest.raises(PermissionDenied):
        tasks.add_extension(
            db,
            secretariat,
            other,
            new_deadline=date(2026, 8, 1),
            reason="x",
            approved_by="y",
            approved_on=date(2026, 6, 1),
        )


def test_focal_point_updates_its_agencys_tasks_only(
    db, admin, focal_point, world, assert_unchanged
):
    led = make(db, admin, world, title="Y tế chủ trì", lead="SYT")
    coop = make(db, admin, world, title="Y tế phối hợp", lead="SGDDT", coop=("SYT",))
    foreign = make(db, admin, world, title="Không liên quan", lead="CAT")
    detail = tasks.add_update(
        db,
        focal_point,
        led,
        ProgressInput(update_date=date(2026, 3, 1), text="Đã khám sàng lọc", percent=30),
    )
    assert detail.row.percent == 30 and detail.updates[0].agency_name == "Sở Y tế"
    note = tasks.add_update(
        db,
        focal_point,
        coop,
        ProgressInput(update_date=date(2026, 3, 1), text="Đã cử cán bộ tham gia"),
    )
    assert note.updates[0].text == "Đã cử cán bộ tham gia" and note.row.percent == 0
    with assert_unchanged():
        with pytest.raises(PermissionDenied):  # a co-operating agency cannot move the status
            tasks.add_update(
                db,
                focal_point,
                coop,
                ProgressInput(
                    update_date=date(2026, 3, 1),
                    text="Xong",
                    new_status="done",
                    completed_on=date(2026, 3, 1),
                ),
            )
        with pytest.raises(PermissionDenied):
            tasks.add_update(
                db,
                focal_point,
                foreign,
                ProgressInput(update_date=date(2026, 3, 1), text="Ghi chú"),
            )
        with pytest.raises(PermissionDenied):
            tasks.update_task(db, focal_point, led, task_input(world, lead="SYT"))
        with pytest.raises(PermissionDenied):
            tasks.create_task(db, focal_point, task_input(world, lead="SYT"))
        with pytest.raises(PermissionDenied):
            tasks.add_extension(
                db,
                focal_point,
                led,
                new_deadline=date(2026, 8, 1),
                reason="x",
                approved_by="y",
                approved_on=date(2026, 6, 1),
            )


def test_focal_point_sees_its_agencys_tasks_on_boards_it_does_not_sit_on(
    db, admin, focal_point, world
):
    tasks.create_task(
        db,
        admin,
        replace(task_input(world, title="Bảo vệ gia đình", lead="SYT"), board_id=world.other),
    )
    tasks.create_task(
        db, admin, replace(task_input(world, title="Không phải của y tế"), board_id=world.other)
    )
    titles = {r.title for r in tasks.list_tasks(db, focal_point, TaskFilter(board_id=world.other))}
    assert titles == {"Bảo vệ gia đình"}


def test_viewer_reads_but_cannot_update(db, admin, viewer, world, assert_unchanged):
    task_id = make(db, admin, world)
    assert tasks.get_task(db, viewer, task_id).can_add_update is False
    with assert_unchanged(), pytest.raises(PermissionDenied):
        tasks.add_update(
            db, viewer, task_id, ProgressInput(update_date=date(2026, 3, 1), text="Ghi chú")
        )


def test_rights_are_reported_for_the_ui(db, admin, focal_point, secretariat, world):
    led = make(db, admin, world, lead="SYT")
    coop = make(db, admin, world, coop=("SYT",))
    d = tasks.get_task(db, focal_point, led)
    assert (d.can_edit, d.can_update_progress, d.can_add_update) == (False, True, True)
    d = tasks.get_task(db, focal_point, coop)
    assert (d.can_edit, d.can_update_progress, d.can_add_update) == (False, False, True)
    d = tasks.get_task(db, secretariat, coop)
    assert (d.can_edit, d.can_update_progress, d.can_add_update) == (True, True, True)


# --- conflicts --------------------------------------------------------------------------------


def test_editing_a_task_someone_changed_meanwhile_keeps_their_change(db, admin, secretariat, world):
    task_id = make(db, admin, world)
    seen = tasks.get_task(db, secretariat, task_id)
    tasks.update_task(
        db,
        admin,
        task_id,
        replace(seen.data, title="Tiêu đề của quản trị"),
        expected_version=seen.version,
    )
    with pytest.raises(ConflictError):
        tasks.update_task(
            db,
            secretariat,
            task_id,
            replace(seen.data, title="Của thư ký"),
            expected_version=seen.version,
        )
    assert tasks.get_task(db, admin, task_id).row.title == "Tiêu đề của quản trị"


def test_two_agencies_adding_updates_at_once_both_land(db, admin, focal_point, world):
    task_id = make(db, admin, world, lead="SGDDT", coop=("SYT",))
    tasks.add_update(
        db,
        admin,
        task_id,
        ProgressInput(update_date=date(2026, 3, 1), text="Giáo dục: đã triển khai"),
    )
    tasks.add_update(
        db,
        focal_point,
        task_id,
        ProgressInput(update_date=date(2026, 3, 1), text="Y tế: đã phối hợp"),
    )
    texts = {u.text for u in tasks.get_task(db, admin, task_id).updates}
    assert texts == {"Giáo dục: đã triển khai", "Y tế: đã phối hợp"}


def test_task_changes_are_audited(db, admin, world, count_rows):
    task_id = make(db, admin, world)
    before = count_rows("audit_log")
    tasks.add_extension(
        db,
        admin,
        task_id,
        new_deadline=date(2026, 9, 30),
        reason="Lý do",
        approved_by="Trưởng ban",
        approved_on=date(2026, 6, 1),
    )
    assert count_rows("audit_log") > before


# --- working-day and recurring deadlines ------------------------------------------------------


def relative_task(db, actor, world, base: date, days: int, title: str) -> int:
    (task_id,) = tasks.create_task(
        db,
        actor,
        replace(
            task_input(world, title=title, deadline=None),
            deadline_kind="relative",
            relative_base=base,
            relative_days=days,
            assigned_date=base,
        ),
    )
    return task_id


def test_a_working_day_deadline_skips_tet_and_is_classified_on_its_last_day(db, admin, world):
    # Friday 13/02/2026 + 5 working days: Tết takes 16–20/02, so the fifth day is Friday 27/02
    task_id = relative_task(db, admin, world, date(2026, 2, 13), 5, "Sau Tết")
    assert tasks.get_task(db, admin, task_id).row.deadline == date(2026, 2, 27)
    assert classes_of(db, admin, date(2026, 2, 27))["Sau Tết"] == cl.DUE_SOON
    assert classes_of(db, admin, date(2026, 2, 28))["Sau Tết"] == cl.OVERDUE


def test_a_make_up_saturday_entered_by_the_administrator_counts_as_a_working_day(db, admin, world):
    from coordboard.services import workdays

    workdays.save_calendar_day(
        db, admin, day=date(2026, 10, 10), kind="working_day", note="Làm bù cho ngày nghỉ 02/01"
    )
    # Friday 09/10/2026 + 1 working day is the make-up Saturday itself
    task_id = relative_task(db, admin, world, date(2026, 10, 9), 1, "Làm bù")
    assert tasks.get_task(db, admin, task_id).row.deadline == date(2026, 10, 10)
    assert classes_of(db, admin, date(2026, 10, 10))["Làm bù"] == cl.DUE_SOON
    assert classes_of(db, admin, date(2026, 10, 11))["Làm bù"] == cl.OVERDUE
    finish(db, admin, task_id, date(2026, 10, 10))
    assert classes_of(db, admin, date(2026, 10, 12))["Làm bù"] == cl.DONE_ON_TIME


def test_a_recurring_duty_creates_one_task_per_occurrence(db, admin, world):
    plan_id = new_plan(db, admin, world)
    ids = tasks.create_task(
        db,
        admin,
        replace(
            task_input(world, title="Báo cáo định kỳ", deadline=None),
            plan_id=plan_id,
            deadline_kind="recurring",
            recurrence_kind="half_yearly",
            recurrence_points="25/5; 20/11",
        ),
    )
    rows = tasks.list_tasks(db, admin, TaskFilter(plan_id=plan_id), tasks.TaskSort("deadline"))
    assert [(r.period_key, r.deadline) for r in rows] == [
        ("2026-H1", date(2026, 5, 25)),
        ("2026-H2", date(2026, 11, 20)),
    ]
    assert sorted(ids) == sorted(r.id for r in rows)
    finish(db, admin, ids[0], date(2026, 5, 20))  # each occurrence is tracked on its own
    as_of = {
        r.period_key: r.status_class
        for r in tasks.list_tasks(db, admin, TaskFilter(plan_id=plan_id, as_of=date(2026, 11, 21)))
    }
    assert as_of == {"2026-H1": cl.DONE_ON_TIME, "2026-H2": cl.OVERDUE}


@pytest.mark.parametrize(
    "kind, points",
    [("yearly", "31/02"), ("yearly", "30/2"), ("half_yearly", "25/5"), ("monthly", "0")],
)
def test_a_recurrence_that_never_occurs_is_refused(
    db, admin, world, assert_unchanged, kind, points
):
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        tasks.create_task(
            db,
            admin,
            replace(
                task_input(world, deadline=None),
                deadline_kind="recurring",
                recurrence_kind=kind,
                recurrence_points=points,
            ),
        )
    assert exc.value.field == "recurrence"


# --- review findings ----------------------------------------------------------------------------


def test_a_finished_task_cannot_be_extended_into_being_on_time(db, admin, world, assert_unchanged):
    task_id = make(db, admin, world)
    finish(db, admin, task_id, date(2026, 7, 20))
    with assert_unchanged(), pytest.raises(ValidationError):
        tasks.add_extension(
            db,
            admin,
            task_id,
            new_deadline=date(2026, 8, 31),
            reason="x",
            approved_by="Trưởng ban",
            approved_on=date(2026, 8, 1),
        )
    assert tasks.get_task(db, admin, task_id).row.status_class == cl.DONE_LATE


def test_the_deadline_that_counts_is_the_later_of_the_deadline_and_the_extension(db, admin, world):
    task_id = make(db, admin, world)
    tasks.add_extension(
        db,
        admin,
        task_id,
        new_deadline=date(2026, 7, 31),
        reason="Chờ số liệu",
        approved_by="Trưởng ban",
        approved_on=date(2026, 6, 20),
    )
    detail = tasks.get_task(db, admin, task_id)
    later = tasks.update_task(
        db,
        admin,
        task_id,
        replace(detail.data, deadline=date(2026, 8, 31)),
        expected_version=detail.version,
    )
    assert later.row.effective_deadline == date(2026, 8, 31)
    earlier = tasks.update_task(
        db,
        admin,
        task_id,
        replace(later.data, deadline=date(2026, 6, 15)),
        expected_version=later.version,
    )
    assert earlier.row.effective_deadline == date(2026, 7, 31)  # the approved extension stands


def test_an_edit_keeps_a_working_day_deadline_when_the_calendar_changed(db, admin, world):
    from coordboard.services import workdays

    task_id = relative_task(db, admin, world, date(2026, 10, 1), 10, "Mười ngày làm việc")
    before = tasks.get_task(db, admin, task_id)
    workdays.save_calendar_day(db, admin, day=date(2026, 10, 5), kind="day_off", note="Nghỉ bù")
    after = tasks.update_task(
        db, admin, task_id, replace(before.data, title="Tên mới"), expected_version=before.version
    )
    assert after.row.deadline == before.row.deadline
    moved = tasks.update_task(
        db, admin, task_id, replace(after.data, relative_days=11), expected_version=after.version
    )
    assert moved.row.deadline > before.row.deadline


def test_an_ordinary_task_cannot_become_recurring_by_editing(db, admin, world, assert_unchanged):
    task_id = make(db, admin, world)
    detail = tasks.get_task(db, admin, task_id)
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        tasks.update_task(
            db,
            admin,
            task_id,
            replace(detail.data, deadline_kind="recurring"),
            expected_version=detail.version,
        )
    assert exc.value.field == "deadline"


def test_a_task_with_progress_history_is_not_deleted(db, admin, world, assert_unchanged):
    task_id = make(db, admin, world)
    tasks.add_update(
        db, admin, task_id, ProgressInput(update_date=date(2026, 3, 1), text="Đã triển khai")
    )
    with assert_unchanged(), pytest.raises(ValidationError):
        tasks.delete_task(db, admin, task_id)


def test_deleting_a_carried_copy_gives_the_duty_back_to_the_old_plan(db, admin, world):
    plan_id = new_plan(db, admin, world)
    (task_id,) = tasks.create_task(db, admin, replace(task_input(world), plan_id=plan_id))
    new = plans.copy_to_next_year(db, admin, plan_id, code="20/KH-BĐH").plan
    (copy,) = tasks.list_tasks(db, admin, TaskFilter(plan_id=new.id))
    assert tasks.get_task(db, admin, task_id).row.status == "carried_over"
    tasks.delete_task(db, admin, copy.id)
    assert tasks.get_task(db, admin, task_id).row.status == "not_started"


def test_a_focal_point_cannot_cancel_or_suspend_its_task(
    db, admin, focal_point, world, assert_unchanged
):
    task_id = make(db, admin, world, lead="SYT")
    for status in ("cancelled", "suspended"):
        with assert_unchanged(), pytest.raises(PermissionDenied):
            tasks.add_update(
                db,
                focal_point,
                task_id,
                ProgressInput(
                    update_date=date(2026, 3, 1), text="Không thực hiện", new_status=status
                ),
            )


def test_changing_co_operating_agencies_is_audited(db, admin, world):
    from sqlalchemy import select

    from coordboard.models import AuditEntry

    task_id = make(db, admin, world, coop=("SYT",))
    detail = tasks.get_task(db, admin, task_id)
    tasks.update_task(
        db,
        admin,
        task_id,
        replace(detail.data, cooperating_agency_ids=(world.agencies["CAT"],)),
        expected_version=detail.version,
    )
    with db.session() as s:
        entry = s.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "tasks",
                AuditEntry.entity_id == task_id,
                AuditEntry.field == "cooperating_agencies",
            )
        ).one()
    assert (entry.old_value, entry.new_value, entry.username) == (
        str(world.agencies["SYT"]),
        str(world.agencies["CAT"]),
        "quantri",
    )


def test_multi_line_text_keeps_its_lines(db, admin, world):
    task_id = make(db, admin, world, description="Nội dung:\n- tập huấn\n- kiểm tra")
    detail = tasks.add_update(
        db,
        admin,
        task_id,
        ProgressInput(update_date=date(2026, 3, 1), text="1. Đã tập huấn\n2. Đã kiểm tra"),
    )
    assert detail.data.description == "Nội dung:\n- tập huấn\n- kiểm tra"
    assert detail.updates[0].text == "1. Đã tập huấn\n2. Đã kiểm tra"


def test_a_row_changed_between_reading_and_writing_gives_the_conflict_message(db, admin, world):
    from sqlalchemy import text as sql

    from coordboard.models import Task
    from coordboard.services.uow import UnitOfWork

    task_id = make(db, admin, world)
    with pytest.raises(ConflictError), UnitOfWork(db, admin) as uow:
        task = uow.session.get(Task, task_id)
        with db.engine.begin() as other:  # another PC saves first
            other.execute(
                sql("UPDATE tasks SET version = version + 1 WHERE id = :i"), {"i": task_id}
            )
        task.title = "Của tôi"
        uow.session.flush()


def test_one_save_is_one_step_of_the_version(db, admin, world):
    task_id = make(db, admin, world, coop=("SYT",))
    before = tasks.get_task(db, admin, task_id)
    after = tasks.update_task(
        db,
        admin,
        task_id,
        replace(before.data, title="Tên mới", cooperating_agency_ids=(world.agencies["CAT"],)),
        expected_version=before.version,
    )
    assert after.version == before.version + 1


def race(db, first, second) -> list:
    """Run `first(db)` and `second(other)` at the same moment, `other` being a second connection
    to the same database (another PC); returns what each returned or raised, in that order."""
    import threading

    from coordboard.db import open_database

    other = open_database(db.url if db.path is None else db.path)
    outcomes: list = [None, None]
    start = threading.Barrier(2)

    def run(index, call, database):
        start.wait()
        try:
            outcomes[index] = call(database)
        except BaseException as exc:  # noqa: BLE001 - returned to the test's assertions
            outcomes[index] = exc

    try:
        threads = [
            threading.Thread(target=run, args=(0, first, db)),
            threading.Thread(target=run, args=(1, second, other)),
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        other.dispose()
    return outcomes


def test_agencies_reporting_on_one_task_at_the_same_time_all_land(db, admin, focal_point, world):
    """Two department heads on two PCs add notes to the same task at once: none is lost and
    neither sees a conflict (a note does not depend on the task's state)."""
    task_id = make(db, admin, world, lead="SYT", coop=("SGDDT",))

    def report(actor, who):
        def call(database):
            for n in range(8):
                tasks.add_update(
                    database,
                    actor,
                    task_id,
                    ProgressInput(update_date=date(2026, 3, 1), text=f"{who} {n}"),
                )
            return "done"

        return call

    assert race(db, report(focal_point, "y tế"), report(admin, "thư ký")) == ["done", "done"]
    texts = sorted(u.text for u in tasks.get_task(db, admin, task_id).updates)
    assert texts == sorted([f"y tế {n}" for n in range(8)] + [f"thư ký {n}" for n in range(8)])


def test_two_pcs_saving_one_task_at_once_give_one_conflict_and_no_error(
    db, admin, secretariat, world
):
    """Both forms were opened on the same version; the saves race. Exactly one lands, the other
    is told the task changed meanwhile — never a database error about co-operating agencies."""
    task_id = make(db, admin, world, coop=("SYT", "CAT"))
    seen = tasks.get_task(db, admin, task_id)

    def save(actor, title):
        def call(database):
            tasks.update_task(
                database,
                actor,
                task_id,
                replace(seen.data, title=title, cooperating_agency_ids=(world.agencies["TD"],)),
                expected_version=seen.version,
            )
            return "saved"

        return call

    outcomes = race(db, save(admin, "Của quản trị"), save(secretariat, "Của thư ký"))
    kinds = sorted("conflict" if isinstance(o, ConflictError) else str(o) for o in outcomes)
    assert kinds == ["conflict", "saved"], outcomes
    final = tasks.get_task(db, admin, task_id)
    assert final.version == seen.version + 1
    assert final.cooperating_agency_ids == (world.agencies["TD"],)
