"""Reports page (in Vietnamese, as the app starts): the numbers shown, the edited assessment
going into the DOCX, the preview, Cancel, and the reminder letters for the checked agencies
only."""

from __future__ import annotations

import pytest
from docx import Document as open_docx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from coordboard.services import reports
from coordboard.services.reports import reminders
from coordboard.ui.reports.reports_page import ReportsPage
from ui.ui_helpers import context_for


@pytest.fixture
def page(qtbot, vi_app, demo_db, monkeypatch):
    ctx = context_for(demo_db, "thuky")
    widget = ReportsPage(ctx)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.refresh()
    informed: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda parent, title, text, *a, **k: informed.append(text)
    )
    widget.informed = informed
    return widget


def choose_year(page: ReportsPage, year: int) -> None:
    page.period_kind.setCurrentIndex(page.period_kind.findData("year"))
    page.year.setValue(year)


def test_numbers_then_an_edited_assessment_into_the_docx(qtbot, page, tmp_path):
    assert page.board.currentText() == "Ban Điều hành công tác trẻ em tỉnh Vĩnh Long"
    assert page.plan.currentText() == "Mọi nhiệm vụ của Ban"
    choose_year(page, 2026)
    with qtbot.waitSignal(page.numbers_shown, timeout=10_000) as shown:
        qtbot.mouseClick(page.show_button, Qt.LeftButton)
    data = shown.args[0]
    expected = reports.report_data(page.ctx.db, page.ctx.actor, page.query())
    assert data.counts == expected.counts and data.total > 0
    assert f"{data.total} nhiệm vụ: hoàn thành {data.counts.done}" in page.numbers.text()
    assert page.numbers.text().startswith("Năm 2026, số liệu đến ngày ")
    generated = page.text_boxes["results"].toPlainText()
    assert generated == reports.default_texts(data).results
    assert page.current_texts(page.query()).results == generated

    page.text_boxes["results"].setPlainText("Các sở, ngành đã tích cực triển khai nhiệm vụ.")
    page.text_boxes["proposals"].setPlainText("Đề nghị bổ sung kinh phí.\nĐề nghị tập huấn.")
    out = tmp_path / "bao-cao.docx"
    with qtbot.waitSignal(page.exported, timeout=30_000) as done:
        page.export_to(out)
    assert done.args[0] == out and page.informed
    paragraphs = [p.text for p in open_docx(str(out)).paragraphs]
    assert "Các sở, ngành đã tích cực triển khai nhiệm vụ." in paragraphs
    assert "Đề nghị bổ sung kinh phí." in paragraphs and "Đề nghị tập huấn." in paragraphs
    assert generated not in paragraphs
    assert all(b.isEnabled() for b in (page.docx_button, page.pdf_button, page.xlsx_button))

    # the generated texts come back on request
    page.reset_texts()
    assert page.text_boxes["results"].toPlainText() == generated


def test_generated_texts_follow_a_changed_report(qtbot, page):
    choose_year(page, 2026)
    with qtbot.waitSignal(page.numbers_shown, timeout=10_000):
        page.show_numbers()
    page.period_kind.setCurrentIndex(page.period_kind.findData("H1"))
    # not edited, and written for another period: the document writes its own
    assert page.current_texts(page.query()) is None


def test_a_range_that_ends_before_it_starts_is_refused(qtbot, page, monkeypatch):
    from datetime import date

    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a, **k: warned.append(text)
    )
    page.period_kind.setCurrentIndex(page.period_kind.findData("range"))
    page.range_from.set_value(date(2026, 6, 30))
    page.range_to.set_value(date(2026, 1, 1))
    page.show_numbers()
    assert warned and "01/01/2026" in warned[0]
    assert page.show_button.isEnabled()


def test_preview_opens_the_same_document(qtbot, page):
    choose_year(page, 2026)
    page.charts.setChecked(False)
    with qtbot.waitSignal(page.previewed, timeout=30_000) as shown:
        page.preview()
    document = shown.args[0]
    assert document.kind_title == "BÁO CÁO" and "năm 2026" in document.title_lines[0]
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget is not page.window():
            widget.close()


def test_letters_for_the_checked_agencies_only(qtbot, page, tmp_path):
    rows = page.candidates.rows
    expected = reminders.reminder_candidates(page.ctx.db, page.ctx.actor, page.board.current_id())
    assert [r.agency_name for r in rows] == [c.agency_name for c in expected]
    assert len(rows) >= 2
    skipped = rows[1]
    page.candidates.setData(page.candidates.index(1, 0), Qt.Unchecked.value, Qt.CheckStateRole)
    assert page.candidates.data(page.candidates.index(1, 0), Qt.CheckStateRole) == Qt.Unchecked
    page.draft.setChecked(True)
    folder = tmp_path / "cong-van"
    with qtbot.waitSignal(page.letters_written, timeout=30_000) as written:
        page.write_letters_to(folder)
    summary = written.args[0]
    assert [f.agency_name for f in summary.letters] == [
        r.agency_name for r in rows if r is not skipped
    ]
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [f.file_name for f in summary.letters] + [summary.summary_file.name]
    )
    assert not any(skipped.agency_name in p.name for p in folder.iterdir())
    assert page.informed[-1].startswith(f"Đã ghi {len(summary.letters)} công văn vào")
    assert page.letters_button.isEnabled()


def test_cancel_in_the_progress_dialog_writes_nothing(qtbot, page, tmp_path):
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    choose_year(page, 2026)
    folder = tmp_path / "out"
    folder.mkdir()
    with qtbot.waitSignal(page.export_failed, timeout=30_000) as failed:
        page.export_to(folder / "bao-cao.docx")
        (dialog,) = page.findChildren(QProgressDialog)
        dialog.findChild(QPushButton).click()  # Cancel, while the tasks are counted
    assert isinstance(failed.args[0], reports.ReportCancelled)
    assert list(folder.iterdir()) == []
    assert page.docx_button.isEnabled()


def test_the_page_fits_1024_pixels_in_vietnamese(qtbot, vi_app, demo_db, monkeypatch):
    from PySide6.QtWidgets import QScrollArea

    widget = ReportsPage(context_for(demo_db, "thuky"))
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.refresh()
    assert widget.show_button.text() == "Xem số liệu"
    assert "nhiệm vụ: hoàn thành" in widget.numbers.text()  # shown for the default period
    content = widget.findChild(QScrollArea).widget()
    # the window's navigation list takes about 240 px of 1024
    assert content.minimumSizeHint().width() <= 1024 - 240 - 20


def test_the_page_offers_the_report_that_is_due_this_half_year(qtbot, monkeypatch):
    """Seed 003 asks for a 6-month report before 25/5 and an annual one before 20/11: the page
    opens on the first half year until June, on the full year after."""
    import datetime as real_datetime

    from coordboard.ui.reports import reports_page

    class FixedDate(real_datetime.date):
        day_to_use = real_datetime.date(2026, 5, 10)

        @classmethod
        def today(cls):
            return cls.day_to_use

    monkeypatch.setattr(reports_page, "date", FixedDate)
    for day, expected in (
        (real_datetime.date(2026, 5, 10), "H1"),
        (real_datetime.date(2026, 11, 2), "year"),
    ):
        FixedDate.day_to_use = day
        assert reports_page.ReportsPage.default_period_kind() == expected
