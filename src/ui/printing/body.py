"""The body of a printed document: its paragraphs, headings, images and data tables, in the
order and the sizes of the DOCX (services/documents/docx_render.py) for the same model."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QTextCharFormat,
    QTextFrameFormat,
    QTextImageFormat,
    QTextTableCellFormat,
)

from coordboard.services.documents import formats as F
from coordboard.services.documents.model import (
    Block,
    Heading,
    Image,
    PageBreak,
    Paragraph,
    Run,
    Table,
    table_cell_lines,
)
from coordboard.ui.printing.typesetting import (
    DATA_BORDER_PT,
    DATA_CELL_PADDING_MM,
    WRAP_SLACK_MM,
    Typesetter,
)


def blocks(t: Typesetter, blocks: tuple[Block, ...]) -> None:
    s = t.s
    for block in blocks:
        if isinstance(block, Table):
            t.orientation(block.landscape)
            data_table(t, block)
            continue
        t.orientation(False)
        if isinstance(block, Paragraph):
            t.para(
                list(block.runs),
                block.size or s.body,
                align=block.align,
                indent=block.first_line_indent,
                after=F.SPACE_AFTER_PT,
                spacing=F.LINE_SPACING,
                keep=block.keep_with_next,
            )
        elif isinstance(block, Heading):
            t.para(
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
            image(t, block)
        elif isinstance(block, PageBreak):
            t.pending_break = True


def image(t: Typesetter, block: Image) -> None:
    s = t.s
    picture = QImage.fromData(QByteArray(block.png))
    t.para([], s.body, before=6, keep=bool(block.caption.strip()))
    if not picture.isNull():
        width = min(block.width_mm, t.text_width(False))
        fmt = QTextImageFormat()
        fmt.setName(t.add_image(picture))
        fmt.setWidth(t.u(width))
        fmt.setHeight(t.u(width) * picture.height() / max(1, picture.width()))
        t.cursor.insertImage(fmt)
    if block.caption.strip():
        t.para(
            [Run(block.caption, italic=True)],
            F.table_size(s.body, None),
            after=F.SPACE_AFTER_PT,
        )


def data_table(t: Typesetter, table_block: Table) -> None:
    size = F.table_size(t.s.body, table_block.size)
    if table_block.title.strip():
        t.para([Run(table_block.title, bold=True)], size, before=6, after=6, keep=True)
    widths = [c.width_mm for c in table_block.columns]
    room = t.text_width(t.sections[-1].landscape)
    if sum(widths) > room:
        widths = [w * room / sum(widths) for w in widths]
    table = t.table(
        widths,
        1 + len(table_block.rows),
        borders=True,
        padding_mm=DATA_CELL_PADDING_MM,
        header_rows=1,
    )
    # with collapsed borders, a single black grid comes from the cells' own borders
    grid = QTextTableCellFormat()
    grid.setBorder(t.upt(DATA_BORDER_PT))
    grid.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    grid.setBorderBrush(QColor(Qt.GlobalColor.black))
    head = QTextTableCellFormat(grid)
    head.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)
    inner = [
        w - 2 * DATA_CELL_PADDING_MM - DATA_BORDER_PT * 25.4 / 72 - WRAP_SLACK_MM for w in widths
    ]
    for col, column in enumerate(table_block.columns):
        cell = table.cellAt(0, col)
        cell_text(t, cell.firstCursorPosition(), column.title, size, "center", True, inner[col])
        _merge_cell_format(cell, head)
    for r, values in enumerate(table_block.rows):
        for col, (column, value) in enumerate(zip(table_block.columns, values)):
            cell = table.cellAt(r + 1, col)
            cell_text(
                t,
                cell.firstCursorPosition(),
                value,
                size,
                column.align,
                r in table_block.bold_rows,
                inner[col],
            )
            _merge_cell_format(cell, grid)
    t.after_table()
    t.para([], size, after=F.SPACE_AFTER_PT)


def cell_text(
    t: Typesetter, cursor, text: str, size: float, align: str, bold: bool, width_mm: float
) -> None:
    for i, line in enumerate(table_cell_lines(text)):
        t.para(
            [Run(line, bold=bold)],
            size,
            cursor,
            first=i == 0,
            align=align,
            before=2 if i == 0 else 0,
            after=2,
            wrap_mm=width_mm,
        )


def _merge_cell_format(cell, fmt: QTextTableCellFormat) -> None:
    """A cell's format is its first block's character format: set it after the text, merged."""
    merged = cell.format()
    merged.merge(fmt)
    cell.setFormat(merged)
