"""The ND 30/2020 document model laid out in QTextDocuments for printing (ui/printing.py).

One QTextDocument per run of pages with one orientation, laid out without pages: the page
breaks are chosen afterwards by ui/print_pages.py, which keeps table rows whole and headings
with what follows. Lengths: the page and the painter use device pixels; lengths inside text
formats are scaled by the layout from Qt's default DPI to the device, so they are given in
format units (Builder.u / Builder.upt), except the first-line indent, which is not scaled.

Fonts: "Times New Roman", falling back to metric-compatible or serif families that carry the
Vietnamese letters (Liberation Serif, Tinos, Noto Serif, DejaVu Serif) where it is missing.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextImageFormat,
    QTextLayout,
    QTextLength,
    QTextOption,
    QTextTableCellFormat,
    QTextTableFormat,
)

from coordboard.services.documents import formats as F
from coordboard.services.documents.model import (
    Block,
    Document,
    Heading,
    Image,
    PageBreak,
    Paragraph,
    Run,
    Table,
    table_cell_lines,
)

FONT_FAMILIES = ["Times New Roman", "Liberation Serif", "Tinos", "Noto Serif", "DejaVu Serif"]
HEADER_COLUMNS_MM = (62.0, 103.0)  # as in the DOCX
HEADER_CELL_PADDING_MM = 1.9  # Word's default cell margin
DATA_CELL_PADDING_MM = 1.0
RULE_PT = 0.75
DATA_BORDER_PT = 0.5
WRAP_SLACK_MM = 0.3  # lines broken here stay unbroken in the cell
KEEP_WITH_NEXT = QTextFormat.Property.UserProperty.value + 1  # block property: no page break after
_ALIGN = {
    "justify": Qt.AlignmentFlag.AlignJustify,
    "center": Qt.AlignmentFlag.AlignHCenter,
    "left": Qt.AlignmentFlag.AlignLeft,
    "right": Qt.AlignmentFlag.AlignRight,
}


@dataclass
class Section:
    document: QTextDocument
    landscape: bool
    page_height: float  # device pixels of text per page


class Builder:
    """Lays a Document out in QTextDocuments whose units are the device's pixels."""

    def __init__(self, doc: Document, device: QPagedPaintDevice) -> None:
        self.doc = doc
        self.s = doc.sizes
        self.device = device
        self.dpi = device.logicalDpiY()
        self.scale = _format_scale(device)
        self.sections: list[Section] = []
        self.images = 0
        self.pending_break = False

    # units: the page size and the painter take device pixels (px); lengths in text formats
    # (margins, indents, widths, padding, image sizes) are scaled by the layout from Qt's
    # default DPI to the device, so they are given in format units (u, upt)
    def px(self, mm: float) -> float:
        return mm / 25.4 * self.dpi

    def u(self, mm: float) -> float:
        return self.px(mm) / self.scale

    def upt(self, points: float) -> float:
        return points / 72 * self.dpi / self.scale

    def measure(self, text: str, size: float, bold=False) -> float:
        """Width of one line of text, in millimetres."""
        metrics = QFontMetricsF(self.font(size, bold=bold), self.device)
        return metrics.horizontalAdvance(F.nfc(text)) / self.dpi * 25.4

    def font(self, size: float, bold=False, italic=False) -> QFont:
        font = QFont()
        font.setFamilies(FONT_FAMILIES)
        font.setPointSizeF(size)
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def char(self, size: float, bold=False, italic=False, underline=False) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFontFamilies(FONT_FAMILIES)
        fmt.setFontPointSize(size)
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        fmt.setFontItalic(italic)
        fmt.setFontUnderline(underline)
        fmt.setForeground(QColor(Qt.GlobalColor.black))
        return fmt

    def block_fmt(
        self, align="center", indent=False, before=0.0, after=0.0, spacing=1.0, keep=False
    ) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        if keep:
            fmt.setProperty(KEEP_WITH_NEXT, True)
        fmt.setAlignment(_ALIGN[align])
        # (unlike the other lengths, the layout does not scale the first-line indent)
        fmt.setTextIndent(self.px(F.FIRST_LINE_INDENT_MM) if indent else 0)
        fmt.setTopMargin(self.upt(before))
        fmt.setBottomMargin(self.upt(after))
        if spacing != 1.0:
            fmt.setLineHeight(
                spacing * 100, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
            )
        return fmt

    # sections and cursors
    def text_width(self, landscape: bool) -> float:
        """In millimetres."""
        width, height = F.A4_MM
        _top, _bottom, left, right = self.doc.margins_mm
        return (height if landscape else width) - left - right

    def new_section(self, landscape: bool) -> None:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self.device)
        document.setDocumentMargin(0)
        document.setDefaultFont(self.font(self.s.body))
        width, height = F.A4_MM
        top, bottom, _left, _right = self.doc.margins_mm
        page_height = (width if landscape else height) - top - bottom
        document.setTextWidth(self.px(self.text_width(landscape)))  # no pages: see the doc
        document.setUndoRedoEnabled(False)
        if self.sections:
            self.cursor.endEditBlock()
        self.sections.append(Section(document, landscape, self.px(page_height)))
        self.cursor = QTextCursor(document)
        self.cursor.beginEditBlock()  # one layout at the end, not one per insertion
        self.fresh = True  # the cursor's block is empty and unformatted: reuse it
        self.pending_break = False

    def orientation(self, landscape: bool) -> None:
        if not self.sections or self.sections[-1].landscape != landscape:
            self.new_section(landscape)

    def para(
        self,
        runs: list[Run],
        size: float,
        cursor: QTextCursor | None = None,
        first: bool = False,
        wrap_mm: float | None = None,
        **block,
    ) -> None:
        """A paragraph at `cursor` (default: the section's); `first` reuses its empty block.

        `wrap_mm` (table cells): the text is broken into lines of that width here, one block
        per line. The layout draws a block cut by a page end again, hidden, above the next
        page (see _paint_page); paragraphs outside tables are handled there, cells here."""
        if wrap_mm is not None and len(runs) == 1:
            lines = self.wrap(runs[0], size, wrap_mm)
            if len(lines) > 1:
                for k, line in enumerate(lines):
                    self.para(
                        [Run(line, runs[0].bold, runs[0].italic, runs[0].underline)],
                        size,
                        cursor,
                        first and k == 0,
                        **{
                            **block,
                            "before": block.get("before", 0) if k == 0 else 0,
                            "after": block.get("after", 0) if k == len(lines) - 1 else 0,
                        },
                    )
                return
        main = cursor is None
        cursor = self.cursor if main else cursor
        fmt = self.block_fmt(**block)
        if main and self.pending_break:
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            self.pending_break = False
        if (main and self.fresh) or first:
            cursor.setBlockFormat(fmt)
            cursor.setBlockCharFormat(self.char(size))
        else:
            cursor.insertBlock(fmt, self.char(size))
        if main:
            self.fresh = False
        for run in runs:
            cursor.insertText(
                F.nfc(run.text).replace("\n", "\u2028"),
                self.char(size, run.bold, run.italic, run.underline),
            )

    def wrap(self, run: Run, size: float, width_mm: float) -> list[str]:
        """The lines Qt makes of `run` in a column `width_mm` wide."""
        text = F.nfc(run.text)
        layout = QTextLayout(text, self.font(size, run.bold, run.italic), self.device)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        starts = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(self.px(width_mm))
            starts.append(line.textStart())
        layout.endLayout()
        return [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)])]

    def rule(self, width_mm: float, cursor: QTextCursor | None = None, first=False) -> None:
        """A short solid line, centred: a black image in its own small block."""
        self.para([], 2, cursor, first=first, before=3)
        target = cursor or self.cursor
        fmt = QTextImageFormat()
        fmt.setName(self._resource(_black_pixel()))
        fmt.setWidth(self.u(width_mm))
        fmt.setHeight(self.upt(RULE_PT))
        target.insertImage(fmt)

    def _resource(self, image: QImage) -> str:
        self.images += 1
        name = f"coordboard-image-{self.images}"
        self.sections[-1].document.addResource(
            QTextDocument.ResourceType.ImageResource.value, QUrl(name), image
        )
        return name

    def table(
        self, widths_mm, rows: int, *, borders: bool, padding_mm: float, header_rows: int = 0
    ):
        fmt = QTextTableFormat()
        fmt.setCellSpacing(0)
        fmt.setCellPadding(self.u(padding_mm))
        fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        fmt.setHeaderRowCount(header_rows)
        fmt.setBorderCollapse(True)
        if borders:
            fmt.setBorder(self.upt(DATA_BORDER_PT))
            fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
            fmt.setBorderBrush(QColor(Qt.GlobalColor.black))
        else:
            fmt.setBorder(0)
            fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_None)
        fmt.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.FixedLength, self.u(w)) for w in widths_mm]
        )
        if self.pending_break:
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            self.pending_break = False
        table = self.cursor.insertTable(rows, len(widths_mm), fmt)
        return table

    def after_table(self) -> None:
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        self.fresh = True

    # the document
    def build(self) -> list[Section]:
        d, s = self.doc, self.s
        self.new_section(False)
        self.header()
        if d.kind_title.strip():
            self.para([Run(d.kind_title.upper(), bold=True)], s.body, keep=True)
        for line in d.title_lines:
            self.para([Run(line, bold=True)], s.body, keep=True)
        if d.title_lines:
            longest = max(self.measure(t, s.body, bold=True) for t in d.title_lines)
            self.rule(F.SHORT_RULE_FRACTION * min(longest, self.text_width(False)))
        self.para([], s.body, after=F.SPACE_AFTER_PT)
        self.blocks(d.body_blocks())
        self.orientation(False)
        self.closing()
        if d.annex:
            self.pending_break = True
            self.blocks(d.annex)
        self.cursor.endEditBlock()
        return self.sections

    def header(self) -> None:
        s, h = self.s, self.doc.header
        # the empty first block, above the header table, takes no room
        tiny = QTextBlockFormat()
        tiny.setLineHeight(0, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        self.cursor.setBlockFormat(tiny)
        self.cursor.setBlockCharFormat(self.char(1))
        table = self.table(HEADER_COLUMNS_MM, 2, borders=False, padding_mm=HEADER_CELL_PADDING_MM)
        # (a block right after a table loses its top margin: the gap is the table's)
        frame = table.format()
        frame.setBottomMargin(self.upt(18 if self.doc.kind_title.strip() else 6))
        table.setFormat(frame)
        governing, issuing = h.left_lines()
        inner = [w - 2 * HEADER_CELL_PADDING_MM for w in HEADER_COLUMNS_MM]
        c = table.cellAt(0, 0).firstCursorPosition()
        first = True
        for line in governing:
            self.para([Run(line)], s.agency, c, first=first)
            first = False
        for line in issuing:
            self.para([Run(line, bold=True)], s.agency, c, first=first)
            first = False
        if issuing:
            longest = max(self.measure(t, s.agency, bold=True) for t in issuing)
            self.rule(F.SHORT_RULE_FRACTION * min(longest, inner[0]), c, first=first)
        c = table.cellAt(0, 1).firstCursorPosition()
        self.para([Run(F.NATIONAL_TITLE, bold=True)], s.national_title, c, first=True)
        self.para([Run(F.MOTTO, bold=True)], s.motto, c)
        self.rule(self.measure(F.MOTTO, s.motto, bold=True), c)
        c = table.cellAt(1, 0).firstCursorPosition()
        self.para([Run(h.number)], s.number, c, first=True, before=6)
        if h.excerpt.strip():
            self.para([Run(h.excerpt.strip())], s.excerpt, c, before=3)
        c = table.cellAt(1, 1).firstCursorPosition()
        self.para([Run(h.date_line(), italic=True)], s.body, c, first=True, before=6)
        self.after_table()

    def blocks(self, blocks: tuple[Block, ...]) -> None:
        s = self.s
        for block in blocks:
            if isinstance(block, Table):
                self.orientation(block.landscape)
                self.data_table(block)
                continue
            self.orientation(False)
            if isinstance(block, Paragraph):
                self.para(
                    list(block.runs),
                    block.size or s.body,
                    align=block.align,
                    indent=block.first_line_indent,
                    after=F.SPACE_AFTER_PT,
                    spacing=F.LINE_SPACING,
                    keep=block.keep_with_next,
                )
            elif isinstance(block, Heading):
                self.para(
                    [Run(block.text, bold=True, italic=block.level >= 3)],
                    s.body,
                    align="justify",
                    indent=True,
                    before=3,
                    after=F.SPACE_AFTER_PT,
                    spacing=F.LINE_SPACING,
                    keep=True,
                )
            elif isinstance(block, Image):
                self.image(block)
            elif isinstance(block, PageBreak):
                self.pending_break = True

    def image(self, block: Image) -> None:
        s = self.s
        picture = QImage.fromData(QByteArray(block.png))
        self.para([], s.body, before=6, keep=bool(block.caption.strip()))
        if not picture.isNull():
            width = min(block.width_mm, self.text_width(False))
            fmt = QTextImageFormat()
            fmt.setName(self._resource(picture))
            fmt.setWidth(self.u(width))
            fmt.setHeight(self.u(width) * picture.height() / max(1, picture.width()))
            self.cursor.insertImage(fmt)
        if block.caption.strip():
            self.para(
                [Run(block.caption, italic=True)],
                F.table_size(s.body, None),
                after=F.SPACE_AFTER_PT,
            )

    def data_table(self, t: Table) -> None:
        size = F.table_size(self.s.body, t.size)
        if t.title.strip():
            self.para([Run(t.title, bold=True)], size, before=6, after=6, keep=True)
        widths = [c.width_mm for c in t.columns]
        room = self.text_width(self.sections[-1].landscape)
        if sum(widths) > room:
            widths = [w * room / sum(widths) for w in widths]
        table = self.table(
            widths, 1 + len(t.rows), borders=True, padding_mm=DATA_CELL_PADDING_MM, header_rows=1
        )
        # with collapsed borders, a single black grid comes from the cells' own borders
        grid = QTextTableCellFormat()
        grid.setBorder(self.upt(DATA_BORDER_PT))
        grid.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        grid.setBorderBrush(QColor(Qt.GlobalColor.black))
        head = QTextTableCellFormat(grid)
        head.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)
        inner = [
            w - 2 * DATA_CELL_PADDING_MM - DATA_BORDER_PT * 25.4 / 72 - WRAP_SLACK_MM
            for w in widths
        ]
        for col, column in enumerate(t.columns):
            cell = table.cellAt(0, col)
            self.cell_text(
                cell.firstCursorPosition(), column.title, size, "center", True, inner[col]
            )
            _merge_cell_format(cell, head)
        for r, values in enumerate(t.rows):
            for col, (column, value) in enumerate(zip(t.columns, values)):
                cell = table.cellAt(r + 1, col)
                self.cell_text(
                    cell.firstCursorPosition(),
                    value,
                    size,
                    column.align,
                    r in t.bold_rows,
                    inner[col],
                )
                _merge_cell_format(cell, grid)
        self.after_table()
        self.para([], size, after=F.SPACE_AFTER_PT)

    def cell_text(
        self, cursor, text: str, size: float, align: str, bold: bool, width_mm: float
    ) -> None:
        for i, line in enumerate(table_cell_lines(text)):
            self.para(
                [Run(line, bold=bold)],
                size,
                cursor,
                first=i == 0,
                align=align,
                before=2 if i == 0 else 0,
                after=2,
                wrap_mm=width_mm,
            )

    def closing(self) -> None:
        d = self.doc
        columns, recipients = d.signatures, d.recipient_lines()
        room = self.text_width(False)
        if columns:
            widths = (
                (room * 0.48, room * 0.52)
                if len(columns) == 1
                else tuple(room / len(columns) for _ in columns)
            )
            table = self.table(widths, 1, borders=False, padding_mm=HEADER_CELL_PADDING_MM)
            cells = [table.cellAt(0, i).firstCursorPosition() for i in range(len(widths))]
            inner = [w - 2 * HEADER_CELL_PADDING_MM - WRAP_SLACK_MM for w in widths]
            if len(columns) == 1:
                self.recipients(recipients, cells.pop(0), before=6, wrap_mm=inner.pop(0))
            for cursor, column, width in zip(cells, columns, inner):
                self.signature(cursor, column, width)
            self.after_table()
        if len(columns) != 1:
            self.recipients(recipients, None, before=12)

    def signature(self, cursor, column, width_mm: float) -> None:
        s = self.s
        first = True
        for text in (column.authority.upper(), column.position.upper()):
            if text.strip():
                self.para(
                    [Run(text, bold=True)],
                    s.body,
                    cursor,
                    first=first,
                    before=6 if first else 0,
                    wrap_mm=width_mm,
                )
                first = False
        if column.name.strip():
            self.para(
                [Run(column.name, bold=True)],
                s.body,
                cursor,
                first=first,
                before=F.SIGNATURE_SPACE_PT,
                wrap_mm=width_mm,
            )

    def recipients(self, lines, cursor, before=0, wrap_mm=None) -> None:
        if not lines:
            return
        s = self.s
        self.para(
            [Run(lines[0], bold=True, italic=True)],
            s.recipients_title,
            cursor,
            first=cursor is not None,
            align="left",
            before=before,
            wrap_mm=wrap_mm,
        )
        for line in lines[1:]:
            self.para([Run(line)], s.recipients, cursor, align="left", wrap_mm=wrap_mm)


def _merge_cell_format(cell, fmt: QTextTableCellFormat) -> None:
    """A cell's format is its first block's character format: set it after the text, merged."""
    merged = cell.format()
    merged.merge(fmt)
    cell.setFormat(merged)


def _format_scale(device: QPagedPaintDevice) -> float:
    """How the text layout scales format lengths for `device` (device DPI / Qt's default DPI,
    which follows the primary screen): measured on a fixed-width table, not assumed."""
    probe = QTextDocument()
    probe.documentLayout().setPaintDevice(device)
    probe.setDocumentMargin(0)
    fmt = QTextTableFormat()
    fmt.setBorder(0)
    fmt.setCellPadding(0)
    fmt.setCellSpacing(0)
    fmt.setColumnWidthConstraints([QTextLength(QTextLength.Type.FixedLength, 1000)])
    QTextCursor(probe).insertTable(1, 1, fmt)
    return probe.documentLayout().documentSize().width() / 1000


def _black_pixel() -> QImage:
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    image.fill(QColor(Qt.GlobalColor.black))
    return image
