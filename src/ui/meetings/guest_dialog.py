"""The form of a guest of a meeting: someone invited who is not a member of the board."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from coordboard.services import meetings
from coordboard.services.meetings import AttendeeInput
from coordboard.ui.common.form_dialog import FormDialog
from coordboard.ui.common.widgets import ItemCombo
from coordboard.ui.context import AppContext
from coordboard.ui.meetings.meeting_models import attendance_label
from coordboard.ui.operations import Changes


class GuestDialog(FormDialog):
    """Someone invited who is not a member of the board (an expert, a partner's officer)."""

    def __init__(self, ctx: AppContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a guest"), parent, 540)
        self.ctx, self.meeting_id = ctx, meeting_id
        self.name = QLineEdit()
        self.name.setObjectName("guestName")
        self.name.setPlaceholderText(self.tr("e.g. Bà Trương Thị Hoa"))
        self.position = QLineEdit()
        self.position.setPlaceholderText(self.tr("e.g. Chuyên gia bảo vệ trẻ em, UNICEF"))
        self.agency = ItemCombo(none_label=self.tr("(not in the catalogue)"))
        self.agency.set_items(ctx.agency_items())
        self.attendance = QComboBox()
        for key in ("present", "invited"):
            self.attendance.addItem(attendance_label(key), key)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Position"), self.position)
        form.addRow(self.tr("Agency"), self.agency)
        form.addRow(self.tr("Attendance"), self.attendance)
        self.body.addLayout(form)
        self.fields = {
            "name": self.name,
            "title": self.position,
            "agency": self.agency,
            "attendance": self.attendance,
        }

    def save(self) -> None:
        ctx = self.ctx
        data = AttendeeInput(
            name=self.name.text(),
            title=self.position.text(),
            agency_id=self.agency.current_id(),
            attendance=self.attendance.currentData(),
        )
        meeting_id = self.meeting_id
        self.attempt(
            lambda: meetings.save_attendee(ctx.db, ctx.actor, meeting_id, data), Changes.MEETINGS
        )
