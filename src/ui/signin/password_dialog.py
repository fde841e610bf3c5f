"""Asking for a database server's password, and what to say where this PC has no keyring.

A password typed here goes to the operating system's keyring only when the user ticks the box
(and the server accepted it, connector.py); where this PC has no keyring it is asked for at
each start.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coordboard import profiles
from coordboard.profiles import Profile
from coordboard.ui.common.widgets import ErrorBanner


def keyring_note() -> str:
    return QCoreApplication.translate(
        "connections",
        "This PC has no password store of the operating system; the password "
        "will be asked for each time.",
    )


def note_label(text: str, name: str = "") -> QLabel:
    """A grey, wrapped note under a form (where a database is, why no password is kept)."""
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555;")
    return label


class PasswordDialog(QDialog):
    """The password of a database user, for one connection."""

    def __init__(
        self, profile: Profile, note: str = "", parent: QWidget | None = None, *, keep: bool = True
    ) -> None:
        """`keep`: offer to keep the password in the keyring (a connection profile's); an
        address given on the command line has no profile to keep it under."""
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("Database password"))
        self.setMinimumWidth(460)
        intro = QLabel(
            self.tr(
                "The server {host}:{port} asks for the password of database user "
                "{user} (database {database})."
            ).format(
                host=profile.host, port=profile.port, user=profile.user, database=profile.database
            )
        )
        intro.setWordWrap(True)
        self.banner = ErrorBanner(self)
        self.banner.show_message(note)
        self.password = QLineEdit()
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.Password)
        self.remember = QCheckBox(self.tr("Keep the password in this PC's password store"))
        self.remember.setObjectName("rememberServerPassword")
        available = profiles.keyring_available()
        self.remember.setChecked(available)
        self.remember.setEnabled(available)
        form = QFormLayout()
        form.addRow(self.tr("Password"), self.password)
        if keep:
            form.addRow("", self.remember)
        else:
            self.remember.setChecked(False)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Connect"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        self.keyring_label = note_label(keyring_note())
        if keep and not available:
            layout.addWidget(self.keyring_label)
        layout.addWidget(buttons)
        self.password.setFocus()
