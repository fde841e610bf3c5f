"""The first start on a database without any account: its administrator is created here.

A FormDialog: the account is created on a worker (hashing the password takes a moment), the
dialog says it is saving meanwhile, and a refusal (a short password, a taken user name) shows
in the banner with everything typed kept.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from coordboard.db import Database
from coordboard.services import auth
from coordboard.ui.common.form_dialog import FormDialog
from coordboard.ui.operations import Changes


class FirstAdminDialog(FormDialog):
    """Shown once, on a database without any account."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Create the administrator — coordboard"), parent, min_width=480)
        self.db = db
        intro = QLabel(
            self.tr(
                "This database has no accounts yet. Create the administrator "
                "account; the administrator then adds the other users."
            )
        )
        intro.setWordWrap(True)
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
        self.buttons.button(QDialogButtonBox.Save).setText(self.tr("Create"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Quit"))
        self.layout().insertWidget(0, intro)  # above the banner, as the user reads it
        self.body.addLayout(form)

    def save(self) -> None:
        if self.password.text() != self.repeat.text():
            self.banner.show_message(self.tr("The passwords do not match."))
            return
        self.attempt(
            partial(
                auth.create_first_admin,
                self.db,
                self.username.text(),
                self.password.text(),
                self.full_name.text(),
            ),
            Changes.ACCOUNTS,
        )
