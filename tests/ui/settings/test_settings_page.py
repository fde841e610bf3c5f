"""Settings page: a secretary extends the agency catalogue; an administrator adds an account."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from coordboard.services import auth, catalogue
from coordboard.text import vi_sort_key
from coordboard.ui.settings.settings_dialogs import AgencyDialog, UserDialog
from coordboard.ui.settings.settings_page import SettingsPage
from ui.ui_helpers import context_for, save_and_wait, type_text, when_modal


def loaded(qtbot, ctx) -> SettingsPage:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    return page


def test_agencies_listed_in_vietnamese_order(vi_app, qtbot, demo_db):
    page = loaded(qtbot, context_for(demo_db, "thuky"))
    names = [a.name for a in page.agencies.model.rows]
    assert len(names) == len(catalogue.load_catalogue(demo_db, auth.SYSTEM).agencies)
    assert (
        names.index("Công an tỉnh")
        < names.index("Đài Phát thanh và Truyền hình tỉnh")
        < names.index("Hội Nông dân tỉnh")
        < names.index("Ủy ban nhân dân tỉnh")
    )


def test_secretary_adds_a_commune_agency_and_a_duplicate_is_refused(vi_app, qtbot, demo_db):
    page = loaded(qtbot, context_for(demo_db, "thuky"))

    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AgencyDialog)
        qtbot.keyClicks(dialog.code, "XPH-TYT2")
        type_text(dialog.name, "trạm y tế  XÃ PHƯỚC HẬU")  # same as an existing one, once folded
        save_and_wait(qtbot, dialog)
        assert dialog.banner.text().startswith("Đã có cơ quan trùng tên hoặc trùng mã")
        dialog.name.clear()
        type_text(dialog.name, "Trường Trung học cơ sở xã Phước Hậu")
        dialog.sector.set_current_id(
            next(s.id for s in page.ctx.cat.sectors if s.code == "education")
        )
        dialog.save()

    QTimer.singleShot(0, fill)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.agencies.new_button, Qt.LeftButton)
    assert "XPH-TYT2" in {a.code for a in page.ctx.cat.agencies}  # what the other pages read
    added = [a for a in page.agencies.model.rows if a.code == "XPH-TYT2"]
    assert [(a.name, a.sector_name) for a in added] == [
        ("Trường Trung học cơ sở xã Phước Hậu", "Giáo dục và đào tạo")
    ]
    assert any(name == "Trường Trung học cơ sở xã Phước Hậu" for _, name in page.ctx.agency_items())


def test_admin_creates_a_focal_point_account(vi_app, qtbot, demo_db):
    page = loaded(qtbot, context_for(demo_db, "admin"))
    assert page.accounts.new_button.isEnabled()
    before = len(page.accounts.model.rows)

    def fill(dialog):
        qtbot.keyClicks(dialog.username, "tuphap")
        type_text(dialog.full_name, "Đầu mối Sở Tư pháp")
        dialog.role.setCurrentIndex(dialog.role.findData("focal_point"))
        qtbot.keyClicks(dialog.password, "mat-khau-tu-phap")
        save_and_wait(qtbot, dialog)
        assert "phải thuộc một cơ quan" in dialog.banner.text()  # no agency chosen yet
        dialog.agency.set_current_id(next(a.id for a in page.ctx.cat.agencies if a.code == "STP"))
        dialog.save()

    when_modal(UserDialog, fill)  # opens once the boards to offer were read
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.accounts.new_button, Qt.LeftButton)
    assert len(page.accounts.model.rows) == before + 1
    actor = auth.login(demo_db, "tuphap", "mat-khau-tu-phap")
    assert (actor.role, actor.agency_id) == (
        "focal_point",
        next(a.id for a in page.ctx.cat.agencies if a.code == "STP"),
    )


@pytest.mark.parametrize("username", ["giaoduc", "xem"])
def test_non_editors_get_a_read_only_catalogue_and_no_accounts(vi_app, qtbot, demo_db, username):
    page = loaded(qtbot, context_for(demo_db, username))
    assert not page.agencies.new_button.isEnabled()
    assert not page.accounts.new_button.isEnabled()
    assert page.accounts.model.rows == []
    dialog = AgencyDialog(page.ctx)
    qtbot.addWidget(dialog)
    dialog.code.setText("X")
    dialog.name.setText("Cơ quan thử")
    save_and_wait(qtbot, dialog)  # the service refuses, whatever the buttons say
    assert dialog.banner.text() == "Chỉ tổ thư ký hoặc người quản trị được sửa danh mục."


def test_the_lists_keep_their_sort_and_selected_row_through_a_refresh(
    vi_app, qtbot, demo_db, qtmodeltester
):
    page = loaded(qtbot, context_for(demo_db, "admin"))
    chosen = {}
    for tab in (page.agencies, page.sectors, page.accounts):
        tab.view.selectRow(2)
        chosen[tab] = tab.current()
        tab.view.sortByColumn(0, Qt.DescendingOrder)  # by code / user name, Z to A
        assert tab.current() == chosen[tab]
        qtmodeltester.check(tab.model)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    for tab, row in chosen.items():
        assert tab.current().id == row.id
        codes = [tab.model.text(r, 0) for r in tab.model.rows]
        assert codes == sorted(codes, key=vi_sort_key, reverse=True)  # the user's sort stays
        qtmodeltester.check(tab.model)


def test_the_database_tab_shows_the_schema_read_on_a_worker(vi_app, qtbot, demo_db):
    from coordboard.db import current_revision

    page = loaded(qtbot, context_for(demo_db, "thuky"))
    expected = current_revision(demo_db.engine)
    qtbot.waitUntil(lambda: page.database_tab.revision.text() == expected)
