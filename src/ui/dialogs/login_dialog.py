"""Login on start; on an empty database, the first start creates the administrator."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)

from coordboard.db import Database
from coordboard.services import auth
from coordboard.services.auth_types import Actor
from coordboard.ui.errors import message_for
from coordboard.ui.widgets.common import ErrorBanner


class LoginDialog(QDialog):
    def __init__(self, db: Database, where: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Sign in — coordboard"))
        self.setMinimumWidth(440)
        self.banner = ErrorBanner(self)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.Password)
        database = QLabel(where)
        database.setWordWrap(True)
        database.setStyleSheet("color: #555;")
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Database"), database)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Sign in"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Quit"))
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h3>coordboard</h3>"))
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        last = QSettings().value("login/last_username", "")
        if last:  # the same person signs in on this PC day after day
            self.username.setText(str(last))
            self.password.setFocus()

    def try_login(self) -> None:
        try:
            self.actor = auth.login(self.db, self.username.text(), self.password.text())
        except Exception as exc:  # noqa: BLE001 - domain refusal or a database that went away
            self.banner.show_message(message_for(exc))
            self.password.clear()
            self.password.setFocus()
            return
        QSettings().setValue("login/last_username", self.actor.username)
        self.accept()


class FirstAdminDialog(QDialog):
    """Shown once, on a database without any account."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Create the administrator — coordboard"))
        self.setMinimumWidth(480)
        intro = QLabel(self.tr("This database has no accounts yet. Create the administrator "
                               "account; the administrator then adds the other users."))
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
            auth.create_first_admin(self.db, self.username.text(), self.password.text(),
                                    self.full_name.text())
        except Exception as exc:  # noqa: BLE001 - shown in the form
            self.banner.show_message(message_for(exc))
            return
        self.accept()
