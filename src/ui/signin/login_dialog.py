"""Login on start; on an empty database, the first start creates the administrator.

With connection profiles (`choices`), the sign-in dialog is also where this PC picks its
database: choosing another connection connects to it before anyone signs in, asking for the
server's password when the keyring has none. "Remember me" keeps the app password only in the
operating system's keyring; where there is none, the box is off and the dialog says why.
"""

from __future__ import annotations

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
from coordboard.ui import local_settings
from coordboard.ui.common.errors import message_for
from coordboard.ui.common.widgets import ErrorBanner
from coordboard.ui.context import AppContext
from coordboard.ui.signin.connector import Connector, display_name, set_start_profile
from coordboard.ui.signin.profile_dialogs import keyring_note


def describe(database: Database) -> str:
    """Where a database is, as the user sees it: never a password."""
    if database.path is not None:
        return str(database.path)
    from coordboard.db import public_url

    return public_url(database.url)


class LoginDialog(QDialog):
    """Signals: `connected` after a chosen connection was opened; `connection_failed(str)`
    with the message shown when it could not be."""

    connected = Signal()
    connection_failed = Signal(str)

    def __init__(
        self,
        db: Database | None,
        where: str,
        parent: QWidget | None = None,
        *,
        choices: list[Profile] | None = None,
        current: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.context: AppContext | None = None  # the signed-in user's, with the catalogue
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
        self.where = QLabel(where)
        self.where.setObjectName("databaseWhere")
        self.where.setWordWrap(True)
        self.where.setStyleSheet("color: #555;")
        form = QFormLayout()
        self.profile_combo: QComboBox | None = None
        if choices is not None:
            self.profile_combo = QComboBox()
            self.profile_combo.setObjectName("profileCombo")
            self.connections_button = QPushButton(self.tr("Connections…"))
            self.connections_button.clicked.connect(self.manage_connections)
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
        self.keyring_label = QLabel(keyring_note())
        self.keyring_label.setObjectName("noKeyringNote")
        self.keyring_label.setWordWrap(True)
        self.keyring_label.setStyleSheet("color: #555;")
        available = profiles.keyring_available()
        self.remember.setEnabled(available)
        self.keyring_label.setVisible(not available)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.sign_in_button = self.buttons.button(QDialogButtonBox.Ok)
        self.sign_in_button.setText(self.tr("Sign in"))
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
        self.banner.show_message("")
        self.sign_in_button.setEnabled(False)
        self.where.setText(self.tr("Connecting to {where}…").format(where=profile.describe()))
        self.connector.start(profile, profiles.open_profile)

    def _connected(self, database: Database) -> None:
        self.db = database
        self.where.setText(describe(database))
        self.sign_in_button.setEnabled(True)
        self._fill_remembered()
        try:
            empty = auth.needs_first_admin(database)
        except Exception as exc:  # noqa: BLE001 - the server went away meanwhile
            self.banner.show_message(message_for(exc))
            empty = False
        if empty:
            FirstAdminDialog(database, self).exec()
        self.connected.emit()

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
        username = self.username.text().strip().lower()
        remembered = profiles.remembered_login(self.profile_key, username) if username else None
        if remembered is not None:
            self.password.setText(remembered)
        self.remember.setChecked(remembered is not None)

    def try_login(self) -> None:
        if self.db is None:
            self.banner.show_message(self.tr("Not connected to a database yet."))
            return
        password = self.password.text()
        try:
            self.actor = auth.login(self.db, self.username.text(), password)
        except Exception as exc:  # noqa: BLE001 - domain refusal or a database that went away
            self.banner.show_message(message_for(exc))
            self.password.clear()
            self.password.setFocus()
            return
        self.context = AppContext.load(self.db, self.actor)
        local_settings.LAST_USERNAME.set(self.actor.username)
        if self.remember.isChecked():
            profiles.remember_login(self.profile_key, self.actor.username, password)
        else:
            profiles.forget_login(self.profile_key, self.actor.username)
        if self.choices is not None:
            set_start_profile(self.profile_key)  # the connection used last opens next time
        self.accept()


class FirstAdminDialog(QDialog):
    """Shown once, on a database without any account."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Create the administrator — coordboard"))
        self.setMinimumWidth(480)
        intro = QLabel(
            self.tr(
                "This database has no accounts yet. Create the administrator "
                "account; the administrator then adds the other users."
            )
        )
        intro.setWordWrap(True)
        self.banner = ErrorBanner(self)
        self.full_name = QLineEdit()
        self.username = QLineEdit("admin")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.Password)
        form = QFormLayout()
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Repeat the password"), self.repeat)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Create"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Quit"))
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def create(self) -> None:
        if self.password.text() != self.repeat.text():
            self.banner.show_message(self.tr("The passwords do not match."))
            return
        try:
            auth.create_first_admin(
                self.db, self.username.text(), self.password.text(), self.full_name.text()
            )
        except Exception as exc:  # noqa: BLE001 - shown in the form
            self.banner.show_message(message_for(exc))
            return
        self.accept()
