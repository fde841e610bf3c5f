"""The ND 30/2020 document model laid out in QTextDocuments for printing: the parts in the
order of the DOCX (services/documents/docx_render.py), so both say the same words in the same
order (`Document.plain_text()`). The tools are in typesetting.py; the page breaks are chosen
afterwards by pages.py."""

from __future__ import annotations

from PySide6.QtGui import QPagedPaintDevice

from coordboard.services.documents.model import Document
from coordboard.ui.printing import body
from coordboard.ui.printing.closing import closing
from coordboard.ui.printing.header import header, title
from coordboard.ui.printing.typesetting import Section, Typesetter


def lay_out(doc: Document, device: QPagedPaintDevice) -> tuple[Typesetter, list[Section]]:
    """`doc` in one Section per run of pages with one orientation, measured for `device`,
    and the typesetter that holds the units and fonts the painter needs."""
    t = Typesetter(doc, device)
    t.new_section(False)
    header(t)
    title(t)
    body.blocks(t, doc.body_blocks())
    t.orientation(False)
    closing(t)
    if doc.annex:
        t.pending_break = True
        body.blocks(t, doc.annex)
    return t, t.finish()
