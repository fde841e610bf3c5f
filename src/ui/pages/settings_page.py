"""Settings: the agency and sector catalogue, accounts, and the database itself."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QFormLayout, QHBoxLayout, QLabel,
                               QMessageBox, QPushButton, QTableView, QTabWidget, QVBoxLayout,
                               QWidget)

from coordboard import config, db as dbmod
from coordboard.i18n import translate
from coordboard.services import auth, boards, catalogue
from coordboard.services.auth_types import ROLE_LABELS
from coordboard.ui.context import AppContext
from coordboard.ui.dialogs.settings_dialogs import AgencyDialog, SectorDialog, UserDialog
from coordboard.ui.errors import show_error
from coordboard.ui.models.rows_table_model import RowsTableModel
from coordboard.ui.workers import run_task


def _table(model: RowsTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    return view


class _ListTab(QWidget):
    """A table with New / Edit buttons above it."""

    def __init__(self, model: RowsTableModel, name: str, editable: bool, note: str = "") -> None:
        super().__init__()
        self.model = model
        self.view = _table(model, name)
        self.new_button = QPushButton(self.tr("New"))
        self.edit_button = QPushButton(self.tr("Edit"))
        for button in (self.new_button, self.edit_button):
            button.setEnabled(editable)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        if note:
            label = QLabel(note)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addLayout(buttons)
        layout.addWidget(self.view)
        self.view.doubleClicked.connect(lambda *_: self.edit_button.click())

    def current(self):
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None


class SettingsPage(QWidget):
    """Signals: `catalogue_changed` after an agency or sector was saved; `loaded` after refresh."""

    catalogue_changed = Signal()
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        editor = ctx.may_edit_boards
        admin = ctx.actor.is_admin
        sector_names = lambda a: a.sector_name  # noqa: E731
        self.agencies = _ListTab(RowsTableModel([
            (self.tr("Code"), lambda a: a.code), (self.tr("Name"), lambda a: a.name),
            (self.tr("Short name"), lambda a: a.short_name), (self.tr("Sector"), sector_names),
            (self.tr("In use"), lambda a: self.tr("yes") if a.active else self.tr("no")),
        ], self), "agenciesTable", editor,
            self.tr("Agencies that send members to boards. Agencies no longer in use stay in the "
                    "history; untick 'In use' instead of deleting them."))
        self.sectors = _ListTab(RowsTableModel([
            (self.tr("Code"), lambda s: s.code), (self.tr("Name"), lambda s: s.name),
        ], self), "sectorsTable", editor)
        self.accounts = _ListTab(RowsTableModel([
            (self.tr("User name"), lambda u: u.username), (self.tr("Full name"), lambda u: u.full_name),
            (self.tr("Role"), lambda u: translate("roles", ROLE_LABELS.get(u.role, u.role))),
            (self.tr("Agency"), lambda u: u.agency_name),
            (self.tr("Status"), lambda u: self.tr("active") if u.active else self.tr("disabled")),
        ], self), "accountsTable", admin,
            "" if admin else self.tr("Only an administrator manages accounts."))
        self.agencies.new_button.clicked.connect(lambda: self._edit_agency(None))
        self.agencies.edit_button.clicked.connect(lambda: self._edit_agency(self.agencies.current()))
        self.sectors.new_button.clicked.connect(lambda: self._edit_sector(None))
        self.sectors.edit_button.clicked.connect(lambda: self._edit_sector(self.sectors.current()))
        self.accounts.new_button.clicked.connect(lambda: self._edit_user(None))
        self.accounts.edit_button.clicked.connect(lambda: self._edit_user(self.accounts.current()))

        self.database_tab = QWidget()
        form = QFormLayout(self.database_tab)
        where = str(ctx.db.path) if ctx.db.path else ctx.db.engine.url.render_as_string(
            hide_password=True)
        self.revision = QLabel()
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setEnabled(ctx.db.is_sqlite and editor)
        self.backup_button.clicked.connect(self.backup_now)
        form.addRow(self.tr("Database"), QLabel(where))
        form.addRow(self.tr("Schema"), self.revision)
        if ctx.db.path is not None:
            form.addRow(self.tr("Backups"), QLabel(str(config.backup_dir_for(ctx.db.path))))
        form.addRow("", self.backup_button)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.agencies, self.tr("Agencies"))
        self.tabs.addTab(self.sectors, self.tr("Sectors"))
        self.tabs.addTab(self.accounts, self.tr("Accounts"))
        self.tabs.addTab(self.database_tab, self.tr("Database"))
        QVBoxLayout(self).addWidget(self.tabs)

    def refresh(self, catalogue_changed: bool = False) -> None:
        """Reload every tab; with `catalogue_changed`, tell the other pages once the new
        catalogue is in place."""
        ctx = self.ctx

        def load():  # worker thread: read only, touch nothing shared
            users = auth.list_users(ctx.db, ctx.actor) if ctx.actor.is_admin else []
            return (catalogue.load_catalogue(ctx.db, ctx.actor), users,
                    dbmod.current_revision(ctx.db.engine))

        def fill(result) -> None:
            cat, users, revision = result
            ctx.cat = cat
            self.agencies.model.set_rows(cat.agencies)
            self.sectors.model.set_rows(cat.sectors)
            self.accounts.model.set_rows(users)
            self.agencies.view.sortByColumn(1, Qt.AscendingOrder)  # by name, Vietnamese order
            for tab in (self.agencies, self.sectors, self.accounts):
                tab.view.resizeColumnsToContents()
            self.revision.setText(revision or "")
            if catalogue_changed:
                self.catalogue_changed.emit()
            self.loaded.emit()

        run_task(load, fill, lambda exc: show_error(self, exc), owner=self)

    def _after(self, dialog, changes_catalogue: bool = True) -> None:
        if dialog.exec() and dialog.saved is not None:
            self.refresh(catalogue_changed=changes_catalogue)

    def _edit_agency(self, agency) -> None:
        self._after(AgencyDialog(self.ctx, agency, self))

    def _edit_sector(self, sector) -> None:
        self._after(SectorDialog(self.ctx, sector, self))

    def _edit_user(self, user) -> None:
        board_list = [(b.id, b.name) for b in boards.list_boards(self.ctx.db, self.ctx.actor)]
        self._after(UserDialog(self.ctx, board_list, user, self), changes_catalogue=False)

    def backup_now(self) -> None:
        path = self.ctx.db.path
        run_task(lambda: dbmod.automatic_backup(path, "manual"),
                 lambda dest: QMessageBox.information(
                     self, self.tr("Backup"), self.tr("Backup written to {path}.").format(path=dest)),
                 lambda exc: show_error(self, exc), owner=self)
