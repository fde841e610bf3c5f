"""The end of a printed document (ND 30/2020): the signature columns and the recipients
("Nơi nhận"), beside the only signature or under several, as in the DOCX."""

from __future__ import annotations

from coordboard.services.documents import formats as F
from coordboard.services.documents.model import Run
from coordboard.ui.printing.typesetting import (
    HEADER_CELL_PADDING_MM,
    WRAP_SLACK_MM,
    Typesetter,
)


def closing(t: Typesetter) -> None:
    d = t.doc
    columns, recipient_lines = d.signatures, d.recipient_lines()
    room = t.text_width(False)
    if columns:
        widths = (
            (room * 0.48, room * 0.52)
            if len(columns) == 1
            else tuple(room / len(columns) for _ in columns)
        )
        table = t.table(widths, 1, borders=False, padding_mm=HEADER_CELL_PADDING_MM)
        cells = [table.cellAt(0, i).firstCursorPosition() for i in range(len(widths))]
        inner = [w - 2 * HEADER_CELL_PADDING_MM - WRAP_SLACK_MM for w in widths]
        if len(columns) == 1:
            recipients(t, recipient_lines, cells.pop(0), before=6, wrap_mm=inner.pop(0))
        for cursor, column, width in zip(cells, columns, inner):
            signature(t, cursor, column, width)
        t.after_table()
    if len(columns) != 1:
        recipients(t, recipient_lines, None, before=12)


def signature(t: Typesetter, cursor, column, width_mm: float) -> None:
    s = t.s
    first = True
    for text in (column.authority.upper(), column.position.upper()):
        if text.strip():
            t.para(
                [Run(text, bold=True)],
                s.body,
                cursor,
                first=first,
                before=6 if first else 0,
                wrap_mm=width_mm,
            )
            first = False
    if column.name.strip():
        t.para(
            [Run(column.name, bold=True)],
            s.body,
            cursor,
            first=first,
            before=F.SIGNATURE_SPACE_PT,
            wrap_mm=width_mm,
        )


def recipients(t: Typesetter, lines, cursor, before=0, wrap_mm=None) -> None:
    if not lines:
        return
    s = t.s
    t.para(
        [Run(lines[0], bold=True, italic=True)],
        s.recipients_title,
        cursor,
        first=cursor is not None,
        align="left",
        before=before,
        wrap_mm=wrap_mm,
    )
    for line in lines[1:]:
        t.para([Run(line)], s.recipients, cursor, align="left", wrap_mm=wrap_mm)
