"""Plans page: plans of a board, the tree of sections and tasks, dialogs, copy to next year."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMessageBox

from coordboard.i18n import tr_message
from coordboard.services import auth, boards, catalogue, plans, tasks
from coordboard.ui.plans import plans_page
from coordboard.ui.plans.plan_dialogs import CopyPlanDialog, PlanDialog, SectionDialog
from coordboard.ui.plans.plans_page import (
    DEADLINE,
    ID_ROLE,
    KIND_ROLE,
    LEAD,
    PERCENT,
    STATUS,
    TITLE,
    PlansPage,
    class_label,
)
from ui.ui_helpers import context_for, save_and_wait, type_text

PLAN_TITLE = "Kế hoạch thực hiện công tác bảo vệ, chăm sóc trẻ em năm 2026"


def build_sample_plan(db, username: str = "thuky") -> plans.PlanInfo:
    """A 2026 plan of the province board shaped like seed 001: "II. Nội dung" with two tasks,
    "IV. Tổ chức thực hiện" with one subsection per agency; done, late, open, undated tasks."""
    actor = auth.actor_for(db, username)
    board = next(b for b in boards.list_boards(db, actor) if b.can_edit)
    agency = {a.code: a.id for a in catalogue.load_catalogue(db, actor).agencies}
    plan = plans.create_plan(
        db,
        actor,
        plans.PlanInput(
            board_id=board.id,
            title=PLAN_TITLE,
            year_from=2026,
            year_to=2026,
            code="45/KH-BĐH",
            issue_date=date(2026, 1, 15),
            status="in_force",
            basis="Luật Trẻ em năm 2016; Nghị định số 56/2017/NĐ-CP ngày 09/5/2017 của Chính phủ "
            "quy định chi tiết một số điều của Luật Trẻ em.",
            purpose="1. Bảo đảm triển khai kịp thời, hiệu quả công tác bảo vệ trẻ em trên địa bàn "
            "tỉnh.\n2. Xác định cụ thể nội dung công việc và trách nhiệm của các cơ quan, "
            "ban ngành từ tỉnh tới cơ sở.",
            funding="1. Ngân sách Nhà nước.\n2. Nguồn xã hội hóa.",
        ),
    )
    content = plans.save_section(db, actor, plan.id, number="II", title="Nội dung")
    duties = plans.save_section(db, actor, plan.id, number="IV", title="Tổ chức thực hiện")
    health = plans.save_section(
        db, actor, plan.id, number="1", title="Sở Y tế", parent_id=duties.id
    )
    school = plans.save_section(
        db, actor, plan.id, number="2", title="Sở Giáo dục và Đào tạo", parent_id=duties.id
    )
    police = plans.save_section(
        db, actor, plan.id, number="3", title="Công an tỉnh", parent_id=duties.id
    )

    def task(section, title, lead, deadline, coop=(), done_on=None, percent=None):
        (task_id,) = tasks.create_task(
            db,
            actor,
            tasks.TaskInput(
                board_id=board.id,
                title=title,
                lead_agency_id=agency[lead],
                assigned_date=date(2026, 1, 15),
                plan_id=plan.id,
                section_id=section.id,
                cooperating_agency_ids=tuple(agency[c] for c in coop),
                deadline_kind="fixed" if deadline else "none",
                deadline=deadline,
            ),
        )
        if done_on is not None:
            tasks.add_update(
                db,
                actor,
                task_id,
                tasks.ProgressInput(
                    update_date=done_on,
                    text="Đã hoàn thành.",
                    new_status="done",
                    completed_on=done_on,
                ),
            )
        elif percent is not None:
            tasks.add_update(
                db,
                actor,
                task_id,
                tasks.ProgressInput(
                    update_date=date(2026, 11, 2), text="Đang triển khai.", percent=percent
                ),
            )
        return task_id

    task(
        content,
        "Tăng cường truyền thông nâng cao nhận thức về thực hiện 25 quyền trẻ em",
        "SYT",
        date(2026, 6, 30),
        coop=("SVHTTDL", "DPTTH"),
        done_on=date(2026, 6, 20),
    )
    task(
        content,
        "Kiểm tra, thanh tra, xử lý nghiêm hành vi bạo lực, xâm hại trẻ em",
        "CAT",
        date(2026, 9, 30),
        coop=("SYT",),
        percent=70,
    )
    task(
        health,
        "Tập huấn kỹ năng bảo vệ trẻ em cho cán bộ cấp xã",
        "SYT",
        date(2026, 10, 31),
        done_on=date(2026, 11, 5),
    )
    task(
        health,
        "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch về Ủy ban nhân dân tỉnh",
        "SYT",
        date(2026, 12, 1),
        percent=40,
    )
    task(
        school,
        "Giáo dục kỹ năng phòng, chống bạo lực, xâm hại trẻ em trong trường học",
        "SGDDT",
        date(2026, 12, 31),
        coop=("TD", "HLHPN"),
        percent=60,
    )
    task(police, "Điều tra, xử lý các vụ việc xâm hại trẻ em theo quy định", "CAT", None)
    return plans.get_plan(db, actor, plan.id)


def _loaded_page(qtbot, ctx, **kwargs) -> PlansPage:
    page = PlansPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh(**kwargs)
    return page


def _children(item) -> list[str]:
    return [item.child(i, 0).text() for i in range(item.rowCount())]


def _answer_modals(*handlers) -> list:
    """Answer the next modal dialogs, in order, as they open: `handler(dialog)` fills one in.
    Returns the dialogs seen (check it after the action that opens them)."""
    pending, seen = list(handlers), []

    def poll():
        widget = QApplication.activeModalWidget()
        if widget is not None and all(widget is not w for w in seen):
            seen.append(widget)
            pending.pop(0)(widget)
        if pending:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return seen


def test_create_plan_add_sections_and_task_then_see_the_tree(vi_app, qtbot, demo_db):
    ctx = context_for(demo_db, "thuky")
    page = _loaded_page(qtbot, ctx)
    before = page.plan_model.rowCount()  # the demo's own plans, if any
    assert page.new_button.isEnabled()

    def fill_plan(dialog):
        assert isinstance(dialog, PlanDialog)
        type_text(dialog.code, "45/KH-BĐH")
        type_text(dialog.title, PLAN_TITLE)
        dialog.year_from.setValue(2026)
        dialog.year_to.setValue(2026)
        dialog.funding.setPlainText("Ngân sách Nhà nước; nguồn xã hội hóa.")
        dialog.save()

    _answer_modals(fill_plan)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.new_button, Qt.LeftButton)
    plan = page.current_plan()
    assert (plan.code, plan.title, plan.period, plan.task_count) == (
        "45/KH-BĐH",
        PLAN_TITLE,
        "2026",
        0,
    )
    assert page.plan_model.rowCount() == before + 1
    root = page.model.invisibleRootItem().child(0, 0)
    assert root.text() == f"45/KH-BĐH — {PLAN_TITLE}"
    assert page.detail_labels["funding"].text() == "Ngân sách Nhà nước; nguồn xã hội hóa."

    def fill_section(number, title):
        def handle(dialog):
            assert isinstance(dialog, SectionDialog)
            dialog.number.setText(number)
            type_text(dialog.title, title)
            dialog.save()

        return handle

    _answer_modals(fill_section("IV", "Tổ chức thực hiện"))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.add_section_button, Qt.LeftButton)
    assert page.current_section().label == "IV. Tổ chức thực hiện"
    assert page.add_subsection_button.isEnabled()
    _answer_modals(fill_section("1", "Sở Y tế"))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.add_subsection_button, Qt.LeftButton)
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
    root = page.model.invisibleRootItem().child(0, 0)
    assert _children(root) == ["IV. Tổ chức thực hiện"]
    duties = root.child(0, 0)
    assert _children(duties) == ["1. Sở Y tế"]
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
    page.tree.setCurrentIndex(page.item_index("task", task_id))
    assert page.detail_labels["lead"].text() == "Sở Y tế"
    assert page.detail_labels["section"].text() == "1. Sở Y tế"
    assert page.edit_task_button.isEnabled() and not page.edit_section_button.isEnabled()


def test_tree_nests_sections_and_places_tasks_under_them(vi_app, qtbot, demo_db, qtmodeltester):
    plan = build_sample_plan(demo_db)
    page = _loaded_page(qtbot, context_for(demo_db, "thuky"), select_plan_id=plan.id)
    qtmodeltester.check(page.plan_model)
    qtmodeltester.check(page.model)
    root = page.model.invisibleRootItem().child(0, 0)
    assert _children(root) == ["II. Nội dung", "IV. Tổ chức thực hiện"]
    assert len(_children(root.child(0, 0))) == 2
    duties = root.child(1, 0)
    assert _children(duties) == ["1. Sở Y tế", "2. Sở Giáo dục và Đào tạo", "3. Công an tỉnh"]
    health = duties.child(0, 0)
    assert _children(health) == [
        "Tập huấn kỹ năng bảo vệ trẻ em cho cán bộ cấp xã",
        "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch về Ủy ban nhân dân tỉnh",
    ]
    assert health.child(0, STATUS).text() == class_label("done_late")
    assert health.child(0, PERCENT).text() == "100%"
    police_task = duties.child(2, 0).child(0, 0)
    assert duties.child(2, 0).child(0, DEADLINE).text() == ""
    assert duties.child(2, 0).child(0, STATUS).text() == class_label("no_deadline")
    # the plan's details
    assert page.current_item() == ("plan", plan.id)
    assert page.detail_labels["code"].text() == "45/KH-BĐH"
    assert page.detail_labels["issue_date"].text() == "15/01/2026"
    assert page.detail_labels["basis"].text().startswith("Luật Trẻ em năm 2016")
    assert page.detail_labels["tasks"].text().startswith("6 (")
    # a section's details count the tasks of its subsections too
    page.tree.setCurrentIndex(duties.index())
    assert page.detail_labels["tasks"].text().startswith("4 (")
    assert not page.detail_labels["basis"].isVisible() or page.detail_labels["basis"].text() == ""
    page.tree.setCurrentIndex(police_task.index())
    assert page.current_task().lead_agency_name == "Công an tỉnh"


def test_copy_to_next_year_reports_the_carried_over_tasks(vi_app, qtbot, demo_db):
    plan = build_sample_plan(demo_db)
    ctx = context_for(demo_db, "thuky")
    page = _loaded_page(qtbot, ctx, select_plan_id=plan.id)
    assert page.copy_button.isEnabled()
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

    seen = _answer_modals(fill_copy, read_report)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.copy_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(report), timeout=5000)
    assert len(seen) == 2
    assert "12/KH-BĐH (2027)" in report[0]
    assert report[0].splitlines()[1].endswith(": 4")  # two done tasks stay in 2026
    assert report[0].splitlines()[3].endswith(": 2")
    new = page.current_plan()
    assert (new.code, new.period, new.status, new.task_count) == ("12/KH-BĐH", "2027", "draft", 4)
    root = page.model.invisibleRootItem().child(0, 0)
    assert _children(root) == ["II. Nội dung", "IV. Tổ chức thực hiện"]
    assert [p.code for p in page.plan_model.rows][:2] == ["12/KH-BĐH", "45/KH-BĐH"]
    # the old plan's unfinished tasks now read "carried over"
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.plan_list.selectRow(1)
    classes = sorted(t.status_class for t in page.task_rows.values())
    assert classes.count("carried_over") == 4


def test_a_viewer_is_refused_with_the_services_message(vi_app, qtbot, demo_db):
    build_sample_plan(demo_db)
    ctx = context_for(demo_db, "xem")
    page = _loaded_page(qtbot, ctx)
    assert page.current_plan() is not None  # a viewer reads the plans
    count = page.plan_model.rowCount()
    assert not page.new_button.isEnabled() and not page.edit_button.isEnabled()
    assert not page.add_section_button.isEnabled()
    board_id = page.board.current_id()
    dialog = PlanDialog(ctx, board_id, page.boards[board_id].name)
    qtbot.addWidget(dialog)
    type_text(dialog.title, "Kế hoạch của người xem")
    dialog.save()
    assert dialog.banner.text() == tr_message(
        "errors", "Only the secretariat of this board may change its plans."
    )
    assert dialog.result() != PlanDialog.Accepted
    assert len(plans.list_plans(demo_db, ctx.actor, board_id)) == count


def test_plan_dialog_marks_the_refused_field_and_keeps_the_input(vi_app, qtbot, demo_db):
    ctx = context_for(demo_db, "thuky")
    page = _loaded_page(qtbot, ctx)
    board_id = page.board.current_id()
    dialog = PlanDialog(ctx, board_id, page.boards[board_id].name)
    qtbot.addWidget(dialog)
    type_text(dialog.title, PLAN_TITLE)
    dialog.year_from.setValue(2026)
    dialog.year_to.setValue(2025)
    dialog.save()
    assert dialog.banner.text() == tr_message(
        "errors", "The plan's last year is before its first year."
    )
    assert dialog.fields["years"].property("invalid") is True
    assert dialog.title.text() == PLAN_TITLE
    dialog.year_to.setValue(2026)
    dialog.issue_date.set_value(date(2027, 1, 5))
    dialog.save()
    assert dialog.fields["issue_date"].property("invalid") is True
    assert dialog.fields["years"].property("invalid") is False
    dialog.issue_date.set_value(date(2026, 1, 5))
    dialog.save()
    assert dialog.result() == PlanDialog.Accepted
    assert dialog.saved.issue_date == date(2026, 1, 5)


def test_section_dialog_offers_no_parent_inside_the_section_itself(vi_app, qtbot, demo_db):
    plan = build_sample_plan(demo_db)
    ctx = context_for(demo_db, "thuky")
    tree = plans.plan_tree(demo_db, ctx.actor, plan.id)
    duties = next(s for s in tree.sections if s.number == "IV")
    dialog = SectionDialog(ctx, plan, list(tree.sections), duties)
    qtbot.addWidget(dialog)
    offered = [
        dialog.parent_section.itemText(i).strip() for i in range(dialog.parent_section.count())
    ]
    assert offered[1:] == ["II. Nội dung"]
    dialog.title.clear()
    dialog.save()
    assert dialog.banner.text() == tr_message("errors", "Enter the section's title.")
    assert dialog.fields["title"].property("invalid") is True


def test_deleting_a_section_with_tasks_is_refused(vi_app, qtbot, demo_db, monkeypatch):
    plan = build_sample_plan(demo_db)
    page = _loaded_page(qtbot, context_for(demo_db, "thuky"), select_plan_id=plan.id)
    shown = []
    monkeypatch.setattr(plans_page, "show_error", lambda parent, exc: shown.append(exc))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    root = page.model.invisibleRootItem().child(0, 0)
    page.tree.setCurrentIndex(root.child(0, 0).index())
    assert page.delete_section_button.isEnabled()
    page.delete_section()
    assert "not empty" in shown[0].message
    page.delete_plan()
    assert "still has tasks" in shown[1].message
    assert len(plans.plan_tree(demo_db, page.ctx.actor, plan.id).sections) == 5


def test_show_tasks_asks_for_the_plans_tasks(vi_app, qtbot, demo_db):
    plan = build_sample_plan(demo_db)
    page = _loaded_page(qtbot, context_for(demo_db, "thuky"), select_plan_id=plan.id)
    with qtbot.waitSignal(page.open_tasks, timeout=1000) as blocker:
        qtbot.mouseClick(page.show_tasks_button, Qt.LeftButton)
    flt = blocker.args[0]
    assert isinstance(flt, tasks.TaskFilter)
    assert (flt.board_id, flt.plan_id, flt.section_id) == (plan.board_id, plan.id, None)
    section = page.model.invisibleRootItem().child(0, 0).child(0, 0)
    page.tree.setCurrentIndex(section.index())
    with qtbot.waitSignal(page.open_tasks, timeout=1000) as blocker:
        page.show_tasks()
    assert blocker.args[0].section_id == section.data(ID_ROLE)


@pytest.mark.parametrize("username", ["giaoduc"])
def test_a_focal_point_reads_the_plan_without_edit_buttons(vi_app, qtbot, demo_db, username):
    plan = build_sample_plan(demo_db)
    page = _loaded_page(qtbot, context_for(demo_db, username), select_plan_id=plan.id)
    assert page.model.invisibleRootItem().child(0, 0).child(0, TITLE).text() == "II. Nội dung"
    for button in (
        page.new_button,
        page.edit_button,
        page.delete_button,
        page.copy_button,
        page.add_section_button,
        page.add_task_button,
    ):
        assert not button.isEnabled()
    assert page.show_tasks_button.isEnabled()


def test_add_task_opens_the_task_editor_preset_to_the_section(vi_app, qtbot, demo_db):
    from datetime import timedelta

    TaskDialog = pytest.importorskip("coordboard.ui.tasks").TaskDialog  # noqa: N806

    plan = build_sample_plan(demo_db)
    ctx = context_for(demo_db, "thuky")
    page = _loaded_page(qtbot, ctx, select_plan_id=plan.id)
    school = page.model.invisibleRootItem().child(0, 0).child(1, 0).child(1, 0)
    assert school.text() == "2. Sở Giáo dục và Đào tạo"
    page.tree.setCurrentIndex(school.index())
    school_id = school.data(ID_ROLE)
    title = "Tổ chức Diễn đàn trẻ em cấp tỉnh"
    agency = {a.code: a.id for a in ctx.cat.agencies}

    def fill_task(dialog):
        assert isinstance(dialog, TaskDialog)
        assert (
            dialog.board.current_id(),
            dialog.plan.current_id(),
            dialog.section.current_id(),
        ) == (plan.board_id, plan.id, school_id)
        dialog.title.setPlainText(title)
        dialog.lead.set_current_id(agency["SGDDT"])
        dialog.deadline.set_value(date.today() + timedelta(days=20))
        save_and_wait(qtbot, dialog)
        assert dialog.result() == TaskDialog.Accepted, dialog.banner.text()

    seen = _answer_modals(fill_task)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.add_task_button, Qt.LeftButton)
    assert len(seen) == 1
    task = page.current_task()
    assert task is not None and task.title == title
    assert task.section_id == school_id
    school = page.item_index("section", school_id)
    titles = [page.model.index(i, 0, school).data() for i in range(page.model.rowCount(school))]
    assert titles[-1] == title
    assert page.current_plan().task_count == 7
