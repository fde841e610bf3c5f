"""Signing in and the first start on an empty database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from coordboard import db as dbmod
from coordboard.services import auth
from coordboard.ui.signin.login_dialog import FirstAdminDialog, LoginDialog
from ui.ui_helpers import type_text


def _ok(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok)


def test_wrong_password_is_refused_in_vietnamese_then_right_one_signs_in(vi_app, qtbot, demo_db):
    dialog = LoginDialog(demo_db, "demo.sqlite")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "thuky")
    qtbot.keyClicks(dialog.password, "sai-mat-khau")
    qtbot.mouseClick(_ok(dialog), Qt.LeftButton)
    assert dialog.banner.isVisible()
    assert dialog.banner.text() == "Sai tên đăng nhập hoặc mật khẩu."
    assert dialog.actor is None and dialog.password.text() == ""

    qtbot.keyClicks(dialog.password, "demo1234")
    qtbot.mouseClick(_ok(dialog), Qt.LeftButton)
    assert dialog.result() == LoginDialog.Accepted
    assert dialog.actor.username == "thuky" and dialog.actor.role == "secretariat"


def test_first_start_creates_the_administrator(vi_app, qtbot, tmp_path):
    database = dbmod.open_database(tmp_path / "empty.sqlite")
    try:
        assert auth.needs_first_admin(database)
        dialog = FirstAdminDialog(database)
        qtbot.addWidget(dialog)
        type_text(dialog.full_name, "Nguyễn Văn Quản")
        qtbot.keyClicks(dialog.password, "short")
        qtbot.keyClicks(dialog.repeat, "short")
        qtbot.mouseClick(_ok(dialog), Qt.LeftButton)
        assert "ít nhất 8 ký tự" in dialog.banner.text()
        assert auth.needs_first_admin(database)  # nothing written

        for field in (dialog.password, dialog.repeat):
            field.clear()
            qtbot.keyClicks(field, "mat-khau-manh")
        qtbot.mouseClick(_ok(dialog), Qt.LeftButton)
        assert dialog.result() == FirstAdminDialog.Accepted
        actor = auth.login(database, "admin", "mat-khau-manh")
        assert actor.role == "admin" and actor.full_name == "Nguyễn Văn Quản"
    finally:
        database.dispose()


def test_next_sign_in_on_this_pc_offers_the_last_user_name(vi_app, qtbot, demo_db):
    first = LoginDialog(demo_db, "demo.sqlite")
    qtbot.addWidget(first)
    qtbot.keyClicks(first.username, "YTE")
    qtbot.keyClicks(first.password, "demo1234")
    qtbot.mouseClick(_ok(first), Qt.LeftButton)
    assert first.actor.username == "yte"
    again = LoginDialog(demo_db, "demo.sqlite")
    qtbot.addWidget(again)
    assert again.username.text() == "yte" and again.password.text() == ""


def test_a_file_that_is_not_a_database_is_refused_with_a_message(vi_app, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from coordboard import app

    shown = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text: shown.append((title, text))
    )
    letter = tmp_path / "cong-van.docx"
    letter.write_bytes(b"PK\x03\x04 not a database")
    before = letter.read_bytes()
    assert app.run(str(letter)) == 1
    assert shown == [
        (
            "Không mở được cơ sở dữ liệu",
            f"{letter} không phải là cơ sở dữ liệu của coordboard (không phải tệp SQLite).",
        )
    ]
    assert letter.read_bytes() == before
    # nothing was created beside it (no -wal/-shm, no backup folder); data/ and settings/ are
    # the test's own folders
    assert {p.name for p in tmp_path.iterdir()} - {"data", "settings"} == {"cong-van.docx"}
