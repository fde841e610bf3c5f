"""Forms of a meeting itself: creating or changing one, and reopening approved minutes.

Both are FormDialogs: the service validates; a refusal shows in the banner with the offending
field outlined, and nothing typed is lost. (The agenda's forms: agenda_dialogs; a guest:
guest_dialog; tasks from a conclusion: conclusion_task_dialog.)
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from coordboard.services import meetings
from coordboard.services.meetings import MeetingInfo, MeetingInput
from coordboard.ui.common.form_dialog import FormDialog, combo_names
from coordboard.ui.common.widgets import DateEdit, ItemCombo, text_box
from coordboard.ui.context import AppContext
from coordboard.ui.meetings.meeting_models import kind_label, mode_label
from coordboard.ui.operations import Changes


def row_of(*widgets, stretch_last: bool = True) -> QWidget:
    """Widgets (or label texts) side by side in one form row."""
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        layout.addWidget(QLabel(w) if isinstance(w, str) else w)
    if stretch_last:
        layout.addStretch(1)
    return holder


def _time_edit(value: time) -> QTimeEdit:
    edit = QTimeEdit(QTime(value.hour, value.minute))
    edit.setDisplayFormat("HH:mm")
    return edit


def _moment(day: DateEdit, clock: QTimeEdit) -> datetime:
    t = clock.time()
    return datetime.combine(day.value(), time(t.hour(), t.minute()))


class MeetingDialog(FormDialog):
    """A new meeting of one of the boards the user may edit (its members are invited), or
    changes to one (its board stays)."""

    def __init__(
        self,
        ctx: AppContext,
        boards: list[tuple[int, str]],
        board_id: int | None = None,
        meeting: MeetingInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Edit meeting") if meeting else self.tr("New meeting"), parent, 680
        )
        self.ctx, self.meeting = ctx, meeting
        self.board = ItemCombo()
        self.board.setObjectName("meetingBoard")
        self.board.set_items(boards, keep=False)
        self.board.set_current_id(meeting.board_id if meeting else board_id)
        self.board.setEnabled(meeting is None)
        self.title = QLineEdit()
        self.title.setObjectName("meetingTitle")
        self.title.setPlaceholderText(
            self.tr("e.g. Hội nghị sơ kết công tác trẻ em 6 tháng đầu năm 2026")
        )
        self.kind = QComboBox()
        for key in meetings.KIND_LABELS:  # every kind, in order
            self.kind.addItem(kind_label(key), key)
        start = datetime.combine(date.today() + timedelta(days=7), time(8, 0))
        self.start_day = DateEdit()
        self.start_day.setObjectName("meetingStartDay")
        self.start_day.set_value(start.date())
        self.start_time = _time_edit(start.time())
        self.start_time.setObjectName("meetingStartTime")
        self.end_day = DateEdit()
        self.end_day.setObjectName("meetingEndDay")
        self.end_day.set_value(start.date())
        self.end_time = _time_edit(time(11, 0))
        self.end_time.setObjectName("meetingEndTime")
        self._last_start = start.date()
        self.start_day.dateChanged.connect(lambda _d: self._start_moved())
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("e.g. Hội trường UBND tỉnh"))
        self.mode = QComboBox()
        for key in meetings.MODE_LABELS:  # every form, in order
            self.mode.addItem(mode_label(key), key)
        self.online_link = QLineEdit()
        self.online_link.setPlaceholderText(self.tr("Link or room participants join with"))
        self.mode.currentIndexChanged.connect(lambda _i: self._mode_changed())
        self.purpose = text_box(
            3, self.tr("What the meeting is for (opens the minutes and the notice)")
        )
        self.invite = QCheckBox(self.tr("Invite the board's members on that day"))
        self.invite.setChecked(True)

        self.start_row = row_of(self.start_day, self.start_time)
        self.end_row = row_of(self.end_day, self.end_time)
        form = QFormLayout()
        form.addRow(self.tr("Board"), self.board)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Starts"), self.start_row)
        form.addRow(self.tr("Ends"), self.end_row)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Form"), self.mode)
        form.addRow(self.tr("Online link"), self.online_link)
        form.addRow(self.tr("Purpose"), self.purpose)
        if meeting is None:
            form.addRow("", self.invite)
        self.body.addLayout(form)
        self.fields = {
            "board": self.board,
            "title": self.title,
            "kind": self.kind,
            "starts_at": self.start_row,
            "ends_at": self.end_row,
            "place": self.place,
            "mode": self.mode,
            "online_link": self.online_link,
            "purpose": self.purpose,
        }
        self.labels = {
            "title": self.tr("Title"),
            "kind": self.tr("Kind"),
            "starts_at": self.tr("Starts"),
            "ends_at": self.tr("Ends"),
            "place": self.tr("Place"),
            "mode": self.tr("Form"),
            "online_link": self.tr("Online link"),
            "purpose": self.tr("Purpose"),
        }
        self.value_names = {"kind": combo_names(self.kind), "mode": combo_names(self.mode)}
        if meeting is not None:
            self._load(meeting)
        self._mode_changed()

    def _load(self, m: MeetingInfo) -> None:
        self.title.setText(m.title)
        self.kind.setCurrentIndex(max(self.kind.findData(m.kind), 0))
        self.start_day.set_value(m.starts_at.date())
        self._last_start = m.starts_at.date()
        self.start_time.setTime(QTime(m.starts_at.hour, m.starts_at.minute))
        self.end_day.set_value(m.ends_at.date())
        self.end_time.setTime(QTime(m.ends_at.hour, m.ends_at.minute))
        self.place.setText(m.place)
        self.mode.setCurrentIndex(max(self.mode.findData(m.mode), 0))
        self.online_link.setText(m.online_link)
        self.purpose.setPlainText(m.purpose)

    def _start_moved(self) -> None:
        """The end day follows the start day (a meeting usually ends the day it starts)."""
        new = self.start_day.value()
        self.end_day.set_value(self.end_day.value() + (new - self._last_start))
        self._last_start = new

    def _mode_changed(self) -> None:
        self.online_link.setEnabled(self.mode.currentData() != "in_person")

    def data(self) -> MeetingInput:
        return MeetingInput(
            board_id=self.board.current_id(),
            title=self.title.text(),
            starts_at=_moment(self.start_day, self.start_time),
            ends_at=_moment(self.end_day, self.end_time),
            kind=self.kind.currentData(),
            place=self.place.text(),
            mode=self.mode.currentData(),
            online_link=self.online_link.text() if self.online_link.isEnabled() else "",
            purpose=self.purpose.toPlainText(),
        )

    # --- conflict hooks (another PC saved the meeting meanwhile) ------------------------------
    def loaded_record(self) -> MeetingInfo | None:
        return self.meeting

    def fetch_current(self) -> MeetingInfo:
        return meetings.get_meeting(self.ctx.db, self.ctx.actor, self.meeting.id).meeting

    def form_values(self) -> dict:
        data = self.data()
        return {name: getattr(data, name) for name in self.labels}

    def take_record(self, record: MeetingInfo) -> None:
        self.meeting = record
        self._load(record)
        self._mode_changed()

    def display_value(self, name: str, value) -> str:
        if isinstance(value, datetime):
            return value.strftime("%H:%M %d/%m/%Y")
        return super().display_value(name, value)

    def save(self) -> None:
        ctx, m, data = self.ctx, self.meeting, self.data()
        if m is None:
            invite = self.invite.isChecked()
            self.attempt(
                lambda: meetings.create_meeting(ctx.db, ctx.actor, data, invite_members=invite),
                Changes.MEETINGS,
            )
        else:
            self.attempt(
                lambda: meetings.update_meeting(
                    ctx.db, ctx.actor, m.id, data, expected_version=m.version
                ),
                Changes.MEETINGS,
            )


class ReopenDialog(FormDialog):
    """Approved minutes are reopened only with a reason; the audit trail keeps it."""

    def __init__(
        self, ctx: AppContext, meeting: MeetingInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Reopen the approved minutes"), parent, 540)
        self.ctx, self.meeting = ctx, meeting
        intro = QLabel(
            self.tr(
                "The minutes keep their number. Say why they are reopened; the "
                "reason is kept in the change history."
            )
        )
        intro.setWordWrap(True)
        self.reason = text_box(3, self.tr("e.g. Bổ sung ý kiến của Công an tỉnh"))
        self.reason.setObjectName("reopenReason")
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        self.body.addWidget(intro)
        self.body.addLayout(form)
        self.buttons.button(QDialogButtonBox.Save).setText(self.tr("Reopen"))
        self.fields = {"reason": self.reason}

    def save(self) -> None:
        ctx, m, reason = self.ctx, self.meeting, self.reason.toPlainText()
        self.attempt(
            lambda: meetings.reopen_minutes(
                ctx.db, ctx.actor, m.id, reason, expected_version=m.version
            ),
            Changes.MEETINGS,
        )
