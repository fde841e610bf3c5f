"""Agenda tab (items, the planned total against the meeting's length, documents, carrying
unfinished items) and Documents tab (DOCX, PDF, calendar files, numbers, preview)."""

from __future__ import annotations

from datetime import date, timedelta

import docx
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from coordboard.services import auth, meetings
from coordboard.ui.meetings import agenda_tab as meeting_agenda_tab
from coordboard.ui.meetings.agenda_dialogs import AgendaItemDialog, CarryItemsDialog
from coordboard.ui.meetings.documents_tab import IssueNumberDialog
from ui.meetings.meetings_support import TITLE, loaded_page, make_meeting, vi
from ui.ui_helpers import answer_modals, save_and_wait, type_text


def test_agenda_items_total_documents_and_carrying(
    vi_app, qtbot, demo_db, tmp_path, monkeypatch, qtmodeltester
):
    made = make_meeting(demo_db)  # 60 + 90 minutes of a 180-minute meeting
    later = make_meeting(
        demo_db, day=date.today() + timedelta(days=20), agenda=(), title="Họp định kỳ quý sau"
    )
    page = loaded_page(qtbot, demo_db, meeting_id=made.meeting.id)
    editor = page.editor
    tab = editor.agenda_tab
    qtmodeltester.check(tab.model)
    qtmodeltester.check(editor.attendance_tab.model)
    assert tab.total.text() == "Dự kiến: 150 trên 180 phút của cuộc họp"
    assert "2c6a23" in tab.total.styleSheet()

    def add(dialog):
        assert isinstance(dialog, AgendaItemDialog)
        type_text(dialog.title, "Dự thảo kế hoạch truyền thông")
        type_text(dialog.presenter, "Ông Lê Văn Hùng")
        dialog.minutes.setValue(45)
        dialog.save()

    answer_modals(qtbot, add)
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        tab.add_item()
    assert [i.title for i in tab.model.rows][-1] == "Dự thảo kế hoạch truyền thông"
    assert tab.current_item().title == "Dự thảo kế hoạch truyền thông"  # the new item chosen
    assert tab.total.text() == "Dự kiến: 195 phút — vượt 15 phút so với 180 phút của cuộc họp"
    assert "9b1c14" in tab.total.styleSheet()  # over: in red
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        qtbot.mouseClick(tab.up_button, Qt.LeftButton)
    assert [i.position for i in tab.model.rows] == [1, 2, 3]
    assert tab.model.rows[1].title == "Dự thảo kế hoạch truyền thông"
    assert tab.current_item().title == "Dự thảo kế hoạch truyền thông"

    # a document with the item: attach, open (a copy), remove
    source = tmp_path / "Báo cáo 6 tháng.docx"
    source.write_bytes(b"PK\x03\x04 noi dung")
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        tab.attach_file(source)
    assert tab.documents.count() == 1 and tab.documents.item(0).text().startswith(
        "Báo cáo 6 tháng.docx"
    )
    opened = []
    monkeypatch.setattr(meeting_agenda_tab, "open_with_default_app", opened.append)
    tab.open_document()
    qtbot.waitUntil(lambda: bool(opened), timeout=3000)
    assert opened[0].name == "Báo cáo 6 tháng.docx"
    assert opened[0].read_bytes() == b"PK\x03\x04 noi dung"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        qtbot.mouseClick(tab.remove_doc_button, Qt.LeftButton)
    assert tab.documents.count() == 0

    # the first item is dealt with; the other two go to the next meeting
    tab.select_item(tab.model.rows[0].id)
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        qtbot.mouseClick(tab.finished_button, Qt.LeftButton)
    assert tab.model.rows[0].finished and tab.finished_button.text() == "Đánh dấu chưa xong"

    def carry(dialog):
        assert isinstance(dialog, CarryItemsDialog)
        offered = [dialog.target.itemData(i) for i in range(dialog.target.count())]
        assert later.meeting.id in offered and made.meeting.id not in offered
        dialog.target.set_current_id(later.meeting.id)
        dialog.save()

    answer_modals(qtbot, carry)
    tab.carry()  # the later meetings are read in a worker, then the dialog opens
    qtbot.waitUntil(lambda: editor.note.isVisibleTo(page), timeout=5000)
    assert "2" in editor.note.text()
    carried = meetings.get_meeting(
        demo_db, auth.actor_for(demo_db, "thuky"), later.meeting.id
    ).agenda
    assert [i.title for i in carried] == ["Dự thảo kế hoạch truyền thông", "Thảo luận"]


def _approved(db):
    made = make_meeting(db)
    actor = auth.actor_for(db, "thuky")
    mid = made.meeting.id
    meetings.set_attendance(db, actor, mid, {a.id: "present" for a in made.attendees})
    meetings.set_roles(db, actor, mid, made.attendees[0].id, made.attendees[1].id)
    meetings.save_conclusion(db, actor, mid, "Giao Sở Y tế chủ trì rà soát trẻ em.")
    meetings.approve_minutes(db, actor, mid)
    return made


def test_minutes_exported_to_docx_and_pdf_then_offered_to_open(
    vi_app, qtbot, demo_db, tmp_path, monkeypatch
):
    made = _approved(demo_db)
    page = loaded_page(qtbot, demo_db, meeting_id=made.meeting.id)
    tab = page.editor.documents_tab
    page.editor.tabs.setCurrentWidget(tab)
    assert tab.action_buttons[0].isEnabled()  # exports stay possible on approved minutes
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.No
    )
    target = tmp_path / "bien ban.docx"
    with qtbot.waitSignal(tab.exported, timeout=10_000):
        tab.export_to("minutes", target)
    assert target.exists()
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "BIÊN BẢN" in text and TITLE in text
    assert asked == [f"Văn bản đã được lưu vào {target}. Mở ngay?"]
    pdf = tmp_path / "bien ban.pdf"
    with qtbot.waitSignal(tab.exported, timeout=20_000):
        tab.export_to("minutes", pdf)
    assert pdf.read_bytes()[:5] == b"%PDF-"
    # a folder that does not exist: the message, no file
    with qtbot.waitSignal(tab.failed, timeout=10_000):
        monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: asked.append(a[2]))
        tab.export_to("notice", tmp_path / "missing" / "tb.docx")
    assert str(tmp_path / "missing" / "tb.docx") in asked[-1]
    assert not (tmp_path / "missing").exists()
    assert tab.action_buttons[0].isEnabled()  # usable again after the failure


def test_calendar_files_and_document_numbers(vi_app, qtbot, demo_db, tmp_path):
    made = _approved(demo_db)
    upcoming = make_meeting(
        demo_db, day=date.today() + timedelta(days=9), title="Họp định kỳ tháng tới"
    )
    page = loaded_page(qtbot, demo_db, meeting_id=made.meeting.id)
    tab = page.editor.documents_tab
    one = tmp_path / "hop.ics"
    with qtbot.waitSignal(tab.exported, timeout=5000):
        tab.write_ics(one, board=False)
    content = one.read_text(encoding="utf-8")
    assert content.startswith("BEGIN:VCALENDAR") and content.count("BEGIN:VEVENT") == 1
    assert "Hội nghị sơ kết" in content.replace("\r\n ", "")
    board = tmp_path / "ban.ics"
    with qtbot.waitSignal(tab.exported, timeout=5000):
        tab.write_ics(board, board=True)
    assert "Họp định kỳ tháng tới" in board.read_text(encoding="utf-8").replace("\r\n ", "")

    # numbers: an invitation dated after the meeting is refused in the form
    assert tab.numbers["notice"].text() == "dự thảo, chưa cấp số"
    seen = {}

    def invitation(dialog):
        assert isinstance(dialog, IssueNumberDialog)
        dialog.issued_on.set_value(made.meeting.day + timedelta(days=1))
        save_and_wait(qtbot, dialog)
        seen["refused"] = dialog.banner.text()
        dialog.reject()

    answer_modals(qtbot, invitation)
    tab.issue("invitation")
    assert seen["refused"] == vi("An invitation must be dated before the meeting.")

    def notice(dialog):
        dialog.issued_on.set_value(made.meeting.day + timedelta(days=1))
        dialog.save()

    answer_modals(qtbot, notice)
    with qtbot.waitSignal(page.editor.loaded, timeout=5000):
        qtbot.mouseClick(tab.issue_buttons["notice"], Qt.LeftButton)
    m = page.editor.detail.meeting
    assert m.notice_number is not None
    assert tab.numbers["notice"].text().startswith(f"Số: {m.notice_number:02d}/TB-")
    assert not tab.issue_buttons["notice"].isEnabled()  # issued once
    assert upcoming.meeting.id != m.id


def test_print_preview_opens_on_the_built_document(vi_app, qtbot, demo_db):
    made = _approved(demo_db)
    page = loaded_page(qtbot, demo_db, meeting_id=made.meeting.id)
    tab = page.editor.documents_tab
    shown = []

    def close_when_open(dialog):
        shown.append(dialog)
        QTimer.singleShot(50, dialog.reject)

    tab.previewing.connect(close_when_open)
    tab.preview("notice")
    qtbot.waitUntil(lambda: bool(shown) and not tab._busy, timeout=10_000)
    assert shown[0].windowTitle() == "Xem trước khi in"
    assert tab.action_buttons[0].isEnabled()  # usable again
