"""The Plans page's buttons: creating plans and sections, copying to the next year, deleting
(on a worker, refusals shown), the tasks' editor and the Tasks page on the plan's tasks."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox

from coordboard.services import plans, tasks
from coordboard.ui import operations
from coordboard.ui.plans.plan_dialogs import CopyPlanDialog, PlanDialog, SectionDialog
from coordboard.ui.plans.plan_tree import (
    DEADLINE,
    ID_ROLE,
    KIND_ROLE,
    LEAD,
    PERCENT,
    STATUS,
    TITLE,
    class_label,
)
from coordboard.ui.tasks import TaskDialog
from ui.plans.sample_plan import PLAN_TITLE, build_sample_plan, children, loaded_page
from ui.ui_helpers import answer_modals, context_for, type_text


def test_create_plan_add_sections_and_task_then_see_the_tree(vi_app, qtbot, demo_db):
    ctx = context_for(demo_db, "thuky")
    page = loaded_page(qtbot, ctx)
    before = page.plan_model.rowCount()  # the demo's own plans, if any
    assert page.buttons.new_button.isEnabled()

    def fill_plan(dialog):
        assert isinstance(dialog, PlanDialog)
        type_text(dialog.code, "45/KH-BĐH")
        type_text(dialog.title, PLAN_TITLE)
        dialog.year_from.setValue(2026)
        dialog.year_to.setValue(2026)
        dialog.funding.setPlainText("Ngân sách Nhà nước; nguồn xã hội hóa.")
        dialog.save()

    answer_modals(qtbot, fill_plan)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.buttons.new_button, Qt.LeftButton)
    plan = page.current_plan()
    assert (plan.code, plan.title, plan.period, plan.task_count) == (
        "45/KH-BĐH",
        PLAN_TITLE,
        "2026",
        0,
    )
    assert page.plan_model.rowCount() == before + 1
    root = page.tree.items.invisibleRootItem().child(0, 0)
    assert root.text() == f"45/KH-BĐH — {PLAN_TITLE}"
    assert page.details.labels["funding"].text() == "Ngân sách Nhà nước; nguồn xã hội hóa."

    def fill_section(number, title):
        def handle(dialog):
            assert isinstance(dialog, SectionDialog)
            dialog.number.setText(number)
            type_text(dialog.title, title)
            dialog.save()

        return handle

    answer_modals(qtbot, fill_section("IV", "Tổ chức thực hiện"))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.buttons.add_section_button, Qt.LeftButton)
    assert page.current_section().label == "IV. Tổ chức thực hiện"
    assert page.buttons.add_subsection_button.isEnabled()
    answer_modals(qtbot, fill_section("1", "Sở Y tế"))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.buttons.add_subsection_button, Qt.LeftButton)
    health = page.current_section()
    assert health.label == "1. Sở Y tế" and health.parent_id is not None

    # the task goes in through the service (the Tasks page owns its editor)
    agency = {a.code: a.id for a in ctx.cat.agencies}
    (task_id,) = tasks.create_task(
        demo_db,
        ctx.actor,
        tasks.TaskInput(
            board_id=plan.board_id,
            title="Tập huấn kỹ năng bảo vệ trẻ em cho cán bộ cấp xã",
            lead_agency_id=agency["SYT"],
            assigned_date=date(2026, 2, 1),
            plan_id=plan.id,
            section_id=health.id,
            deadline=date(2026, 3, 31),
        ),
    )
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    root = page.tree.items.invisibleRootItem().child(0, 0)
    assert children(root) == ["IV. Tổ chức thực hiện"]
    duties = root.child(0, 0)
    assert children(duties) == ["1. Sở Y tế"]
    task_item = duties.child(0, 0).child(0, 0)
    assert task_item.data(KIND_ROLE) == "task" and task_item.data(ID_ROLE) == task_id
    parent = task_item.parent()
    row = task_item.row()
    assert parent.child(row, LEAD).text() == "Sở Y tế"
    assert parent.child(row, DEADLINE).text() == "31/03/2026"
    assert parent.child(row, STATUS).text() == class_label("overdue")
    assert parent.child(row, STATUS).foreground().color() == QColor("#a4000f")
    assert parent.child(row, PERCENT).text() == "0%"
    assert page.current_plan().task_count == 1
    # selecting the task shows its details
    page.tree.setCurrentIndex(page.tree.item_index("task", task_id))
    assert page.details.labels["lead"].text() == "Sở Y tế"
    assert page.details.labels["section"].text() == "1. Sở Y tế"
    assert (
        page.buttons.edit_task_button.isEnabled()
        and not page.buttons.edit_section_button.isEnabled()
    )


def test_copy_to_next_year_reports_the_carried_over_tasks(vi_app, qtbot, demo_db):
    plan = build_sample_plan(demo_db)
    ctx = context_for(demo_db, "thuky")
    page = loaded_page(qtbot, ctx, select_plan_id=plan.id)
    assert page.buttons.copy_button.isEnabled()
    report = []

    def fill_copy(dialog):
        assert isinstance(dialog, CopyPlanDialog)
        assert dialog.title.text() == PLAN_TITLE.replace("2026", "2027")
        type_text(dialog.code, "12/KH-BĐH")
        dialog.save()

    def read_report(box):
        assert isinstance(box, QMessageBox)
        report.append(box.text())
        box.accept()

    seen = answer_modals(qtbot, fill_copy, read_report)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.buttons.copy_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(report), timeout=5000)
    assert len(seen) == 2
    assert "12/KH-BĐH (2027)" in report[0]
    assert report[0].splitlines()[1].endswith(": 4")  # two done tasks stay in 2026
    assert report[0].splitlines()[3].endswith(": 2")
    new = page.current_plan()
    assert (new.code, new.period, new.status, new.task_count) == ("12/KH-BĐH", "2027", "draft", 4)
    root = page.tree.items.invisibleRootItem().child(0, 0)
    assert children(root) == ["II. Nội dung", "IV. Tổ chức thực hiện"]
    assert [p.code for p in page.plan_model.rows][:2] == ["12/KH-BĐH", "45/KH-BĐH"]
    # the old plan's unfinished tasks now read "carried over"
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.plan_list.selectRow(1)
    classes = sorted(t.status_class for t in page.task_rows.values())
    assert classes.count("carried_over") == 4


def test_deleting_a_section_with_tasks_is_refused(vi_app, qtbot, demo_db, monkeypatch):
    plan = build_sample_plan(demo_db)
    page = loaded_page(qtbot, context_for(demo_db, "thuky"), select_plan_id=plan.id)
    shown = []
    monkeypatch.setattr(operations, "show_error", lambda parent, exc: shown.append(exc))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    root = page.tree.items.invisibleRootItem().child(0, 0)
    page.tree.setCurrentIndex(root.child(0, 0).index())
    assert page.buttons.delete_section_button.isEnabled()
    page.buttons.delete_section()  # on a worker: the refusal comes back
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=5000)
    assert "not empty" in shown[0].message
    page.buttons.delete_plan()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=5000)
    assert "still has tasks" in shown[1].message
    assert len(plans.plan_tree(demo_db, page.ctx.actor, plan.id).sections) == 5


def test_show_tasks_asks_for_the_plans_tasks(vi_app, qtbot, demo_db):
    plan = build_sample_plan(demo_db)
    page = loaded_page(qtbot, context_for(demo_db, "thuky"), select_plan_id=plan.id)
    with qtbot.waitSignal(page.open_tasks, timeout=1000) as blocker:
        qtbot.mouseClick(page.buttons.show_tasks_button, Qt.LeftButton)
    flt = blocker.args[0]
    assert isinstance(flt, tasks.TaskFilter)
    assert (flt.board_id, flt.plan_id, flt.section_id) == (plan.board_id, plan.id, None)
    section = page.tree.items.invisibleRootItem().child(0, 0).child(0, 0)
    page.tree.setCurrentIndex(section.index())
    with qtbot.waitSignal(page.open_tasks, timeout=1000) as blocker:
        page.buttons.show_tasks()
    assert blocker.args[0].section_id == section.data(ID_ROLE)


@pytest.mark.parametrize("username", ["giaoduc"])
def test_a_focal_point_reads_the_plan_without_edit_buttons(vi_app, qtbot, demo_db, username):
    plan = build_sample_plan(demo_db)
    page = loaded_page(qtbot, context_for(demo_db, username), select_plan_id=plan.id)
    assert page.tree.items.invisibleRootItem().child(0, 0).child(0, TITLE).text() == "II. Nội dung"
    for button in (
        page.buttons.new_button,
        page.buttons.edit_button,
        page.buttons.delete_button,
        page.buttons.copy_button,
        page.buttons.add_section_button,
        page.buttons.add_task_button,
    ):
        assert not button.isEnabled()
    assert page.buttons.show_tasks_button.isEnabled()


def test_add_task_opens_the_task_editor_preset_to_the_section(vi_app, qtbot, demo_db):
    from datetime import timedelta

    plan = build_sample_plan(demo_db)
    ctx = context_for(demo_db, "thuky")
    page = loaded_page(qtbot, ctx, select_plan_id=plan.id)
    school = page.tree.items.invisibleRootItem().child(0, 0).child(1, 0).child(1, 0)
    assert school.text() == "2. Sở Giáo dục và Đào tạo"
    page.tree.setCurrentIndex(school.index())
    school_id = school.data(ID_ROLE)
    title = "Tổ chức Diễn đàn trẻ em cấp tỉnh"
    agency = {a.code: a.id for a in ctx.cat.agencies}

    outcome = []

    def fill_task(dialog):
        assert isinstance(dialog, TaskDialog)
        preset = (plan.board_id, plan.id, school_id)
        # the editor may fill its pickers on a worker
        qtbot.waitUntil(
            lambda: (
                (
                    dialog.board.current_id(),
                    dialog.plan.current_id(),
                    dialog.section.current_id(),
                )
                == preset
            ),
            timeout=5000,
        )
        dialog.title.setPlainText(title)
        dialog.lead.set_current_id(agency["SGDDT"])
        dialog.deadline.set_value(date.today() + timedelta(days=20))
        dialog.save_finished.connect(lambda ok: outcome.append((ok, dialog.banner.text())))
        dialog.save()  # on a worker: the dialog closes once saved

    seen = answer_modals(qtbot, fill_task)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.buttons.add_task_button, Qt.LeftButton)
    assert len(seen) == 1
    assert outcome[0][0], outcome[0][1]
    task = page.current_task()
    assert task is not None and task.title == title
    assert task.section_id == school_id
    school = page.tree.item_index("section", school_id)
    titles = [
        page.tree.items.index(i, 0, school).data() for i in range(page.tree.items.rowCount(school))
    ]
    assert titles[-1] == title
    assert page.current_plan().task_count == 7


def test_deleting_a_task_runs_on_a_worker_then_shows_the_plan_without_it(
    vi_app, qtbot, demo_db, monkeypatch
):
    plan = build_sample_plan(demo_db)
    page = loaded_page(qtbot, context_for(demo_db, "thuky"), select_plan_id=plan.id)
    heard = []
    operations.hub().changed.connect(lambda changes, origin: heard.append((changes, origin)))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    row = next(t for t in page.task_rows.values() if t.title.startswith("Điều tra"))
    page.tree.setCurrentIndex(page.tree.item_index("task", row.id))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.buttons.delete_task_button, Qt.LeftButton)
    assert row.id not in page.task_rows and not page.tree.item_index("task", row.id).isValid()
    assert page.current_plan().id == plan.id and page.current_plan().task_count == 5
    assert heard == [(operations.Changes.TASKS, page)]


def test_edit_task_reads_the_task_on_a_worker_then_opens_the_editor(
    vi_app, qtbot, demo_db, monkeypatch
):
    from coordboard.ui.plans import plan_actions

    plan = build_sample_plan(demo_db)
    page = loaded_page(qtbot, context_for(demo_db, "thuky"), select_plan_id=plan.id)
    row = next(t for t in page.task_rows.values() if t.title.startswith("Điều tra"))
    page.tree.setCurrentIndex(page.tree.item_index("task", row.id))
    opened = []

    class Editor:  # stands for the Tasks page's editor, cancelled at once
        saved = None

        def exec(self):
            return False

    def task_dialog(self, task=None, **preset):
        opened.append(task)
        return Editor()

    monkeypatch.setattr(plan_actions.PlanActions, "_task_dialog", task_dialog)
    page.buttons.edit_task()
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert isinstance(opened[0], tasks.TaskDetail) and opened[0].id == row.id


def test_an_editor_closed_after_a_refresh_cleared_the_tree_reloads_its_own_plan(
    vi_app, qtbot, demo_db, monkeypatch
):
    """A refresh while an editor is open (another save, another PC) may leave the page without
    a tree; once the editor saved, the page reads the plan the editor was opened in."""
    from coordboard.ui.plans import plan_actions

    plan = build_sample_plan(demo_db)
    page = loaded_page(qtbot, context_for(demo_db, "thuky"), select_plan_id=plan.id)
    section = next(s for s in page.sections.values() if s.title == "Sở Y tế")
    task = next(t for t in page.task_rows.values() if t.title.startswith("Điều tra"))

    class Saved:  # an editor that saved while a refresh cleared the page's tree
        def __init__(self, *args, **kwargs):
            self.saved = section
            self.saved_ids = (task.id,)

        def exec(self):
            page.plan_tree = None
            return True

    monkeypatch.setattr(plan_actions, "SectionDialog", Saved)
    monkeypatch.setattr(plan_actions.PlanActions, "_task_dialog", lambda self, **kw: Saved())
    for kind, item_id, act in (
        ("section", section.id, page.buttons.edit_section),
        ("section", section.id, page.buttons.add_section),
        ("task", task.id, page.buttons.edit_task),
    ):
        page.tree.setCurrentIndex(page.tree.item_index(kind, item_id))
        with qtbot.waitSignal(page.loaded, timeout=5000):
            act()
        assert page.plan_tree is not None and page.plan_tree.plan.id == plan.id
        assert page.current_item() == (kind, item_id)
