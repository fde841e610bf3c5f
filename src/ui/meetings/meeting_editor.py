"""The meeting editor: one meeting's details, agenda, attendance, record, conclusions with their
tasks, and documents, in tabs.

The editor reads the meeting in a worker and hands the same MeetingDetail to every tab. Every
change is one service call in a worker (`run`); afterwards the meeting is read again. Reading
again never touches what is being typed (an opinion, a conclusion, a participant's details), so
a refresh caused by another PC's change loses nothing. Approved minutes and accounts without
the right to edit show every tab read-only, with a banner saying why.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coordboard.errors import NotFound
from coordboard.services import meetings
from coordboard.services.meetings import MeetingDetail
from coordboard.ui.common.errors import show_error
from coordboard.ui.common.widgets import format_date
from coordboard.ui.context import AppContext
from coordboard.ui.meetings.meeting_models import (
    STATUS_COLOURS,
    kind_label,
    mode_label,
    status_label,
    when_text,
)
from coordboard.ui.workers import run_task

LOCK_STYLE = (
    "QLabel { color: #6b4500; background: #fff1d6; border: 1px solid #e0b050;"
    " border-radius: 3px; padding: 6px; font-weight: bold; }"
)
NOTE_STYLE = (
    "QLabel { color: #1e4d1e; background: #e5f3e5; border: 1px solid #9fcf9f;"
    " border-radius: 3px; padding: 4px 6px; }"
)
READ_ONLY_STYLE = (
    "QLabel { color: #333; background: #eeeeee; border: 1px solid #c8c8c8;"
    " border-radius: 3px; padding: 6px; }"
)


def button(text: str, slot: Callable[[], Any], name: str = "") -> QPushButton:
    b = QPushButton(text)
    if name:
        b.setObjectName(name)
    b.clicked.connect(lambda *_: slot())
    return b


class MeetingEditor(QWidget):
    """Signals: `loaded(MeetingDetail)` each time a meeting was read and shown; `changed(int)`
    after a change to that meeting was saved; `open_task(board_id, task_id, title)` asks the
    window to show a task on the Tasks page."""

    loaded = Signal(object)
    changed = Signal(int)
    open_task = Signal(int, int, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from coordboard.ui.meetings.agenda_tab import AgendaTab
        from coordboard.ui.meetings.attendance_tab import AttendanceTab
        from coordboard.ui.meetings.conclusions_tab import ConclusionsTab
        from coordboard.ui.meetings.documents_tab import DocumentsTab
        from coordboard.ui.meetings.record_tab import RecordTab

        self.ctx = ctx
        self.detail: MeetingDetail | None = None
        self.meeting_id: int | None = None
        self._generation = 0
        self.heading = QLabel()
        self.heading.setObjectName("meetingHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.RichText)
        self.banner = QLabel()
        self.banner.setObjectName("meetingBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.note = QLabel()
        self.note.setObjectName("meetingNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.hide()
        self.placeholder = QLabel(self.tr("Choose a meeting in the list, or create one (Ctrl+N)."))
        self.placeholder.setAlignment(Qt.AlignCenter)
        self.placeholder.setStyleSheet("color: #666;")
        self.details_tab = DetailsTab(self)
        self.agenda_tab = AgendaTab(self)
        self.attendance_tab = AttendanceTab(self)
        self.record_tab = RecordTab(self)
        self.conclusions_tab = ConclusionsTab(self)
        self.documents_tab = DocumentsTab(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("meetingTabs")
        self.tabs.setDocumentMode(True)
        for tab, title in (
            (self.details_tab, self.tr("Details")),
            (self.agenda_tab, self.tr("Agenda")),
            (self.attendance_tab, self.tr("Attendance")),
            (self.record_tab, self.tr("Record")),
            (self.conclusions_tab, self.tr("Conclusions and tasks")),
            (self.documents_tab, self.tr("Documents")),
        ):
            self.tabs.addTab(tab, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.placeholder, 1)
        self.clear()

    @property
    def all_tabs(self):
        return (
            self.details_tab,
            self.agenda_tab,
            self.attendance_tab,
            self.record_tab,
            self.conclusions_tab,
            self.documents_tab,
        )

    # --- reading ----------------------------------------------------------------------------
    def load(self, meeting_id: int | None) -> None:
        """Show another meeting (drafts typed for the previous one are dropped), or none."""
        if meeting_id is None:
            self.clear()
            return
        if meeting_id != self.meeting_id:
            self.meeting_id = meeting_id
            self.notice("")
            for tab in self.all_tabs:
                tab.forget()
        self.reload()

    def reload(self) -> None:
        """Read the shown meeting again; what is being typed stays."""
        if self.meeting_id is None:
            return
        self._generation += 1
        generation, ctx, meeting_id = self._generation, self.ctx, self.meeting_id

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            if isinstance(exc, NotFound):  # deleted on another PC
                self.clear()
            show_error(self, exc)

        run_task(
            lambda: meetings.get_meeting(ctx.db, ctx.actor, meeting_id),
            lambda d: self._show(generation, d),
            failed,
            owner=self,
        )

    def clear(self) -> None:
        self._generation += 1
        self.detail, self.meeting_id = None, None
        for tab in self.all_tabs:
            tab.forget()
        self.heading.clear()
        self.banner.hide()
        self.notice("")
        self.tabs.hide()
        self.placeholder.show()

    def _show(self, generation: int, detail: MeetingDetail) -> None:
        if generation != self._generation:
            return
        self.detail = detail
        m = detail.meeting
        self.heading.setText(
            f"<b style='font-size:12pt'>{html.escape(m.title)}</b>"
            f"&nbsp;&nbsp;<span style='color:#555'>{html.escape(when_text(m))}"
            f"</span>"
        )
        if m.locked:
            self.banner.setText(self.tr("Minutes approved — reopen them to edit"))
            self.banner.setStyleSheet(LOCK_STYLE)
            self.banner.show()
        elif not m.can_edit:
            self.banner.setText(
                self.tr("Read only: only the secretariat of this board changes its meetings.")
            )
            self.banner.setStyleSheet(READ_ONLY_STYLE)
            self.banner.show()
        else:
            self.banner.hide()
        self.placeholder.hide()
        self.tabs.show()
        for tab in self.all_tabs:
            tab.show_detail(detail)
        self.loaded.emit(detail)

    @property
    def editable(self) -> bool:
        """The record may be changed: the account may edit and the minutes are not approved
        (a hint for the widgets; the service decides)."""
        m = self.detail.meeting if self.detail else None
        return m is not None and m.can_edit and not m.locked

    # --- changing ---------------------------------------------------------------------------
    def run(
        self,
        action: Callable[[], Any],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run one service call in a worker; then read the meeting again (after a refusal
        too: the refusal may come from a change made elsewhere)."""
        meeting_id = self.meeting_id

        def ok(result) -> None:
            if done is not None:
                done(result)
            self.changed.emit(meeting_id)
            if meeting_id == self.meeting_id:
                self.reload()

        def bad(exc: BaseException) -> None:
            if failed is not None:
                failed(exc)
            else:
                show_error(self, exc)
            if meeting_id == self.meeting_id:
                self.reload()

        run_task(action, ok, bad, owner=self)

    def after_dialog(self, dialog) -> bool:
        """Run a FormDialog; when it saved, read the meeting again."""
        if dialog.exec() and dialog.saved is not None:
            self.saved_elsewhere()
            return True
        return False

    def saved_elsewhere(self) -> None:
        """A dialog saved a change of this meeting: tell the page, read the meeting again."""
        if self.meeting_id is not None:
            self.changed.emit(self.meeting_id)
            self.reload()

    def notice(self, text: str) -> None:
        """A short note of what was just done (items carried, tasks created, a file written);
        it stays until the next meeting is shown."""
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(
            self, title, question, QMessageBox.Yes | QMessageBox.No, QMessageBox.No
        )
        return answer == QMessageBox.Yes


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
        from coordboard.ui.meetings.meeting_dialogs import MeetingDialog

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
            lambda: meetings.set_status(ctx.db, ctx.actor, m.id, status, expected_version=m.version)
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
            )
        )

    def reopen(self) -> None:
        from coordboard.ui.meetings.meeting_dialogs import ReopenDialog

        if self.editor.detail is not None:
            self.editor.after_dialog(
                ReopenDialog(self.editor.ctx, self.editor.detail.meeting, self)
            )
