"""The head of a printed document (ND 30/2020): the header table (the issuing agency and its
number on the left; the national title, the motto and the place and date on the right) and
the document's kind and title under it, each with its short rule, as in the DOCX."""

from __future__ import annotations

from PySide6.QtGui import QTextBlockFormat

from coordboard.services.documents import formats as F
from coordboard.services.documents.model import Run
from coordboard.ui.printing.typesetting import HEADER_CELL_PADDING_MM, Typesetter

HEADER_COLUMNS_MM = (62.0, 103.0)  # as in the DOCX


def header(t: Typesetter) -> None:
    s, h = t.s, t.doc.header
    # the empty first block, above the header table, takes no room
    tiny = QTextBlockFormat()
    tiny.setLineHeight(0, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    t.cursor.setBlockFormat(tiny)
    t.cursor.setBlockCharFormat(t.char(1))
    table = t.table(HEADER_COLUMNS_MM, 2, borders=False, padding_mm=HEADER_CELL_PADDING_MM)
    # (a block right after a table loses its top margin: the gap is the table's)
    frame = table.format()
    frame.setBottomMargin(t.upt(18 if t.doc.kind_title.strip() else 6))
    table.setFormat(frame)
    governing, issuing = h.left_lines()
    inner = [w - 2 * HEADER_CELL_PADDING_MM for w in HEADER_COLUMNS_MM]
    c = table.cellAt(0, 0).firstCursorPosition()
    first = True
    for line in governing:
        t.para([Run(line)], s.agency, c, first=first)
        first = False
    for line in issuing:
        t.para([Run(line, bold=True)], s.agency, c, first=first)
        first = False
    if issuing:
        longest = max(t.measure(text, s.agency, bold=True) for text in issuing)
        t.rule(F.SHORT_RULE_FRACTION * min(longest, inner[0]), c, first=first)
    c = table.cellAt(0, 1).firstCursorPosition()
    t.para([Run(F.NATIONAL_TITLE, bold=True)], s.national_title, c, first=True)
    t.para([Run(F.MOTTO, bold=True)], s.motto, c)
    t.rule(t.measure(F.MOTTO, s.motto, bold=True), c)
    c = table.cellAt(1, 0).firstCursorPosition()
    t.para([Run(h.number)], s.number, c, first=True, before=6)
    if h.excerpt.strip():
        t.para([Run(h.excerpt.strip())], s.excerpt, c, before=3)
    c = table.cellAt(1, 1).firstCursorPosition()
    t.para([Run(h.date_line(), italic=True)], s.body, c, first=True, before=6)
    t.after_table()


def title(t: Typesetter) -> None:
    """The kind (BIÊN BẢN …) and the title lines, kept with the body, and the rule under them."""
    d, s = t.doc, t.s
    if d.kind_title.strip():
        t.para([Run(d.kind_title.upper(), bold=True)], s.body, keep=True)
    for line in d.title_lines:
        t.para([Run(line, bold=True)], s.body, keep=True)
    if d.title_lines:
        longest = max(t.measure(text, s.body, bold=True) for text in d.title_lines)
        t.rule(F.SHORT_RULE_FRACTION * min(longest, t.text_width(False)))
    t.para([], s.body, after=F.SPACE_AFTER_PT)
