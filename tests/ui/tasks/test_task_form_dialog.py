"""The task form: a recurring deadline makes one task per due date, a relative one counts
working days, a conflict shows both versions; the board, plan and section lists arrive from
workers while the form stays usable and keeps the place it was given."""

from __future__ import annotations

import threading
from datetime import date

from coordboard.services import boards, plans, tasks
from coordboard.services.tasks import TaskFilter
from coordboard.ui.tasks import TaskDialog
from coordboard.ui.tasks.held_choice import LOADING
from ui.tasks.task_world import TODAY
from ui.ui_helpers import answer_modals, save_and_wait


def test_a_recurring_task_creates_one_task_per_due_date(secretariat_page, qtbot, tasks_db):
    page, world = secretariat_page
    database, _ = tasks_db
    dialog = TaskDialog(page.ctx, board_id=world.province, plan_id=world.plan, parent=page)
    qtbot.addWidget(dialog)
    dialog.title.setPlainText("Báo cáo quý về công tác trẻ em")
    dialog.lead.set_current_id(world.agencies["SYT"])
    dialog.assigned.set_value(date(TODAY.year, 1, 2))
    dialog.deadline_kind.setCurrentIndex(dialog.deadline_kind.findData("recurring"))
    dialog.deadlines.recurrence_kind.setCurrentIndex(
        dialog.deadlines.recurrence_kind.findData("quarterly")
    )
    dialog.deadlines.recurrence_points.setText("15/4")  # a quarter has months 1 to 3
    save_and_wait(qtbot, dialog)
    assert dialog.deadlines.recurrence_points.property("invalid") is True
    assert dialog.banner.isVisibleTo(dialog)
    dialog.deadlines.recurrence_points.setText("15/3")
    save_and_wait(qtbot, dialog)
    assert len(dialog.saved_ids) == 4
    rows = tasks.list_tasks(
        database, page.ctx.actor, TaskFilter(text="bao cao quy"), tasks.TaskSort("deadline")
    )
    assert [r.deadline for r in rows] == [date(TODAY.year, m, 15) for m in (3, 6, 9, 12)]


def test_editing_a_task_someone_else_changed_offers_to_reload(secretariat_page, qtbot, tasks_db):
    from coordboard.ui.common.conflict_dialog import ConflictDialog

    page, world = secretariat_page
    database, _ = tasks_db
    detail = tasks.get_task(database, page.ctx.actor, world.ids["forum"])
    dialog = TaskDialog(page.ctx, detail, parent=page)
    qtbot.addWidget(dialog)
    # another PC saves the task meanwhile
    other = tasks.get_task(database, page.ctx.actor, world.ids["forum"])
    tasks.update_task(
        database,
        page.ctx.actor,
        other.id,
        tasks.TaskInput(**{**other.data.__dict__, "title": "Diễn đàn trẻ em 2026"}),
        expected_version=other.version,
    )
    asked = []

    def load_theirs(conflict):  # both versions are shown; the user loads theirs
        assert isinstance(conflict, ConflictDialog)
        asked.append([row.label for row in conflict.rows])
        conflict.reload_button.click()

    answer_modals(qtbot, load_theirs)
    dialog.title.setPlainText("Tổ chức Diễn đàn trẻ em cấp tỉnh lần thứ V")
    save_and_wait(qtbot, dialog)
    assert asked == [["Tên nhiệm vụ"]] and dialog.saved is None
    assert dialog.title.toPlainText() == "Diễn đàn trẻ em 2026"  # reloaded as it now is
    dialog.title.setPlainText("Tổ chức Diễn đàn trẻ em cấp tỉnh lần thứ V")
    save_and_wait(qtbot, dialog)
    assert dialog.saved.row.title == "Tổ chức Diễn đàn trẻ em cấp tỉnh lần thứ V"


def test_a_relative_deadline_is_counted_in_working_days(secretariat_page, qtbot, tasks_db):
    page, world = secretariat_page
    dialog = TaskDialog(page.ctx, board_id=world.province, parent=page)
    qtbot.addWidget(dialog)
    dialog.title.setPlainText("Báo cáo kết quả xác minh vụ việc")
    dialog.lead.set_current_id(world.agencies["CAT"])
    dialog.assigned.set_value(date(2026, 4, 24))
    dialog.deadline_kind.setCurrentIndex(dialog.deadline_kind.findData("relative"))
    assert dialog.deadlines.relative_row.isVisibleTo(dialog) and not dialog.deadline.isVisibleTo(
        dialog
    )
    dialog.deadlines.relative_base.set_value(date(2026, 4, 24))  # a Friday before 30/4 and 1/5
    dialog.deadlines.relative_days.setValue(5)
    save_and_wait(qtbot, dialog)
    (task_id,) = dialog.saved_ids
    detail = tasks.get_task(tasks_db[0], page.ctx.actor, task_id)
    assert detail.data.deadline_kind == "relative" and detail.data.relative_days == 5
    # Mon 27/4 makes up for Giỗ Tổ on Sunday 26/4; Thu 30/4 and Fri 1/5 are holidays:
    # Tue 28, Wed 29, Mon 4, Tue 5, Wed 6
    assert detail.row.deadline == date(2026, 5, 6)


# --- board, plan and section, read on workers -------------------------------------------------


def preset_place(page, database, world) -> tuple[int, int, int]:
    section = tasks.get_task(database, page.ctx.actor, world.ids["abuse"]).data.section_id
    return world.province, world.plan, section


def place_of(dialog) -> tuple:
    return (dialog.board.current_id(), dialog.plan.current_id(), dialog.section.current_id())


def test_a_preset_place_is_held_while_the_lists_load_then_named(secretariat_page, qtbot, tasks_db):
    page, world = secretariat_page
    place = preset_place(page, tasks_db[0], world)
    dialog = TaskDialog(page.ctx, board_id=place[0], plan_id=place[1], section_id=place[2])
    qtbot.addWidget(dialog)
    # nothing read yet: the combos hold the place already, unnamed
    assert dialog.places.loading and place_of(dialog) == place
    assert dialog.board.currentText() == dialog.plan.currentText() == LOADING
    with qtbot.waitSignal(dialog.places.loaded, timeout=5000):
        pass
    assert not dialog.places.loading and place_of(dialog) == place
    assert dialog.board.currentText() == "Ban Điều hành công tác trẻ em tỉnh Vĩnh Long"
    assert dialog.plan.currentText().startswith("125/KH-BĐH — Kế hoạch thực hiện")
    assert dialog.section.currentText().endswith("Phòng, chống xâm hại trẻ em")
    # another plan: its sections, none chosen
    with qtbot.waitSignal(dialog.places.loaded, timeout=5000):
        dialog.plan.set_current_id(None)
    assert dialog.section.current_id() is None and dialog.section.count() == 1


def test_a_save_before_the_lists_arrive_keeps_the_preset_place(
    secretariat_page, qtbot, tasks_db, monkeypatch, roomy_pool
):
    page, world = secretariat_page
    database, _ = tasks_db
    place = preset_place(page, database, world)
    gate = threading.Event()
    real = boards.list_boards

    def slow(*args, **kwargs):  # the boards take their time
        gate.wait(5)
        return real(*args, **kwargs)

    monkeypatch.setattr(boards, "list_boards", slow)
    try:
        dialog = TaskDialog(page.ctx, board_id=place[0], plan_id=place[1], section_id=place[2])
        qtbot.addWidget(dialog)
        dialog.title.setPlainText("Tổ chức hội thảo về phòng, chống xâm hại trẻ em")
        dialog.lead.set_current_id(world.agencies["CAT"])
        save_and_wait(qtbot, dialog)
        assert dialog.places.loading  # saved while the boards were still on their way
    finally:
        gate.set()
    (task_id,) = dialog.saved_ids
    data = tasks.get_task(database, page.ctx.actor, task_id).data
    assert (data.board_id, data.plan_id, data.section_id) == place


def test_a_list_that_cannot_be_read_keeps_the_place_and_is_read_at_the_next_save(
    secretariat_page, qtbot, tasks_db, monkeypatch
):
    page, world = secretariat_page
    place = preset_place(page, tasks_db[0], world)
    real, calls = plans.list_plans, []

    def lost_once(*args, **kwargs):
        calls.append(args)
        if len(calls) == 1:
            raise ConnectionError("server closed the connection")
        return real(*args, **kwargs)

    monkeypatch.setattr(plans, "list_plans", lost_once)
    dialog = TaskDialog(page.ctx, board_id=place[0], plan_id=place[1], section_id=place[2])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.places.failed, timeout=5000):
        pass
    assert "server closed the connection" in dialog.banner.text()
    assert place_of(dialog) == place and dialog.plan.currentText() == LOADING
    with qtbot.waitSignal(dialog.places.loaded, timeout=5000):
        save_and_wait(qtbot, dialog)  # no lead agency: refused; the plans are read again
    assert dialog.saved is None and len(calls) == 2
    assert place_of(dialog) == place
    assert dialog.plan.currentText().startswith("125/KH-BĐH — ")
