"""The server password in the keyring, as the connection dialogs keep it: read and written on
workers only (a locked keyring may wait for the user), never lost by a Save pressed before the
keyring answered, and a keyring that fails is said without closing the dialog. Also: a database
that finishes opening after its sign-in dialog closed is closed again."""

from __future__ import annotations

import threading

import keyring
import pytest
import shiboken6
from keyring.errors import KeyringError
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QWidget

from coordboard import profiles
from coordboard.profiles import POSTGRESQL, Profile
from coordboard.ui.signin.connections import ConnectionsWidget
from coordboard.ui.signin.connector import Connector
from coordboard.ui.signin.profile_dialog import ProfileDialog
from coordboard.ui.workers import wait_for_tasks
from test_profiles import MemoryKeyring
from ui.ui_helpers import type_text

SERVER = Profile(
    name="Máy chủ Sở Y tế", kind=POSTGRESQL, host="10.0.0.5", database="coordboard", user="thuky"
)
LOCKED = "Lỗi không mong đợi: the password store is locked"


class SlowKeyring(MemoryKeyring):
    """A password store that answers reads only once `released` is set (as a locked store
    waits for the user to unlock it), and raises on the operations named in `broken`."""

    def __init__(self) -> None:
        super().__init__()
        self.released = threading.Event()
        self.released.set()
        self.broken: set[str] = set()

    def _check(self, operation: str) -> None:
        if operation in self.broken:
            raise KeyringError("the password store is locked")

    def get_password(self, service, username):
        self._check("get")
        assert self.released.wait(5), "the keyring read was never released"
        return super().get_password(service, username)

    def set_password(self, service, username, password):
        self._check("set")
        super().set_password(service, username, password)

    def delete_password(self, service, username):
        self._check("delete")
        super().delete_password(service, username)


@pytest.fixture
def slow_keyring(vi_app):
    before = keyring.get_keyring()
    backend = SlowKeyring()
    keyring.set_keyring(backend)
    yield backend
    backend.released.set()
    wait_for_tasks()
    keyring.set_keyring(before)


def settle() -> None:
    """Every worker done and its answer delivered."""
    wait_for_tasks()
    QApplication.processEvents()


def press_save(dialog: ProfileDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Save).click()


@pytest.mark.parametrize("new_name", [SERVER.name, "Máy chủ mới"], ids=["same", "renamed"])
def test_save_before_the_keyring_answered_keeps_the_stored_password(qtbot, slow_keyring, new_name):
    profiles.save_profile(SERVER)
    profiles.store_password(SERVER.name, "secret")
    slow_keyring.released.clear()  # the dialog's read of the keyring is held
    dialog = ProfileDialog(SERVER)
    qtbot.addWidget(dialog)
    assert not dialog.keep_password.isChecked()  # not known yet
    dialog.name.setText(new_name)
    press_save(dialog)
    slow_keyring.released.set()
    qtbot.waitUntil(lambda: dialog.saved is not None)
    settle()
    assert slow_keyring.store == {("coordboard", new_name): "secret"}
    assert [p.name for p in profiles.load_profiles()] == [new_name]


def test_a_box_the_user_ticked_before_the_keyring_answered_stays_ticked(qtbot, slow_keyring):
    profiles.save_profile(SERVER)  # no password kept yet
    slow_keyring.released.clear()
    dialog = ProfileDialog(SERVER)
    qtbot.addWidget(dialog)
    dialog.keep_password.click()
    type_text(dialog.password, "Mật-khẩu-mới")
    slow_keyring.released.set()
    settle()  # the keyring said: nothing kept
    assert dialog.keep_password.isChecked()
    press_save(dialog)
    qtbot.waitUntil(lambda: dialog.saved is not None)
    assert slow_keyring.store == {("coordboard", SERVER.name): "Mật-khẩu-mới"}


def test_unticking_the_box_once_the_keyring_answered_forgets_the_password(qtbot, slow_keyring):
    profiles.save_profile(SERVER)
    profiles.store_password(SERVER.name, "secret")
    dialog = ProfileDialog(SERVER)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.keep_password.isChecked)
    assert dialog.password.placeholderText() != ""  # "kept in the password store"
    dialog.keep_password.click()
    press_save(dialog)
    qtbot.waitUntil(lambda: dialog.saved is not None)
    assert slow_keyring.store == {}


def test_a_keyring_that_cannot_be_read_is_said_and_its_password_stays(qtbot, slow_keyring):
    profiles.save_profile(SERVER)
    profiles.store_password(SERVER.name, "secret")
    slow_keyring.broken = {"get"}
    dialog = ProfileDialog(SERVER)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.banner.text() != "")
    assert dialog.banner.text() == LOCKED
    assert not dialog.keep_password.isChecked()
    press_save(dialog)
    qtbot.waitUntil(lambda: dialog.saved is not None)
    assert slow_keyring.store == {("coordboard", SERVER.name): "secret"}


def test_a_keyring_that_cannot_be_written_is_said_and_the_dialog_keeps_its_content(
    qtbot, slow_keyring
):
    slow_keyring.broken = {"set"}
    dialog = ProfileDialog()
    qtbot.addWidget(dialog)
    dialog.server_radio.setChecked(True)
    type_text(dialog.name, SERVER.name)
    type_text(dialog.host, SERVER.host)
    type_text(dialog.database, SERVER.database)
    type_text(dialog.user, SERVER.user)
    type_text(dialog.password, "Mật-khẩu-máy-chủ")
    assert dialog.keep_password.isChecked()
    press_save(dialog)
    qtbot.waitUntil(lambda: dialog.banner.text() != "")
    assert dialog.banner.text() == LOCKED
    assert dialog.saved is None and QDialog.result(dialog) == QDialog.Rejected  # not accepted
    assert (dialog.name.text(), dialog.host.text(), dialog.password.text()) == (
        SERVER.name,
        SERVER.host,
        "Mật-khẩu-máy-chủ",
    )
    assert dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Save).isEnabled()

    slow_keyring.broken = set()  # unlocked: Save again (the profiles file was written already)
    press_save(dialog)
    qtbot.waitUntil(lambda: dialog.saved is not None)
    assert slow_keyring.store == {("coordboard", SERVER.name): "Mật-khẩu-máy-chủ"}
    assert [p.name for p in profiles.load_profiles()] == [SERVER.name]


def test_deleting_a_connection_when_the_keyring_fails_says_so(qtbot, slow_keyring, monkeypatch):
    profiles.save_profile(SERVER)
    profiles.store_password(SERVER.name, "secret")
    slow_keyring.broken = {"delete"}
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    widget = ConnectionsWidget()
    qtbot.addWidget(widget)
    widget.view.selectRow(1)
    widget.delete_button.click()
    qtbot.waitUntil(lambda: warnings != [])
    assert warnings == [LOCKED]
    assert [p.name for p in widget.model.rows] == [profiles.LOCAL]  # the file was written

    profiles.save_profile(SERVER)
    slow_keyring.broken = set()
    widget.reload(select=SERVER.name)
    widget.delete_button.click()
    qtbot.waitUntil(lambda: slow_keyring.store == {})
    qtbot.waitUntil(lambda: [p.name for p in widget.model.rows] == [profiles.LOCAL])
    assert widget.current().name == profiles.LOCAL


class FakeDatabase:
    disposed = False

    def dispose(self) -> None:
        self.disposed = True


def test_a_database_opened_after_its_dialog_closed_is_disposed(vi_app, qtbot):
    database, release = FakeDatabase(), threading.Event()

    def slow_open(_profile: Profile, _password: str | None) -> FakeDatabase:
        assert release.wait(5)
        return database

    owner = QWidget()
    Connector(owner).start(profiles.local_profile(), slow_open)
    shiboken6.delete(owner)  # the sign-in dialog closed while the database opened
    release.set()
    qtbot.waitUntil(lambda: database.disposed)
