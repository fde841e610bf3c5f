"""Sorting the Meetings page's tables keeps what is chosen: the meeting list (the issue's case:
choose a meeting, sort by title, and the list, the editor and Delete all still mean that
meeting), the agenda and the participants through a sort, a change and a refresh; every model
stays a valid Qt model after a sort."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from coordboard.models import ATTENDANCE, MEETING_KINDS, MEETING_MODES
from coordboard.services import auth, meetings
from coordboard.services.meetings import AgendaItemInput
from coordboard.text import vi_sort_key
from coordboard.ui.meetings.meeting_models import (
    AgendaTableModel,
    AttendeeTableModel,
    MeetingTableModel,
)
from ui.meetings.meetings_support import loaded_page, make_meeting

MOVING_TITLE = "Tập huấn kỹ năng bảo vệ trẻ em cho cán bộ cơ sở"


def _click_header(qtbot, table, column: int) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=QPoint(x, header.height() // 2))


def _click_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=rect.center())


def _selected_rows(table) -> list[int]:
    return [i.row() for i in table.selectionModel().selectedRows()]


def test_sorting_by_title_keeps_the_chosen_meeting_in_the_list_the_editor_and_delete(
    vi_app, qtbot, demo_db, monkeypatch, qtmodeltester
):
    made = make_meeting(demo_db, title=MOVING_TITLE)
    page = loaded_page(qtbot, demo_db)  # the board's meetings, latest first
    by_date = [r.id for r in page.model.rows]
    assert len(by_date) >= 3
    with qtbot.waitSignal(page.editor.loaded, timeout=5000):
        _click_row(qtbot, page.table, by_date.index(made.meeting.id))
    assert page.current_id() == made.meeting.id

    _click_header(qtbot, page.table, MeetingTableModel.TITLE)
    header = page.table.horizontalHeader()
    assert header.sortIndicatorSection() == MeetingTableModel.TITLE
    by_title = [
        r.id
        for r in sorted(
            page.model.rows,
            key=lambda r: vi_sort_key(r.title),
            reverse=header.sortIndicatorOrder() == Qt.DescendingOrder,
        )
    ]
    assert [r.id for r in page.model.rows] == by_title
    row = by_title.index(made.meeting.id)
    assert row != by_date.index(made.meeting.id)  # the meeting moved to another line
    qtmodeltester.check(page.model)

    # the list still selects that meeting, the editor still shows it
    assert _selected_rows(page.table) == [row]
    assert page.model.index(row, MeetingTableModel.TITLE).data() == MOVING_TITLE
    assert page.current_id() == made.meeting.id
    assert page.editor.meeting_id == made.meeting.id
    assert page.editor.detail.meeting.title == MOVING_TITLE
    # a refresh keeps the order and the choice
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    assert [r.id for r in page.model.rows] == by_title
    assert _selected_rows(page.table) == [row] and page.current_id() == made.meeting.id

    # Delete asks about that meeting and deletes that one
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.Yes
    )
    assert page.delete_button.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.delete_button, Qt.LeftButton)
    assert len(asked) == 1 and f'"{MOVING_TITLE}"' in asked[0]
    left = [r.id for r in page.model.rows]
    assert left == [i for i in by_title if i != made.meeting.id]  # the others all stay
    actor = auth.actor_for(demo_db, "thuky")
    stored = {r.id for r in meetings.list_meetings(demo_db, actor, made.meeting.board_id)}
    assert made.meeting.id not in stored and set(left) <= stored


def test_agenda_and_participants_keep_their_selection_through_a_sort_a_change_and_a_refresh(
    vi_app, qtbot, demo_db, qtmodeltester
):
    made = make_meeting(
        demo_db,
        day=date.today() + timedelta(days=5),
        agenda=("Báo cáo kết quả 6 tháng", "Thảo luận", "Ấn định lịch họp quý sau"),
    )
    actor = auth.actor_for(demo_db, "thuky")
    meetings.save_conclusion(demo_db, actor, made.meeting.id, "Sở Y tế chủ trì rà soát.")
    page = loaded_page(qtbot, demo_db, meeting_id=made.meeting.id)
    editor = page.editor
    agenda, attendance = editor.agenda_tab, editor.attendance_tab
    item = made.agenda[0]  # first by position, not by title
    person = made.attendees[1]
    agenda.select_item(item.id)
    attendance.select_attendee(person.id)
    assert _selected_rows(agenda.table) == [0]

    agenda.model.sort(AgendaTableModel.TITLE, Qt.AscendingOrder)
    attendance.model.sort(AttendeeTableModel.NAME, Qt.DescendingOrder)
    assert [i.title for i in agenda.model.rows] == sorted(
        (i.title for i in made.agenda), key=vi_sort_key
    )
    assert agenda.model.row_of(item.id) != 0
    assert attendance.model.row_of(person.id) != 1
    for model in (agenda.model, attendance.model, editor.conclusions_tab.model):
        qtmodeltester.check(model)

    def still_chosen() -> None:
        assert _selected_rows(agenda.table) == [agenda.model.row_of(item.id)]
        assert agenda.current_item().id == item.id
        assert _selected_rows(attendance.table) == [attendance.model.row_of(person.id)]
        assert attendance.attendee.id == person.id and person.name in attendance.person.text()

    still_chosen()
    # a change made in the editor: the meeting is read again
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        qtbot.mouseClick(agenda.finished_button, Qt.LeftButton)
    assert agenda.current_item().finished
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        qtbot.mouseClick(attendance.everyone_button, Qt.LeftButton)
    assert attendance.attendee.attendance == "present"
    still_chosen()
    # another PC adds an item (it sorts first) and a guest; a refresh reads them in
    meetings.save_agenda_item(
        demo_db, actor, made.meeting.id, AgendaItemInput(title="An toàn trẻ em dịp hè")
    )
    meetings.save_attendee(
        demo_db,
        actor,
        made.meeting.id,
        meetings.AttendeeInput(name="Bà Trương Thị Hoa", title="Chuyên gia", attendance="present"),
    )
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        page.refresh()
    assert agenda.model.rows[0].title == "An toàn trẻ em dịp hè"  # still by title
    assert len(attendance.model.rows) == len(made.attendees) + 1
    assert attendance.model.rows[0].name == "Bà Trương Thị Hoa"  # guests after members, reversed
    still_chosen()
    for model in (agenda.model, attendance.model, editor.conclusions_tab.model):
        qtmodeltester.check(model)


def test_the_forms_offer_every_kind_form_and_attendance_in_order():
    """The meeting form and the attendance combo list the service's labels' keys: the same
    values, in the same order, as the models define."""
    assert tuple(meetings.KIND_LABELS) == MEETING_KINDS
    assert tuple(meetings.MODE_LABELS) == MEETING_MODES
    assert tuple(meetings.ATTENDANCE_LABELS) == ATTENDANCE
