"""Meetings page: the list by board and year, creating a meeting (a refused end time first),
approving the minutes and seeing the lock, reopening with a reason, read-only accounts."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QMessageBox

from coordboard.services import auth, meetings
from coordboard.ui.meetings.meeting_dialog import MeetingDialog, ReopenDialog
from coordboard.ui.meetings.meeting_models import MeetingTableModel, status_label
from ui.meetings.meetings_support import (
    TITLE,
    loaded_page,
    make_meeting,
    own_board,
    vi,
)
from ui.ui_helpers import answer_modals, save_and_wait, type_text


def test_list_shows_the_boards_meetings_with_status_and_counts(
    vi_app, qtbot, demo_db, qtmodeltester
):
    held = make_meeting(demo_db)
    later = make_meeting(demo_db, day=date.today() + timedelta(days=10), title="Họp định kỳ quý")
    page = loaded_page(qtbot, demo_db)
    qtmodeltester.check(page.model)
    assert page.board.current_id() == own_board(demo_db)
    assert page.table.isColumnHidden(MeetingTableModel.BOARD)
    rows = page.model.rows
    assert [r.starts_at for r in rows] == sorted((r.starts_at for r in rows), reverse=True)
    ids = [r.id for r in rows]
    assert ids.index(later.meeting.id) < ids.index(held.meeting.id)  # latest first
    row = rows[ids.index(held.meeting.id)]
    assert page.model.text(row, MeetingTableModel.TITLE) == TITLE
    assert page.model.text(row, MeetingTableModel.STATUS) == status_label("planned") == "Dự kiến"
    assert page.model.text(row, MeetingTableModel.ATTENDING) == f"0/{len(held.attendees)}"
    # the next meeting to come is chosen first
    upcoming = min(
        (r for r in rows if r.starts_at.date() >= date.today()), key=lambda r: r.starts_at
    )
    assert page.current_id() == upcoming.id
    assert page.editor.detail.meeting.title == upcoming.title
    # a year without meetings
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.year.setCurrentIndex(page.year.findData(date.today().year - 3))
    assert page.model.rowCount() == 0
    assert page.editor.detail is None and page.editor.placeholder.isVisibleTo(page)


def test_new_meeting_refuses_an_end_before_the_start_and_keeps_the_form(vi_app, qtbot, demo_db):
    page = loaded_page(qtbot, demo_db)
    seen_errors = []

    def fill(dialog):
        assert isinstance(dialog, MeetingDialog)
        type_text(dialog.title, "Họp đột xuất về vụ việc xâm hại trẻ em")
        dialog.kind.setCurrentIndex(dialog.kind.findData("ad_hoc"))
        dialog.start_time.setTime(QTime(14, 0))
        dialog.end_time.setTime(QTime(13, 30))
        save_and_wait(qtbot, dialog)  # refused: shown in the form, nothing closes
        seen_errors.append(
            (
                dialog.banner.text(),
                dialog.end_row.property("invalid"),
                dialog.title.text(),
                dialog.isVisible(),
            )
        )
        dialog.end_time.setTime(QTime(16, 0))
        dialog.save()

    answer_modals(qtbot, fill)
    with qtbot.waitSignal(page.editor.loaded, timeout=5000):
        qtbot.mouseClick(page.new_button, Qt.LeftButton)
    day = (date.today() + timedelta(days=7)).strftime("%d/%m/%Y")
    ((banner, invalid, title, visible),) = seen_errors
    assert banner == vi(
        "The meeting ends ({end}) before it starts ({start}).",
        end=f"13:30 {day}",
        start=f"14:00 {day}",
    )
    assert invalid and visible and title == "Họp đột xuất về vụ việc xâm hại trẻ em"
    d = page.editor.detail
    assert d.meeting.title == "Họp đột xuất về vụ việc xâm hại trẻ em"
    assert (d.meeting.kind, d.meeting.starts_at.hour, d.meeting.ends_at.hour) == ("ad_hoc", 14, 16)
    assert page.current_id() == d.meeting.id
    assert len(d.attendees) > 0  # the board's members were invited


def test_approve_needs_conclusions_then_locks_and_reopen_asks_why(
    vi_app, qtbot, demo_db, monkeypatch
):
    made = make_meeting(demo_db)
    page = loaded_page(qtbot, demo_db, meeting_id=made.meeting.id)
    editor, details = page.editor, page.editor.details_tab
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)

    # no attendance recorded yet
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        qtbot.mouseClick(details.approve_button, Qt.LeftButton)
    assert warnings == [vi("Record who attended before approving the minutes.")]
    # everyone present, chair and secretary, but no conclusion
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        qtbot.mouseClick(editor.attendance_tab.everyone_button, Qt.LeftButton)
    people = editor.detail.attendees
    actor = auth.actor_for(demo_db, "thuky")
    meetings.set_roles(demo_db, actor, made.meeting.id, people[0].id, people[1].id)
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        editor.reload()
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        qtbot.mouseClick(details.approve_button, Qt.LeftButton)
    assert warnings[-1] == vi("The minutes have no conclusions yet.")
    assert editor.detail.meeting.status == "planned"

    meetings.save_conclusion(demo_db, actor, made.meeting.id, "Sở Y tế chủ trì rà soát.")
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        editor.reload()
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        qtbot.mouseClick(details.approve_button, Qt.LeftButton)
    assert len(warnings) == 2
    m = editor.detail.meeting
    assert m.status == "minutes_approved" and m.minutes_number is not None
    assert editor.banner.isVisibleTo(page)
    assert editor.banner.text() == "Biên bản đã duyệt — mở lại để sửa"
    # every record editor is read-only now
    record = editor.record_tab
    assert not record.text.isEnabled() and not record.save_button.isEnabled()
    assert not editor.conclusions_tab.save_button.isEnabled()
    assert not editor.attendance_tab.save_button.isEnabled()
    assert not editor.agenda_tab.add_button.isEnabled()
    assert not details.edit_button.isEnabled()
    assert details.reopen_button.isVisibleTo(page) and not details.approve_button.isVisibleTo(page)
    assert f"{m.minutes_number:02d}/BB-" in editor.documents_tab.numbers["minutes"].text()

    def reopen(dialog):
        assert isinstance(dialog, ReopenDialog)
        save_and_wait(qtbot, dialog)  # no reason: refused in the form
        reopen.first = (dialog.banner.text(), dialog.reason.property("invalid"))
        dialog.reason.setPlainText("Bổ sung ý kiến của Công an tỉnh")
        dialog.save()

    answer_modals(qtbot, reopen)
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        qtbot.mouseClick(details.reopen_button, Qt.LeftButton)
    assert reopen.first == (vi("Say why the approved minutes are reopened."), True)
    assert editor.detail.meeting.status == "minutes_drafted"
    assert not editor.banner.isVisibleTo(page)
    assert record.text.isEnabled() and details.approve_button.isEnabled()


def test_a_viewer_and_a_focal_point_see_the_meeting_read_only(vi_app, qtbot, demo_db):
    made = make_meeting(demo_db)
    for username in ("xem", "giaoduc"):
        page = loaded_page(qtbot, demo_db, username, meeting_id=made.meeting.id)
        editor = page.editor
        assert editor.detail.meeting.id == made.meeting.id
        assert editor.banner.isVisibleTo(page)
        assert editor.banner.text() == vi_text(
            editor, "Read only: only the secretariat of this board changes its meetings."
        )
        assert not page.new_button.isEnabled() and not page.delete_button.isEnabled()
        assert not editor.details_tab.approve_button.isEnabled()
        assert not editor.agenda_tab.add_button.isEnabled()
        assert not editor.attendance_tab.everyone_button.isEnabled()
        assert not editor.record_tab.text.isEnabled()
        assert not editor.conclusions_tab.text.isEnabled()
        assert not editor.conclusions_tab.tasks_button.isEnabled()
        assert editor.documents_tab.action_buttons[0].isEnabled()  # reading and printing stay
        assert editor.record_tab.items.count() == 3  # the agenda can be followed


def vi_text(widget, source: str) -> str:
    from PySide6.QtCore import QCoreApplication

    translated = QCoreApplication.translate("MeetingEditor", source)
    assert translated != source
    return translated


def test_deleting_a_meeting_asks_first(vi_app, qtbot, demo_db, monkeypatch):
    made = make_meeting(demo_db)
    page = loaded_page(qtbot, demo_db, meeting_id=made.meeting.id)
    count = page.model.rowCount()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.No)
    page.delete_meeting()
    assert page.model.rowCount() == count
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.delete_meeting()
    assert page.model.rowCount() == count - 1
    assert made.meeting.id not in [r.id for r in page.model.rows]


def test_main_window_shows_the_meetings_page_and_opens_a_task_from_it(vi_app, qtbot, demo_db):
    from coordboard.services.meetings import ConclusionTaskInput
    from coordboard.ui.main_window import MainWindow
    from ui.ui_helpers import context_for

    made = make_meeting(demo_db)
    actor = auth.actor_for(demo_db, "thuky")
    meetings.set_attendance(
        demo_db, actor, made.meeting.id, {a.id: "present" for a in made.attendees}
    )
    c = meetings.save_conclusion(demo_db, actor, made.meeting.id, "Rà soát trẻ em.")
    lead = next(a.id for a in context_for(demo_db, "thuky").cat.agencies if a.code == "SYT")
    (task_id,) = meetings.create_conclusion_tasks(
        demo_db,
        actor,
        c.id,
        [
            ConclusionTaskInput(
                title="Rà soát trẻ em có hoàn cảnh đặc biệt",
                lead_agency_id=lead,
                deadline=date.today() + timedelta(days=30),
            )
        ],
    )
    window = MainWindow(context_for(demo_db, "thuky"), "test")
    qtbot.addWidget(window)
    page = window.meetings_page
    with qtbot.waitSignal(page.editor.loaded, timeout=5000):
        window.show_page("meetings")
    assert window.current_page() is page
    with qtbot.waitSignal(window.tasks_page.detail_loaded, timeout=5000) as shown:
        page.editor.open_task.emit(
            made.meeting.board_id, task_id, "Rà soát trẻ em có hoàn cảnh đặc biệt"
        )
    assert window.current_page() is window.tasks_page
    assert shown.args[0].id == task_id
    window.live.stop()


def test_a_meeting_and_an_agenda_item_saved_elsewhere_meanwhile_keep_both_changes(
    vi_app, qtbot, demo_db
):
    from dataclasses import replace

    from coordboard.ui.common.form_dialog import FormDialog, same
    from coordboard.ui.meetings.agenda_dialogs import AgendaItemDialog
    from ui.ui_helpers import context_for

    made = make_meeting(demo_db)
    ctx = context_for(demo_db, "thuky")
    m, item = made.meeting, made.agenda[0]
    dialog = MeetingDialog(ctx, [(m.board_id, m.board_name)], meeting=m)
    item_dialog = AgendaItemDialog(ctx, m.id, item)
    for d in (dialog, item_dialog):
        qtbot.addWidget(d)
        loaded, typed = d.record_values(d.loaded_record()), d.form_values()
        assert {n for n in loaded if not same(loaded[n], typed[n])} == set()
    # another PC moves the place and renames the item
    meetings.update_meeting(
        demo_db,
        ctx.actor,
        m.id,
        replace(m.as_input(), place="Phòng họp số 2"),
        expected_version=m.version,
    )
    meetings.save_agenda_item(
        demo_db,
        ctx.actor,
        m.id,
        replace(item.as_input(), title="Báo cáo sơ kết"),
        item.id,
        item.version,
    )
    compared = {}

    def reapply(form):
        def ask(comparison):
            compared[form] = {c.name for c in comparison if c.they_changed or c.you_changed}
            return FormDialog.REAPPLY

        return ask

    dialog.ask_conflict = reapply(dialog)
    dialog.title.setText("Hội nghị sơ kết 6 tháng (bổ sung)")
    save_and_wait(qtbot, dialog)
    item_dialog.ask_conflict = reapply(item_dialog)
    item_dialog.minutes.setValue(75)
    save_and_wait(qtbot, item_dialog)
    assert compared == {dialog: {"title", "place"}, item_dialog: {"title", "planned_minutes"}}
    now = meetings.get_meeting(demo_db, ctx.actor, m.id)
    assert (now.meeting.title, now.meeting.place) == (
        "Hội nghị sơ kết 6 tháng (bổ sung)",
        "Phòng họp số 2",
    )
    assert (now.agenda[0].title, now.agenda[0].planned_minutes) == ("Báo cáo sơ kết", 75)
