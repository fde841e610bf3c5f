"""Plans page: the plans of a board and the chosen plan as a tree of sections and tasks with
the details of the row chosen; both keep what is chosen through a sort and a refresh."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from coordboard.ui.plans.plan_tree import DEADLINE, LEAD, PERCENT, STATUS, TITLE, class_label
from coordboard.ui.plans.plans_page import PlansPage
from ui.plans.sample_plan import build_sample_plan, children, loaded_page
from ui.ui_helpers import context_for


def test_tree_nests_sections_and_places_tasks_under_them(vi_app, qtbot, demo_db, qtmodeltester):
    plan = build_sample_plan(demo_db)
    page = loaded_page(qtbot, context_for(demo_db, "thuky"), select_plan_id=plan.id)
    qtmodeltester.check(page.plan_model)
    qtmodeltester.check(page.tree.items)
    root = page.tree.items.invisibleRootItem().child(0, 0)
    assert children(root) == ["II. Nội dung", "IV. Tổ chức thực hiện"]
    assert len(children(root.child(0, 0))) == 2
    duties = root.child(1, 0)
    assert children(duties) == ["1. Sở Y tế", "2. Sở Giáo dục và Đào tạo", "3. Công an tỉnh"]
    health = duties.child(0, 0)
    assert children(health) == [
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
    assert page.details.labels["code"].text() == "45/KH-BĐH"
    assert page.details.labels["issue_date"].text() == "15/01/2026"
    assert page.details.labels["basis"].text().startswith("Luật Trẻ em năm 2016")
    assert page.details.labels["tasks"].text().startswith("6 (")
    # a section's details count the tasks of its subsections too
    page.tree.setCurrentIndex(duties.index())
    assert page.details.labels["tasks"].text().startswith("4 (")
    assert not page.details.labels["basis"].isVisible() or page.details.labels["basis"].text() == ""
    page.tree.setCurrentIndex(police_task.index())
    assert page.current_task().lead_agency_name == "Công an tỉnh"


def test_the_plan_list_keeps_the_chosen_plan_through_a_sort_and_a_refresh(
    vi_app, qtbot, demo_db, qtmodeltester
):
    plan = build_sample_plan(demo_db)
    page = loaded_page(qtbot, context_for(demo_db, "thuky"), select_plan_id=plan.id)
    assert page.plan_model.rowCount() >= 2
    before = [p.id for p in page.plan_model.rows]
    for order in (Qt.AscendingOrder, Qt.DescendingOrder):
        page.plan_model.sort(1, order)  # by title
        qtmodeltester.check(page.plan_model)
        assert page.current_plan().id == plan.id
        selected = page.plan_list.selectionModel().selectedRows()
        assert [page.plan_model.row_at(i.row()).id for i in selected] == [plan.id]
    assert sorted(p.id for p in page.plan_model.rows) == sorted(before)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    assert page.current_plan().id == plan.id
    assert page.plan_tree.plan.id == plan.id
    selected = page.plan_list.selectionModel().selectedRows()
    assert [page.plan_model.row_at(i.row()).id for i in selected] == [plan.id]
    qtmodeltester.check(page.plan_model)


def test_the_tree_keeps_its_current_row_through_a_refresh(vi_app, qtbot, demo_db):
    plan = build_sample_plan(demo_db)
    page = loaded_page(qtbot, context_for(demo_db, "thuky"), select_plan_id=plan.id)
    police_task = next(t for t in page.task_rows.values() if t.title.startswith("Điều tra"))
    page.tree.setCurrentIndex(page.tree.item_index("task", police_task.id))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()  # as after another PC's change
    assert page.current_item() == ("task", police_task.id)
    assert page.details.labels["task"].text() == police_task.title


@pytest.mark.parametrize("order", ["loaded then shown", "shown then loaded"])
def test_task_titles_keep_room_in_a_1024_pixel_window(vi_app, qtbot, demo_db, order):
    """In a 1024-pixel window the page is about 790 pixels wide: the tree's lead-agency column
    gives way so the titles of the sections and tasks stay readable, whether the plan arrives
    before or after the page is shown."""
    plan = build_sample_plan(demo_db)
    ctx = context_for(demo_db, "thuky")
    if order == "loaded then shown":
        page = loaded_page(qtbot, ctx, select_plan_id=plan.id)
        page.resize(790, 700)
        page.show()
        qtbot.waitExposed(page)
    else:
        page = PlansPage(ctx)
        qtbot.addWidget(page)
        page.resize(790, 700)
        page.show()
        qtbot.waitExposed(page)
        with qtbot.waitSignal(page.loaded, timeout=5000):
            page.refresh(select_plan_id=plan.id)
    tree = page.tree
    qtbot.waitUntil(lambda: tree.viewport().width() > 0)
    qtbot.wait(20)
    assert tree.columnWidth(TITLE) >= 130, (tree.viewport().width(), tree.columnWidth(TITLE))
    assert tree.columnWidth(LEAD) >= 110  # "Sở Y tế", "Công an tỉnh" still whole
    # on a wider screen the lead agency has its full room back
    page.resize(1400, 700)
    qtbot.waitUntil(lambda: tree.columnWidth(LEAD) == 190)
    assert tree.columnWidth(TITLE) > 190
