"""Settings: the agency and sector catalogue, accounts, the working calendar
(calendar_tab.py), and the database itself (database_tab.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from coordboard.i18n import translate
from coordboard.services import auth, boards, catalogue
from coordboard.services.actor import ROLE_LABELS
from coordboard.ui import operations
from coordboard.ui.common.page import Page
from coordboard.ui.common.rows_table_model import RowsTableModel
from coordboard.ui.context import AppContext
from coordboard.ui.operations import Changes
from coordboard.ui.settings.calendar_tab import CalendarTab
from coordboard.ui.settings.database_tab import DatabaseTab
from coordboard.ui.settings.list_tab import ListTab
from coordboard.ui.settings.settings_dialogs import AgencyDialog, SectorDialog, UserDialog


class SettingsPage(Page):
    """Signals: `loaded` after refresh. A saved agency or sector reaches the other pages through
    the main window (ui/operations.py announces the change)."""

    watches = Changes.CATALOGUE | Changes.ACCOUNTS | Changes.CALENDAR | Changes.BOARDS

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        editor = ctx.may_edit_boards
        admin = ctx.actor.is_admin
        sector_names = lambda a: a.sector_name  # noqa: E731
        self.agencies = ListTab(
            RowsTableModel(
                [
                    (self.tr("Code"), lambda a: a.code),
                    (self.tr("Name"), lambda a: a.name),
                    (self.tr("Short name"), lambda a: a.short_name),
                    (self.tr("Sector"), sector_names),
                    (self.tr("In use"), lambda a: self.tr("yes") if a.active else self.tr("no")),
                ],
                self,
            ),
            "agenciesTable",
            editor,
            self.tr(
                "Agencies that send members to boards. Agencies no longer in use stay in the "
                "history; untick 'In use' instead of deleting them."
            ),
        )
        self.sectors = ListTab(
            RowsTableModel(
                [
                    (self.tr("Code"), lambda s: s.code),
                    (self.tr("Name"), lambda s: s.name),
                ],
                self,
            ),
            "sectorsTable",
            editor,
        )
        self.accounts = ListTab(
            RowsTableModel(
                [
                    (self.tr("User name"), lambda u: u.username),
                    (self.tr("Full name"), lambda u: u.full_name),
                    (
                        self.tr("Role"),
                        lambda u: translate("roles", ROLE_LABELS.get(u.role, u.role)),
                    ),
                    (self.tr("Agency"), lambda u: u.agency_name),
                    (
                        self.tr("Status"),
                        lambda u: self.tr("active") if u.active else self.tr("disabled"),
                    ),
                ],
                self,
            ),
            "accountsTable",
            admin,
            "" if admin else self.tr("Only an administrator manages accounts."),
        )
        self.agencies.new_button.clicked.connect(lambda: self._edit_agency(None))
        self.agencies.edit_button.clicked.connect(
            lambda: self._edit_agency(self.agencies.current())
        )
        self.sectors.new_button.clicked.connect(lambda: self._edit_sector(None))
        self.sectors.edit_button.clicked.connect(lambda: self._edit_sector(self.sectors.current()))
        self.accounts.new_button.clicked.connect(lambda: self._edit_user(None))
        self.accounts.edit_button.clicked.connect(lambda: self._edit_user(self.accounts.current()))

        self.agencies.view.sortByColumn(1, Qt.AscendingOrder)  # by name, Vietnamese order
        self.database_tab = DatabaseTab(ctx)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.agencies, self.tr("Agencies"))
        self.tabs.addTab(self.sectors, self.tr("Sectors"))
        self.tabs.addTab(self.accounts, self.tr("Accounts"))
        self.calendar = CalendarTab(ctx)
        self.tabs.addTab(self.calendar, self.tr("Working calendar"))
        self.tabs.addTab(self.database_tab, self.tr("Database"))
        QVBoxLayout(self).addWidget(self.tabs)

    def refresh(self) -> None:
        """Reload every tab; the tables keep their sort and their selected rows."""
        ctx = self.ctx
        self.calendar.refresh()
        self.database_tab.refresh()

        def load():
            users = auth.list_users(ctx.db, ctx.actor) if ctx.actor.is_admin else []
            return catalogue.load_catalogue(ctx.db, ctx.actor), users

        operations.query(self, load, self._fill, key="lists")

    def _fill(self, result: tuple[catalogue.Catalogue, list[auth.UserInfo]]) -> None:
        cat, users = result
        self.ctx.cat = cat
        self.agencies.model.set_rows(cat.agencies)
        self.sectors.model.set_rows(cat.sectors)
        self.accounts.model.set_rows(users)
        for tab in (self.agencies, self.sectors, self.accounts):
            tab.view.resizeColumnsToContents()
        self.loaded.emit()

    def _after(self, dialog) -> None:
        if dialog.exec() and dialog.saved is not None:
            self.refresh()

    def _edit_agency(self, agency) -> None:
        self._after(AgencyDialog(self.ctx, agency, self))

    def _edit_sector(self, sector) -> None:
        self._after(SectorDialog(self.ctx, sector, self))

    def _edit_user(self, user) -> None:
        """The account's boards are offered from the boards the administrator sees now."""
        ctx = self.ctx
        operations.query(
            self,
            lambda: [(b.id, b.name) for b in boards.list_boards(ctx.db, ctx.actor)],
            lambda board_list: self._after(UserDialog(ctx, board_list, user, self)),
            key="account",
        )
