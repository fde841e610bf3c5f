"""Reports page (in Vietnamese, as the app starts): the numbers shown, the edited assessment
going into the DOCX, the preview, Cancel, a count superseded by a newer one. The `page` fixture
is in conftest.py; the letters are tested in test_letters_panel.py."""

from __future__ import annotations

from docx import Document as open_docx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from coordboard.services import reports
from coordboard.ui.reports.reports_page import ReportsPage
from coordboard.ui.workers import wait_for_tasks
from ui.ui_helpers import context_for


def choose_year(page: ReportsPage, year: int) -> None:
    page.form.period_kind.setCurrentIndex(page.form.period_kind.findData("year"))
    page.form.year.setValue(year)


def test_numbers_then_an_edited_assessment_into_the_docx(qtbot, page, tmp_path):
    assert page.form.board.currentText() == "Ban Điều hành công tác trẻ em tỉnh Vĩnh Long"
    assert page.form.plan.currentText() == "Mọi nhiệm vụ của Ban"
    choose_year(page, 2026)
    with qtbot.waitSignal(page.numbers_shown, timeout=10_000) as shown:
        qtbot.mouseClick(page.show_button, Qt.LeftButton)
    data = shown.args[0]
    expected = reports.report_data(page.ctx.db, page.ctx.actor, page.form.query())
    assert data.counts == expected.counts and data.total > 0
    assert f"{data.total} nhiệm vụ: hoàn thành {data.counts.done}" in page.numbers.text()
    assert page.numbers.text().startswith("Năm 2026, số liệu đến ngày ")
    generated = page.assessment.boxes["results"].toPlainText()
    assert generated == reports.default_texts(data).results
    assert page.assessment.current_texts(page.form.query()).results == generated

    page.assessment.boxes["results"].setPlainText("Các sở, ngành đã tích cực triển khai nhiệm vụ.")
    page.assessment.boxes["proposals"].setPlainText("Đề nghị bổ sung kinh phí.\nĐề nghị tập huấn.")
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
    page.assessment.reset_texts()
    assert page.assessment.boxes["results"].toPlainText() == generated


def test_generated_texts_follow_a_changed_report(qtbot, page):
    choose_year(page, 2026)
    with qtbot.waitSignal(page.numbers_shown, timeout=10_000):
        page.show_numbers()
    page.form.period_kind.setCurrentIndex(page.form.period_kind.findData("H1"))
    # not edited, and written for another period: the document writes its own
    assert page.assessment.current_texts(page.form.query()) is None


def test_a_range_that_ends_before_it_starts_is_refused(qtbot, page, monkeypatch):
    from datetime import date

    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a, **k: warned.append(text)
    )
    page.form.period_kind.setCurrentIndex(page.form.period_kind.findData("range"))
    page.form.range_from.set_value(date(2026, 6, 30))
    page.form.range_to.set_value(date(2026, 1, 1))
    page.show_numbers()
    assert warned and "01/01/2026" in warned[0]
    assert page.show_button.isEnabled()


def test_preview_opens_the_same_document(qtbot, page):
    choose_year(page, 2026)
    page.form.charts.setChecked(False)
    with qtbot.waitSignal(page.previewed, timeout=30_000) as shown:
        page.preview()
    document = shown.args[0]
    assert document.kind_title == "BÁO CÁO" and "năm 2026" in document.title_lines[0]
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget is not page.window():
            widget.close()


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


def test_a_count_still_on_its_way_is_dropped_when_a_newer_one_is_asked(qtbot, page, monkeypatch):
    import threading

    release = threading.Event()
    real_report_data = reports.report_data

    def report_data(db, actor, query):
        if query.period.start.year == 2025:  # the first count below: held until the second
            release.wait(10)
        return real_report_data(db, actor, query)

    monkeypatch.setattr(reports, "report_data", report_data)
    shown = []
    page.numbers_shown.connect(shown.append)
    choose_year(page, 2025)
    page.show_numbers()
    choose_year(page, 2026)
    page.show_numbers()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10_000)
    release.set()
    wait_for_tasks()
    qtbot.wait(50)
    assert [d.period.start.year for d in shown] == [2026]
    assert page.data is shown[0] and page.numbers.text().startswith("Năm 2026")
