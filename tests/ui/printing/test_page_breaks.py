"""Page breaks of the printed document (ui/printing/pages.py), wherever they fall: no text lost
or said twice, table rows whole with their header row repeated, headings kept with what
follows. Fonts and resolutions move the breaks: the tests that need a break on a given spot
sweep the content in steps smaller than what they check, so some step puts it there."""

from __future__ import annotations

from dataclasses import replace

import pytest

from coordboard.services.documents import Column, Heading, Image, Paragraph, Table
from coordboard.ui import printing
from services.documents import samples
from ui.printing.pdf_text import assert_same_text, pages_text, squeeze


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
