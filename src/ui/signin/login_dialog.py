"""Sign-in on start; on an empty database, the first start creates the administrator
(first_admin_dialog.py).

With connection profiles (`choices`), the sign-in dialog is also where this PC picks its
database: choosing another connection connects to it before anyone signs in, asking for the
server's password when the keyring has none. "Remember me" keeps the app password only in the
operating system's keyring; where there is none, the box is off and the dialog says why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordboard import profiles
from coordboard.db import Database
from coordboard.profiles import Profile
from coordboard.services import auth
from coordboard.services.actor import Actor
from coordboard.ui import local_settings, operations
from coordboard.ui.common.errors import message_for
from coordboard.ui.common.widgets import ErrorBanner
from coordboard.ui.context import AppContext
from coordboard.ui.signin.connector import Connector, display_name, set_start_profile
from coordboard.ui.signin.first_admin_dialog import FirstAdminDialog
from coordboard.ui.signin.password_dialog import keyring_note, note_label


def describe(database: Database) -> str:
    """Where a database is, as the user sees it: never a password."""
    if database.path is not None:
        return str(database.path)
    from coordboard.db import public_url

    return public_url(database.url)


class LoginDialog(QDialog):
    """Signals: `connected` after a connection was opened and checked for accounts (on an
    empty database, once the administrator dialog closed); `connection_failed(str)` with the
    message shown when it could not be opened; `sign_in_finished(bool)` once a sign-in is
    settled (True: signed in, the dialog closes).

    Signing in runs on a worker: the password check (argon2) takes a noticeable moment, and
    the same worker reads the catalogue into `context` and runs `prepare(database)` (app.py
    passes what must happen before the main window opens), so the main window opens without
    a database call on the GUI thread. Meanwhile the dialog says it is signing in and a second
    Sign in does nothing.
    """

    connected = Signal()
    connection_failed = Signal(str)
    sign_in_finished = Signal(bool)

    def __init__(
        self,
        db: Database | None,
        where: str,
        parent: QWidget | None = None,
        *,
        choices: list[Profile] | None = None,
        current: str | None = None,
        prepare: Callable[[Database], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.context: AppContext | None = None  # the signed-in user's, with the catalogue
        self.prepared: Any = None  # what `prepare` returned
        self.prepare = prepare
        self.signing_in = False
        self._remembering = False  # the keyring's answer for the typed user name is on its way
        self._sign_in_when_remembered = False
        self.choices = choices
        self.profile_key = where  # "remember me" is kept per connection
        self.setWindowTitle(self.tr("Sign in — coordboard"))
        self.setMinimumWidth(480)
        self.banner = ErrorBanner(self)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.Password)
        self.remember = QCheckBox(self.tr("Remember my password on this PC"))
        self.remember.setObjectName("rememberMe")
        self.where = note_label(where, "databaseWhere")
        form = QFormLayout()
        self.profile_combo: QComboBox | None = None
        self._choosing: list[QWidget] = []  # what picks the connection: not while signing in
        if choices is not None:
            self.profile_combo = QComboBox()
            self.profile_combo.setObjectName("profileCombo")
            self.connections_button = QPushButton(self.tr("Connections…"))
            self.connections_button.clicked.connect(self.manage_connections)
            self._choosing = [self.profile_combo, self.connections_button]
            row = QHBoxLayout()
            row.addWidget(self.profile_combo, 1)
            row.addWidget(self.connections_button)
            form.addRow(self.tr("Connection"), row)
            form.addRow("", self.where)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.remember)
        if choices is None:
            form.addRow(self.tr("Database"), self.where)
        self.keyring_label = note_label(keyring_note(), "noKeyringNote")
        available = profiles.keyring_available()
        self._may_remember = available
        self.remember.setEnabled(available)
        self.keyring_label.setVisible(not available)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.sign_in_button = self.buttons.button(QDialogButtonBox.Ok)
        self.sign_in_button.setText(self.tr("Sign in"))
        self._sign_in_text = self.sign_in_button.text()
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Quit"))
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h3>coordboard</h3>"))
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.keyring_label)
        layout.addWidget(self.buttons)
        self.username.editingFinished.connect(self._fill_remembered)
        last = local_settings.LAST_USERNAME.get()
        if last:  # the same person signs in on this PC day after day
            self.username.setText(last)
            self.password.setFocus()
        self.connector = Connector(self)
        self.connector.done.connect(self._connected)
        self.connector.failed.connect(self._failed)
        if choices is not None:
            self._fill_choices(current)
            self.profile_combo.currentIndexChanged.connect(lambda _i: self.switch_to_chosen())
            self.switch_to_chosen()
        else:
            self._fill_remembered()
            if db is not None:
                self._check_accounts(db)

    # --- connections ------------------------------------------------------------------------
    def _fill_choices(self, current: str | None) -> None:
        combo = self.profile_combo
        combo.blockSignals(True)
        combo.clear()
        for profile in self.choices:
            combo.addItem(display_name(profile), profile.name)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def chosen(self) -> Profile | None:
        name = self.profile_combo.currentData() if self.profile_combo else None
        return next((p for p in self.choices or () if p.name == name), None)

    def switch_to_chosen(self) -> None:
        """Connect to the chosen profile (in a worker); sign-in waits until it is open."""
        profile = self.chosen()
        if profile is None:
            return
        if self.db is not None:
            self.db.dispose()
            self.db = None
        self.profile_key = profile.name
        operations.supersede(self, "accounts")
        self.banner.show_message("")
        self.sign_in_button.setEnabled(False)
        self.where.setText(self.tr("Connecting to {where}…").format(where=profile.describe()))
        self.connector.start(profile, profiles.open_profile)

    def _connected(self, database: Database) -> None:
        self.db = database
        self.where.setText(describe(database))
        self.sign_in_button.setEnabled(True)
        self._fill_remembered()
        self._check_accounts(database)

    def _check_accounts(self, database: Database) -> None:
        """A database without any account: its administrator is created first."""

        def checked(empty: bool) -> None:
            if empty:
                created = FirstAdminDialog(database, self).exec() == QDialog.Accepted
                if not created and self.choices is None:
                    self.reject()  # only this database to sign in to: nobody can
                    return
            self.connected.emit()

        def failed(exc: BaseException) -> None:  # the server went away meanwhile
            self.banner.show_message(message_for(exc))
            self.connected.emit()

        operations.query(
            self, lambda: auth.needs_first_admin(database), checked, failed, key="accounts"
        )

    def _failed(self, message: str) -> None:
        self.where.setText(self.tr("Not connected."))
        self.banner.show_message(message)
        self.sign_in_button.setEnabled(False)
        self.connection_failed.emit(message)

    def manage_connections(self) -> None:
        from coordboard.ui.signin.connections import ConnectionsDialog

        before = self.chosen()
        ConnectionsDialog(self).exec()
        self.choices = profiles.all_profiles()
        self._fill_choices(before.name if before else None)
        if self.chosen() != before:  # the chosen one was edited or deleted
            self.switch_to_chosen()

    # --- signing in -------------------------------------------------------------------------
    def _fill_remembered(self) -> None:
        """The password "remember me" kept for the typed user name, read on a worker."""
        username = self.username.text().strip().lower()
        if not username:
            operations.supersede(self, "remembered")
            self._remembered(username, None)
            return
        key = self.profile_key
        self._remembering = True
        operations.query(
            self,
            lambda: profiles.remembered_login(key, username),
            lambda remembered: self._remembered(username, remembered),
            lambda _exc: self._remembered(username, None),  # an unreadable keyring: nothing kept
            key="remembered",
        )

    def _remembered(self, username: str, remembered: str | None) -> None:
        self._remembering = False
        if self.username.text().strip().lower() == username:
            if remembered is not None:
                self.password.setText(remembered)
            self.remember.setChecked(remembered is not None)
        if self._sign_in_when_remembered:
            self._sign_in_when_remembered = False
            self.try_login()

    def try_login(self) -> None:
        if self.signing_in:
            return  # Sign in pressed again while the first attempt runs
        if self.db is None:
            self.banner.show_message(self.tr("Not connected to a database yet."))
            return
        if self._remembering:  # Enter in the user name: sign in with what the keyring keeps
            self._sign_in_when_remembered = True
            return
        database, username, password = self.db, self.username.text(), self.password.text()
        remember, key, prepare = self.remember.isChecked(), self.profile_key, self.prepare

        def work() -> tuple[AppContext, Any]:
            actor = auth.login(database, username, password)
            context = AppContext.load(database, actor)
            if remember:
                profiles.remember_login(key, actor.username, password)
            else:
                profiles.forget_login(key, actor.username)
            return context, prepare(database) if prepare is not None else None

        self._set_signing_in(True)
        operations.query(self, work, self._signed_in, self._refused, key="sign-in")

    def _set_signing_in(self, on: bool) -> None:
        self.signing_in = on
        self.sign_in_button.setText(self.tr("Signing in…") if on else self._sign_in_text)
        self.sign_in_button.setEnabled(not on and self.db is not None)
        self.buttons.button(QDialogButtonBox.Cancel).setEnabled(not on)
        self.remember.setEnabled(not on and self._may_remember)
        for field in (self.username, self.password):
            field.setReadOnly(on)  # what was typed stays readable, and is kept on refusal
        for widget in self._choosing:
            widget.setEnabled(not on)

    def _signed_in(self, answer: tuple[AppContext, Any]) -> None:
        self.context, self.prepared = answer
        self.actor = self.context.actor
        self._set_signing_in(False)
        local_settings.LAST_USERNAME.set(self.actor.username)
        if self.choices is not None:
            set_start_profile(self.profile_key)  # the connection used last opens next time
        self.sign_in_finished.emit(True)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        """A domain refusal (wrong password, locked account) or a database that went away."""
        self._set_signing_in(False)
        self.banner.show_message(message_for(exc))
        self.password.clear()
        self.password.setFocus()
        self.sign_in_finished.emit(False)

    def reject(self) -> None:
        if self.signing_in:
            return  # Esc or the window's close button while signing in: the attempt decides
        super().reject()
