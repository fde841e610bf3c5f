"""Editing a connection profile, and saying what "test connection" found.

A profile is a local SQLite file or a PostgreSQL server (profiles.py). Its password is never
written to the profiles file: it goes to the operating system's keyring when the user wants it
kept there. The keyring is read and written on workers (a locked keyring may wait for the user
to unlock it, a broken one raises), and so is the connection test (a server that does not
answer takes the whole connect timeout).

Whether the keyring keeps a password for an existing profile is unknown until the read on the
worker answers: until then (or when the read failed) a Save leaves the kept password alone
unless the user chose otherwise with the "keep" box, so a Save pressed early never deletes it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QWidget,
)

from coordboard import profiles
from coordboard.errors import DomainError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.profiles import POSTGRESQL, SQLITE, ConnectionCheck, Profile
from coordboard.ui import operations
from coordboard.ui.common.errors import message_for
from coordboard.ui.common.form_dialog import FormDialog
from coordboard.ui.common.widgets import mark_invalid
from coordboard.ui.signin.password_dialog import keyring_note, note_label


def describe_check(check: ConnectionCheck) -> str:
    """What "test connection" found, in a sentence."""
    if check.state == "new_file":
        return QCoreApplication.translate(
            "connections",
            "The file does not exist yet: it is created at the first start with this connection.",
        )
    if check.state == "current":
        text = QCoreApplication.translate(
            "connections",
            "Connected in {ms} ms to {server}: a coordboard database (schema {revision}).",
        )
    elif check.state == "older":
        text = QCoreApplication.translate(
            "connections",
            "Connected in {ms} ms to {server}, but the database has the older "
            "schema {revision}: an administrator must run 'coordboard db "
            "upgrade' first.",
        )
    else:
        text = QCoreApplication.translate(
            "connections",
            "Connected in {ms} ms to {server}; the database is still empty: "
            "prepare it with 'coordboard server init'.",
        )
    return text.format(ms=check.milliseconds, server=check.server, revision=check.revision)


SSL_LABELS = {  # what each libpq sslmode means to the person choosing it
    "disable": QT_TRANSLATE_NOOP("connections", "No encryption"),
    "allow": QT_TRANSLATE_NOOP("connections", "Encryption if the server insists"),
    "prefer": QT_TRANSLATE_NOOP("connections", "Encryption when the server offers it"),
    "require": QT_TRANSLATE_NOOP("connections", "Encryption required"),
    "verify-ca": QT_TRANSLATE_NOOP(
        "connections", "Encryption required, server certificate checked"
    ),
    "verify-full": QT_TRANSLATE_NOOP(
        "connections", "Encryption required, server certificate and name checked"
    ),
}


class ProfileDialog(FormDialog):
    """A new connection, or changes to one. `saved` is the saved Profile; `written` is the
    profile as this dialog last wrote it to the profiles file, even when keeping its password
    then failed (the list behind the dialog shows it)."""

    def __init__(self, profile: Profile | None = None, parent: QWidget | None = None) -> None:
        super().__init__("", parent, min_width=620)
        self.setObjectName("profileDialog")
        self.setWindowTitle(self.tr("Edit connection") if profile else self.tr("New connection"))
        self.original = profile
        self.written: Profile | None = None
        # whether the keyring keeps a password for `original`: None until the read answers
        self.stored: bool | None = None if profile else False
        self._keep_chosen = False  # the user clicked the "keep" box: the keyring's answer waits
        self.name = QLineEdit()
        self.name.setObjectName("profileName")
        self.name.setPlaceholderText(self.tr("e.g. Máy chủ Sở Y tế"))
        self.file_radio = QRadioButton(self.tr("A database file on this PC (SQLite)"))
        self.server_radio = QRadioButton(self.tr("A PostgreSQL server shared by the board's PCs"))
        kinds = QButtonGroup(self)
        kinds.addButton(self.file_radio)
        kinds.addButton(self.server_radio)

        self.path = QLineEdit()
        self.path.setObjectName("profilePath")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        file_page = QWidget()
        file_form = QFormLayout(file_page)
        file_form.setContentsMargins(0, 0, 0, 0)
        file_form.addRow(self.tr("File"), path_row)

        self.address = QLineEdit()
        self.address.setObjectName("profileAddress")
        self.address.setPlaceholderText("postgresql://thuky@10.0.0.5:5432/coordboard")
        self.address.editingFinished.connect(self._address_entered)
        self.host = QLineEdit()
        self.host.setObjectName("profileHost")
        self.host.setPlaceholderText(self.tr("name or IP address, e.g. 10.0.0.5"))
        self.port = QSpinBox()
        self.port.setObjectName("profilePort")
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.port.setGroupSeparatorShown(False)
        self.port.setMaximumWidth(120)
        self.database = QLineEdit()
        self.database.setObjectName("profileDatabase")
        self.user = QLineEdit()
        self.user.setObjectName("profileUser")
        self.sslmode = QComboBox()
        self.sslmode.setObjectName("profileSslMode")
        for mode in profiles.SSL_MODES:
            label = QCoreApplication.translate("connections", SSL_LABELS[mode])
            self.sslmode.addItem(f"{label} ({mode})", mode)
        self.password = QLineEdit()
        self.password.setObjectName("profilePassword")
        self.password.setEchoMode(QLineEdit.Password)
        self.keep_password = QCheckBox(self.tr("Keep the password in this PC's password store"))
        self.keep_password.setObjectName("keepPassword")
        self.keep_password.clicked.connect(self._keep_clicked)
        server_page = QWidget()
        server_form = QFormLayout(server_page)
        server_form.setContentsMargins(0, 0, 0, 0)
        server_form.addRow(self.tr("Address (optional)"), self.address)
        server_form.addRow(
            "",
            note_label(
                self.tr(
                    "Paste the address 'coordboard server init' printed, without a password: the "
                    "fields below are filled in from it."
                )
            ),
        )
        server_form.addRow(self.tr("Server"), self.host)
        server_form.addRow(self.tr("Port"), self.port)
        server_form.addRow(self.tr("Database"), self.database)
        server_form.addRow(self.tr("Database user"), self.user)
        server_form.addRow(self.tr("Encryption (SSL)"), self.sslmode)
        server_form.addRow(self.tr("Password"), self.password)
        server_form.addRow("", self.keep_password)
        self.keyring_label = note_label(
            keyring_note()
            if not profiles.keyring_available()
            else self.tr(
                "The password is kept only in the operating system's password store, never in a "
                "settings file."
            )
        )
        server_form.addRow(self.keyring_label)
        self.pages = QStackedWidget()
        self.pages.addWidget(file_page)
        self.pages.addWidget(server_page)

        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test_connection)
        self.result = QLabel()
        self.result.setObjectName("testResult")
        self.result.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.result, 1)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.file_radio)
        form.addRow(self.server_radio)
        self.body.addLayout(form)
        self.body.addWidget(self.pages)
        self.body.addLayout(test_row)
        self.fields = {
            "name": self.name,
            "path": self.path,
            "host": self.host,
            "port": self.port,
            "database": self.database,
            "user": self.user,
            "sslmode": self.sslmode,
            "url": self.address,
        }
        self.server_radio.toggled.connect(lambda on: self.pages.setCurrentIndex(int(on)))
        self._load(profile or Profile(name="", kind=POSTGRESQL, sslmode="prefer"))

    def _load(self, p: Profile) -> None:
        self.name.setText(p.name)
        (self.server_radio if p.kind == POSTGRESQL else self.file_radio).setChecked(True)
        self.pages.setCurrentIndex(int(p.kind == POSTGRESQL))
        self.path.setText(p.path)
        self._show_server(p)
        available = profiles.keyring_available()
        self.keep_password.setEnabled(available)
        self.keep_password.setChecked(available and not p.name)
        self.password.setPlaceholderText("")
        if p.name:
            name = p.name
            operations.query(
                self,
                lambda: profiles.stored_password(name) is not None,
                lambda stored: self._show_stored(stored, available),
                lambda exc: self.banner.show_message(message_for(exc)),  # stays unknown
                key="stored",
            )

    def _show_stored(self, stored: bool, available: bool) -> None:
        self.stored = stored
        self.password.setPlaceholderText(
            self.tr("kept in the password store; type to change it") if stored else ""
        )
        if not self._keep_chosen:
            self.keep_password.setChecked(available and stored)

    def _keep_clicked(self) -> None:
        self._keep_chosen = True

    def _show_server(self, p: Profile) -> None:
        self.host.setText(p.host)
        self.port.setValue(p.port)
        self.database.setText(p.database)
        self.user.setText(p.user)
        self.sslmode.setCurrentIndex(max(self.sslmode.findData(p.sslmode), 0))

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Database file"),
            self.path.text(),
            self.tr("coordboard database (*.sqlite)"),
            options=QFileDialog.DontConfirmOverwrite,
        )
        if name:
            self.path.setText(name)

    def _address_entered(self) -> None:
        """A pasted address (as `coordboard server init` prints it) fills in the fields."""
        text = self.address.text().strip()
        if not text:
            return
        mark_invalid(self.address, False)
        try:
            parsed = profiles.from_url(self.name.text() or "?", text)
        except DomainError as exc:
            self.banner.show_message(message_for(exc))
            mark_invalid(self.address, True)
            self.address.clear()  # never keep a password typed into it
            return
        self.banner.show_message("")
        if parsed.kind == POSTGRESQL:
            self._show_server(parsed)
        self.address.clear()

    def profile(self) -> Profile:
        kind = POSTGRESQL if self.server_radio.isChecked() else SQLITE
        return Profile(
            name=self.name.text(),
            kind=kind,
            path=self.path.text() if kind == SQLITE else "",
            host=self.host.text() if kind == POSTGRESQL else "",
            port=self.port.value(),
            database=self.database.text(),
            user=self.user.text(),
            sslmode=self.sslmode.currentData(),
        )

    def test_connection(self) -> None:
        """On a worker, with the password typed here or else the one the keyring keeps."""
        for widget in self.fields.values():
            mark_invalid(widget, False)
        self.banner.show_message("")
        profile = replace(self.profile(), name=self.name.text() or "?")
        typed = self.password.text()
        kept = self.original.name if self.original else None  # the keyring's, if none typed
        self.test_button.setEnabled(False)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Testing…"))

        def done(check: ConnectionCheck) -> None:
            self.test_button.setEnabled(True)
            self.result.setStyleSheet("color: #0b6a0b;" if check.state == "current" else "")
            self.result.setText(describe_check(check))

        def failed(exc: BaseException) -> None:
            self.test_button.setEnabled(True)
            self.result.setText("")
            self.banner.show_message(message_for(exc))
            if isinstance(exc, DomainError):
                mark_invalid(self.fields.get(exc.field or ""), True)

        def check() -> ConnectionCheck:
            password = None
            if profile.kind == POSTGRESQL:
                password = typed or (profiles.stored_password(kept) if kept else None)
            return profiles.check_connection(profile, password)

        operations.query(self, check, done, failed)

    def save(self) -> None:
        """On a worker: the profiles file first (a rename moves the kept password), then the
        keyring. A password is forgotten only when the user wants none kept and either the
        keyring's answer showed the box as it is or the user set it."""
        if self.saving:
            return
        profile = self.profile()
        replace_name = self.original.name if self.original else None
        password, keep = self.password.text(), self.keep_password.isChecked()
        forget = not keep and (self.stored is not None or self._keep_chosen)
        written: list[Profile] = []

        def work() -> Profile:
            saved = profiles.save_profile(profile, replace_name=replace_name)
            written.append(saved)
            if saved.kind != POSTGRESQL:
                profiles.forget_password(saved.name)
            elif keep and password:
                profiles.store_password(saved.name, password)
            elif forget:
                profiles.forget_password(saved.name)
            return saved

        def settled(_ok: bool) -> None:
            self.save_finished.disconnect(settled)
            if written:  # a Save again (after the keyring failed) replaces what was written
                self.original = self.written = written[0]

        self.save_finished.connect(settled)
        self.attempt(work, operations.Changes.NOTHING)
