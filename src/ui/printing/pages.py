"""Page breaks and painting of a laid-out document (layout.py) on a paged device.

The QTextDocuments are laid out without pages; the breaks are chosen here, as a word
processor does: table rows stay whole and the header row of a data table repeats on every
page it continues on, a heading or title stays with what follows, a paragraph is not left
with a single line on either page, and PageBreak blocks start a new page. Each page is then
painted from its slice of the layout. A table ends where the block after it begins, unless Qt
hid that block, empty, inside the table's last row (_hidden_after_table): measured from it,
the last row would end a line early and a page could end inside it.

The text layout draws the lines inside its clip plus the last line above it; a paragraph
continued from the previous page would put that line into the PDF again, hidden by the clip
but still text (search, copy). Such a paragraph is drawn here line by line instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextFormat,
    QTextFrameFormat,
    QTextTable,
)

from coordboard.errors import DomainError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.services.documents import formats as F
from coordboard.services.documents.model import Document
from coordboard.ui.printing.layout import lay_out
from coordboard.ui.printing.typesetting import (
    DATA_BORDER_PT,
    DATA_CELL_PADDING_MM,
    HEADER_CELL_PADDING_MM,
    KEEP_WITH_NEXT,
    Section,
    Typesetter,
)


@dataclass
class _Unit:
    """A piece a page break may not cut: a line of a paragraph or a table row (or, of no
    height, the empty block Qt hides after a table)."""

    top: float
    bottom: float
    can_start: bool  # a page may begin with it
    keep_next: bool  # no page break between it and the next unit
    forced: bool = False  # a page must begin with it
    header: tuple[float, float] | None = None  # the table's header rows, to repeat above it


@dataclass
class _Page:
    start: float
    end: float
    header: tuple[float, float] | None


def _units(section: Section, b: Typesetter) -> list[_Unit]:
    document = section.document
    layout = document.documentLayout()
    layout.documentSize()  # lays the whole document out
    units: list[_Unit] = []
    block = document.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None:
            after = document.findBlock(table.lastPosition() + 1)
            hidden = _hidden_after_table(after, table)
            rect = layout.blockBoundingRect(after)
            # the table ends where the next block begins, or where Qt put a hidden one's end
            units += _table_units(table, layout, b, rect.bottom() if hidden else rect.top())
            block = after
            if hidden:
                # it takes no room; a page break before it or a keep still count
                keep, forced = _keep_and_break(block.blockFormat())
                units.append(_Unit(rect.bottom(), rect.bottom(), True, keep, forced))
                block = block.next()
            continue
        lines = block.layout()
        origin = lines.position().y()
        keep, forced = _keep_and_break(block.blockFormat())
        count = lines.lineCount()
        for n in range(count):
            line = lines.lineAt(n)
            top = origin + line.y()
            # no single line of a paragraph alone at the foot or the head of a page
            widow_or_orphan = count > 1 and n in (1, count - 1)
            units.append(
                _Unit(
                    top,
                    top + line.height(),
                    not widow_or_orphan,
                    keep and n == count - 1,
                    forced and n == 0,
                )
            )
        block = block.next()
    return units


def _keep_and_break(fmt: QTextBlockFormat) -> tuple[bool, bool]:
    """(no page break after the block, a page break before it)"""
    forced = bool(fmt.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    return bool(fmt.property(KEEP_WITH_NEXT)), forced


def _hidden_after_table(block: QTextBlock, table: QTextTable) -> bool:
    """Whether Qt hides `block`: an empty block right after a table takes no room in the
    layout and is moved into the table's last row, its bottom on the table's bottom (Qt's
    QTextDocumentLayout, isEmptyBlockAfterTable). The empty paragraph after every data table
    is one; its top is not where the table ends."""
    return block.isValid() and block.length() == 1 and block.position() == table.lastPosition() + 1


def _table_units(table, layout, b: Typesetter, bottom: float) -> list[_Unit]:
    """One unit per row; `bottom` is where the table ends."""
    fmt = table.format()
    bordered = fmt.borderStyle() == QTextFrameFormat.BorderStyle.BorderStyle_Solid
    header_rows = fmt.headerRowCount() if bordered else 0
    pad = b.px(DATA_CELL_PADDING_MM if bordered else HEADER_CELL_PADDING_MM)
    border = b.px(DATA_BORDER_PT * 25.4 / 72) if bordered else 0.0
    tops = [
        min(
            layout.blockBoundingRect(table.cellAt(r, c).firstCursorPosition().block()).top()
            for c in range(table.columns())
        )
        - pad
        - border
        for r in range(table.rows())
    ]
    tops.append(bottom)
    forced = bool(fmt.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    header = (tops[0], tops[header_rows]) if header_rows else None
    return [
        _Unit(
            tops[r],
            tops[r + 1],
            r == 0 or r > header_rows,
            r < header_rows,
            forced and r == 0,
            header if r > header_rows else None,
        )
        for r in range(table.rows())
    ]


def _paginate(units: list[_Unit], height: float, border: float) -> list[_Page]:
    if not units:
        return [_Page(0, 0, None)]
    pages: list[_Page] = []
    first, start, header = 0, 0.0, None
    k = 1
    while k < len(units):
        room = height - (header[1] - header[0] if header else 0)
        unit = units[k]
        if unit.forced or unit.bottom - start > room:
            j = k
            if not unit.forced:
                while j > first + 1 and not (units[j].can_start and not units[j - 1].keep_next):
                    j -= 1
                if not (units[j].can_start and not units[j - 1].keep_next):
                    j = k  # nothing better: break where it overflows
            # a table row's top border closes the rows above it on this page
            end = units[j].top + (border if units[j].header else 0)
            pages.append(_Page(start, end, header))
            first, start, header = j, units[j].top, units[j].header
            k = j + 1
            continue
        k += 1
    pages.append(_Page(start, units[-1].bottom, header))
    return pages


def _root_blocks(document) -> list:
    """(line tops, bottom, block) of the paragraphs outside tables, in document pixels."""
    root, out = document.rootFrame(), []
    block = document.begin()
    while block.isValid():
        lines = block.layout()
        if lines.lineCount() and QTextCursor(block).currentFrame() == root:
            origin = lines.position().y()
            tops = [origin + lines.lineAt(n).y() for n in range(lines.lineCount())]
            out.append((tops, origin + lines.boundingRect().bottom(), block))
        block = block.next()
    return out


def page_layout(landscape: bool) -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
    )


def paint_document(doc: Document, device: QPagedPaintDevice) -> int:
    """Paint every page of `doc` on `device` (a QPdfWriter or a full-page QPrinter); returns
    the number of pages. A printer cannot change orientation within a job, so there a
    landscape page is drawn turned a quarter on the portrait sheet."""
    typesetter, sections = lay_out(doc, device)
    border = typesetter.px(DATA_BORDER_PT * 25.4 / 72)
    can_turn = isinstance(device, QPdfWriter)
    page_no = 0
    painter = QPainter()
    try:
        for section in sections:
            pages = _paginate(_units(section, typesetter), section.page_height, border)
            blocks = _root_blocks(section.document)
            turned = section.landscape and not can_turn
            for i, page in enumerate(pages):
                if page_no == 0:
                    device.setPageLayout(page_layout(section.landscape and can_turn))
                    if not painter.begin(device):
                        raise DomainError(
                            QT_TRANSLATE_NOOP(
                                "errors", "The printer or the output file could not be opened."
                            )
                        )
                else:
                    if i == 0 and can_turn:
                        device.setPageLayout(page_layout(section.landscape))
                    device.newPage()
                page_no += 1
                painter.save()
                if turned:
                    painter.translate(typesetter.px(F.A4_MM[0]), 0)
                    painter.rotate(90)
                _paint_page(painter, typesetter, section, page, page_no, blocks)
                painter.restore()
    finally:
        if painter.isActive():
            painter.end()
    return page_no


def _paint_page(
    painter: QPainter, b: Typesetter, section: Section, page: _Page, page_no: int, blocks: list
) -> None:
    top, _bottom, left, _right = b.doc.margins_mm
    width = section.document.textWidth()
    if page_no > 1:
        painter.setFont(b.font(b.s.body))
        painter.setPen(QColor(Qt.GlobalColor.black))
        band = QRectF(
            b.px(left), b.px(F.HEADER_DISTANCE_MM), width, b.px(top - F.HEADER_DISTANCE_MM)
        )
        painter.drawText(
            band, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), str(page_no)
        )
    y = b.px(top)
    if page.header:
        _paint_slice(painter, b, section, page.header[0], page.header[1], y, [])
        y += page.header[1] - page.header[0]
    _paint_slice(painter, b, section, page.start, page.end, y, blocks)


def _paint_slice(
    painter: QPainter,
    b: Typesetter,
    section: Section,
    start: float,
    end: float,
    y: float,
    blocks: list,
) -> None:
    """The layout from `start` to `end` (document pixels), drawn from `y` down the page."""
    left = b.px(b.doc.margins_mm[2])
    width = section.document.textWidth()
    painter.save()
    painter.translate(left, y - start)
    clip = QRectF(-left, start, width + 2 * left, end - start)
    painter.setClipRect(clip)
    for tops, bottom, block in blocks:
        if tops[0] < start - 0.5 <= tops[-1] and bottom > start + 0.5:
            lines = block.layout()
            for n, line_top in enumerate(tops):
                if start - 0.5 <= line_top < end - 0.5:
                    lines.lineAt(n).draw(painter, lines.position())
            clip.setTop(min(bottom + 0.5, end))
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = clip.adjusted(0, 0.5, 0, -0.5)  # a line starting at `end` is the next page's
    context.palette.setColor(QPalette.ColorRole.Text, QColor(Qt.GlobalColor.black))
    section.document.documentLayout().draw(painter, context)
    painter.restore()
