"""The meeting editor: one meeting's details, agenda, attendance, record, conclusions with their
tasks, and documents, in tabs.

The editor reads the meeting in a worker and hands the same MeetingDetail to every tab. Every
change is one save in a worker (`run`, through ui.operations, which announces what changed);
afterwards the meeting is read again. Reading again never touches what is being typed (an
opinion, a conclusion, a participant's details), so a refresh caused by another PC's change
loses nothing. Approved minutes and accounts without the right to edit show every tab
read-only, with a banner saying why.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coordboard.errors import NotFound
from coordboard.services import meetings
from coordboard.services.meetings import MeetingDetail
from coordboard.ui import operations
from coordboard.ui.common.errors import show_error
from coordboard.ui.context import AppContext
from coordboard.ui.meetings.meeting_models import when_text
from coordboard.ui.operations import Changes

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
DETAIL = "detail"  # the key of the editor's read of its meeting (ui.operations.query)


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
        # the tabs build on this module (button, MeetingEditor): imported here, not above
        from coordboard.ui.meetings.agenda_tab import AgendaTab
        from coordboard.ui.meetings.attendance_tab import AttendanceTab
        from coordboard.ui.meetings.conclusions_tab import ConclusionsTab
        from coordboard.ui.meetings.details_tab import DetailsTab
        from coordboard.ui.meetings.documents_tab import DocumentsTab
        from coordboard.ui.meetings.record_tab import RecordTab

        self.ctx = ctx
        self.detail: MeetingDetail | None = None
        self.meeting_id: int | None = None
        # the `once` names of changes being saved ("saving"), or saved and waiting for the
        # meeting to be read again with its new version ("reading")
        self._saving: dict[str, str] = {}
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
        """Read the shown meeting again; what is being typed stays. A newer read supersedes
        one still on its way (another meeting chosen meanwhile: its answer is dropped)."""
        if self.meeting_id is None:
            return
        ctx, meeting_id = self.ctx, self.meeting_id

        def failed(exc: BaseException) -> None:
            self._read_done()
            if isinstance(exc, NotFound):  # deleted on another PC
                self.clear()
            show_error(self, exc)

        operations.query(
            self,
            lambda: meetings.get_meeting(ctx.db, ctx.actor, meeting_id),
            self._show,
            failed,
            key=DETAIL,
        )

    def clear(self) -> None:
        operations.supersede(self, DETAIL)
        self.detail, self.meeting_id = None, None
        for tab in self.all_tabs:
            tab.forget()
        self.heading.clear()
        self.banner.hide()
        self.notice("")
        self.tabs.hide()
        self.placeholder.show()

    def _read_done(self) -> None:
        """The meeting was read again: the changes waiting for it may be made again."""
        self._saving = {k: v for k, v in self._saving.items() if v != "reading"}

    def _show(self, detail: MeetingDetail) -> None:
        self._read_done()
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
        changes: Changes = Changes.MEETINGS,
        once: str | None = None,
    ) -> None:
        """Save one change in a worker (announcing `changes`, the meeting's by default); then
        read the meeting again (after a refusal too: the refusal may come from a change made
        elsewhere). `action` must not touch widgets: read them before. `once`: a name for what
        the change sends the version of; from the save until the meeting is read again with the
        new version, another change of that name is ignored (a double click would send the old
        version again and come back as someone else's change)."""
        if once is not None:
            if once in self._saving:
                return
            self._saving[once] = "saving"
        meeting_id = self.meeting_id

        def ok(result) -> None:
            if once is not None:
                if meeting_id == self.meeting_id:
                    self._saving[once] = "reading"
                else:
                    self._saving.pop(once, None)
            if done is not None:
                done(result)
            self.changed.emit(meeting_id)
            if meeting_id == self.meeting_id:
                self.reload()

        def bad(exc: BaseException) -> None:
            if once is not None:
                self._saving.pop(once, None)
            if failed is not None:
                failed(exc)
            else:
                show_error(self, exc)
            if meeting_id == self.meeting_id:
                self.reload()

        operations.save(self, action, ok, bad, changes=changes)

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
