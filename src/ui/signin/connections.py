"""The connections of this PC: a list with New / Edit / Delete / Test connection.

Shown in Settings → Database and, before anyone has signed in, from the sign-in dialog
(ConnectionsDialog). The profiles are this PC's own settings, not data of a database. Deleting
one also forgets its password in the keyring, on a worker like every password the ui reads or
writes there (only whether a keyring exists is asked on the GUI thread).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordboard import profiles
from coordboard.profiles import POSTGRESQL, Profile
from coordboard.ui import operations
from coordboard.ui.common.errors import message_for, show_error
from coordboard.ui.common.rows_table_model import RowsTableModel
from coordboard.ui.common.widgets import ErrorBanner
from coordboard.ui.signin.connector import Connector, display_name, start_profile_name
from coordboard.ui.signin.profile_dialog import ProfileDialog, describe_check


class ConnectionsWidget(QWidget):
    """The list of this PC's connection profiles, with New / Edit / Delete / Test."""

    def __init__(self, in_use_url: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.in_use_url = in_use_url
        self.model = RowsTableModel(
            [
                (self.tr("Connection"), display_name),
                (
                    self.tr("Kind"),
                    lambda p: (
                        self.tr("PostgreSQL server")
                        if p.kind == POSTGRESQL
                        else self.tr("File on this PC")
                    ),
                ),
                (self.tr("Where"), lambda p: p.describe()),
                (self.tr("Status"), self._status),
            ],
            self,
        )
        self.view = QTableView()
        self.view.setObjectName("connectionsTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setMinimumHeight(120)
        self.new_button = QPushButton(self.tr("New…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("testSelectedConnection")
        self.buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button, self.test_button):
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        self.banner = ErrorBanner(self)
        self.result = QLabel()
        self.result.setObjectName("connectionTestResult")
        self.result.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.buttons)
        layout.addWidget(self.view)
        layout.addWidget(self.banner)
        layout.addWidget(self.result)
        self.connector = Connector(self)
        self.connector.done.connect(self._tested)
        self.connector.failed.connect(self._test_failed)
        self.new_button.clicked.connect(lambda: self._edit(None))
        self.edit_button.clicked.connect(lambda: self._edit(self.current()))
        self.delete_button.clicked.connect(self.delete_current)
        self.test_button.clicked.connect(self.test_current)
        self.view.doubleClicked.connect(lambda *_: self.edit_button.click())
        self.reload()
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self._selection_changed()

    def _status(self, profile: Profile) -> str:
        notes = []
        if self.in_use_url and profiles.same_database(profile, self.in_use_url):
            notes.append(self.tr("in use now"))
        if profile.name == start_profile_name():
            notes.append(self.tr("opened at start"))
        return ", ".join(notes)

    def reload(self, select: str | None = None) -> None:
        keep = select if select is not None else (self.current().name if self.current() else None)
        try:
            rows = profiles.all_profiles()
        except Exception as exc:  # noqa: BLE001 - a damaged profiles file: say so
            self.banner.show_message(message_for(exc))
            rows = [profiles.local_profile()]
        self.model.set_rows(rows)
        names = [p.name for p in rows]
        self.view.selectRow(names.index(keep) if keep in names else 0)

    def current(self) -> Profile | None:
        if self.view.selectionModel() is None:
            return None
        selected = self.view.selectionModel().selectedRows()
        return self.model.row_at(selected[0].row()) if selected else None

    def _selection_changed(self) -> None:
        profile = self.current()
        editable = profile is not None and profile.name != profiles.LOCAL
        self.edit_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        self.test_button.setEnabled(profile is not None)
        self.result.clear()
        self.banner.show_message("")

    def _edit(self, profile: Profile | None) -> None:
        dialog = ProfileDialog(profile, self)
        dialog.exec()
        if dialog.written is not None:  # saved, or written before keeping its password failed
            self.reload(select=dialog.written.name)

    def delete_current(self) -> None:
        profile = self.current()
        if profile is None or profile.name == profiles.LOCAL:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete connection"),
            self.tr(
                "Delete the connection {name}? Its password is removed from this PC's "
                "password store; the database itself is not touched."
            ).format(name=profile.name),
        )
        if answer != QMessageBox.Yes:
            return
        name = profile.name
        self.edit_button.setEnabled(False)  # until the worker is done: no second Delete
        self.delete_button.setEnabled(False)

        def failed(exc: BaseException) -> None:  # a file that cannot be written, a keyring
            self.reload()  # the file may be written already when the keyring refused
            self._selection_changed()
            show_error(self, exc)

        operations.save(
            self,
            lambda: profiles.delete_profile(name),
            lambda _: self.reload(select=profiles.LOCAL),
            failed,
            changes=operations.Changes.NOTHING,
        )

    def test_current(self) -> None:
        profile = self.current()
        if profile is None:
            return
        self.banner.show_message("")
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Testing {name}…").format(name=display_name(profile)))
        self.test_button.setEnabled(False)
        self.connector.start(profile, profiles.check_connection)

    def _tested(self, check) -> None:
        self.test_button.setEnabled(True)
        self.result.setStyleSheet("color: #0b6a0b;" if check.state == "current" else "")
        self.result.setText(describe_check(check))

    def _test_failed(self, message: str) -> None:
        self.test_button.setEnabled(True)
        self.result.clear()
        self.banner.show_message(message)


class ConnectionsDialog(QDialog):
    """The connections list on its own, from the sign-in dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionsDialog")
        self.setWindowTitle(self.tr("Connections of this PC"))
        self.resize(760, 360)
        self.connections = ConnectionsWidget(parent=self)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.connections)
        layout.addWidget(buttons)
