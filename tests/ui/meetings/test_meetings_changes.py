"""What the Meetings page's saves announce (ui.operations.hub): the meeting's changes from the
editor, tasks too when a conclusion becomes tasks, the register too when the minutes take
their number; the page deleting a meeting announces it as its own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from coordboard.services import auth, meetings
from coordboard.ui import operations
from coordboard.ui.meetings.conclusion_task_dialog import ConclusionTasksDialog
from coordboard.ui.operations import Changes
from ui.meetings.meetings_support import loaded_page, make_meeting
from ui.ui_helpers import answer_modals


def test_saves_announce_what_they_changed(vi_app, qtbot, demo_db, monkeypatch):
    made = make_meeting(demo_db)
    actor = auth.actor_for(demo_db, "thuky")
    mid = made.meeting.id
    meetings.set_attendance(demo_db, actor, mid, {a.id: "present" for a in made.attendees})
    meetings.set_roles(demo_db, actor, mid, made.attendees[0].id, made.attendees[1].id)
    meetings.save_conclusion(demo_db, actor, mid, "Giao Sở Y tế chủ trì rà soát trẻ em.")
    page = loaded_page(qtbot, demo_db, meeting_id=mid)
    editor = page.editor
    heard: list[tuple[Changes, object]] = []

    def hear(changes, origin) -> None:
        heard.append((changes, origin))

    operations.hub().changed.connect(hear)
    try:
        # an opinion typed in the record: the meeting changed, said by the editor
        record = editor.record_tab
        record.speaker.setEditText("Ông Trần Văn Khách")
        record.text.insertPlainText("Đề nghị bổ sung số liệu.")
        with qtbot.waitSignal(editor.loaded, timeout=5000):
            record.save_opinion()
        assert heard == [(Changes.MEETINGS, editor)]

        # a conclusion becomes a task: the tasks changed too
        tab = editor.conclusions_tab
        tab.select_conclusion(editor.detail.conclusions[0].id)
        lead = next(a.id for a in editor.ctx.cat.agencies if a.code == "SYT")

        def fill(dialog):
            assert isinstance(dialog, ConclusionTasksDialog)
            dialog.lead.set_current_id(lead)
            dialog.save()

        answer_modals(qtbot, fill)
        with qtbot.waitSignal(editor.loaded, timeout=5000):
            qtbot.mouseClick(tab.tasks_button, Qt.LeftButton)
        changes, origin = heard[-1]
        assert changes == Changes.MEETINGS | Changes.TASKS
        assert isinstance(origin, ConclusionTasksDialog)

        # approving the minutes takes a number in the register
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
        with qtbot.waitSignal(editor.loaded, timeout=5000):
            qtbot.mouseClick(editor.details_tab.approve_button, Qt.LeftButton)
        assert editor.detail.meeting.minutes_number is not None
        assert heard[-1] == (Changes.MEETINGS | Changes.REGISTER, editor)
        assert page.isAncestorOf(editor)  # the window leaves the page to refresh itself

        # a meeting deleted from the list: said by the page
        other = make_meeting(demo_db, title="Họp đột xuất")
        with qtbot.waitSignal(page.loaded, timeout=5000):
            page.refresh(select_id=other.meeting.id)
        with qtbot.waitSignal(page.loaded, timeout=5000):
            page.delete_meeting()
        assert heard[-1] == (Changes.MEETINGS, page)
        assert other.meeting.id not in [r.id for r in page.model.rows]
    finally:
        operations.hub().changed.disconnect(hear)
