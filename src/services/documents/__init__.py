"""ND 30/2020 administrative documents: one model, rendered to DOCX here and to print/PDF in
coordboard.ui.printing. Builders import what they need from this package:

    from coordboard.services.documents import (Document, Header, Paragraph, Heading, Table,
        Column, Image, PageBreak, Run, SignatureColumn, format_number, format_date_line,
        vn_datetime_words, render_docx, write_docx)

The DOCX renderer (python-docx, lxml) is imported lazily, so building a Document stays light.

Modules, by job:
- model, formats        the document model; the fixed phrases, sizes and formats of ND 30/2020
- line_breaks           long names and titles set on balanced lines
- docx_render, docx_xml the DOCX renderer and its python-docx XML details; files: all-or-nothing writes
- meeting_docs          the three documents of a meeting, built from meeting_data's shapes:
  minutes, notice, invitation, with the parts they share in meeting_parts
- progress_report       the progress report, with report_results (section II) and report_annex
- reminder_letter       the letter to one agency about its overdue and due-soon tasks
"""

from coordboard.services.documents.formats import (
    END_MARK,
    MOTTO,
    NATIONAL_TITLE,
    RECIPIENTS_TITLE,
    SizeSet,
    format_date_line,
    format_number,
    nfc,
    sizes_for,
    text_width_mm,
    vn_date_words,
    vn_datetime_words,
    vn_short_date,
    vn_time_words,
)
from coordboard.services.documents.model import (
    Align,
    Block,
    Column,
    Document,
    Header,
    Heading,
    Image,
    PageBreak,
    Paragraph,
    Run,
    SignatureColumn,
    Table,
    with_end_mark,
)

__all__ = [
    "END_MARK",
    "MOTTO",
    "NATIONAL_TITLE",
    "RECIPIENTS_TITLE",
    "Align",
    "Block",
    "Column",
    "Document",
    "Header",
    "Heading",
    "Image",
    "PageBreak",
    "Paragraph",
    "Run",
    "SignatureColumn",
    "SizeSet",
    "Table",
    "format_date_line",
    "format_number",
    "nfc",
    "render_docx",
    "sizes_for",
    "text_width_mm",
    "vn_date_words",
    "vn_datetime_words",
    "vn_short_date",
    "vn_time_words",
    "with_end_mark",
    "write_docx",
]


def render_docx(doc: Document) -> bytes:
    from coordboard.services.documents.docx_render import render_docx as render

    return render(doc)


def write_docx(doc: Document, path):
    from coordboard.services.documents.docx_render import write_docx as write

    return write(doc, path)
