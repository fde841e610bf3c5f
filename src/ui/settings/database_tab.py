"""Settings → Database: the database in use (schema, backups) and this PC's connections.

Choosing another connection takes effect at the next start ("Open at next start"), or at once
with "Switch now", which closes the main window and returns to sign-in on that connection:
the pages, their open forms and the signed-in account all belong to one database, so there is
no switching under an open window.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordboard import config, profiles
from coordboard import db as dbmod
from coordboard.ui import operations
from coordboard.ui.common.errors import show_error
from coordboard.ui.context import AppContext
from coordboard.ui.signin.connections import ConnectionsWidget
from coordboard.ui.signin.connector import display_name, request_switch, set_start_profile
from coordboard.ui.signin.login_dialog import describe
from coordboard.ui.signin.password_dialog import keyring_note, note_label


class DatabaseTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        current = QGroupBox(self.tr("Database in use"))
        form = QFormLayout(current)
        where = QLabel(describe(ctx.db))
        where.setObjectName("databaseInUse")
        where.setWordWrap(True)
        self.revision = QLabel()
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setEnabled(ctx.db.is_sqlite and ctx.may_edit_boards)
        self.backup_button.clicked.connect(self.backup_now)
        form.addRow(self.tr("Database"), where)
        form.addRow(self.tr("Schema"), self.revision)
        if ctx.db.path is not None:
            form.addRow(self.tr("Backups"), QLabel(str(config.backup_dir_for(ctx.db.path))))
            backup_row = QHBoxLayout()
            backup_row.addWidget(self.backup_button)
            backup_row.addStretch(1)
            form.addRow("", backup_row)
        else:
            form.addRow(
                self.tr("Backups"),
                QLabel(
                    self.tr("The server's administrator backs up a PostgreSQL database (pg_dump).")
                ),
            )

        box = QGroupBox(self.tr("Connections of this PC"))
        intro = QLabel(
            self.tr(
                "Which database this PC opens: its own file, or a PostgreSQL server the board's PCs "
                'share. A choice here takes effect at the next start; "Switch now" closes this '
                "window and returns to sign-in on the chosen connection. The sign-in dialog offers "
                "the same choice."
            )
        )
        intro.setWordWrap(True)
        self.connections = ConnectionsWidget(ctx.db.url, self)
        self.start_button = QPushButton(self.tr("Open at next start"))
        self.start_button.setObjectName("openAtNextStart")
        self.switch_button = QPushButton(self.tr("Switch now"))
        self.switch_button.setObjectName("switchNow")
        self.connections.buttons.addWidget(self.start_button)
        self.connections.buttons.addWidget(self.switch_button)
        self.start_button.clicked.connect(self.open_at_next_start)
        self.switch_button.clicked.connect(self.switch_now)
        keyring = note_label(
            self.tr(
                'Passwords of servers and "remember me" are kept in the '
                "operating system's password store ({backend}), never in a "
                "settings file."
            ).format(backend=_keyring_name())
            if profiles.keyring_available()
            else keyring_note(),
            "keyringNote",
        )
        inner = QVBoxLayout(box)
        inner.addWidget(intro)
        inner.addWidget(self.connections, 1)
        inner.addWidget(keyring)

        layout = QVBoxLayout(self)
        layout.addWidget(current)
        layout.addWidget(box, 1)
        self.status = QLabel()
        self.status.setObjectName("connectionChoice")
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        layout.addLayout(row)

    def open_at_next_start(self) -> None:
        profile = self.connections.current()
        if profile is None:
            return
        set_start_profile(profile.name)
        self.connections.reload(select=profile.name)
        self.status.setText(
            self.tr("At the next start, coordboard opens {name}.").format(
                name=display_name(profile)
            )
        )

    def switch_now(self) -> None:
        profile = self.connections.current()
        if profile is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Switch connection"),
            self.tr(
                "Close this window and sign in again on {name}? Unsaved forms are closed."
            ).format(name=display_name(profile)),
        )
        if answer == QMessageBox.Yes:
            request_switch(profile.name)

    def refresh(self) -> None:
        """The schema revision the database is at."""
        engine = self.ctx.db.engine
        operations.query(
            self,
            lambda: dbmod.current_revision(engine),
            lambda revision: self.revision.setText(revision or ""),
            key="revision",
        )

    def backup_now(self) -> None:
        """A copy through SQLite's online backup, on a worker (a large file takes a while)."""
        path = self.ctx.db.path
        self.backup_button.setEnabled(False)

        def written(dest) -> None:
            self.backup_button.setEnabled(True)
            QMessageBox.information(
                self, self.tr("Backup"), self.tr("Backup written to {path}.").format(path=dest)
            )

        def failed(exc: BaseException) -> None:
            self.backup_button.setEnabled(True)
            show_error(self, exc)

        operations.query(self, lambda: dbmod.automatic_backup(path, "manual"), written, failed)


def _keyring_name() -> str:
    import keyring

    backend = keyring.get_keyring()
    return getattr(backend, "name", type(backend).__name__)
