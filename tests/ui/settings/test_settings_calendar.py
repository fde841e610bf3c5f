"""Settings, Working calendar tab: an administrator adds an extra day off for 2026, sees it next to
the public holidays the app knows, sets the due-soon window; others only read."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from coordboard import i18n
from coordboard.services import workdays
from coordboard.services.uow import UnitOfWork
from coordboard.ui.settings.settings_dialogs import CalendarDayDialog
from coordboard.ui.settings.settings_page import SettingsPage
from ui.ui_helpers import context_for, save_and_wait, type_text


def calendar_of(qtbot, ctx, year: int = 2026) -> SettingsPage:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.calendar)
    page.calendar.year.blockSignals(True)
    page.calendar.year.setValue(year)
    page.calendar.year.blockSignals(False)
    with qtbot.waitSignals([page.loaded, page.calendar.loaded], timeout=5000):
        page.refresh()
    return page


def type_date(qtbot, edit, digits: str) -> None:
    """As a user types a date: from the day section, digits only ("17022026")."""
    edit.setFocus()
    edit.setCurrentSectionIndex(0)
    edit.setSelectedSection(edit.Section.DaySection)
    qtbot.keyClicks(edit, digits)


def in_dialog(check):
    """Run `check` on the modal dialog; if it fails, close the dialog so exec() returns."""

    def run():
        dialog = QApplication.activeModalWidget()
        try:
            check(dialog)
        except BaseException:
            dialog.reject()
            raise

    return run


def table_text(model) -> list[list[str]]:
    return [[model.text(row, c) for c in range(model.columnCount())] for row in model.rows]


def test_admin_adds_an_extra_day_off_through_the_dialog(vi_app, qtbot, demo_db):
    page = calendar_of(qtbot, context_for(demo_db, "admin"))
    tab = page.calendar
    assert tab.new_button.isEnabled() and tab.delete_button.isEnabled()
    holidays = table_text(tab.holidays_model)
    assert ["17/02/2026", "Thứ Ba", "Tết Nguyên Đán"] in holidays
    assert ["27/04/2026", "Thứ Hai", "Ngày Giỗ Tổ Hùng Vương (nghỉ bù)"] in holidays
    assert [row[0] for row in holidays][:2] == ["01/01/2026", "16/02/2026"]
    assert tab.model.rows == []
    seen = {}

    def fill(dialog):
        assert isinstance(dialog, CalendarDayDialog)
        type_date(qtbot, dialog.day, "17022026")
        assert dialog.day.value() == date(2026, 2, 17)
        seen["normally"] = dialog.normally.text()
        dialog.kind.setCurrentIndex(dialog.kind.findData("day_off"))
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.LeftButton)
        qtbot.waitUntil(lambda: not dialog.saving)  # the save runs on a worker
        seen["refusal"] = dialog.banner.text()
        assert dialog.isVisible()  # refused: the dialog keeps what was typed
        type_date(qtbot, dialog.day, "04052026")  # a Monday
        seen["kind"] = dialog.kind.currentData()  # a new entry on a working day: a day off
        type_text(dialog.note, "Nghỉ bù theo Thông báo của Văn phòng Chính phủ")
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.LeftButton)

    QTimer.singleShot(0, in_dialog(fill))
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        qtbot.mouseClick(tab.new_button, Qt.LeftButton)

    assert seen["normally"] == i18n.translate(
        "CalendarDayDialog", "{weekday}: normally a public holiday ({name})."
    ).format(weekday="Thứ Ba", name="Tết Nguyên Đán")
    assert seen["refusal"] == i18n.translate(
        "errors", "{day} is already a public holiday ({name}); it needs no extra day off."
    ).format(day="17/02/2026", name="Tết Nguyên Đán")
    assert seen["kind"] == "day_off"
    assert table_text(tab.model) == [
        [
            "04/05/2026",
            "Thứ Hai",
            i18n.translate("calendar", "Extra day off"),
            "Nghỉ bù theo Thông báo của Văn phòng Chính phủ",
        ]
    ]
    with UnitOfWork(demo_db) as uow:
        calendar = workdays.load_calendar(uow.session)
    assert calendar.extra_days_off == {date(2026, 5, 4)}
    assert calendar.add_working_days(date(2026, 4, 29), 1) == date(2026, 5, 5)


def test_admin_adds_a_make_up_saturday_and_deletes_it(vi_app, qtbot, demo_db, monkeypatch):
    page = calendar_of(qtbot, context_for(demo_db, "admin"))
    tab = page.calendar

    def fill(dialog):
        dialog.day.set_value(date(2026, 5, 9))  # a Saturday: proposed as a make-up working day
        assert dialog.kind.currentData() == "working_day"
        dialog.save()

    QTimer.singleShot(0, in_dialog(fill))
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        qtbot.mouseClick(tab.new_button, Qt.LeftButton)
    assert [row[:3] for row in table_text(tab.model)] == [
        ["09/05/2026", "Thứ Bảy", i18n.translate("calendar", "Make-up working day")]
    ]

    tab.view.selectRow(0)
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kw: asked.append(args[2]) or QMessageBox.Yes
    )
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        qtbot.mouseClick(tab.delete_button, Qt.LeftButton)
    assert "09/05/2026" in asked[0]
    assert tab.model.rows == []
    assert workdays.list_calendar_days(demo_db, page.ctx.actor) == []


def test_admin_changes_the_due_soon_window(vi_app, qtbot, demo_db):
    page = calendar_of(qtbot, context_for(demo_db, "admin"))
    tab = page.calendar
    assert tab.due_soon.value() == 7
    tab.due_soon.setValue(10)
    qtbot.mouseClick(tab.save_due_soon_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "10" in tab.due_soon_status.text())  # saved on a worker
    assert workdays.load_due_soon_days(demo_db, page.ctx.actor) == 10
    again = calendar_of(qtbot, page.ctx)
    assert again.calendar.due_soon.value() == 10


def test_changing_the_year_reloads_its_holidays(vi_app, qtbot, demo_db):
    page = calendar_of(qtbot, context_for(demo_db, "admin"), 2025)
    tab = page.calendar
    assert ["29/01/2025", "Thứ Tư", "Tết Nguyên Đán"] in table_text(tab.holidays_model)
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.year.setValue(2027)
    assert ["06/02/2027", "Thứ Bảy", "Tết Nguyên Đán"] in table_text(tab.holidays_model)
    assert "2027" in tab.holidays_label.text()


@pytest.mark.parametrize("username", ["thuky", "xem"])
def test_others_read_the_calendar_and_the_service_refuses_their_changes(
    vi_app, qtbot, demo_db, username
):
    workdays.save_calendar_day(
        demo_db, context_for(demo_db, "admin").actor, day=date(2026, 5, 4), kind="day_off"
    )
    page = calendar_of(qtbot, context_for(demo_db, username))
    tab = page.calendar
    for widget in (
        tab.new_button,
        tab.edit_button,
        tab.delete_button,
        tab.due_soon,
        tab.save_due_soon_button,
    ):
        assert not widget.isEnabled()
    assert [row[0] for row in table_text(tab.model)] == ["04/05/2026"]
    dialog = CalendarDayDialog(page.ctx)
    qtbot.addWidget(dialog)
    dialog.day.set_value(date(2026, 5, 9))
    save_and_wait(qtbot, dialog)  # the service refuses, whatever the buttons say
    assert dialog.banner.text() == i18n.translate("errors", "Only an administrator may do this.")
    assert len(workdays.list_calendar_days(demo_db, page.ctx.actor)) == 1
