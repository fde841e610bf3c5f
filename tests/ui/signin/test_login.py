"""Signing in and the first start on an empty database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from coordboard import db as dbmod
from coordboard.services import auth
from coordboard.ui.signin.first_admin_dialog import FirstAdminDialog
from coordboard.ui.signin.login_dialog import LoginDialog
from ui.ui_helpers import save_and_wait, type_text


def _ok(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok)


def sign_in(qtbot, dialog) -> None:
    """Click Sign in and wait until the attempt, which runs on a worker, is settled."""
    with qtbot.waitSignal(dialog.sign_in_finished, timeout=10_000):
        qtbot.mouseClick(_ok(dialog), Qt.LeftButton)


def test_wrong_password_is_refused_in_vietnamese_then_right_one_signs_in(vi_app, qtbot, demo_db):
    dialog = LoginDialog(demo_db, "demo.sqlite")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "thuky")
    qtbot.keyClicks(dialog.password, "sai-mat-khau")
    sign_in(qtbot, dialog)
    assert dialog.banner.isVisible()
    assert dialog.banner.text() == "Sai tên đăng nhập hoặc mật khẩu."
    assert dialog.actor is None and dialog.password.text() == ""
    assert dialog.username.text() == "thuky"  # the user name is kept for the next attempt

    qtbot.keyClicks(dialog.password, "demo1234")
    sign_in(qtbot, dialog)
    assert dialog.result() == LoginDialog.Accepted
    assert dialog.actor.username == "thuky" and dialog.actor.role == "secretariat"
    assert (
        dialog.context.actor == dialog.actor and dialog.context.cat.agencies
    )  # read on the worker


def test_first_start_creates_the_administrator(vi_app, qtbot, tmp_path):
    database = dbmod.open_database(tmp_path / "empty.sqlite")
    try:
        assert auth.needs_first_admin(database)
        dialog = FirstAdminDialog(database)
        qtbot.addWidget(dialog)
        type_text(dialog.full_name, "Nguyễn Văn Quản")
        qtbot.keyClicks(dialog.password, "short")
        qtbot.keyClicks(dialog.repeat, "short")
        save_and_wait(qtbot, dialog)
        assert "ít nhất 8 ký tự" in dialog.banner.text()
        assert auth.needs_first_admin(database)  # nothing written

        for field in (dialog.password, dialog.repeat):
            field.clear()
            qtbot.keyClicks(field, "mat-khau-manh")
        save_and_wait(qtbot, dialog)
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
    sign_in(qtbot, first)
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


def test_signing_in_runs_on_a_worker_and_cannot_be_submitted_twice(
    vi_app, qtbot, demo_db, monkeypatch
):
    import threading

    from coordboard import i18n

    release, calls = threading.Event(), []
    real = auth.login

    def slow_login(database, username, password):
        calls.append(threading.current_thread() is threading.main_thread())
        release.wait(5)
        return real(database, username, password)

    monkeypatch.setattr(auth, "login", slow_login)
    dialog = LoginDialog(demo_db, "demo.sqlite")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "thuky")
    qtbot.keyClicks(dialog.password, "demo1234")
    qtbot.mouseClick(_ok(dialog), Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(calls))
    assert dialog.signing_in and not _ok(dialog).isEnabled()
    assert _ok(dialog).text() == i18n.translate("LoginDialog", "Signing in…")
    dialog.try_login()  # Enter pressed again meanwhile
    dialog.reject()  # Esc meanwhile: the attempt decides
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.sign_in_finished, timeout=10_000) as finished:
        release.set()
    assert finished.args == [True] and calls == [False]  # once, and not on the GUI thread
    assert dialog.result() == LoginDialog.Accepted and dialog.context is not None


def test_a_database_without_accounts_asks_for_its_administrator_first(
    vi_app, qtbot, tmp_path, monkeypatch
):
    """`--db` on an empty database: the sign-in dialog asks for the administrator (checked on
    a worker); quitting there quits the sign-in."""
    database = dbmod.open_database(tmp_path / "empty.sqlite")
    asked = []

    def quit_at_once(dialog):
        asked.append(dialog.db)
        return FirstAdminDialog.Rejected

    monkeypatch.setattr(FirstAdminDialog, "exec", quit_at_once)
    try:
        dialog = LoginDialog(database, "empty.sqlite")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: not dialog.isVisible())
        assert asked == [database] and dialog.result() == LoginDialog.Rejected
    finally:
        database.dispose()
