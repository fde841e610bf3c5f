"""Settings: the agency and sector catalogue, accounts, the working calendar, and the database
itself (its own tab: database_tab.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coordboard import db as dbmod
from coordboard import i18n
from coordboard.errors import DomainError
from coordboard.i18n import translate
from coordboard.services import auth, boards, catalogue, workdays
from coordboard.services.actor import ROLE_LABELS
from coordboard.ui.common.errors import show_error
from coordboard.ui.common.page import Page
from coordboard.ui.common.rows_table_model import RowsTableModel
from coordboard.ui.common.widgets import format_date
from coordboard.ui.context import AppContext
from coordboard.ui.operations import Changes
from coordboard.ui.settings.database_tab import DatabaseTab
from coordboard.ui.settings.settings_dialogs import (
    AgencyDialog,
    CalendarDayDialog,
    SectorDialog,
    UserDialog,
    day_name,
)
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


class CalendarTab(QWidget):
    """The working calendar of one year: the administrator's extra days off and make-up working
    days, the public holidays the app already knows, and the due-soon window.

    Signals: `loaded` after a year's data arrived; `changed` after a save or a delete.
    """

    loaded = Signal()
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        admin = ctx.actor.is_admin
        self.year = QSpinBox()
        self.year.setObjectName("calendarYear")
        self.year.setRange(workdays.FIRST_YEAR, workdays.LAST_YEAR)
        self.year.setValue(date.today().year)
        self.year.setKeyboardTracking(False)  # typing "2027" loads one year, not 2, 20, 202
        self.new_button = QPushButton(self.tr("New"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.delete_button = QPushButton(self.tr("Delete"))
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setEnabled(admin)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        top.addSpacing(16)
        for button in (self.new_button, self.edit_button, self.delete_button):
            top.addWidget(button)
        top.addStretch(1)

        self.model = RowsTableModel(
            [
                (self.tr("Date"), lambda r: format_date(r.day)),
                (self.tr("Day of week"), lambda r: day_name(r.day)),
                (self.tr("Kind"), lambda r: translate("calendar", workdays.KIND_LABELS[r.kind])),
                (self.tr("Note"), lambda r: r.note),
            ],
            self,
        )
        self.view = _table(self.model, "calendarTable")
        self.view.setSortingEnabled(False)  # by date, as the service returns them
        self.view.doubleClicked.connect(lambda *_: self.edit_button.click())
        self.holidays_model = RowsTableModel(
            [
                (self.tr("Date"), lambda h: format_date(h[0])),
                (self.tr("Day of week"), lambda h: day_name(h[0])),
                (self.tr("Public holiday"), lambda h: h[1]),
            ],
            self,
        )
        self.holidays_view = _table(self.holidays_model, "holidaysTable")
        self.holidays_view.setSortingEnabled(False)
        self.holidays_label = QLabel()
        self.holidays_label.setWordWrap(True)

        self.due_soon = QSpinBox()
        self.due_soon.setObjectName("dueSoonDays")
        self.due_soon.setRange(*workdays.DUE_SOON_RANGE)
        self.due_soon.setSuffix(self.tr(" days"))
        self.due_soon.setValue(workdays.DUE_SOON_DEFAULT)
        self.due_soon.setEnabled(admin)
        self.save_due_soon_button = QPushButton(self.tr("Save"))
        self.save_due_soon_button.setEnabled(admin)
        self.due_soon_status = QLabel()
        due = QHBoxLayout()
        due.addWidget(QLabel(self.tr("An open task is due soon when its deadline is within")))
        due.addWidget(self.due_soon)
        due.addWidget(self.save_due_soon_button)
        due.addWidget(self.due_soon_status)
        due.addStretch(1)

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Deadlines counted in working days skip weekends, public holidays and the extra days "
                "off below, and count the make-up working days. Swap days the Government announces "
                "each year are entered here."
            )
            if admin
            else self.tr(
                "Deadlines counted in working days skip weekends, public holidays and the extra days "
                "off below, and count the make-up working days. Only an administrator changes the "
                "working calendar."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.view, 2)
        layout.addWidget(self.holidays_label)
        layout.addWidget(self.holidays_view, 3)
        layout.addLayout(due)

        self.year.valueChanged.connect(lambda *_: self.refresh())
        self.new_button.clicked.connect(lambda: self._edit(None))
        self.edit_button.clicked.connect(lambda: self._edit(self.current()))
        self.delete_button.clicked.connect(self.delete_current)
        self.save_due_soon_button.clicked.connect(self.save_due_soon)
        self.due_soon.valueChanged.connect(lambda *_: self.due_soon_status.clear())

    def current(self) -> workdays.CalendarDayInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def refresh(self) -> None:
        ctx, year, language = self.ctx, self.year.value(), i18n.language()

        def load():  # worker thread
            return (
                year,
                workdays.list_calendar_days(ctx.db, ctx.actor, year),
                workdays.public_holidays(year, language),
                workdays.load_due_soon_days(ctx.db, ctx.actor),
            )

        run_task(load, self._fill, lambda exc: show_error(self, exc), owner=self)

    def _fill(self, result) -> None:
        year, days, holidays, due_soon = result
        if year != self.year.value():
            return  # the user moved on to another year meanwhile; its own load follows
        self.model.set_rows(days)
        self.holidays_model.set_rows(holidays)
        self.holidays_label.setText(
            self.tr(
                "Public holidays of {year} the app already knows (from the Labour Code, lunar dates "
                "included):"
            ).format(year=year)
        )
        for view in (self.view, self.holidays_view):
            view.resizeColumnsToContents()
        self.due_soon.blockSignals(True)
        self.due_soon.setValue(due_soon)
        self.due_soon.blockSignals(False)
        self.loaded.emit()

    def _edit(self, entry: workdays.CalendarDayInfo | None) -> None:
        year = self.year.value()
        default = date.today() if date.today().year == year else date(year, 1, 1)
        dialog = CalendarDayDialog(self.ctx, entry, self, day=default)
        if dialog.exec() and dialog.saved is not None:
            self.year.blockSignals(True)
            self.year.setValue(dialog.saved.day.year)  # show the year of what was saved
            self.year.blockSignals(False)
            self.changed.emit()
            self.refresh()

    def delete_current(self) -> None:
        entry = self.current()
        if entry is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete calendar day"),
            self.tr("Delete {day} ({kind}) from the working calendar?").format(
                kind=translate("calendar", workdays.KIND_LABELS[entry.kind]),
                day=format_date(entry.day),
            ),
        )
        if answer != QMessageBox.Yes:
            return
        try:
            workdays.delete_calendar_day(
                self.ctx.db, self.ctx.actor, entry.id, expected_version=entry.version
            )
        except DomainError as exc:
            show_error(self, exc)
            return
        self.changed.emit()
        self.refresh()

    def save_due_soon(self) -> None:
        try:
            days = workdays.set_due_soon_days(self.ctx.db, self.ctx.actor, self.due_soon.value())
        except DomainError as exc:
            show_error(self, exc)
            return
        self.due_soon_status.setText(self.tr("Saved: {days} days.").format(days=days))
        self.changed.emit()


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
        self.agencies = _ListTab(
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
        self.sectors = _ListTab(
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
        self.accounts = _ListTab(
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

        self.database_tab = DatabaseTab(ctx)
        self.revision = self.database_tab.revision
        self.backup_button = self.database_tab.backup_button

        self.tabs = QTabWidget()
        self.tabs.addTab(self.agencies, self.tr("Agencies"))
        self.tabs.addTab(self.sectors, self.tr("Sectors"))
        self.tabs.addTab(self.accounts, self.tr("Accounts"))
        self.calendar = CalendarTab(ctx)
        self.tabs.addTab(self.calendar, self.tr("Working calendar"))
        self.tabs.addTab(self.database_tab, self.tr("Database"))
        QVBoxLayout(self).addWidget(self.tabs)

    def refresh(self) -> None:
        """Reload every tab."""
        ctx = self.ctx
        self.calendar.refresh()

        def load():  # worker thread: read only, touch nothing shared
            users = auth.list_users(ctx.db, ctx.actor) if ctx.actor.is_admin else []
            return (
                catalogue.load_catalogue(ctx.db, ctx.actor),
                users,
                dbmod.current_revision(ctx.db.engine),
            )

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
            self.loaded.emit()

        run_task(load, fill, lambda exc: show_error(self, exc), owner=self)

    def _after(self, dialog) -> None:
        if dialog.exec() and dialog.saved is not None:
            self.refresh()

    def _edit_agency(self, agency) -> None:
        self._after(AgencyDialog(self.ctx, agency, self))

    def _edit_sector(self, sector) -> None:
        self._after(SectorDialog(self.ctx, sector, self))

    def _edit_user(self, user) -> None:
        board_list = [(b.id, b.name) for b in boards.list_boards(self.ctx.db, self.ctx.actor)]
        self._after(UserDialog(self.ctx, board_list, user, self))
