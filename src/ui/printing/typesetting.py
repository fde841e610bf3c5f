"""The typesetting tools the printed document is built with: QTextDocuments measured in a
paged device's pixels, and the paragraphs, rules and tables of ND 30/2020 put into them.

One QTextDocument (a `Section`) per run of pages with one orientation, laid out without pages:
the page breaks are chosen afterwards by pages.py, which keeps table rows whole and headings
with what follows. Lengths: the page and the painter use device pixels; lengths inside text
formats are scaled by the layout from Qt's default DPI to the device, so they are given in
format units (Typesetter.u / Typesetter.upt), except the first-line indent, which is not scaled.

Fonts: "Times New Roman", falling back to metric-compatible or serif families that carry the
Vietnamese letters (Liberation Serif, Tinos, Noto Serif, DejaVu Serif) where it is missing.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QUrl
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
    QTextTableFormat,
)

from coordboard.services.documents import formats as F
from coordboard.services.documents.model import Document, Run

FONT_FAMILIES = ["Times New Roman", "Liberation Serif", "Tinos", "Noto Serif", "DejaVu Serif"]
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


class Typesetter:
    """Puts a Document's text into QTextDocuments whose units are the device's pixels; the
    parts of the document (header.py, body.py, closing.py) are written with it."""

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

    def finish(self) -> list[Section]:
        """The sections, laid out once now that everything is in them."""
        self.cursor.endEditBlock()
        return self.sections

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
        page (see pages.py); paragraphs outside tables are handled there, cells here."""
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
        fmt.setName(self.add_image(_black_pixel()))
        fmt.setWidth(self.u(width_mm))
        fmt.setHeight(self.upt(RULE_PT))
        target.insertImage(fmt)

    def add_image(self, image: QImage) -> str:
        """The name under which the current section's document knows `image`."""
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
