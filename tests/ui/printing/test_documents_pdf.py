"""The same Document printed through Qt (ui/printing.py): PDF text equal to the model's (and so
to the DOCX's), A4 pages, numbers from page 2, landscape annex pages, preview and atomic writes.

PDF text is read back with pypdf (test extra): Qt has no PDF reader in PySide6-Essentials."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
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

PT_PER_MM = 72 / 25.4


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


def pages_text(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in pypdf.PdfReader(BytesIO(pdf)).pages]


def placed_text(page) -> list[tuple[str, float, float]]:
    """(text, x, y from the top) in points for every piece of text on a page."""
    out = []
    height = float(page.mediabox.height)

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            out.append((text.strip(), x, height - y))

    page.extract_text(visitor_text=visit)
    return out


def assert_same_text(pdf: bytes, doc) -> None:
    """Every line of the model's text appears in the PDF, in order and with its diacritics;
    apart from the page numbers, what is left over is only table header rows repeated on a
    new page."""
    pages = pages_text(pdf)
    for n, text in enumerate(pages[1:], start=2):  # each page begins with its number
        assert text.split("\n", 1)[0].strip() == str(n)
        pages[n - 1] = text.split("\n", 1)[1]
    whole = squeeze("".join(pages))
    headers = [
        squeeze("".join(c.title for c in block.columns))
        for block in (*doc.body, *doc.annex)
        if hasattr(block, "columns")
    ]
    at, leftovers = 0, []
    for line in doc.plain_text().split("\n"):
        wanted = squeeze(line)
        if not wanted:
            continue
        found = whole.find(wanted, at)
        assert found >= 0, f"{line!r} is missing from the PDF (or out of order)"
        if found > at:
            leftovers.append(whole[at:found])
        at = found + len(wanted)
    leftovers.append(whole[at:])
    for gap in filter(None, leftovers):
        rest = gap
        for header in headers:
            rest = rest.replace(header, "")
        assert rest == "", f"text in the PDF that the document does not have: {gap!r}"


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


@pytest.mark.parametrize("dpi", [300, 1200])
def test_no_text_lost_or_repeated_whatever_the_resolution(qapp, dpi):
    """Other resolutions (a printer's is 1200) break the pages elsewhere: paragraphs and table
    rows continued on the next page still appear exactly once."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPdfWriter

    doc = samples.minutes(speeches=30)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(dpi)
    printing.paint_document(doc, writer)
    del writer
    assert_same_text(bytes(data.data()), doc)


def test_a_heading_is_never_left_at_the_foot_of_a_page(qapp):
    """Wherever the page ends, the heading goes over with the paragraph under it."""
    from dataclasses import replace

    from coordboard.services.documents import Heading, Paragraph

    base = samples.letter()
    moved = 0
    for n in range(22, 40):
        body = (
            *tuple(Paragraph.of(f"Dòng {i}.") for i in range(n)),
            Heading("II. KẾT QUẢ THỰC HIỆN"),
            Paragraph.of("Đoạn đầu tiên của mục II."),
        )
        pages = [squeeze(t) for t in pages_text(printing.render_pdf(replace(base, body=body)))]
        heading = next(i for i, t in enumerate(pages) if "II.KẾTQUẢ" in t)
        assert "ĐoạnđầutiêncủamụcII" in pages[heading], f"{n} lines: the heading is alone"
        moved += heading > 0 and f"Dòng{n - 1}." in pages[heading - 1]
    assert moved, "no case put the heading at a page end: the test proves nothing"


def grey_png(width_px: int, height_px: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(width_px, height_px, QImage.Format.Format_RGB32)
    image.fill(QColor("grey"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def test_the_last_row_of_a_table_is_never_cut_at_the_foot_of_a_page(qapp):
    """Qt hides the empty paragraph after a table inside the table's last row; the row's
    bottom was once taken from that paragraph's top, a line too high, and a page ending in
    that line cut the row: half on each page, its text twice in the PDF. An image above the
    table grows by 1.5 mm, less than a line, so one height puts the page end there whatever
    the fonts; at every height the last row is whole on one page and said once."""
    from dataclasses import replace

    from coordboard.services.documents import Column, Image, Paragraph, Table

    table = Table(
        columns=(Column("STT", 15, "center"), Column("Nội dung", 100)),
        rows=tuple((str(i), f"Dòng một của hàng {i}\nDòng hai của hàng {i}") for i in (1, 2, 3)),
    )
    picture = grey_png(10, 20)  # twice as high as wide
    last_row = ("Dòngmộtcủahàng3", "Dònghaicủahàng3")
    heights = [120 + 1.5 * n for n in range(80)]
    for height in heights:
        doc = replace(
            samples.letter(),
            body=(Image(picture, height / 2), table, Paragraph.of("Kết thúc.")),
        )
        pdf = printing.render_pdf(doc)
        assert_same_text(pdf, doc)
        pages = [squeeze(t) for t in pages_text(pdf)]
        on = [[n for n, text in enumerate(pages) if line in text] for line in last_row]
        assert on[0] == on[1] and len(on[0]) == 1, f"image {height} mm: the last row is cut"
        if height == heights[0]:
            assert on[0] == [0], "the table starts on page 2: start with a smaller image"
        if on[0] == [1]:
            assert "Dònghaicủahàng2" in pages[0]
            assert pages[1].startswith("2STTNộidung3Dòngmột"), "no header row above it"
            break
    else:
        raise AssertionError("the last row never went over to page 2: the test proves nothing")


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

    real_printer = printing._printer

    def pdf_printer(doc):
        printer = real_printer(doc)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        return printer

    monkeypatch.setattr(printing, "_printer", pdf_printer)
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

    real_printer = printing._printer

    def broken_printer(doc):
        printer = real_printer(doc)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "no-such-folder" / "printed.pdf"))
        return printer

    monkeypatch.setattr(printing, "_printer", broken_printer)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Accepted)
    i18n.load("vi")
    try:
        with pytest.raises(DomainError) as err:
            printing.print_document(samples.letter())
        assert err.value.translated() == "Không mở được máy in hoặc tệp đầu ra."
    finally:
        i18n.load("en")
