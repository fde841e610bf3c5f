"""The same Document printed through Qt (ui/printing): PDF text equal to the model's (and so
to the DOCX's), A4 pages, numbers from page 2, landscape annex pages, preview and atomic writes.
Where the pages break: test_page_breaks.py."""

from __future__ import annotations

import os
import subprocess
import sys
from io import BytesIO
from pathlib import Path

import pypdf
import pytest

from coordboard import i18n
from coordboard.errors import DomainError
from coordboard.services.documents import render_docx
from coordboard.ui import printing
from services.documents import samples
from services.documents.nd30 import docx_lines
from ui.printing.pdf_text import assert_same_text, pages_text, placed_text, squeeze

PT_PER_MM = 72 / 25.4


@pytest.fixture(scope="module")
def minutes_pdf(qapp):
    return printing.render_pdf(samples.minutes())


def test_pdf_says_what_the_docx_says(minutes_pdf):
    doc = samples.minutes()
    assert_same_text(minutes_pdf, doc)
    from docx import Document as open_docx

    assert docx_lines(open_docx(BytesIO(render_docx(doc)))) == doc.plain_text().split("\n")
    assert squeeze("Nguyễn Văn Quý") in squeeze(pages_text(minutes_pdf)[-1])


def test_cong_van_and_annex_pdfs_say_what_their_documents_say(qapp):
    for doc in (samples.letter(), samples.report_with_annex()):
        assert_same_text(printing.render_pdf(doc), doc)


def test_pages_are_a4_with_a_landscape_page_for_the_wide_table(minutes_pdf):
    reader = pypdf.PdfReader(BytesIO(minutes_pdf))
    sizes = [
        (round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages
    ]
    assert len(sizes) > 3
    assert set(sizes) == {(595, 842), (842, 595)}
    wide = next(i for i, p in enumerate(reader.pages) if "Quý1/2021" in squeeze(p.extract_text()))
    assert sizes[wide] == (842, 595)
    assert sizes[-1] == (595, 842)  # the signatures come back to portrait


def test_page_numbers_centred_in_the_top_margin_from_page_2(minutes_pdf):
    reader = pypdf.PdfReader(BytesIO(minutes_pdf))
    top, _bottom, left, right = (m * PT_PER_MM for m in samples.minutes().margins_mm)
    for number, page in enumerate(reader.pages, start=1):
        in_margin = [(t, x) for t, x, y in placed_text(page) if y < top]
        if number == 1:
            assert in_margin == []
            continue
        assert [t for t, _x in in_margin] == [str(number)]
        width = float(page.mediabox.width)
        middle = left + (width - left - right) / 2
        assert abs(in_margin[0][1] - middle) < 12, "the page number is not centred"


def test_margins_and_first_line_indent(minutes_pdf):
    page = pypdf.PdfReader(BytesIO(minutes_pdf)).pages[0]
    top, _bottom, left, _right = (m * PT_PER_MM for m in samples.minutes().margins_mm)
    placed = placed_text(page)
    assert min(y for _t, _x, y in placed) > top - 2  # nothing above the top margin
    assert min(x for _t, x, _y in placed) >= left - 1  # nothing left of the left margin
    heading = next(x for t, x, _y in placed if t.startswith("I."))
    paragraph = next(x for t, x, _y in placed if t.startswith("Thời"))
    assert heading == pytest.approx(left + 12.7 * PT_PER_MM, abs=1.5)
    assert paragraph == pytest.approx(left + 12.7 * PT_PER_MM, abs=1.5)


def test_pdf_fonts_are_times_or_a_serif_with_vietnamese_glyphs(minutes_pdf):
    accepted = ("TimesNewRoman", "Times-", "LiberationSerif", "Tinos", "NotoSerif", "DejaVuSerif")
    for page in pypdf.PdfReader(BytesIO(minutes_pdf)).pages:
        fonts = page["/Resources"]["/Font"]
        for key in fonts:
            name = str(fonts[key].get_object()["/BaseFont"]).lstrip("/")
            name = name.split("+")[-1]
            assert name.startswith(accepted), name


def test_write_pdf_is_atomic_and_names_an_unwritable_path(qapp, tmp_path):
    target = tmp_path / "thông báo.pdf"
    printing.write_pdf(samples.letter(), target)
    assert target.read_bytes().startswith(b"%PDF")
    assert os.listdir(tmp_path) == ["thông báo.pdf"]
    i18n.load("vi")
    try:
        folder = tmp_path / "occupied.pdf"
        folder.mkdir()
        with pytest.raises(DomainError) as err:
            printing.write_pdf(samples.letter(), folder)
        assert str(folder) in err.value.translated()
        assert sorted(os.listdir(tmp_path)) == ["occupied.pdf", "thông báo.pdf"]
        assert os.listdir(folder) == []
    finally:
        i18n.load("en")


def test_preview_paints_the_same_pages_without_blocking(qtbot, minutes_pdf):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    dialog = printing.preview(samples.minutes())
    qtbot.addWidget(dialog)
    widget = dialog.findChild(QPrintPreviewWidget)
    widget.updatePreview()
    assert widget.pageCount() == len(pypdf.PdfReader(BytesIO(minutes_pdf)).pages)


def test_write_pdf_from_the_command_line_without_a_display(tmp_path):
    """No QGuiApplication and no display: write_pdf makes its own, offscreen."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    out = tmp_path / "bien-ban.pdf"
    script = (
        "import sys; sys.path.insert(0, sys.argv[2]);"
        "from services.documents import samples; from coordboard.ui.printing import write_pdf;"
        "write_pdf(samples.letter(), sys.argv[1])"
    )
    tests_dir = str(Path(__file__).resolve().parents[2])
    done = subprocess.run(
        [sys.executable, "-c", script, str(out), tests_dir],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert_same_text(out.read_bytes(), samples.letter())


def test_print_document_prints_the_pages_on_the_chosen_printer(qtbot, monkeypatch, tmp_path):
    """The print dialog is answered with OK; the printer is one that writes a PDF file."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    real_printer = printing.printer_for

    def pdf_printer(doc):
        printer = real_printer(doc)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        return printer

    monkeypatch.setattr(printing, "printer_for", pdf_printer)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Accepted)
    assert printing.print_document(samples.letter()) is True
    assert_same_text((tmp_path / "printed.pdf").read_bytes(), samples.letter())

    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Rejected)
    (tmp_path / "printed.pdf").unlink()
    assert printing.print_document(samples.letter()) is False
    assert not (tmp_path / "printed.pdf").exists()


@pytest.mark.qt_log_ignore("QPainter::begin", "QPdfWriter", "QPrinter")
def test_a_printer_that_cannot_be_opened_gives_a_message(qtbot, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    real_printer = printing.printer_for

    def broken_printer(doc):
        printer = real_printer(doc)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "no-such-folder" / "printed.pdf"))
        return printer

    monkeypatch.setattr(printing, "printer_for", broken_printer)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Accepted)
    i18n.load("vi")
    try:
        with pytest.raises(DomainError) as err:
            printing.print_document(samples.letter())
        assert err.value.translated() == "Không mở được máy in hoặc tệp đầu ra."
    finally:
        i18n.load("en")
