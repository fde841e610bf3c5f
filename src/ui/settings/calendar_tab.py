"""Settings → Working calendar: the administrator's extra days off and make-up working days
of one year, beside the public holidays the app already knows, and the due-soon window."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coordboard import i18n
from coordboard.i18n import translate
from coordboard.services import workdays
from coordboard.ui import operations
from coordboard.ui.common.errors import show_error
from coordboard.ui.common.rows_table_model import RowsTableModel
from coordboard.ui.common.widgets import format_date
from coordboard.ui.context import AppContext
from coordboard.ui.operations import Changes
from coordboard.ui.settings.list_tab import settings_table
from coordboard.ui.settings.settings_dialogs import CalendarDayDialog, day_name


class CalendarTab(QWidget):
    """The working calendar of one year: the administrator's extra days off and make-up working
    days, the public holidays the app already knows, and the due-soon window.

    Signals: `loaded` after a year's data arrived. Saves announce Changes.CALENDAR (the pages
    that count working days hear it through the main window).
    """

    loaded = Signal()

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
        self.view = settings_table(self.model, "calendarTable", sortable=False)  # by date
        self.view.doubleClicked.connect(lambda *_: self.edit_button.click())
        self.holidays_model = RowsTableModel(
            [
                (self.tr("Date"), lambda h: format_date(h[0])),
                (self.tr("Day of week"), lambda h: day_name(h[0])),
                (self.tr("Public holiday"), lambda h: h[1]),
            ],
            self,
        )
        self.holidays_view = settings_table(self.holidays_model, "holidaysTable", sortable=False)
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
        """Read the shown year; an answer for a year the user has moved on from is dropped."""
        ctx, year, language = self.ctx, self.year.value(), i18n.language()

        def load():
            return (
                year,
                workdays.list_calendar_days(ctx.db, ctx.actor, year),
                workdays.public_holidays(year, language),
                workdays.load_due_soon_days(ctx.db, ctx.actor),
            )

        operations.query(self, load, self._fill, key="year")

    def _fill(self, result) -> None:
        year, days, holidays, due_soon = result
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
        ctx = self.ctx
        operations.save(
            self,
            lambda: workdays.delete_calendar_day(
                ctx.db, ctx.actor, entry.id, expected_version=entry.version
            ),
            lambda _result: self.refresh(),
            changes=Changes.CALENDAR,
        )

    def save_due_soon(self) -> None:
        ctx, days = self.ctx, self.due_soon.value()
        self.save_due_soon_button.setEnabled(False)  # one save at a time

        def saved(days: int) -> None:
            self.save_due_soon_button.setEnabled(True)
            self.due_soon_status.setText(self.tr("Saved: {days} days.").format(days=days))

        def failed(exc: BaseException) -> None:
            self.save_due_soon_button.setEnabled(True)
            show_error(self, exc)

        operations.save(
            self,
            lambda: workdays.set_due_soon_days(ctx.db, ctx.actor, days),
            saved,
            failed,
            changes=Changes.CALENDAR,
        )
