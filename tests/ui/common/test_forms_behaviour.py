"""Form behaviour found missing in review: unexpected errors, kept sort, empty pickers, dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy.exc import OperationalError

from coordboard.services import boards
from coordboard.ui.boards.board_dialog import BoardDialog
from coordboard.ui.common.widgets import DateEdit
from coordboard.ui.members.members_page import MembersPage
from coordboard.ui.members.members_table_model import NAME
from coordboard.ui.members.membership_dialogs import MembershipDialog
from ui.ui_helpers import context_for, save_and_wait, type_text, when_modal


def test_a_database_failure_on_save_is_shown_and_the_form_kept(vi_app, qtbot, demo_db, monkeypatch):
    ctx = context_for(demo_db, "thuky")
    board = boards.list_boards(demo_db, ctx.actor)[0]

    def locked(*_args, **_kwargs):
        raise OperationalError("UPDATE boards", {}, Exception("database is locked"))

    monkeypatch.setattr(boards, "update_board", locked)
    dialog = BoardDialog(ctx, board, None, [board])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.notes.setPlainText("Ghi chú chưa lưu")
    save_and_wait(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.banner.isVisible() and dialog.banner.text().startswith("Lỗi không mong đợi")
    assert "database is locked" in dialog.banner.text()
    assert dialog.notes.toPlainText() == "Ghi chú chưa lưu"


def test_adding_a_member_keeps_the_users_sort_and_picks_nobody_by_default(vi_app, qtbot, demo_db):
    ctx = context_for(demo_db, "thuky")
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    rows = boards.list_boards(demo_db, ctx.actor)
    page.set_boards([(b.id, b.name) for b in rows])
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.show_board(rows[0].id)
    page.table.sortByColumn(NAME, Qt.DescendingOrder)
    names_before = [r.full_name for r in page.model.rows]

    def fill(dialog):
        assert dialog.person_fields.found.current_id() is None  # nobody pre-selected
        assert dialog.person_fields.found.currentText() == "(chọn người)"
        save_and_wait(qtbot, dialog)
        assert dialog.banner.text() == "Hãy chọn người."
        dialog.person_fields.use_new(True)
        type_text(dialog.person_fields.full_name, "Âu Dương Yến")
        dialog.save()

    when_modal(MembershipDialog, fill)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.add_button, Qt.LeftButton)
    shown = [r.full_name for r in page.model.rows]
    assert len(shown) == len(names_before) + 1
    from coordboard.text import person_sort_key

    assert shown == sorted(shown, key=person_sort_key, reverse=True)  # still by name, descending
    assert page.current_row().full_name == "Âu Dương Yến"


def test_an_optional_date_can_be_emptied_with_delete(vi_app, qtbot):
    edit = DateEdit(optional=True)
    qtbot.addWidget(edit)
    edit.set_value(date(2025, 8, 15))
    assert edit.text() == "15/08/2025"
    edit.setFocus()
    edit.lineEdit().selectAll()
    qtbot.keyClick(edit, Qt.Key_Delete)
    assert edit.value() is None
    required = DateEdit()
    qtbot.addWidget(required)
    required.lineEdit().selectAll()
    qtbot.keyClick(required, Qt.Key_Delete)
    assert required.value() is not None  # a required date never becomes empty
