"""Connection profiles in the GUI: Settings → Database, the sign-in dialog's connection combo,
the server password asked for when the keyring has none, "remember me" in the keyring only,
and "Switch now" back to sign-in on another connection."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from sqlalchemy.engine import make_url

from coordboard import profiles
from coordboard.profiles import POSTGRESQL, SQLITE, Profile
from coordboard.ui.settings.database_tab import DatabaseTab
from coordboard.ui.signin.connector import set_start_profile, start_profile_name
from coordboard.ui.signin.login_dialog import LoginDialog
from coordboard.ui.signin.password_dialog import PasswordDialog
from coordboard.ui.signin.profile_dialog import ProfileDialog
from test_profiles import MemoryKeyring
from ui.ui_helpers import context_for, sign_in_and_wait, type_text

NO_KEYRING = "Máy này không có kho mật khẩu của hệ điều hành; mật khẩu sẽ được hỏi mỗi lần."


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring():
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def local_file(vi_app, demo_template):
    """This PC's own database file (the built-in local connection) holds the demo data."""
    from coordboard import config

    shutil.copyfile(demo_template, config.default_database())
    return config.default_database()


def when(condition: Callable[[], bool], action: Callable[[], None], deadline: float = 0) -> None:
    """Run `action` on the event loop as soon as `condition` holds (a modal dialog is open, a
    connection arrived), polling every 20 ms for at most 15 s."""
    deadline = deadline or time.monotonic() + 15

    def poll() -> None:
        if condition():
            action()
        elif time.monotonic() < deadline:
            QTimer.singleShot(20, poll)
        else:
            for widget in QApplication.topLevelWidgets():  # never hang the test run
                widget.close()
            raise AssertionError("timed out waiting for the dialog")

    QTimer.singleShot(0, poll)


def modal(kind):
    widget = QApplication.activeModalWidget()
    return widget if isinstance(widget, kind) else None


def _server_profile(url: str, **changes) -> Profile:
    parsed = make_url(url)
    base = {
        "name": "Máy chủ Sở Y tế",
        "kind": POSTGRESQL,
        "host": parsed.host,
        "port": parsed.port,
        "database": parsed.database,
        "user": parsed.username,
        "sslmode": "disable",
    }
    return Profile(**{**base, **changes})


# --- Settings → Database ----------------------------------------------------------------------


def test_a_new_server_connection_keeps_its_password_in_the_keyring_only(
    vi_app, qtbot, demo_db, memory_keyring
):
    tab = DatabaseTab(context_for(demo_db, "thuky"))
    qtbot.addWidget(tab)
    assert [p.name for p in tab.connections.model.rows] == [profiles.LOCAL]

    def fill() -> None:
        dialog = modal(ProfileDialog)
        dialog.server_radio.setChecked(True)
        type_text(dialog.name, "Máy chủ Sở Y tế")
        type_text(dialog.address, "postgresql://thuky@10.0.0.5:6543/coordboard?sslmode=require")
        dialog.address.editingFinished.emit()
        assert (dialog.host.text(), dialog.port.value(), dialog.user.text()) == (
            "10.0.0.5",
            6543,
            "thuky",
        )
        assert dialog.sslmode.currentData() == "require"
        type_text(dialog.password, "Mật-khẩu-máy-chủ")
        assert dialog.keep_password.isChecked()
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Save).click()

    when(lambda: modal(ProfileDialog) is not None, fill)
    tab.connections.new_button.click()
    assert [p.name for p in tab.connections.model.rows] == [profiles.LOCAL, "Máy chủ Sở Y tế"]
    assert memory_keyring.store == {("coordboard", "Máy chủ Sở Y tế"): "Mật-khẩu-máy-chủ"}
    assert "Mật-khẩu" not in profiles.profiles_file().read_text(encoding="utf-8")

    tab.connections.view.selectRow(1)
    tab.start_button.click()
    assert start_profile_name() == "Máy chủ Sở Y tế"
    assert tab.status.text() == "Lần khởi động sau, coordboard sẽ mở Máy chủ Sở Y tế."
    status = tab.connections.model.index(1, 3).data()
    assert status == "mở khi khởi động"
    assert tab.connections.model.index(0, 3).data() == ""


def test_an_address_with_a_password_is_refused_and_not_kept(vi_app, qtbot, no_keyring):
    dialog = ProfileDialog()
    qtbot.addWidget(dialog)
    type_text(dialog.address, "postgresql://thuky:bi-mat@10.0.0.5/coordboard")
    dialog.address.editingFinished.emit()
    assert dialog.banner.text().startswith("Hãy bỏ mật khẩu khỏi địa chỉ")
    assert dialog.address.text() == "" and dialog.host.text() == ""
    assert not dialog.keep_password.isEnabled()
    assert dialog.keyring_label.text() == NO_KEYRING


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"])
def test_test_connection_runs_in_a_worker_and_says_what_it_found(vi_app, qtbot, db, no_keyring):
    dialog = ProfileDialog(_server_profile(db.url))
    qtbot.addWidget(dialog)
    started = time.monotonic()
    qtbot.mouseClick(dialog.test_button, Qt.LeftButton)
    assert dialog.result.text() == "Đang kiểm tra…"  # the GUI went on: the check is a worker's
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=10_000)
    elapsed = time.monotonic() - started
    assert dialog.result.text().startswith("Đã kết nối tới PostgreSQL ")
    assert "đây là cơ sở dữ liệu coordboard" in dialog.result.text() and elapsed < 5

    dialog.database.setText("khong_co_csdl")
    qtbot.mouseClick(dialog.test_button, Qt.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.test_button.isEnabled() and bool(dialog.banner.text()), timeout=10_000
    )
    assert dialog.banner.text().startswith("Không có cơ sở dữ liệu khong_co_csdl")
    assert dialog.result.text() == ""


# --- the sign-in dialog -------------------------------------------------------------------------


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"])
def test_choosing_a_server_asks_for_its_password_when_there_is_no_keyring(
    vi_app, qtbot, db, world, pg_server, no_keyring, local_file
):
    pg_server.add_password_role("thuky_csdl", "Mật-khẩu-CSDL")
    profiles.save_profile(_server_profile(db.url, user="thuky_csdl"))
    asked: list[str] = []

    def type_password() -> None:
        dialog = modal(PasswordDialog)
        asked.append(dialog.keyring_label.text())
        assert not dialog.remember.isEnabled()
        type_text(dialog.password, "Mật-khẩu-CSDL")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()

    login = LoginDialog(None, "", choices=profiles.all_profiles(), current=profiles.LOCAL)
    qtbot.addWidget(login)
    qtbot.waitUntil(lambda: login.db is not None, timeout=10_000)  # the local file first
    assert login.remember.isEnabled() is False
    assert login.keyring_label.isVisibleTo(login) and login.keyring_label.text() == NO_KEYRING

    when(lambda: modal(PasswordDialog) is not None, type_password)
    started = time.monotonic()
    with qtbot.waitSignal(login.connected, timeout=15_000):
        login.profile_combo.setCurrentIndex(login.profile_combo.findData("Máy chủ Sở Y tế"))
    assert asked == [NO_KEYRING]
    assert login.db.url.startswith("postgresql+psycopg://thuky_csdl:")
    assert "Mật-khẩu" not in login.where.text() and "127.0.0.1" in login.where.text()
    assert time.monotonic() - started < 10
    type_text(login.username, "quantri")
    type_text(login.password, world.password)
    sign_in_and_wait(qtbot, login)
    assert login.actor is not None and login.actor.username == "quantri"
    assert start_profile_name() == "Máy chủ Sở Y tế"  # the next start opens it again
    assert "Mật-khẩu-CSDL" not in profiles.profiles_file().read_text(encoding="utf-8")
    login.db.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_password_kept_in_the_keyring_connects_without_asking(
    vi_app, qtbot, db, world, pg_server, memory_keyring, monkeypatch
):
    pg_server.add_password_role("thuky_csdl", "Mật-khẩu-CSDL")
    profiles.save_profile(_server_profile(db.url, user="thuky_csdl"))
    profiles.store_password("Máy chủ Sở Y tế", "Mật-khẩu-CSDL")
    monkeypatch.setattr(PasswordDialog, "exec", lambda self: pytest.fail("asked for a password"))
    login = LoginDialog(None, "", choices=profiles.all_profiles(), current="Máy chủ Sở Y tế")
    qtbot.addWidget(login)
    qtbot.waitUntil(lambda: login.db is not None, timeout=10_000)
    assert login.sign_in_button.isEnabled()
    login.db.dispose()


def test_a_server_that_cannot_be_reached_is_said_and_another_connection_can_be_chosen(
    vi_app, qtbot, no_keyring, local_file
):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    profiles.save_profile(
        Profile(
            name="Máy chủ tắt",
            kind=POSTGRESQL,
            host="127.0.0.1",
            port=closed,
            database="coordboard",
            user="thuky",
        )
    )
    login = LoginDialog(None, "", choices=profiles.all_profiles(), current="Máy chủ tắt")
    qtbot.addWidget(login)
    with qtbot.waitSignal(login.connection_failed, timeout=10_000):
        pass
    assert f"không có dịch vụ nào ở cổng {closed}" in login.banner.text()
    assert not login.sign_in_button.isEnabled() and login.where.text() == "Chưa kết nối."
    with qtbot.waitSignal(login.connected, timeout=10_000):
        login.profile_combo.setCurrentIndex(login.profile_combo.findData(profiles.LOCAL))
    assert login.sign_in_button.isEnabled() and not login.banner.isVisibleTo(login)
    login.db.dispose()


def test_remember_me_keeps_the_app_password_in_the_keyring_only(
    vi_app, qtbot, demo_db, memory_keyring, tmp_path
):
    first = LoginDialog(demo_db, "demo.sqlite")
    qtbot.addWidget(first)
    assert first.remember.isEnabled() and not first.keyring_label.isVisibleTo(first)
    type_text(first.username, "thuky")
    type_text(first.password, "demo1234")
    first.remember.setChecked(True)
    sign_in_and_wait(qtbot, first)
    assert first.actor is not None
    assert memory_keyring.store == {("coordboard-login", "demo.sqlite/thuky"): "demo1234"}
    QSettings().sync()
    for path in tmp_path.rglob("*"):
        if path.is_file() and path.suffix in (".ini", ".conf", ".json"):
            assert "demo1234" not in path.read_text(encoding="utf-8", errors="replace"), path

    again = LoginDialog(demo_db, "demo.sqlite")
    qtbot.addWidget(again)
    assert again.username.text() == "thuky"
    qtbot.waitUntil(lambda: again.password.text() == "demo1234")  # the keyring, read on a worker
    assert again.remember.isChecked()
    again.remember.setChecked(False)  # unticked at the next sign-in: forgotten
    sign_in_and_wait(qtbot, again)
    assert memory_keyring.store == {}


def test_without_a_keyring_remember_me_is_off_and_the_dialog_says_why(
    vi_app, qtbot, demo_db, no_keyring
):
    login = LoginDialog(demo_db, "demo.sqlite")
    qtbot.addWidget(login)
    login.show()
    assert not login.remember.isEnabled() and not login.remember.isChecked()
    assert login.keyring_label.isVisible() and login.keyring_label.text() == NO_KEYRING


# --- switching from Settings -----------------------------------------------------------------


def test_switch_now_closes_the_window_and_signs_in_on_the_chosen_connection(
    vi_app, qtbot, demo_template, tmp_path, monkeypatch, no_keyring
):
    from coordboard import app as appmod
    from coordboard.ui.main_window import MainWindow

    main, copy = tmp_path / "ban-chinh.sqlite", tmp_path / "ban-thu.sqlite"
    shutil.copyfile(demo_template, main)
    shutil.copyfile(demo_template, copy)
    appmod.create_application()  # settings now live in the data folder, as in the app
    profiles.save_profile(Profile(name="Bản chính", kind=SQLITE, path=str(main)))
    profiles.save_profile(Profile(name="Bản thử", kind=SQLITE, path=str(copy)))
    set_start_profile("Bản chính")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    seen: dict[str, object] = {}

    def connected_login():
        login = modal(LoginDialog)
        return login if login is not None and login.db is not None else None

    def sign_in() -> None:
        login = connected_login()
        seen["first"] = (login.profile_combo.currentText(), login.where.text())
        login.username.setText("thuky")
        login.password.setText("demo1234")
        login.sign_in_button.click()
        when(main_window, switch)

    def main_window():
        return next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and w.isVisible()
            ),
            None,
        )

    def switch() -> None:
        window = main_window()
        window.show_page("settings")
        tab = window.current_page().database_tab
        tab.connections.view.selectRow(2)
        assert tab.connections.current().name == "Bản thử"
        when(lambda: main_window() is None and connected_login() is not None, look_and_quit)
        tab.switch_button.click()

    def look_and_quit() -> None:
        login = connected_login()
        seen["second"] = (login.profile_combo.currentText(), login.where.text())
        login.reject()

    when(lambda: connected_login() is not None, sign_in)
    assert appmod.run(None) == 0
    assert seen == {"first": ("Bản chính", str(main)), "second": ("Bản thử", str(copy))}
    assert start_profile_name() == "Bản thử"


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_server_address_on_the_command_line_asks_for_its_password(
    vi_app, qtbot, db, world, pg_server, no_keyring
):
    """`coordboard --db postgresql://user@host/db`, as `server init` prints it: the password
    is asked for (not from the command line, not kept)."""
    from coordboard import app as appmod

    pg_server.add_password_role("thuky_csdl", "Mật-khẩu-CSDL")
    target = make_url(db.url).set(username="thuky_csdl", drivername="postgresql")
    seen: list = []

    def wrong_then_right() -> None:
        dialog = modal(PasswordDialog)
        seen.append((dialog.banner.text(), dialog.remember.isVisibleTo(dialog)))
        type_text(dialog.password, "sai" if len(seen) == 1 else "Mật-khẩu-CSDL")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()
        if len(seen) == 1:
            when(lambda: modal(PasswordDialog) is not None, wrong_then_right)
        else:
            when(lambda: modal(LoginDialog) is not None, quit_at_sign_in)

    def quit_at_sign_in() -> None:
        login = modal(LoginDialog)
        seen.append(login.where.text())
        login.reject()

    when(lambda: modal(PasswordDialog) is not None, wrong_then_right)
    assert appmod.run(target.render_as_string(hide_password=False)) == 0
    assert seen[0] == ("", False)  # the server asked; nothing to keep a password under
    assert seen[1][0].endswith("từ chối mật khẩu của người dùng thuky_csdl.")
    assert seen[2].startswith("postgresql://thuky_csdl@127.0.0.1:")


def test_the_connections_list_keeps_the_chosen_one_through_a_reload(
    vi_app, qtbot, tmp_path, no_keyring, qtmodeltester
):
    from coordboard.ui.signin.connections import ConnectionsWidget

    for name in ("Bản chính", "Bản thử"):
        profiles.save_profile(Profile(name=name, kind=SQLITE, path=str(tmp_path / f"{name}.db")))
    widget = ConnectionsWidget()
    qtbot.addWidget(widget)
    widget.view.selectRow(2)
    assert widget.current().name == "Bản thử"
    qtmodeltester.check(widget.model)
    profiles.delete_profile("Bản chính")  # meanwhile, in the sign-in dialog's list
    profiles.save_profile(Profile(name="Bản cũ", kind=SQLITE, path=str(tmp_path / "cu.db")))
    widget.reload()  # e.g. after "Open at next start"
    assert [p.name for p in widget.model.rows][1:] == ["Bản thử", "Bản cũ"]
    assert widget.current().name == "Bản thử"
    qtmodeltester.check(widget.model)
