"""The ND 30/2020 renderer to DOCX (python-docx; no Qt).

Every run gets Times New Roman in all four rFonts slots (ascii, hAnsi, cs, eastAsia), its size
and black explicitly, so the file looks the same whatever defaults the opening Word has; the
Normal and table styles and the document defaults say the same for anything typed later.
"""

from __future__ import annotations

import datetime
import io
import os
from pathlib import Path

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.shared import Mm, Pt

from coordboard.services.documents import docx_xml as X
from coordboard.services.documents import formats as F
from coordboard.services.documents.files import write_bytes_atomic
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

_ALIGN = {
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}
HEADER_COLUMNS_MM = (62.0, 103.0)  # governing/issuing body | national title
CELL_PADDING_MM = 3.8  # Word's default left + right cell margins
DATA_CELL_PADDING_MM = 1.0  # left (and right) padding in data table cells


def render_docx(doc: Document) -> bytes:
    """The document as the bytes of a .docx file."""
    out = io.BytesIO()
    _Renderer(doc).build().save(out)
    return out.getvalue()


def write_docx(doc: Document, path: str | os.PathLike) -> Path:
    """Render fully in memory, then write atomically (DomainError naming the path on failure)."""
    return write_bytes_atomic(path, render_docx(doc))


# --- the document ------------------------------------------------------------------------


class _Renderer:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.s = doc.sizes
        self.docx = new_docx()
        self.landscape = False
        self.pending_break = False

    # paragraphs
    def para(
        self,
        container,
        runs: list[Run] | None = None,
        *,
        size: float,
        align: str = "center",
        indent: bool = False,
        after: float = 0,
        before: float = 0,
        spacing: float = 1.0,
        keep_with_next: bool = False,
        reuse: bool = False,
    ):
        """A paragraph in `container` (the document or a cell; `reuse` fills the cell's first,
        still empty paragraph)."""
        if reuse and container.paragraphs and not container.paragraphs[0].runs:
            p = container.paragraphs[0]
        else:
            p = container.add_paragraph()
        page_break = self.pending_break and container is self.docx
        if page_break:
            self.pending_break = False
        X.format_paragraph(
            p,
            size,
            align=align,
            first_line_mm=F.FIRST_LINE_INDENT_MM if indent else 0,
            before=before,
            after=after,
            spacing=spacing,
            keep_with_next=keep_with_next,
            page_break_before=page_break,
        )
        for run in runs or ():
            self.add_runs(p, run, size)
        return p

    def rule(
        self, container, width_mm: float, cell_inner_mm: float, *, reuse=False, before: float = 0
    ) -> None:
        """A short solid line, centred (a bordered empty paragraph narrowed by its indents);
        `before` (pt) keeps it clear of the descenders of the line above."""
        p = self.para(container, size=2, reuse=reuse, before=before)
        side = max(0.0, (cell_inner_mm - width_mm) / 2)
        p.paragraph_format.left_indent = Mm(side)
        p.paragraph_format.right_indent = Mm(side)
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        p.paragraph_format.line_spacing = Pt(2)
        X.bottom_border(p)

    def text_width_mm(self) -> float:
        width, height = F.A4_MM
        _top, _bottom, left, right = self.doc.margins_mm
        return (height if self.landscape else width) - left - right

    # sections
    def set_page(self, section, landscape: bool) -> None:
        top, bottom, left, right = self.doc.margins_mm
        width, height = F.A4_MM
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = (
            (Mm(height), Mm(width)) if landscape else (Mm(width), Mm(height))
        )
        section.top_margin, section.bottom_margin = Mm(top), Mm(bottom)
        section.left_margin, section.right_margin = Mm(left), Mm(right)
        section.header_distance = Mm(F.HEADER_DISTANCE_MM)
        section.footer_distance = Mm(F.HEADER_DISTANCE_MM)
        section.gutter = Mm(0)

    def orientation(self, landscape: bool) -> None:
        if landscape != self.landscape:
            self.landscape = landscape
            self.set_page(self.docx.add_section(WD_SECTION.NEW_PAGE), landscape)
            self.pending_break = False

    def build(self):
        d, s = self.doc, self.s
        self._properties()
        X.style_fonts(self.docx, s.body)
        self.set_page(self.docx.sections[0], False)
        self.header()
        if d.kind_title.strip():
            self.para(
                self.docx,
                [Run(d.kind_title.upper(), bold=True)],
                size=s.body,
                before=18,
                keep_with_next=True,
            )
        for line in d.title_lines:
            self.para(self.docx, [Run(line, bold=True)], size=s.body, keep_with_next=True)
        if d.title_lines:
            longest = max(F.text_width_mm(t, s.body, True) for t in d.title_lines)
            width = F.SHORT_RULE_FRACTION * min(longest, self.text_width_mm())
            self.rule(self.docx, width, self.text_width_mm(), before=4)
        self.para(self.docx, size=s.body, after=F.SPACE_AFTER_PT)  # air before the body
        self.blocks(d.body_blocks())
        self.orientation(False)
        self.closing()
        if d.annex:
            self.pending_break = True
            self.blocks(d.annex)
        self.page_numbers()
        return self.docx

    def _properties(self) -> None:
        d = self.doc
        props = self.docx.core_properties
        props.title = F.nfc(
            " ".join((d.kind_title.upper(), *d.title_lines)).strip() or d.header.excerpt.strip()
        )
        props.author = props.last_modified_by = props.comments = ""
        props.language = "vi-VN"
        props.created = props.modified = datetime.datetime.now(datetime.UTC)
        package = self.docx.part.package  # python-docx's template thumbnail is no preview
        for rid, rel in list(package.rels.items()):
            if rel.reltype == RT.THUMBNAIL:
                package.rels.pop(rid)

    def header(self) -> None:
        d, s = self.doc, self.s
        h = d.header
        table = self.docx.add_table(rows=2, cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        X.table_borders(table, "nil")
        X.fix_widths(table, HEADER_COLUMNS_MM)
        (agency, nation), (number, date) = (row.cells for row in table.rows)
        governing, issuing = h.left_lines()
        first = True
        for line in governing:
            self.para(agency, [Run(line)], size=s.agency, reuse=first)
            first = False
        for line in issuing:
            self.para(agency, [Run(line, bold=True)], size=s.agency, reuse=first)
            first = False
        inner = HEADER_COLUMNS_MM[0] - CELL_PADDING_MM
        if issuing:
            longest = max(F.text_width_mm(t, s.agency, True) for t in issuing)
            self.rule(agency, F.SHORT_RULE_FRACTION * min(longest, inner), inner, reuse=first)
        self.para(nation, [Run(F.NATIONAL_TITLE, bold=True)], size=s.national_title, reuse=True)
        self.para(nation, [Run(F.MOTTO, bold=True)], size=s.motto)
        self.rule(
            nation, F.text_width_mm(F.MOTTO, s.motto, True), HEADER_COLUMNS_MM[1] - CELL_PADDING_MM
        )
        self.para(number, [Run(h.number)], size=s.number, before=6, reuse=True)
        if h.excerpt.strip():
            self.para(number, [Run(h.excerpt.strip())], size=s.excerpt, before=3)
        self.para(date, [Run(h.date_line(), italic=True)], size=s.body, before=6, reuse=True)

    def blocks(self, blocks: tuple[Block, ...]) -> None:
        s = self.s
        for block in blocks:
            if isinstance(block, Table):
                self.orientation(block.landscape)
                self.table(block)
                continue
            self.orientation(False)
            if isinstance(block, Paragraph):
                p = self.para(
                    self.docx,
                    size=block.size or s.body,
                    align=block.align,
                    indent=block.first_line_indent,
                    after=F.SPACE_AFTER_PT,
                    spacing=F.LINE_SPACING,
                    keep_with_next=block.keep_with_next,
                )
                for run in block.runs:
                    self.add_runs(p, run, block.size or s.body)
            elif isinstance(block, Heading):
                self.para(
                    self.docx,
                    [Run(block.text, bold=True, italic=block.level >= 3)],
                    size=s.body,
                    align="justify",
                    indent=True,
                    after=F.SPACE_AFTER_PT,
                    before=3,
                    spacing=F.LINE_SPACING,
                    keep_with_next=True,
                )
            elif isinstance(block, Image):
                p = self.para(self.docx, size=s.body, before=6, keep_with_next=bool(block.caption))
                run = p.add_run()
                X.format_run(run, s.body)
                width = min(block.width_mm, self.text_width_mm())
                run.add_picture(io.BytesIO(block.png), width=Mm(width))
                if block.caption.strip():
                    self.para(
                        self.docx,
                        [Run(block.caption, italic=True)],
                        size=F.table_size(s.body, None),
                        after=F.SPACE_AFTER_PT,
                    )
            elif isinstance(block, PageBreak):
                self.pending_break = True

    @staticmethod
    def add_runs(p, run: Run, size: float) -> None:
        lines = F.nfc(run.text).split("\n")
        for i, line in enumerate(lines):
            r = p.add_run(line)
            if i < len(lines) - 1:
                r.add_break(WD_BREAK.LINE)
            X.format_run(r, size, bold=run.bold, italic=run.italic, underline=run.underline)

    def table(self, t: Table) -> None:
        size = F.table_size(self.s.body, t.size)
        if self.pending_break and not t.title.strip():
            self.para(self.docx, size=2)  # carries the page break, 2 pt high
        if t.title.strip():
            self.para(
                self.docx,
                [Run(t.title, bold=True)],
                size=size,
                before=6,
                after=6,
                keep_with_next=True,
            )
        widths = [c.width_mm for c in t.columns]
        room = self.text_width_mm()
        if sum(widths) > room:
            widths = [w * room / sum(widths) for w in widths]
        table = self.docx.add_table(rows=1 + len(t.rows), cols=len(t.columns))
        table.style = self.docx.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        X.table_borders(table, "single")
        X.cell_margins(table, DATA_CELL_PADDING_MM)
        X.fix_widths(table, widths)
        rows = table.rows
        X.repeat_header(rows[0])
        for cell, col in zip(rows[0].cells, t.columns):
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            self.cell_text(cell, col.title, size, "center", bold=True)
        for row in rows:
            X.keep_row_whole(row)
        for i, (row, values) in enumerate(zip(rows[1:], t.rows)):
            for cell, col, value in zip(row.cells, t.columns, values):
                self.cell_text(cell, value, size, col.align, bold=i in t.bold_rows)
        self.para(self.docx, size=size, after=F.SPACE_AFTER_PT)  # air after the table

    def cell_text(self, cell, text: str, size: float, align: str, *, bold: bool) -> None:
        for i, line in enumerate(table_cell_lines(text)):
            self.para(
                cell,
                [Run(line, bold=bold)],
                size=size,
                align=align,
                before=2 if i == 0 else 0,
                after=2,
                reuse=i == 0,
            )

    def closing(self) -> None:
        d = self.doc
        columns = d.signatures
        recipients = d.recipient_lines()
        room = self.text_width_mm()
        widths: tuple[float, ...] = ()
        if len(columns) == 1:
            widths = (room * 0.48, room * 0.52)
        elif columns:
            widths = tuple(room / len(columns) for _ in columns)
        if columns:
            table = self.docx.add_table(rows=1, cols=len(widths))
            X.table_borders(table, "nil")
            X.fix_widths(table, widths)
            cells = table.rows[0].cells
            if len(columns) == 1:
                self.recipients(cells[0], recipients, reuse=True, before=6)
                cells = cells[1:]
            for cell, column in zip(cells, columns):
                self.signature(cell, column)
        if len(columns) != 1:
            self.recipients(self.docx, recipients, before=12)

    def signature(self, cell, column) -> None:
        s = self.s
        first = True
        for text in (column.authority.upper(), column.position.upper()):
            if text.strip():
                self.para(
                    cell, [Run(text, bold=True)], size=s.body, reuse=first, before=6 if first else 0
                )
                first = False
        if column.name.strip():
            self.para(
                cell,
                [Run(column.name, bold=True)],
                size=s.body,
                before=F.SIGNATURE_SPACE_PT,
                reuse=first,
            )

    def recipients(self, container, lines: tuple[str, ...], *, reuse=False, before=0) -> None:
        if not lines:
            return
        s = self.s
        self.para(
            container,
            [Run(lines[0], bold=True, italic=True)],
            size=s.recipients_title,
            align="left",
            before=before,
            reuse=reuse,
        )
        for line in lines[1:]:
            self.para(container, [Run(line)], size=s.recipients, align="left")

    def page_numbers(self) -> None:
        """A centred PAGE field in the top margin, none on page 1 (a different, empty
        first-page header); later sections inherit the header without a first-page exception."""
        sections = self.docx.sections
        first = sections[0]
        first.different_first_page_header_footer = True
        first.header.is_linked_to_previous = False
        first.first_page_header.is_linked_to_previous = False
        p = first.header.paragraphs[0]
        p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        X.page_field(p, self.s.body)
        X.mark_font(p, self.s.body)
        X.mark_font(first.first_page_header.paragraphs[0], self.s.body)
        for section in list(sections)[1:]:
            section.different_first_page_header_footer = False
