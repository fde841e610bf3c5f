"""The record of a meeting as the secretary keeps it: opinions typed from the keyboard,
attendance with a delegate, chair and secretary, conclusions that become tasks, and what a
refresh or a lock taken elsewhere does to what is being typed."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from coordboard.services import auth, meetings, tasks
from coordboard.services.meetings import AttendeeInput, OpinionInput
from coordboard.text import fold
from coordboard.ui.meetings.conclusion_task_dialog import ConclusionTasksDialog
from coordboard.ui.meetings.conclusions_tab import DEADLINE, LEAD, STATUS
from coordboard.ui.tasks import CLASS_COLOURS, class_label
from coordboard.ui.workers import wait_for_tasks
from ui.meetings.meetings_support import loaded_page, make_meeting, vi
from ui.ui_helpers import answer_modals, save_and_wait, type_text


def _present_meeting(db):
    made = make_meeting(db)
    actor = auth.actor_for(db, "thuky")
    meetings.set_attendance(db, actor, made.meeting.id, {a.id: "present" for a in made.attendees})
    return meetings.get_meeting(db, actor, made.meeting.id), actor


def _ctrl_enter(qtbot, editor, widget) -> None:
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        QTest.keyClick(widget, Qt.Key_Return, Qt.ControlModifier)


# the completer's pop-up asks the offscreen platform for things it cannot do
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_opinions_are_entered_from_the_keyboard(vi_app, qtbot, demo_db):
    made, actor = _present_meeting(demo_db)
    page = loaded_page(qtbot, demo_db, meeting_id=made.meeting.id)
    editor = page.editor
    record = editor.record_tab
    editor.tabs.setCurrentWidget(record)
    first, second = made.agenda
    assert record.current_item_id() == first.id  # the first item not dealt with yet
    speaker = made.attendees[1]

    # a few letters of the name, without accents, pick the participant
    words = fold(speaker.name).split()
    QTest.keyClicks(record.speaker.lineEdit(), " ".join(words[-2:]))
    popup = record.speaker.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    QTest.keyClick(popup, Qt.Key_Down)
    QTest.keyClick(popup, Qt.Key_Return)
    assert record.speaker.currentText().startswith(speaker.name)
    QTest.keyClick(record.speaker.lineEdit(), Qt.Key_Return)  # on to the text
    assert page.focusWidget() is record.text
    record.text.insertPlainText("Đề nghị tăng cường phối hợp\nxử lý vụ việc xâm hại trẻ em.")
    _ctrl_enter(qtbot, editor, record.text)
    assert record.text.toPlainText() == "" and record.speaker.currentText() == ""
    assert record.opinions.count() == 1
    assert record.opinions.item(0).text().startswith(f"1. {speaker.name}")
    # ready for the next speaker
    assert page.focusWidget() in (record.speaker, record.speaker.lineEdit())

    # someone not on the list: the name as typed
    record.speaker.setEditText("Ông Trần Văn Khách")
    record.text.insertPlainText("Xin bổ sung số liệu của huyện.")
    _ctrl_enter(qtbot, editor, record.speaker.lineEdit())
    assert record.opinions.count() == 2
    saved = meetings.get_meeting(demo_db, actor, made.meeting.id).opinions_on(first.id)
    assert [(o.attendee_id, o.speaker, o.text) for o in saved] == [
        (speaker.id, speaker.name, "Đề nghị tăng cường phối hợp\nxử lý vụ việc xâm hại trẻ em."),
        (None, "Ông Trần Văn Khách", "Xin bổ sung số liệu của huyện."),
    ]

    # Ctrl+Down from the text: the next item, with its own (empty) list of opinions
    QTest.keyClick(record.text, Qt.Key_Down, Qt.ControlModifier)
    assert record.current_item_id() == second.id and record.opinions.count() == 0
    QTest.keyClick(record.items, Qt.Key_Up)  # Up/Down in the list itself
    assert record.current_item_id() == first.id and record.opinions.count() == 2

    # nothing said: refused next to the text, nothing saved
    _ctrl_enter(qtbot, editor, record.text)
    assert record.banner.text() == vi("Enter what was said.")
    assert record.text.property("invalid")
    assert len(meetings.get_meeting(demo_db, actor, made.meeting.id).opinions) == 2

    # a correction: the opinion comes back into the fields; Ctrl+Enter saves it in place
    record.opinions.setCurrentRow(1)
    record.edit_opinion()
    assert record.text.toPlainText() == "Xin bổ sung số liệu của huyện."
    assert record.cancel_button.isVisibleTo(page)
    record.text.selectAll()
    record.text.insertPlainText("Xin bổ sung số liệu của các xã.")
    _ctrl_enter(qtbot, editor, record.text)
    texts = [o.text for o in meetings.get_meeting(demo_db, actor, made.meeting.id).opinions]
    assert texts == [
        "Đề nghị tăng cường phối hợp\nxử lý vụ việc xâm hại trẻ em.",
        "Xin bổ sung số liệu của các xã.",
    ]
    assert record.opinions.count() == 2 and not record.cancel_button.isVisibleTo(page)


def test_attendance_with_a_delegate_and_the_chair_and_secretary(vi_app, qtbot, demo_db):
    made = make_meeting(demo_db)
    actor = auth.actor_for(demo_db, "thuky")
    page = loaded_page(qtbot, demo_db, meeting_id=made.meeting.id)
    editor = page.editor
    tab = editor.attendance_tab
    editor.tabs.setCurrentWidget(tab)
    member = made.attendees[3]
    tab.select_attendee(member.id)
    assert member.name in tab.person.text()

    # a delegate for someone marked present: refused, the typed name stays
    tab.attendance.setCurrentIndex(tab.attendance.findData("present"))
    type_text(tab.delegate_name, "Ngô Văn Tư")
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    assert tab.form_banner.text() == vi(
        "{name} is marked present; a delegate attends only for someone who is absent.",
        name=member.name,
    )
    assert tab.delegate_name.property("invalid") and tab.delegate_name.text() == "Ngô Văn Tư"
    assert (
        meetings.get_meeting(demo_db, actor, made.meeting.id).attendees[3].attendance == "invited"
    )
    # represented by the delegate
    tab.attendance.setCurrentIndex(tab.attendance.findData("delegated"))
    type_text(tab.delegate_title, "Trưởng phòng Cảnh sát hình sự")
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    assert not tab.form_banner.isVisible()
    row = tab.model.row_of(member.id)
    shown = tab.model.index(row, tab.model.DETAIL).data()
    assert shown == "Dự thay: Ngô Văn Tư, Trưởng phòng Cảnh sát hình sự"
    # absent with reason needs the reason
    absent = made.attendees[2]
    tab.select_attendee(absent.id)
    tab.attendance.setCurrentIndex(tab.attendance.findData("absent_excused"))
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        tab.save_attendee()
    assert tab.form_banner.text() == vi("Enter the reason for the absence.")
    type_text(tab.reason, "Đi công tác")
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        QTest.keyClick(tab.reason, Qt.Key_Return)  # Enter saves
    assert editor.detail.attendees[2].absence_reason == "Đi công tác"

    # everyone else present; the quorum counts the delegate as attending
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        qtbot.mouseClick(tab.everyone_button, Qt.LeftButton)
    q = editor.detail.quorum
    assert (q.delegated, q.absent_excused, q.attending) == (1, 1, q.members - 1)
    assert f"{q.attending}/{q.members}" in tab.quorum.text()

    # the chair cannot be someone absent
    tab.chair.set_current_id(absent.id)
    tab.secretary.set_current_id(made.attendees[1].id)
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        qtbot.mouseClick(tab.roles_button, Qt.LeftButton)
    assert tab.roles_banner.text() == vi(
        "{name} is not recorded as present and cannot chair or keep the minutes.", name=absent.name
    )
    assert editor.detail.chair is None
    # nor a guest another PC took off the list meanwhile
    guest = meetings.save_attendee(
        demo_db,
        actor,
        made.meeting.id,
        AttendeeInput(name="Bà Trương Thị Hoa", title="Chuyên gia UNICEF", attendance="present"),
    )
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        editor.reload()
    meetings.remove_attendee(demo_db, actor, guest.id)
    tab.chair.set_current_id(guest.id)
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        tab.save_roles()
    assert tab.roles_banner.text() == vi("The chair must be a member or a guest of this meeting.")
    tab.chair.set_current_id(made.attendees[0].id)
    tab.secretary.set_current_id(made.attendees[1].id)
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        tab.save_roles()
    assert not tab.roles_banner.isVisible()
    d = editor.detail
    assert (d.chair.id, d.secretary.id) == (made.attendees[0].id, made.attendees[1].id)
    assert (
        editor.details_tab.values["roles"].text()
        == f"{made.attendees[0].name} / {made.attendees[1].name}"
    )


def test_a_conclusion_becomes_tasks_with_their_live_status(vi_app, qtbot, demo_db):
    made, actor = _present_meeting(demo_db)
    page = loaded_page(qtbot, demo_db, meeting_id=made.meeting.id)
    editor = page.editor
    tab = editor.conclusions_tab
    editor.tabs.setCurrentWidget(tab)
    _ctrl_enter(qtbot, editor, tab.text)
    assert tab.banner.text() == vi("Enter the conclusion.")
    tab.text.setPlainText(
        "Giao Sở Y tế chủ trì, phối hợp Công an tỉnh rà soát trẻ em có hoàn cảnh đặc biệt."
    )
    _ctrl_enter(qtbot, editor, tab.text)
    assert tab.text.toPlainText() == "" and not tab.banner.isVisible()
    assert tab.model.rowCount() == 1
    assert tab.model.item(0, 0).text().startswith("1. Giao Sở Y tế chủ trì")
    assert tab.current_conclusion() is not None and tab.tasks_button.isEnabled()

    agencies = {a.code: a.id for a in editor.ctx.cat.agencies}
    day = made.meeting.day
    result = {}

    def fill(dialog):
        assert isinstance(dialog, ConclusionTasksDialog)
        dialog.title.setPlainText("Rà soát trẻ em có hoàn cảnh đặc biệt")
        dialog.lead.set_current_id(agencies["SYT"])
        dialog.cooperating.set_checked([agencies["CAT"]])
        dialog.deadline.set_value(day - timedelta(days=1))
        save_and_wait(qtbot, dialog)  # a deadline before the meeting: refused in the form
        result["refused"] = (
            dialog.banner.text(),
            dialog.deadline.property("invalid"),
            dialog.isVisible(),
        )
        dialog.relative.setChecked(True)
        dialog.working_days.setValue(10)
        dialog.add_to_list()
        dialog.title.setPlainText("Báo cáo kết quả rà soát")
        dialog.lead.set_current_id(agencies["SYT"])
        dialog.fixed.setChecked(True)
        dialog.deadline.set_value(day + timedelta(days=60))
        dialog.save()

    answer_modals(qtbot, fill)
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        qtbot.mouseClick(tab.tasks_button, Qt.LeftButton)
    assert result["refused"] == (
        vi(
            "The deadline {deadline} is before the meeting ({day}).",
            deadline=(day - timedelta(days=1)).strftime("%d/%m/%Y"),
            day=day.strftime("%d/%m/%Y"),
        ),
        True,
        True,
    )
    conclusion = tab.model.item(0, 0)
    assert conclusion.rowCount() == 2
    shown = editor.detail.conclusions[0].tasks
    for row, t in enumerate(shown):
        status = conclusion.child(row, STATUS)
        assert status.text() == class_label(t.status_class)
        assert status.background().color() == QColor(CLASS_COLOURS[t.status_class][0])
        assert status.foreground().color() == QColor(CLASS_COLOURS[t.status_class][1])
    assert conclusion.child(0, LEAD).text() == "Sở Y tế; phối hợp: Công an tỉnh"
    assert conclusion.child(1, DEADLINE).text() == (day + timedelta(days=60)).strftime("%d/%m/%Y")
    assert "2" in editor.note.text()
    # the tasks are in the tracker, with the meeting as their source
    for t in shown:
        data = tasks.get_task(demo_db, actor, t.id).data
        assert (data.source_kind, data.meeting_id) == ("meeting", made.meeting.id)
    # the live status: a task done on the Tasks page shows done here after a refresh
    tasks.add_update(
        demo_db,
        actor,
        shown[1].id,
        tasks.ProgressInput(
            update_date=day + timedelta(days=1),
            text="Đã hoàn thành.",
            new_status="done",
            completed_on=day + timedelta(days=1),
        ),
    )
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        page.refresh()
    assert conclusion is not tab.model.item(0, 0)
    assert tab.model.item(0, 0).child(1, STATUS).text() == class_label("done_on_time")
    # open a task on the Tasks page
    tab.tree.setCurrentIndex(tab.model.item(0, 0).child(0, 0).index())
    assert "Rà soát trẻ em có hoàn cảnh đặc biệt" in tab.chosen.text()
    with qtbot.waitSignal(editor.open_task, timeout=1000) as opened:
        qtbot.mouseClick(tab.open_task_button, Qt.LeftButton)
    assert opened.args == [made.meeting.board_id, shown[0].id, shown[0].title]


def test_approval_elsewhere_refuses_the_opinion_and_keeps_it(vi_app, qtbot, demo_db):
    made, actor = _present_meeting(demo_db)
    meetings.set_roles(demo_db, actor, made.meeting.id, made.attendees[0].id, made.attendees[1].id)
    meetings.save_conclusion(demo_db, actor, made.meeting.id, "Sở Y tế chủ trì rà soát.")
    page = loaded_page(qtbot, demo_db, meeting_id=made.meeting.id)
    editor, record = page.editor, page.editor.record_tab
    meetings.approve_minutes(demo_db, actor, made.meeting.id)  # on another PC
    record.speaker.setEditText("Ông Trần Văn Khách")
    record.text.insertPlainText("Ý kiến ghi muộn.")
    _ctrl_enter(qtbot, editor, record.text)
    assert record.banner.text() == vi(
        "The minutes of this meeting are approved. Reopen them before changing the record."
    )
    assert record.text.toPlainText() == "Ý kiến ghi muộn."  # nothing typed is lost
    assert editor.banner.text() == "Biên bản đã duyệt — mở lại để sửa"
    assert not record.save_button.isEnabled()
    assert meetings.get_meeting(demo_db, actor, made.meeting.id).opinions == ()


def test_a_refresh_from_another_pc_keeps_what_is_being_typed(vi_app, qtbot, demo_db):
    made, actor = _present_meeting(demo_db)
    page = loaded_page(qtbot, demo_db, meeting_id=made.meeting.id)
    editor = page.editor
    record, attendance = editor.record_tab, editor.attendance_tab
    item = record.current_item_id()
    record.speaker.setEditText("Bà Lê Thị Hoa")
    record.text.insertPlainText("Đang ghi dở…")
    record.summary.setPlainText("Tóm tắt đang viết")
    attendance.select_attendee(made.attendees[3].id)
    attendance.attendance.setCurrentIndex(attendance.attendance.findData("delegated"))
    attendance.attendance.activated.emit(attendance.attendance.currentIndex())
    type_text(attendance.delegate_name, "Ngô Văn Tư")
    # another PC records an opinion on the same item
    meetings.save_opinion(
        demo_db,
        actor,
        made.meeting.id,
        OpinionInput(
            text="Ý kiến từ máy khác.", attendee_id=made.attendees[0].id, agenda_item_id=item
        ),
    )
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        page.refresh()
    assert record.opinions.count() == 1 and "Ý kiến từ máy khác." in record.opinions.item(0).text()
    assert record.text.toPlainText() == "Đang ghi dở…"
    assert record.speaker.currentText() == "Bà Lê Thị Hoa"
    assert record.summary.toPlainText() == "Tóm tắt đang viết"
    assert attendance.delegate_name.text() == "Ngô Văn Tư"
    assert attendance.attendance.currentData() == "delegated"
    assert page.current_id() == made.meeting.id


@pytest.mark.parametrize("second_click", ["while saving", "while reading the meeting again"])
def test_a_double_click_on_save_saves_the_attendance_once_without_a_false_conflict(
    vi_app, qtbot, demo_db, second_click
):
    """The second click of a double click arrives while the first save is on its way, or after
    it but before the meeting is read again with the new version: it is ignored, instead of
    sending the old version again and coming back as someone else's change. Another attendee
    can be saved meanwhile."""
    made = make_meeting(demo_db)
    actor = auth.actor_for(demo_db, "thuky")
    page = loaded_page(qtbot, demo_db, meeting_id=made.meeting.id)
    editor = page.editor
    tab = editor.attendance_tab
    editor.tabs.setCurrentWidget(tab)
    member, other = made.attendees[3], made.attendees[4]
    tab.select_attendee(member.id)
    tab.attendance.setCurrentIndex(tab.attendance.findData("present"))
    assert tab.save_button.isEnabled()
    if second_click == "while saving":
        with qtbot.waitSignal(editor.loaded, timeout=5000):
            qtbot.mouseClick(tab.save_button, Qt.LeftButton)
            qtbot.mouseClick(tab.save_button, Qt.LeftButton)  # before the first save is back
    else:
        with qtbot.waitSignal(editor.changed, timeout=5000):  # saved; the new read under way
            qtbot.mouseClick(tab.save_button, Qt.LeftButton)
        with qtbot.waitSignal(editor.loaded, timeout=5000):
            qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    wait_for_tasks()
    qtbot.wait(50)
    assert not tab.form_banner.isVisible(), tab.form_banner.text()
    saved = meetings.get_meeting(demo_db, actor, made.meeting.id).attendees[3]
    assert saved.attendance == "present"
    assert saved.version == member.version + 1  # one save
    # the next attendee's save goes through at once
    tab.select_attendee(other.id)
    tab.attendance.setCurrentIndex(tab.attendance.findData("present"))
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        qtbot.mouseClick(tab.save_button, Qt.LeftButton)
    assert meetings.get_meeting(demo_db, actor, made.meeting.id).attendees[4].attendance == (
        "present"
    )
