"""Boards page: the tree, details, and editing through the dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from coordboard.services import boards
from coordboard.ui.boards.board_dialog import BoardDialog
from coordboard.ui.boards.boards_page import BOARD_ID, BoardsPage
from ui.ui_helpers import context_for, save_and_wait


def _loaded_page(qtbot, ctx) -> BoardsPage:
    page = BoardsPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    return page


def test_tree_shows_commune_boards_under_the_province_board(vi_app, qtbot, demo_db, qtmodeltester):
    page = _loaded_page(qtbot, context_for(demo_db, "admin"))
    qtmodeltester.check(page.model)
    root = page.model.invisibleRootItem()
    assert root.rowCount() == 1
    province = root.child(0, 0)
    assert province.text() == "Ban Điều hành công tác trẻ em tỉnh Vĩnh Long"
    children = sorted(province.child(i, 0).text() for i in range(province.rowCount()))
    assert children == [
        "Ban Bảo vệ trẻ em xã Phước Hậu",
        "Nhóm thường trực bảo vệ trẻ em phường Thanh Đức",
    ]
    assert root.child(0, 2).text() == "25"  # members today
    assert page.detail_labels["standing"].text() == "Sở Y tế"
    assert page.detail_labels["decision"].text() == "1835/QĐ-UBND ngày 15/08/2025"


def test_focal_point_sees_no_edit_buttons_and_service_refuses_anyway(vi_app, qtbot, demo_db):
    ctx = context_for(demo_db, "giaoduc")
    page = _loaded_page(qtbot, ctx)
    assert page.current_board() is not None
    assert not page.edit_button.isEnabled() and not page.new_button.isEnabled()
    # the dialog would still be refused by the service, shown in place
    dialog = BoardDialog(ctx, page.current_board(), None, list(page.boards.values()))
    qtbot.addWidget(dialog)
    dialog.name.setText("Ban đổi tên")
    save_and_wait(qtbot, dialog)
    assert (
        dialog.banner.text()
        == "Tài khoản của bạn không được thay đổi ban này hoặc thành viên của ban."
    )
    assert boards.get_board(demo_db, ctx.actor, page.current_board_id()).name != "Ban đổi tên"


def test_moving_a_board_under_its_own_child_is_refused_in_the_form(vi_app, qtbot, demo_db):
    ctx = context_for(demo_db, "thuky")
    page = _loaded_page(qtbot, ctx)
    province = page.current_board()
    child_id = next(b.id for b in page.boards.values() if b.parent_id == province.id)
    dialog = BoardDialog(ctx, province, None, list(page.boards.values()))
    qtbot.addWidget(dialog)
    dialog.parent_board.set_current_id(child_id)
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Save), Qt.LeftButton
    )
    qtbot.waitUntil(lambda: not dialog.saving)  # the save runs on a worker
    assert "trực thuộc chính nó" in dialog.banner.text()
    assert dialog.result() != BoardDialog.Accepted
    assert boards.get_board(demo_db, ctx.actor, province.id).parent_id is None


def test_new_child_board_through_the_page_appears_in_the_tree(vi_app, qtbot, demo_db):
    page = _loaded_page(qtbot, context_for(demo_db, "thuky"))
    assert page.new_child_button.isEnabled()

    def fill_dialog():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, BoardDialog)
        dialog.name.setText("Ban Bảo vệ trẻ em xã Long Hồ")
        dialog.area.setText("xã Long Hồ")
        dialog.save()

    QTimer.singleShot(0, fill_dialog)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.new_child_button, Qt.LeftButton)
    province = page.model.invisibleRootItem().child(0, 0)
    names = [province.child(i, 0).text() for i in range(province.rowCount())]
    assert "Ban Bảo vệ trẻ em xã Long Hồ" in names
    assert page.current_board().name == "Ban Bảo vệ trẻ em xã Long Hồ"
    assert page.current_board().level_name == "Cấp xã"
    assert page.model.invisibleRootItem().child(0, 0).data(BOARD_ID) == province.data(BOARD_ID)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    assert page.current_board().name == "Ban Bảo vệ trẻ em xã Long Hồ"  # kept through a refresh
