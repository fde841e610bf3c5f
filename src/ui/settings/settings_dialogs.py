"""Dialogs of the Settings page: an agency, a sector, an account, a working-calendar day."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from coordboard import i18n
from coordboard.i18n import translate
from coordboard.services import auth, catalogue, workdays
from coordboard.services.actor import ROLE_LABELS
from coordboard.ui.common.form_dialog import FormDialog
from coordboard.ui.common.widgets import DateEdit, ItemCombo
from coordboard.ui.context import AppContext
from coordboard.ui.operations import Changes


class _SettingsDialog(FormDialog):
    """A FormDialog whose body is one form."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(title, parent, min_width=560)
        self.form = QFormLayout()
        self.body.addLayout(self.form)


class AgencyDialog(_SettingsDialog):
    def __init__(
        self,
        ctx: AppContext,
        agency: catalogue.AgencyInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Edit agency") if agency else self.tr("New agency"), parent)
        self.ctx, self.agency = ctx, agency
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. XPH-CA"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Công an xã Phước Hậu"))
        self.short_name = QLineEdit()
        self.sector = ItemCombo(none_label=self.tr("(not set)"))
        self.sector.set_items(ctx.sector_items())
        self.level = ItemCombo(none_label=self.tr("(not set)"))
        self.level.set_items(ctx.level_items())
        self.active = QCheckBox(self.tr("In use"))
        self.active.setChecked(True)
        for label, widget in (
            (self.tr("Code"), self.code),
            (self.tr("Name"), self.name),
            (self.tr("Short name"), self.short_name),
            (self.tr("Sector"), self.sector),
            (self.tr("Level"), self.level),
            ("", self.active),
        ):
            self.form.addRow(label, widget)
        self.fields = {"code": self.code, "name": self.name}
        if agency is not None:
            self.code.setText(agency.code)
            self.name.setText(agency.name)
            self.short_name.setText(agency.short_name)
            self.sector.set_current_id(agency.sector_id)
            self.level.set_current_id(agency.level_id)
            self.active.setChecked(agency.active)

    def save(self) -> None:
        a = self.agency
        self.attempt(
            partial(
                catalogue.save_agency,
                self.ctx.db,
                self.ctx.actor,
                code=self.code.text(),
                name=self.name.text(),
                short_name=self.short_name.text(),
                sector_id=self.sector.current_id(),
                level_id=self.level.current_id(),
                active=self.active.isChecked(),
                agency_id=a.id if a else None,
                expected_version=a.version if a else None,
            ),
            Changes.CATALOGUE,
        )


class SectorDialog(_SettingsDialog):
    def __init__(
        self,
        ctx: AppContext,
        sector: catalogue.SectorInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Edit sector") if sector else self.tr("New sector"), parent)
        self.ctx, self.sector = ctx, sector
        self.code = QLineEdit()
        self.name = QLineEdit()
        self.order = QSpinBox()
        self.order.setRange(0, 999)
        self.order.setValue(50)
        self.form.addRow(self.tr("Code"), self.code)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Order in reports"), self.order)
        self.fields = {"code": self.code, "name": self.name}
        if sector is not None:
            self.code.setText(sector.code)
            self.name.setText(sector.name)
            self.order.setValue(sector.sort_order)

    def save(self) -> None:
        s = self.sector
        self.attempt(
            partial(
                catalogue.save_sector,
                self.ctx.db,
                self.ctx.actor,
                code=self.code.text(),
                name=self.name.text(),
                sort_order=self.order.value(),
                sector_id=s.id if s else None,
                expected_version=s.version if s else None,
            ),
            Changes.CATALOGUE,
        )


class UserDialog(_SettingsDialog):
    """New account (with its first password) or changes to one (role, agency, boards, active)."""

    def __init__(
        self,
        ctx: AppContext,
        boards: list[tuple[int, str]],
        user: auth.UserInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Edit account") if user else self.tr("New account"), parent)
        self.setMinimumWidth(760)  # board names are long
        self.ctx, self.user = ctx, user
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.role = QComboBox()
        for code, label in ROLE_LABELS.items():
            self.role.addItem(translate("roles", label), code)
        self.agency = ItemCombo(none_label=self.tr("(none)"))
        self.agency.set_items(ctx.agency_items())
        self.boards = QListWidget()
        self.boards.setMinimumHeight(110)
        for board_id, name in boards:
            item = QListWidgetItem(name)
            item.setData(Qt.UserRole, board_id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if user and board_id in user.board_ids else Qt.Unchecked)
            self.boards.addItem(item)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        self.active = QCheckBox(self.tr("The account may sign in"))
        self.active.setChecked(True)
        self.form.addRow(self.tr("User name"), self.username)
        self.form.addRow(self.tr("Full name"), self.full_name)
        self.form.addRow(self.tr("Role"), self.role)
        self.form.addRow(self.tr("Agency (focal points)"), self.agency)
        self.form.addRow(self.tr("Boards (secretariat, viewers)"), self.boards)
        self.form.addRow(self.tr("New password") if user else self.tr("Password"), self.password)
        self.form.addRow("", self.active)
        self.fields = {
            "username": self.username,
            "role": self.role,
            "agency": self.agency,
            "password": self.password,
        }
        if user is not None:
            self.username.setText(user.username)
            self.username.setReadOnly(True)
            self.full_name.setText(user.full_name)
            self.role.setCurrentIndex(max(0, self.role.findData(user.role)))
            self.agency.set_current_id(user.agency_id)
            self.active.setChecked(user.active)
            self.password.setPlaceholderText(self.tr("leave empty to keep the current password"))

    def board_ids(self) -> tuple[int, ...]:
        return tuple(
            self.boards.item(i).data(Qt.UserRole)
            for i in range(self.boards.count())
            if self.boards.item(i).checkState() == Qt.Checked
        )

    def save(self) -> None:
        ctx, u = self.ctx, self.user
        role = self.role.currentData()
        agency_code = next(
            (a.code for a in ctx.cat.agencies if a.id == self.agency.current_id()), None
        )
        if u is None:
            self.attempt(
                partial(
                    auth.create_user,
                    ctx.db,
                    ctx.actor,
                    username=self.username.text(),
                    password=self.password.text(),
                    role=role,
                    full_name=self.full_name.text(),
                    agency_code=agency_code,
                    board_ids=self.board_ids(),
                    active=self.active.isChecked(),
                ),
                Changes.ACCOUNTS,
            )
            return
        self.attempt(
            partial(
                auth.update_user,
                ctx.db,
                ctx.actor,
                u.id,
                full_name=self.full_name.text(),
                role=role,
                agency_id=self.agency.current_id(),
                board_ids=self.board_ids(),
                active=self.active.isChecked(),
                expected_version=u.version,
                new_password=self.password.text(),
            ),
            Changes.ACCOUNTS,
        )


def day_name(day: date) -> str:
    """ "Thứ Bảy" / "Saturday", in the language the app shows."""
    locale = (
        QLocale(QLocale.Vietnamese, QLocale.Vietnam)
        if i18n.language() == "vi"
        else QLocale(QLocale.English, QLocale.UnitedStates)
    )
    return locale.dayName(day.isoweekday())


class CalendarDayDialog(_SettingsDialog):
    """An extra day off or a make-up working day. Under the date, what that day normally is."""

    def __init__(
        self,
        ctx: AppContext,
        entry: workdays.CalendarDayInfo | None = None,
        parent: QWidget | None = None,
        day: date | None = None,
    ) -> None:
        super().__init__(
            self.tr("Edit calendar day") if entry else self.tr("New calendar day"), parent
        )
        self.ctx, self.entry = ctx, entry
        self.day = DateEdit()
        self.normally = QLabel()
        self.normally.setObjectName("normallyLabel")
        self.normally.setWordWrap(True)
        self.kind = QComboBox()
        for code, label in workdays.KIND_LABELS.items():
            self.kind.addItem(translate("calendar", label), code)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. swap day under Notice 123/TB-VPCP"))
        self.form.addRow(self.tr("Date"), self.day)
        self.form.addRow("", self.normally)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Note"), self.note)
        self.fields = {"day": self.day, "kind": self.kind, "note": self.note}
        if entry is not None:
            self.day.set_value(entry.day)
            self.kind.setCurrentIndex(max(0, self.kind.findData(entry.kind)))
            self.note.setText(entry.note)
        elif day is not None:
            self.day.set_value(day)
        self.day.dateChanged.connect(self._day_changed)
        self._day_changed()

    def _day_changed(self) -> None:
        day = self.day.value()
        if day is None:
            self.normally.clear()
            return
        name = workdays.WorkCalendar().holiday_name(day)
        working = workdays.WorkCalendar().is_working_day(day)
        if name is not None:
            text = self.tr("{weekday}: normally a public holiday ({name}).")
        elif working:
            text = self.tr("{weekday}: normally a working day.")
        else:
            text = self.tr("{weekday}: normally a day off.")
        self.normally.setText(text.format(weekday=day_name(day), name=name))
        if self.entry is None:  # a new entry: the kind that makes sense for that day
            kind = workdays.DAY_OFF if working else workdays.WORKING_DAY
            self.kind.setCurrentIndex(self.kind.findData(kind))

    def save(self) -> None:
        e = self.entry
        self.attempt(
            partial(
                workdays.save_calendar_day,
                self.ctx.db,
                self.ctx.actor,
                day=self.day.value(),
                kind=self.kind.currentData(),
                note=self.note.text(),
                day_id=e.id if e else None,
                expected_version=e.version if e else None,
            ),
            Changes.CALENDAR,
        )
