"""Tasks page: SQL-paged table, filters and order, a focal point's landing view, progress
updates through the dialog, refusals from the service, export of the filtered list."""

from __future__ import annotations

import threading

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from coordboard.i18n import tr_message
from coordboard.services import plans, tasks
from coordboard.services.tasks import (
    TaskFilter,
    classification,
)
from coordboard.ui.tasks import (
    ExtensionDialog,
    TaskDialog,
    UpdateDialog,
    tasks_page,
)
from coordboard.ui.tasks.held_choice import LOADING
from coordboard.ui.tasks.task_table_model import CLASS, DEADLINE, TITLE
from ui.tasks.task_world import (
    TASKS,
    add_monthly_series,
    day,
    make_page,
    plans_read,
    refreshed,
    reselected,
    select,
    titles,
)
from ui.ui_helpers import answer_modals, save_and_wait


def test_the_page_shows_loading_and_keeps_the_old_rows_until_the_new_ones_arrive(
    secretariat_page, qtbot, list_calls, roomy_pool
):
    page, world = secretariat_page
    select(page, qtbot, world.ids["training"])
    calls, hooks = list_calls
    gate = threading.Event()
    hooks[1] = lambda: gate.wait(5)  # the next first page takes its time
    before = titles(page)
    loaded = []
    page.loaded.connect(lambda: loaded.append(True))
    page.filters.lead.set_current_id(world.agencies["SGDDT"])  # refreshes at once
    assert page.model.loading and not loaded
    assert page.count.text() in ("Đang tải…", "Loading…")
    assert titles(page) == before  # no blank table while the query runs
    assert page.current_row().id == world.ids["training"]  # and the selection stays
    with refreshed(page, qtbot):
        gate.set()
    assert loaded == [True]
    assert sorted(titles(page)) == sorted(
        [
            "Tập huấn kỹ năng phòng, chống xâm hại trẻ em cho giáo viên",
            "Phòng, chống tai nạn thương tích trẻ em trong trường học",
        ]
    )
    assert page.current_row().id == world.ids["training"]  # selected again among the new rows
    assert page.count.text() in ("2 nhiệm vụ", "2 tasks")
    assert calls[0][2] is not threading.main_thread()


def test_the_page_reports_a_failed_first_page(secretariat_page, qtbot, list_calls, monkeypatch):
    page, world = secretariat_page
    select(page, qtbot, world.ids["forum"])
    _calls, hooks = list_calls

    def lost():
        raise ConnectionError("server closed the connection")

    hooks[1] = lost
    shown = []
    monkeypatch.setattr(tasks_page, "show_error", lambda _parent, exc: shown.append(exc))
    with qtbot.waitSignal(page.model.load_failed, timeout=5000):
        page.refresh()
    assert len(shown) == 1 and isinstance(shown[0], ConnectionError)
    assert page.model.rowCount() == 0 and page.current_row() is None
    assert page.details.toPlainText() == ""
    assert page.count.text() not in ("Đang tải…", "Loading…")


def test_the_view_pulls_pages_as_the_user_scrolls(secretariat_page, qtbot, tasks_db):
    page, world = secretariat_page
    database, _ = tasks_db
    add_monthly_series(database, world)
    page.show()
    with refreshed(page, qtbot):
        page.refresh()
    assert page.model.rowCount() == 200
    total = page.total
    assert total > 250
    assert page.count.text() == f"{total} nhiệm vụ" or page.count.text() == f"{total} tasks"
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > 200, timeout=5000)
    assert page.model.rowCount() <= total


def test_rows_carry_the_class_colour_and_the_extended_deadline(secretariat_page):
    page, world = secretariat_page
    model = page.model
    inspect = model.row_of(world.ids["inspect"])
    text = model.index(inspect, DEADLINE).data()
    assert text.startswith(day(20).strftime("%d/%m/%Y")) and text != day(20).strftime("%d/%m/%Y")
    assert (
        model.index(inspect, DEADLINE).data(Qt.ToolTipRole).endswith(day(-10).strftime("%d/%m/%Y"))
    )
    overdue = model.row_of(world.ids["survey"])
    done = model.row_of(world.ids["month"])
    red = model.index(overdue, TITLE).data(Qt.BackgroundRole).color()
    green = model.index(done, TITLE).data(Qt.BackgroundRole).color()
    assert red.red() > red.green() and green.green() > green.red()
    # dark text on a light background, whatever the system palette
    assert model.index(overdue, TITLE).data(Qt.ForegroundRole).color().lightness() < 80
    assert red.lightness() > 180 and green.lightness() > 180


# --- filters and order ----------------------------------------------------------------------


def test_default_order_is_overdue_first(secretariat_page):
    page, _world = secretariat_page
    classes = [r.status_class for r in page.model.rows]
    assert classes[:3] == [classification.OVERDUE] * 3
    assert classes[3] == classification.DUE_SOON
    overdue = [
        r.effective_deadline for r in page.model.rows if r.status_class == classification.OVERDUE
    ]
    assert overdue == sorted(overdue)


def test_filters_change_the_rows_shown(secretariat_page, qtbot):
    page, world = secretariat_page
    everything = set(titles(page))
    assert len(everything) == len(TASKS)
    with refreshed(page, qtbot):
        page.filters.lead.set_current_id(world.agencies["SGDDT"])
    assert sorted(titles(page)) == sorted(
        [
            "Tập huấn kỹ năng phòng, chống xâm hại trẻ em cho giáo viên",
            "Phòng, chống tai nạn thương tích trẻ em trong trường học",
        ]
    )
    assert page.count.text() in ("2 nhiệm vụ", "2 tasks")
    with refreshed(page, qtbot):
        page.filters.lead.set_current_id(None)
    with refreshed(page, qtbot):
        page.filters.cooperating.set_current_id(world.agencies["TD"])
    # Tỉnh đoàn co-operates on these; it leads the forum, which is not among them
    assert {r.id for r in page.model.rows} == {world.ids[k] for k in ("month", "training", "drugs")}
    with refreshed(page, qtbot):
        page.filters.cooperating.set_current_id(None)
    # the search ignores accents; every word must match
    with refreshed(page, qtbot):  # after the search box's pause
        qtbot.keyClicks(page.filters.search, "tre em xam hai")
    assert set(titles(page)) == {
        "Tập huấn kỹ năng phòng, chống xâm hại trẻ em cho giáo viên",
        "Điều tra, xử lý nghiêm các vụ việc xâm hại trẻ em",
        "Trợ giúp pháp lý cho trẻ em là nạn nhân của bạo lực, xâm hại",
    }
    with refreshed(page, qtbot):
        page.filters.search.clear()
        page.refresh()
    # the class chips filter, and keep counting every class
    with refreshed(page, qtbot):
        qtbot.mouseClick(page.filters.class_chips.chips[classification.OVERDUE], Qt.LeftButton)
    assert {r.id for r in page.model.rows} == {world.ids[k] for k in ("survey", "forum", "hotline")}
    assert page.class_counts[classification.OVERDUE] == 3
    assert page.class_counts[classification.DONE_ON_TIME] == 2
    assert page.class_counts[classification.DONE_LATE] == 1
    with refreshed(page, qtbot):
        qtbot.mouseClick(page.filters.class_chips.chips[classification.DUE_SOON], Qt.LeftButton)
    assert {r.id for r in page.model.rows} == {
        world.ids[k] for k in ("survey", "forum", "hotline", "training")
    }
    with refreshed(page, qtbot):
        qtbot.mouseClick(page.filters.class_chips.all_chip, Qt.LeftButton)
    assert set(titles(page)) == everything
    # deadline range: the deadline in force counts (an extension moves a task)
    with refreshed(page, qtbot):
        page.filters.deadline_from.set_value(day(0))
    with refreshed(page, qtbot):
        page.filters.deadline_to.set_value(day(60))
    assert {r.id for r in page.model.rows} == {
        world.ids[k] for k in ("training", "abuse", "inspect", "drugs", "legal")
    }


def test_as_of_a_past_date_reclassifies(secretariat_page, qtbot):
    page, world = secretariat_page
    with refreshed(page, qtbot):
        page.filters.as_of.set_value(day(-60))
    row = page.model.rows[page.model.row_of(world.ids["survey"])]
    assert row.status_class == classification.IN_PROGRESS  # its deadline was 40 days ahead
    drowning = page.model.rows[page.model.row_of(world.ids["drowning"])]
    assert drowning.status_class == classification.DONE_LATE


def test_sorting_by_deadline_reorders_from_sql(secretariat_page, qtbot):
    page, _world = secretariat_page
    header = page.table.horizontalHeader()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=_section_centre(header, DEADLINE))
    deadlines = [r.effective_deadline for r in page.model.rows]
    dated = [d for d in deadlines if d is not None]
    assert page.model.order == tasks.TaskSort("deadline", False)
    assert dated == sorted(dated) and len(dated) == len(TASKS) - 1
    assert dated[0] == day(-150)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=_section_centre(header, DEADLINE))
    dated = [r.effective_deadline for r in page.model.rows if r.effective_deadline]
    assert dated == sorted(dated, reverse=True)
    # titles sort in SQL on the folded title
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.table.sortByColumn(TITLE, Qt.AscendingOrder)
    assert titles(page)[0].startswith("Bảo đảm kinh phí")


def test_an_unsortable_column_keeps_the_current_order(secretariat_page, qtbot):
    from coordboard.ui.tasks.task_table_model import COOPERATING

    page, _world = secretariat_page
    before = titles(page)
    header = page.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=_section_centre(header, COOPERATING))
    assert titles(page) == before
    assert header.sortIndicatorSection() == CLASS


def _section_centre(header, column):
    from PySide6.QtCore import QPoint

    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    return QPoint(x, header.height() // 2)


def test_open_filtered_shows_what_another_page_asked_for(secretariat_page, qtbot):
    page, world = secretariat_page
    with plans_read(page, qtbot):
        page.open_filtered(
            TaskFilter(
                board_id=world.province,
                plan_id=world.plan,
                classes=(classification.DONE_ON_TIME, classification.DONE_LATE),
            )
        )
        # the board's plans are on their way: the plan filter holds the plan asked for
        assert page.filters.plan.current_id() == world.plan
        assert page.filters.plan.currentText() == LOADING
        assert page.current_filter().plan_id == world.plan
        assert page.model.flt.plan_id == world.plan
    assert {r.id for r in page.model.rows} == {
        world.ids[k] for k in ("month", "drowning", "injury")
    }
    assert page.filters.board.current_id() == world.province
    assert page.filters.plan.current_id() == world.plan
    assert page.filters.plan.currentText().startswith("125/KH-BĐH — ")
    assert page.filters.class_chips.chips[classification.DONE_LATE].isChecked()
    assert not page.filters.class_chips.all_chip.isChecked()


def test_a_plan_that_is_not_the_boards_is_dropped_once_the_plans_arrive(secretariat_page, qtbot):
    page, world = secretariat_page
    with plans_read(page, qtbot):
        page.open_filtered(TaskFilter(board_id=world.province, plan_id=world.plan + 1000))
    # the plan filter says "all plans": the rows say so too, after one more refresh
    qtbot.waitUntil(lambda: page.model.flt.plan_id is None and not page.model.loading)
    assert page.filters.plan.current_id() is None and page.current_filter().plan_id is None
    assert len(page.model.rows) == len(TASKS)


def test_all_plans_chosen_while_the_plans_load_stays_chosen_when_they_arrive(
    secretariat_page, qtbot, monkeypatch, roomy_pool
):
    page, world = secretariat_page
    gate = threading.Event()
    real = plans.list_plans

    def held(*args, **kwargs):
        gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(plans, "list_plans", held)
    with refreshed(page, qtbot):
        page.open_filtered(TaskFilter(board_id=world.province, plan_id=world.plan))
    assert page.filters.plan.currentText() == LOADING
    with refreshed(page, qtbot):
        page.filters.plan.setCurrentIndex(0)  # the user: "All plans", the plans not in yet
    assert page.model.flt.plan_id is None
    with qtbot.waitSignal(page.filters.plans_loaded, timeout=5000):
        gate.set()
    qtbot.waitUntil(lambda: not page.model.loading, timeout=5000)
    # the filter says what the rows show: every plan's tasks
    assert page.filters.plan.current_id() is None
    assert page.filters.plan.count() > 1  # the board's plans are offered
    assert page.current_filter().plan_id is None and page.model.flt.plan_id is None
    assert len(page.model.rows) == len(TASKS)


def test_plans_that_cannot_be_read_leave_the_plan_filter_as_it_was(
    secretariat_page, qtbot, monkeypatch
):
    page, world = secretariat_page

    def lost(*args, **kwargs):
        raise ConnectionError("server closed the connection")

    monkeypatch.setattr(plans, "list_plans", lost)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    with refreshed(page, qtbot):
        page.open_filtered(TaskFilter(board_id=world.province, plan_id=world.plan))
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "server closed the connection" in shown[0]
    assert page.filters.plan.current_id() == world.plan  # what the rows show
    assert page.current_filter().plan_id == world.plan == page.model.flt.plan_id


def test_the_selected_task_stays_selected_through_a_sort_and_a_refresh(secretariat_page, qtbot):
    page, world = secretariat_page
    task_id = world.ids["abuse"]
    select(page, qtbot, task_id)
    before = page.model.row_of(task_id)
    with qtbot.waitSignals([page.loaded, page.detail_loaded], timeout=5000):
        page.table.sortByColumn(TITLE, Qt.DescendingOrder)
    assert page.model.row_of(task_id) != before  # it moved, and the selection with it
    assert page.current_row().id == task_id and page.detail.id == task_id
    assert page.table.selectionModel().selectedRows()[0].row() == page.model.row_of(task_id)
    with refreshed(page, qtbot):
        page.refresh()
    assert page.current_row().id == task_id
    assert "Điều tra, xử lý nghiêm" in page.details.toPlainText()


def test_editing_a_task_deleted_meanwhile_says_so_and_reads_the_list_again(
    secretariat_page, qtbot, tasks_db, monkeypatch
):
    page, world = secretariat_page
    database, _ = tasks_db
    select(page, qtbot, world.ids["drugs"])
    row = page.current_row()
    tasks.delete_task(database, page.ctx.actor, row.id, expected_version=row.version)  # elsewhere
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    with refreshed(page, qtbot):
        qtbot.mouseClick(page.actions.edit_button, Qt.LeftButton)
    assert len(shown) == 1 and QApplication.activeModalWidget() is None
    assert page.model.row_of(world.ids["drugs"]) is None


# --- a focal point --------------------------------------------------------------------------


def test_a_focal_point_lands_on_its_agency_overdue_first(vi_app, qtbot, tasks_db):
    database, world = tasks_db
    page = make_page(qtbot, database, "yte")
    with refreshed(page, qtbot):
        page.show_my_agency()
    health = world.agencies["SYT"]
    rows = page.model.rows
    mine = {world.ids[k] for k, _t, lead, coop, *_ in TASKS if lead == "SYT" or "SYT" in coop}
    assert {r.id for r in rows} == mine
    assert all(r.lead_agency_id == health or "Sở Y tế" in r.cooperating for r in rows)
    assert [r.status_class for r in rows[:2]] == [classification.OVERDUE] * 2
    assert not page.filters.scope.isHidden() and page.filters.scope.isChecked()
    assert page.model.order == tasks.TaskSort("status")
    # the scope toggle widens the view to the boards the focal point reads
    with refreshed(page, qtbot):
        page.filters.scope.click()
    assert len(page.model.rows) == len(TASKS)


def test_the_focal_point_default_filter_is_its_agency(vi_app, qtbot, tasks_db):
    database, world = tasks_db
    page = make_page(qtbot, database, "yte")
    assert page.current_filter().agency_id == world.agencies["SYT"]
    assert page.current_sort() == tasks.TaskSort("status")


def test_a_focal_point_adds_an_update_that_appears_in_the_history(
    vi_app, qtbot, tasks_db, tmp_path
):
    database, world = tasks_db
    page = make_page(qtbot, database, "yte")
    with refreshed(page, qtbot):
        page.show_my_agency()
    select(page, qtbot, world.ids["hotline"])
    assert page.actions.update_button.isEnabled() and not page.actions.edit_button.isEnabled()
    report = tmp_path / "bien-ban-kiem-tra.pdf"
    report.write_bytes(b"%PDF-1.4 demo")

    def fill(dialog):
        assert isinstance(dialog, UpdateDialog)
        assert dialog.status.isVisibleTo(dialog)  # the lead agency changes the progress
        dialog.text.setPlainText("Đã kết nối Tổng đài 111 với 45 xã, phường.")
        dialog.percent.setValue(90)
        dialog.add_file(report)
        dialog.save()

    seen = answer_modals(qtbot, fill)
    with reselected(page, qtbot):
        qtbot.mouseClick(page.actions.update_button, Qt.LeftButton)
    assert len(seen) == 1
    history = page.details.toPlainText()
    assert "Đã kết nối Tổng đài 111 với 45 xã, phường." in history
    assert "Đầu mối Sở Y tế (Sở Y tế)" in history
    assert "bien-ban-kiem-tra.pdf" in history
    assert page.current_row().percent == 90
    detail = tasks.get_task(database, page.ctx.actor, world.ids["hotline"])
    attachment = detail.updates[0].attachments[0]
    # "save as…" writes the stored bytes
    target = tmp_path / "copy.pdf"
    with qtbot.waitSignal(page.details.attachment_saved, timeout=5000):
        page.details.save_attachment(attachment.id, target)
    assert target.read_bytes() == b"%PDF-1.4 demo"


def test_a_focal_point_cannot_change_another_agencys_task(vi_app, qtbot, tasks_db):
    database, world = tasks_db
    page = make_page(qtbot, database, "yte")
    with refreshed(page, qtbot):
        page.refresh()  # the scope is on: its agency's tasks
    with refreshed(page, qtbot):
        page.filters.scope.click()  # every task of its boards
    select(page, qtbot, world.ids["abuse"])  # the police lead; the health department is not in it
    before = page.detail.updates
    assert page.actions.update_button.isEnabled()  # a hint only: the service decides
    seen = {}

    def fill(dialog):
        assert isinstance(dialog, UpdateDialog)
        assert not dialog.status.isVisibleTo(dialog)
        dialog.text.setPlainText("Sở Y tế đề nghị bổ sung số liệu.")
        save_and_wait(qtbot, dialog)
        seen["banner"] = dialog.banner.text()
        seen["open"] = dialog.isVisible()
        dialog.reject()

    answer_modals(qtbot, fill)
    qtbot.mouseClick(page.actions.update_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "open" in seen, timeout=5000)
    assert seen["banner"] == tr_message(
        "errors", "Your agency neither leads nor co-operates on this task."
    )
    assert seen["open"]
    assert tasks.get_task(database, page.ctx.actor, world.ids["abuse"]).updates == before
    # and the full edit of a task is the secretariat's: refused for the focal point too
    detail = tasks.get_task(database, page.ctx.actor, world.ids["hotline"])
    dialog = TaskDialog(page.ctx, detail, parent=page)
    qtbot.addWidget(dialog)
    dialog.title.setPlainText("Đổi tên nhiệm vụ")
    save_and_wait(qtbot, dialog)
    assert dialog.banner.text() == tr_message(
        "errors", "Only the secretariat of this board may create or change its tasks."
    )


# --- the secretariat's forms ----------------------------------------------------------------


def test_new_task_from_the_page_is_selected_after_saving(secretariat_page, qtbot):
    page, world = secretariat_page
    with plans_read(page, qtbot):
        page.filters.board.set_current_id(world.province)
    with refreshed(page, qtbot):
        page.filters.plan.set_current_id(world.plan)

    def fill(dialog):
        assert isinstance(dialog, TaskDialog)
        qtbot.waitUntil(lambda: not dialog.places.loading, timeout=5000)
        assert dialog.board.current_id() == world.province
        assert dialog.plan.current_id() == world.plan
        dialog.title.setPlainText("Tổ chức hội nghị sơ kết công tác trẻ em 6 tháng")
        save_and_wait(qtbot, dialog)  # no lead agency yet: refused, the field is marked
        assert dialog.isVisible()
        assert dialog.lead.property("invalid") is True
        dialog.lead.set_current_id(world.agencies["SYT"])
        lead_item = next(
            dialog.cooperating.item(i)
            for i in range(dialog.cooperating.count())
            if dialog.cooperating.item(i).data(Qt.UserRole) == world.agencies["SYT"]
        )
        assert lead_item.isHidden()  # the lead is not offered as co-operating
        dialog.set_cooperating([world.agencies["SGDDT"], world.agencies["CAT"]])
        dialog.deadline.set_value(day(25))
        dialog.save()

    seen = answer_modals(qtbot, fill)
    with reselected(page, qtbot):
        page.new_item()
    assert len(seen) == 1
    row = page.current_row()
    assert row.title == "Tổ chức hội nghị sơ kết công tác trẻ em 6 tháng"
    assert row.cooperating == ("Công an tỉnh", "Sở Giáo dục và Đào tạo")
    assert row.effective_deadline == day(25)


def test_extension_through_the_dialog_marks_the_deadline(secretariat_page, qtbot):
    page, world = secretariat_page
    select(page, qtbot, world.ids["forum"])

    def fill(dialog):
        assert isinstance(dialog, ExtensionDialog)
        dialog.new_deadline.set_value(day(45))
        save_and_wait(qtbot, dialog)  # no reason
        assert dialog.reason.property("invalid") is True
        dialog.reason.setPlainText("Chờ ý kiến của Bộ Y tế về nội dung diễn đàn")
        dialog.approved_by.setText("Trưởng ban")
        dialog.save()

    seen = answer_modals(qtbot, fill)
    with reselected(page, qtbot):
        qtbot.mouseClick(page.actions.extend_button, Qt.LeftButton)
    assert len(seen) == 1
    row = page.current_row()
    assert row.effective_deadline == day(45) and row.deadline == day(-40)
    assert row.status_class == classification.IN_PROGRESS
    deadline = page.model.index(page.model.row_of(row.id), DEADLINE).data()
    assert deadline.startswith(day(45).strftime("%d/%m/%Y")) and len(deadline) > 10
    assert "Chờ ý kiến của Bộ Y tế" in page.details.toPlainText()


def test_delete_asks_then_removes(secretariat_page, qtbot, monkeypatch):
    page, world = secretariat_page
    select(page, qtbot, world.ids["drugs"])  # no progress history yet
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    with refreshed(page, qtbot):
        qtbot.mouseClick(page.actions.delete_button, Qt.LeftButton)
    assert page.model.row_of(world.ids["drugs"]) is None
    assert page.total == len(TASKS) - 1


def test_a_task_with_progress_history_is_not_deleted_and_the_user_is_told(
    secretariat_page, qtbot, monkeypatch
):
    page, world = secretariat_page
    select(page, qtbot, world.ids["media"])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    with refreshed(page, qtbot):  # refused on a worker: said, then the list read again
        qtbot.mouseClick(page.actions.delete_button, Qt.LeftButton)
    assert shown == ["Nhiệm vụ đã có lịch sử cập nhật tiến độ; hãy hủy nhiệm vụ thay vì xóa."]
    assert page.model.row_of(world.ids["media"]) is not None


# --- export ---------------------------------------------------------------------------------


def test_export_writes_the_filtered_list_in_the_shown_order(
    secretariat_page, qtbot, tmp_path, monkeypatch
):
    page, world = secretariat_page
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    with refreshed(page, qtbot):
        page.filters.cooperating.set_current_id(world.agencies["SYT"])
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.table.sortByColumn(DEADLINE, Qt.AscendingOrder)
    shown = titles(page)
    with qtbot.waitSignal(page.exported, timeout=10000) as blocker:
        page.export_to(tmp_path / "nhiem-vu")
    written = blocker.args[0]
    assert written == tmp_path / "nhiem-vu.xlsx"
    ws = openpyxl.load_workbook(written).active
    data = list(ws.iter_rows(min_row=4, values_only=True))
    assert [row[1] for row in data] == shown
    assert len(data) == 4
    assert all("Sở Y tế" in row[6] for row in data)
    assert page.export_button.isEnabled()


def test_export_can_be_cancelled_and_leaves_no_file(secretariat_page, qtbot, tmp_path, monkeypatch):
    import threading

    from PySide6.QtWidgets import QProgressDialog

    from coordboard.services.tasks import export as task_exports

    page, _world = secretariat_page
    monkeypatch.setattr(task_exports, "PAGE_ROWS", 2)
    folder = tmp_path / "exports"
    folder.mkdir()
    gate = threading.Event()
    real = tasks.list_tasks

    def held(*args, **kwargs):  # the first page waits until the user has pressed Cancel
        gate.wait(5)
        return real(*args, **kwargs)

    monkeypatch.setattr(tasks, "list_tasks", held)
    with qtbot.waitSignal(page.export_failed, timeout=10000) as blocker:
        page.export_to(folder / "huy.xlsx")
        page.findChild(QProgressDialog).canceled.emit()  # what its Cancel button sends
        gate.set()
    assert isinstance(blocker.args[0], task_exports.ExportCancelled)
    assert list(folder.iterdir()) == []  # neither the file nor a temporary one
    assert page.export_button.isEnabled()


def test_an_attachment_that_cannot_be_written_is_said(
    secretariat_page, qtbot, tasks_db, tmp_path, monkeypatch
):
    page, world = secretariat_page
    detail = tasks.get_task(tasks_db[0], page.ctx.actor, world.ids["survey"])
    attachment = next(a for u in detail.updates for a in u.attachments)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    target = tmp_path / "missing" / "bao-cao.xlsx"
    page.details.save_attachment(attachment.id, target)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert str(target) in shown[0] and not target.parent.exists()
