"""Members page: filters, Vietnamese search and order, adding, re-staffing, export."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from coordboard.services import members
from coordboard.text import person_sort_key
from coordboard.ui.members.members_page import MembersPage
from coordboard.ui.members.members_table_model import NAME, MembersTableModel
from coordboard.ui.members.membership_dialogs import MembershipDialog, RestaffDialog
from ui.ui_helpers import context_for, save_and_wait, type_text

PROVINCE = "Ban Điều hành công tác trẻ em tỉnh Vĩnh Long"


@pytest.fixture
def page(vi_app, qtbot, demo_db):
    ctx = context_for(demo_db, "thuky")
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    board_list = [
        (b.id, b.name)
        for b in __import__("coordboard.services.boards", fromlist=["x"]).list_boards(
            demo_db, ctx.actor
        )
    ]
    page.set_boards(board_list)
    page.province_id = next(i for i, name in board_list if name == PROVINCE)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.show_board(page.province_id)
    return page


def names(page) -> list[str]:
    return [r.full_name for r in page.model.rows]


def test_board_today_lists_25_members_chair_first(page):
    rows = page.model.rows
    assert len(rows) == 25
    assert page.count.text() == "25 thành viên"
    assert rows[0].role_name == "Trưởng ban"
    assert rows[0].agency_name == "Ủy ban nhân dân tỉnh"
    members_only = [r.full_name for r in rows if r.role_name == "Ủy viên"]
    assert members_only == sorted(members_only, key=person_sort_key)  # Vietnamese order


def test_search_ignores_accents(page, qtbot):
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.keyClicks(page.search, "lien doan")
    assert [r.agency_name for r in page.model.rows] == ["Liên đoàn Lao động tỉnh"]
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.search.setText("tinh doan")  # every word must match, in any order
    assert {r.agency_name for r in page.model.rows} == {"Tỉnh đoàn", "Liên đoàn Lao động tỉnh"}
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.search.setText("SỞ Y TẾ")
    assert {r.agency_name for r in page.model.rows} == {"Sở Y tế"}
    assert len(page.model.rows) == 5


def test_history_shows_the_member_replaced_in_the_restaffing(page, qtbot):
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.search.setText("cong an tinh")
    today_names = set(names(page))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.history.setChecked(True)
    past = [r for r in page.model.rows if r.end_date is not None]
    assert len(past) == 1 and past[0].end_date == date(2026, 3, 31)
    assert past[0].full_name not in today_names
    # on a date before the change the old holder is back on the board
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.history.setChecked(False)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.on_date.set_value(date(2026, 1, 15))
    assert past[0].full_name in names(page)


def test_add_member_with_bad_email_is_refused_then_saved(page, qtbot, demo_db):
    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MembershipDialog)
        dialog.person_fields.use_new(True)
        type_text(dialog.person_fields.full_name, "Võ Thị Mỹ Duyên")
        dialog.person_fields.honorific.setCurrentIndex(1)  # Bà
        type_text(dialog.person_fields.position, "Phó Giám đốc Sở Tư pháp")
        qtbot.keyClicks(dialog.person_fields.email, "duyen@@vinhlong")
        save_and_wait(qtbot, dialog)
        assert dialog.banner.text() == "duyen@@vinhlong không phải là địa chỉ thư điện tử hợp lệ."
        assert dialog.isVisible()
        dialog.person_fields.email.setText("duyen.vtm@vinhlong.gov.vn")
        dialog.save()

    QTimer.singleShot(0, fill)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.add_button, Qt.LeftButton)
    assert "Võ Thị Mỹ Duyên" in names(page)
    assert page.current_row().full_name == "Võ Thị Mỹ Duyên"
    stored = members.list_members(
        demo_db, page.ctx.actor, members.MemberFilter(board_id=page.province_id, text="duyen")
    )
    assert [(r.email, r.role_name) for r in stored] == [("duyen.vtm@vinhlong.gov.vn", "Ủy viên")]


def test_restaff_a_seat_keeps_the_history(page, qtbot, demo_db):
    target = next(r for r in page.model.rows if r.agency_name == "Sở Tư pháp")
    page.select_membership(target.id)

    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RestaffDialog)
        type_text(dialog.person_fields.full_name, "Châu Ngọc Hân")
        dialog.person_fields.agency.set_current_id(target.agency_id)
        dialog.start.set_value(date(2026, 11, 1))
        dialog.decision_number.setText("980/QĐ-UBND")
        dialog.save()

    QTimer.singleShot(0, fill)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.restaff_button, Qt.LeftButton)
    assert "Châu Ngọc Hân" in names(page) and target.full_name not in names(page)
    history = members.seat_history(demo_db, page.ctx.actor, page.current_row().id)
    assert [r.full_name for r in history] == [target.full_name, "Châu Ngọc Hân"]
    assert history[0].end_date == date(2026, 10, 31)


def test_export_writes_the_filtered_list(page, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.search.setText("so y te")
    with qtbot.waitSignal(page.exported, timeout=5000) as blocker:
        page.export_to(tmp_path / "thanh-vien", PROVINCE)
    written = blocker.args[0]
    assert written == tmp_path / "thanh-vien.xlsx"
    ws = openpyxl.load_workbook(written).active
    assert ws["A1"].value.startswith("Danh sách thành viên Ban Điều hành")
    assert [c.value for c in ws[3]][:3] == ["STT", "Họ và tên", "Danh xưng"]
    data = list(ws.iter_rows(min_row=4, values_only=True))
    assert len(data) == 5
    assert {row[4] for row in data} == {"Sở Y tế"}


def test_export_to_unwritable_folder_says_so_and_leaves_nothing(page, qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    missing = tmp_path / "khong-co" / "ds.xlsx"
    with qtbot.waitSignal(page.export_failed, timeout=5000):
        page.export_to(missing, PROVINCE)
    assert page.export_button.isEnabled()
    assert shown and str(missing) in shown[0] and shown[0].startswith("Không ghi được vào")
    assert not missing.parent.exists()


def test_members_model_passes_qt_model_tester(qtmodeltester, demo_db, vi_app):
    model = MembersTableModel()
    model.set_rows(members.list_members(demo_db, context_for(demo_db, "admin").actor))
    qtmodeltester.check(model)
    model.sort(0, Qt.DescendingOrder)
    qtmodeltester.check(model)


def test_the_selected_member_stays_selected_through_a_sort_and_a_refresh(
    page, qtbot, qtmodeltester
):
    page.table.selectRow(3)
    chosen = page.current_row()
    page.table.sortByColumn(NAME, Qt.DescendingOrder)
    assert page.current_row().id == chosen.id
    qtmodeltester.check(page.model)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    assert page.current_row().id == chosen.id
    shown = names(page)
    assert shown == sorted(shown, key=person_sort_key, reverse=True)  # the sort stays too
    qtmodeltester.check(page.model)


def test_person_search_shows_the_answer_to_the_latest_text_only(page, qtbot, monkeypatch):
    """Each keystroke asks on a worker; an answer to an older text that arrives late is
    dropped."""
    import threading

    from coordboard.services.members import people
    from coordboard.ui.members.person_fields import PersonFields

    fields = PersonFields(page.ctx)
    qtbot.addWidget(fields)
    with qtbot.waitSignal(fields.searched, timeout=5000):
        pass
    release = threading.Event()
    real = people.find_people

    def find(database, actor, text="", limit=200):
        if text == "ng":
            release.wait(5)  # the older question is answered last
        return real(database, actor, text, limit)

    monkeypatch.setattr(people, "find_people", find)
    fields.search.setText("ng")
    with qtbot.waitSignal(fields.searched, timeout=5000):
        fields.search.setText("nguyen")
    latest = [fields.found.itemText(i) for i in range(fields.found.count())]
    release.set()
    from coordboard.ui.workers import wait_for_tasks

    wait_for_tasks()
    qtbot.wait(50)
    assert [fields.found.itemText(i) for i in range(fields.found.count())] == latest
    assert len(latest) > 1 and all(text.startswith("Nguyễn") for text in latest[1:])
