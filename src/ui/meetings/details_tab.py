"""Details tab: what the meeting is, its status and the numbers of its documents, and the status
actions (held, minutes drafted, approve, reopen)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coordboard.services import meetings
from coordboard.services.meetings import MeetingDetail
from coordboard.ui.common.widgets import format_date
from coordboard.ui.meetings.meeting_dialog import MeetingDialog, ReopenDialog
from coordboard.ui.meetings.meeting_editor import MeetingEditor, button
from coordboard.ui.meetings.meeting_models import (
    STATUS_COLOURS,
    kind_label,
    mode_label,
    status_label,
    when_text,
)
from coordboard.ui.operations import Changes


class DetailsTab(QWidget):
    """What the meeting is, its status and numbers, and the status actions: held, minutes
    drafted, approve (locks the record), reopen (asks why)."""

    def __init__(self, editor: MeetingEditor) -> None:
        super().__init__()
        self.editor = editor
        box = QGroupBox()
        self.form = QFormLayout(box)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}
        for key, label in (
            ("board", self.tr("Board")),
            ("kind", self.tr("Kind")),
            ("when", self.tr("Date and time")),
            ("place", self.tr("Place")),
            ("mode", self.tr("Form")),
            ("link", self.tr("Online link")),
            ("purpose", self.tr("Purpose")),
            ("status", self.tr("Status")),
            ("numbers", self.tr("Documents issued")),
            ("agenda", self.tr("Agenda")),
            ("people", self.tr("Attendance")),
            ("roles", self.tr("Chair / secretary")),
        ):
            value = QLabel()
            value.setObjectName(f"meeting_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            self.values[key] = value
            self.form.addRow(label, value)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setWidget(box)
        self.edit_button = button(self.tr("Edit details…"), self.edit, "editMeeting")
        self.held_button = button(
            self.tr("Record as held"), lambda: self.set_status("held"), "markHeld"
        )
        self.drafted_button = button(
            self.tr("Minutes drafted"), lambda: self.set_status("minutes_drafted"), "markDrafted"
        )
        self.approve_button = button(self.tr("Approve minutes"), self.approve, "approveMinutes")
        self.reopen_button = button(self.tr("Reopen minutes…"), self.reopen, "reopenMinutes")
        actions = QHBoxLayout()
        for b in (
            self.edit_button,
            self.held_button,
            self.drafted_button,
            self.approve_button,
            self.reopen_button,
        ):
            actions.addWidget(b)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(scroll, 1)

    def forget(self) -> None:
        for value in self.values.values():
            value.clear()

    def show_detail(self, d: MeetingDetail) -> None:
        m, v = d.meeting, self.values
        v["board"].setText(m.board_name)
        v["kind"].setText(kind_label(m.kind))
        v["when"].setText(when_text(m))
        v["place"].setText(m.place)
        v["mode"].setText(mode_label(m.mode))
        v["link"].setText(m.online_link)
        v["purpose"].setText(m.purpose)
        bg, fg = STATUS_COLOURS.get(m.status, ("#ffffff", "#333333"))
        v["status"].setText(
            f"<span style='background:{bg}; color:{fg}'>&nbsp;<b>"
            f"{html.escape(status_label(m.status))}</b>&nbsp;</span>"
        )
        head = d.letterhead
        numbers = []
        if m.minutes_number:
            numbers.append(
                self.tr("Minutes {ref}").format(ref=head.reference(m.minutes_number, "BB"))
            )
        if m.notice_number:
            numbers.append(
                self.tr("Conclusion notice {ref} of {date}").format(
                    ref=head.reference(m.notice_number, "TB"), date=format_date(m.notice_date)
                )
            )
        if m.invitation_number:
            numbers.append(
                self.tr("Invitation {ref} of {date}").format(
                    ref=head.reference(m.invitation_number, "GM"),
                    date=format_date(m.invitation_date),
                )
            )
        v["numbers"].setText("; ".join(numbers) or self.tr("none yet"))
        v["agenda"].setText(
            self.tr("{n} items, {planned} of {length} minutes planned").format(
                n=len(d.agenda), planned=d.planned_minutes, length=m.length_minutes
            )
        )
        q = d.quorum
        v["people"].setText(
            self.tr("{attending} of {members} members attend; {guests} guests").format(
                attending=q.attending, members=q.members, guests=q.guests_present
            )
        )
        v["roles"].setText(" / ".join(a.name if a else "—" for a in (d.chair, d.secretary)))
        editable = self.editor.editable
        self.edit_button.setEnabled(editable)
        self.held_button.setVisible(m.status == "planned")
        self.held_button.setEnabled(editable)
        self.drafted_button.setVisible(m.status == "held")
        self.drafted_button.setEnabled(editable)
        self.approve_button.setVisible(not m.locked)
        self.approve_button.setEnabled(editable)
        self.reopen_button.setVisible(m.locked)
        self.reopen_button.setEnabled(m.can_edit)

    def edit(self) -> None:
        d = self.editor.detail
        if d is None:
            return
        m = d.meeting
        self.editor.after_dialog(
            MeetingDialog(self.editor.ctx, [(m.board_id, m.board_name)], meeting=m, parent=self)
        )

    def set_status(self, status: str) -> None:
        ctx, m = self.editor.ctx, self.editor.detail.meeting
        self.editor.run(
            lambda: meetings.set_status(
                ctx.db, ctx.actor, m.id, status, expected_version=m.version
            ),
            once="meeting",
        )

    def approve(self) -> None:
        ctx, m = self.editor.ctx, self.editor.detail.meeting
        if not self.editor.confirm(
            self.tr("Approve minutes"),
            self.tr(
                'Approve the minutes of "{title}"? They get their number in the register and '
                "the record is locked; changes afterwards need a reopen with a reason."
            ).format(title=m.title),
        ):
            return
        self.editor.run(
            lambda: meetings.approve_minutes(
                ctx.db,
                ctx.actor,
                m.id,
                expected_version=m.version,
                expected_record_revision=m.record_revision,
            ),
            changes=Changes.MEETINGS | Changes.REGISTER,  # the minutes take their number
            once="meeting",
        )

    def reopen(self) -> None:
        if self.editor.detail is not None:
            self.editor.after_dialog(
                ReopenDialog(self.editor.ctx, self.editor.detail.meeting, self)
            )
