"""Attendance tab: who was invited and who came (present, absent with or without reason,
represented by a delegate), guests, the chair and the secretary, and the quorum."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coordboard.services import meetings
from coordboard.services.meetings import AttendeeInfo, AttendeeInput, MeetingDetail
from coordboard.ui.common.errors import message_for
from coordboard.ui.common.widgets import ErrorBanner, ItemCombo, mark_invalid, row_table
from coordboard.ui.meetings.meeting_editor import MeetingEditor, button
from coordboard.ui.meetings.meeting_models import AttendeeTableModel, attendance_label


class AttendanceTab(QWidget):
    def __init__(self, editor: MeetingEditor) -> None:
        super().__init__()
        self.editor = editor
        self.attendee: AttendeeInfo | None = None  # the one in the form below the table
        self._form_dirty = False
        self._roles_dirty = False
        self._refilling = False

        self.everyone_button = button(
            self.tr("Everyone present"), self.everyone_present, "everyonePresent"
        )
        self.everyone_button.setToolTip(
            self.tr("Mark everyone whose attendance is not recorded yet as present")
        )
        self.invite_button = button(self.tr("Invite board members"), self.invite, "inviteMembers")
        self.invite_button.setToolTip(
            self.tr("Add the board's members on the meeting day who are not on the list")
        )
        self.guest_button = button(self.tr("Add guest…"), self.add_guest, "addGuest")
        self.remove_button = button(self.tr("Remove guest"), self.remove_guest, "removeGuest")
        self.quorum = QLabel()
        self.quorum.setObjectName("quorum")
        self.quorum.setWordWrap(True)
        actions = QHBoxLayout()
        for b in (self.everyone_button, self.invite_button, self.guest_button, self.remove_button):
            actions.addWidget(b)
        actions.addStretch(1)

        self.model = AttendeeTableModel(self)
        self.table = row_table(self.model, "attendeeTable")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(AttendeeTableModel.NAME, QHeaderView.Stretch)
        header.setSectionResizeMode(AttendeeTableModel.MEETING_ROLE, QHeaderView.ResizeToContents)
        # room for every column on a 1024-pixel screen; long agency names elide
        for column, width in (
            (AttendeeTableModel.AGENCY, 135),
            (AttendeeTableModel.BOARD_ROLE, 105),
            (AttendeeTableModel.ATTENDANCE, 112),
            (AttendeeTableModel.DETAIL, 150),
        ):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())

        # --- the selected participant ---------------------------------------------------------
        self.person = QLabel()
        self.person.setObjectName("attendeeName")
        self.person.setWordWrap(True)
        self.attendance = QComboBox()
        self.attendance.setObjectName("attendance")
        for key in meetings.ATTENDANCE_LABELS:  # every attendance value, in order
            self.attendance.addItem(attendance_label(key), key)
        self.reason = QLineEdit()
        self.reason.setObjectName("absenceReason")
        self.reason.setPlaceholderText(self.tr("e.g. Đi công tác"))
        self.delegate_name = QLineEdit()
        self.delegate_name.setObjectName("delegateName")
        self.delegate_name.setPlaceholderText(self.tr("Who attends in this member's place"))
        self.delegate_title = QLineEdit()
        self.delegate_title.setObjectName("delegateTitle")
        self.delegate_title.setPlaceholderText(self.tr("Delegate's position"))
        self.save_button = button(self.tr("Save attendance"), self.save_attendee, "saveAttendance")
        self.form_banner = ErrorBanner(self)
        self.form_fields = {
            "attendance": self.attendance,
            "absence_reason": self.reason,
            "delegate_name": self.delegate_name,
            "delegate_title": self.delegate_title,
        }
        for edit in (self.reason, self.delegate_name, self.delegate_title):
            edit.textEdited.connect(lambda _t: self._form_edited())
            edit.returnPressed.connect(self.save_attendee)
        self.attendance.activated.connect(lambda _i: self._form_edited())
        person_box = QGroupBox(self.tr("Selected participant"))
        person_form = QFormLayout(person_box)
        person_form.addRow(self.person)
        person_form.addRow(self.form_banner)
        person_form.addRow(self.tr("Attendance"), self.attendance)
        person_form.addRow(self.tr("Reason for absence"), self.reason)
        person_form.addRow(self.tr("Delegate"), self.delegate_name)
        person_form.addRow(self.tr("Delegate's position"), self.delegate_title)
        person_form.addRow("", self.save_button)

        # --- chair and secretary ------------------------------------------------------------------
        self.chair = ItemCombo(none_label=self.tr("(not chosen)"))
        self.chair.setObjectName("chair")
        self.secretary = ItemCombo(none_label=self.tr("(not chosen)"))
        self.secretary.setObjectName("secretary")
        for combo in (self.chair, self.secretary):
            combo.activated.connect(lambda _i: self._roles_edited())
        self.roles_button = button(
            self.tr("Save chair and secretary"), self.save_roles, "saveRoles"
        )
        self.roles_banner = ErrorBanner(self)
        roles_box = QGroupBox(self.tr("Chair and secretary"))
        roles_form = QFormLayout(roles_box)
        roles_form.addRow(self.roles_banner)
        roles_form.addRow(self.tr("Chair"), self.chair)
        roles_form.addRow(self.tr("Secretary"), self.secretary)
        roles_form.addRow("", self.roles_button)
        roles_form.addRow(self.quorum)

        below = QHBoxLayout()
        below.addWidget(person_box, 3)
        below.addWidget(roles_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addLayout(below)
        self._fill_form(None)

    # --- showing ----------------------------------------------------------------------------
    def forget(self) -> None:
        self.model.set_rows([])
        self._form_dirty = self._roles_dirty = False
        self.form_banner.show_message("")
        self.roles_banner.show_message("")
        self._fill_form(None)

    def show_detail(self, d: MeetingDetail) -> None:
        keep = self.attendee.id if self.attendee else None
        self._refilling = True  # the form is refilled below, keeping what is typed
        try:
            self.model.set_rows(d.attendees)
            row = self.model.row_of(keep) if keep is not None else None
            if row is not None:
                self.table.selectRow(row)
        finally:
            self._refilling = False
        fresh = self.model.row_at(row) if row is not None else None
        if not self._form_dirty or fresh is None:
            self._fill_form(fresh)
        else:
            self.attendee = fresh  # the newer version; what is typed stays
        items = [(a.id, f"{a.name} — {a.agency_name or a.title}".rstrip(" —")) for a in d.attendees]
        for combo, chosen in ((self.chair, d.chair), (self.secretary, d.secretary)):
            # a choice not saved yet stays (while that person is still on the list)
            keep = combo.current_id() if self._roles_dirty else (chosen.id if chosen else None)
            combo.set_items(items, keep=False)
            combo.set_current_id(keep)
        q = d.quorum
        self.quorum.setText(
            self.tr(
                "Quorum: {attending} of {members} members attend ({present} present, {delegated} "
                "by a delegate); {excused} absent with reason, {absent} absent, {unknown} not "
                "recorded; {guests} guests."
            ).format(
                attending=q.attending,
                members=q.members,
                present=q.present,
                delegated=q.delegated,
                excused=q.absent_excused,
                absent=q.absent,
                unknown=q.not_recorded,
                guests=q.guests_present,
            )
        )
        self._update_buttons()

    def _selected(self) -> None:
        if self._refilling:
            return
        rows = self.table.selectionModel().selectedRows()
        self._form_dirty = False
        self.form_banner.show_message("")
        self._fill_form(self.model.row_at(rows[0].row()) if rows else None)
        self._update_buttons()

    def select_attendee(self, attendee_id: int) -> None:
        row = self.model.row_of(attendee_id)
        if row is not None:
            self.table.selectRow(row)

    def _fill_form(self, a: AttendeeInfo | None) -> None:
        self.attendee = a
        for widget in self.form_fields.values():
            mark_invalid(widget, False)
        if a is None:
            self.person.setText(self.tr("Select someone in the list."))
            self.attendance.setCurrentIndex(0)
            for edit in (self.reason, self.delegate_name, self.delegate_title):
                edit.clear()
        else:
            who = ", ".join(x for x in (a.name, a.title, a.agency_name) if x)
            self.person.setText(f"<b>{who}</b>")
            self.attendance.setCurrentIndex(max(self.attendance.findData(a.attendance), 0))
            self.reason.setText(a.absence_reason)
            self.delegate_name.setText(a.delegate_name)
            self.delegate_title.setText(a.delegate_title)
        self._update_buttons()

    def _form_edited(self) -> None:
        self._form_dirty = True

    def _roles_edited(self) -> None:
        self._roles_dirty = True

    def _update_buttons(self) -> None:
        editable = self.editor.editable
        for b in (self.everyone_button, self.invite_button, self.guest_button, self.roles_button):
            b.setEnabled(editable)
        for w in (self.chair, self.secretary):
            w.setEnabled(editable)
        has = self.attendee is not None
        for w in (*self.form_fields.values(), self.save_button):
            w.setEnabled(editable and has)
        self.remove_button.setEnabled(editable and has and self.attendee.kind == "guest")

    # --- saving -----------------------------------------------------------------------------
    def save_attendee(self) -> None:
        a, ctx, meeting_id = self.attendee, self.editor.ctx, self.editor.meeting_id
        if a is None or not self.save_button.isEnabled():
            return
        data = AttendeeInput(
            name=a.name,
            title=a.title,
            agency_id=a.agency_id,
            attendance=self.attendance.currentData(),
            absence_reason=self.reason.text(),
            delegate_name=self.delegate_name.text(),
            delegate_title=self.delegate_title.text(),
        )
        for widget in self.form_fields.values():
            mark_invalid(widget, False)
        self.form_banner.show_message("")
        self._form_dirty = True  # until saved: a refusal keeps the form as typed

        def done(_saved) -> None:
            self._form_dirty = False

        def failed(exc: BaseException) -> None:
            self.form_banner.show_message(message_for(exc))
            mark_invalid(self.form_fields.get(getattr(exc, "field", None) or ""), True)

        self.editor.run(
            lambda: meetings.save_attendee(ctx.db, ctx.actor, meeting_id, data, a.id, a.version),
            done,
            failed,
            once=f"attendee:{a.id}",
        )

    def everyone_present(self) -> None:
        d, ctx = self.editor.detail, self.editor.ctx
        if d is None:
            return
        marks = {a.id: "present" for a in d.attendees if a.attendance == "invited"}
        if not marks:
            self.editor.notice(self.tr("Everyone's attendance is already recorded."))
            return
        self.editor.run(lambda: meetings.set_attendance(ctx.db, ctx.actor, d.meeting.id, marks))

    def invite(self) -> None:
        ctx, meeting_id = self.editor.ctx, self.editor.meeting_id
        self.editor.run(
            lambda: meetings.invite_members(ctx.db, ctx.actor, meeting_id),
            lambda n: self.editor.notice(self.tr("{n} members added to the list.").format(n=n)),
        )

    def add_guest(self) -> None:
        from coordboard.ui.meetings.guest_dialog import GuestDialog

        self.editor.after_dialog(GuestDialog(self.editor.ctx, self.editor.meeting_id, self))

    def remove_guest(self) -> None:
        a, ctx = self.attendee, self.editor.ctx
        if a is None or not self.editor.confirm(
            self.tr("Remove guest"), self.tr("Remove {name} from the meeting?").format(name=a.name)
        ):
            return
        self.editor.run(
            lambda: meetings.remove_attendee(ctx.db, ctx.actor, a.id, expected_version=a.version)
        )

    def save_roles(self) -> None:
        d, ctx = self.editor.detail, self.editor.ctx
        if d is None:
            return
        chair, secretary = self.chair.current_id(), self.secretary.current_id()
        for combo in (self.chair, self.secretary):
            mark_invalid(combo, False)
        self.roles_banner.show_message("")
        self._roles_dirty = True  # until saved

        def done(_detail) -> None:
            self._roles_dirty = False

        def failed(exc: BaseException) -> None:
            self.roles_banner.show_message(message_for(exc))
            field = getattr(exc, "field", None)
            mark_invalid({"chair": self.chair, "secretary": self.secretary}.get(field or ""), True)

        self.editor.run(
            lambda: meetings.set_roles(
                ctx.db,
                ctx.actor,
                d.meeting.id,
                chair,
                secretary,
                expected_version=d.meeting.version,
            ),
            done,
            failed,
            once="meeting",  # the meeting's version, as status changes send
        )
