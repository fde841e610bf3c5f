"""The document model every ND 30/2020 document is built in (pure dataclasses).

Builders (minutes, conclusion notice, invitation, progress report, reminder letter) produce a
`Document`; `docx_render.render_docx` and `coordboard.ui.printing` draw the same `Document`, so
the Word file, the preview and the PDF say the same words. What the renderers derive from the
model (the national title, the date line, "./.", the recipient lines) is derived here once, and
`Document.plain_text()` lists it in the order the renderers lay it out.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Literal

from coordboard.services.documents.formats import (
    END_MARK,
    MOTTO,
    NATIONAL_TITLE,
    RECIPIENTS_TITLE,
    SizeSet,
    format_date_line,
    nfc,
    sizes_for,
)

Align = Literal["justify", "center", "left", "right"]


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False


@dataclass(frozen=True)
class Paragraph:
    runs: tuple[Run, ...]
    align: Align = "justify"
    first_line_indent: bool = True
    size: int | None = None  # None = the document's body size
    keep_with_next: bool = False

    @classmethod
    def of(
        cls,
        text: str,
        *,
        bold: bool = False,
        italic: bool = False,
        align: Align = "justify",
        indent: bool = True,
        size: int | None = None,
        keep_with_next: bool = False,
    ) -> Paragraph:
        return cls(
            (Run(text, bold=bold, italic=italic),),
            align=align,
            first_line_indent=indent,
            size=size,
            keep_with_next=keep_with_next,
        )

    @property
    def text(self) -> str:
        return nfc("".join(r.text for r in self.runs))


@dataclass(frozen=True)
class Heading:
    """A section heading ("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "1. Kết quả ...").

    Levels 1 and 2 are bold, level 3 bold italic; all justified and indented like the body,
    kept with the paragraph that follows."""

    text: str
    level: int = 1


@dataclass(frozen=True)
class Column:
    title: str
    width_mm: float
    align: Align = "left"


@dataclass(frozen=True)
class Table:
    """A bordered data table (annex tables, attendance lists); the header row is bold and
    repeats on every page. Column widths are scaled down to the text width when they exceed it.
    A "\\n" in a cell starts a new line (a new paragraph) in that cell."""

    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]
    title: str = ""  # optional bold centred title above the table
    size: int | None = None  # default: body size - 1, at least 12
    bold_rows: frozenset[int] = frozenset()  # indexes into `rows`, e.g. a totals row
    landscape: bool = False  # its own landscape A4 section (wide annex tables)


@dataclass(frozen=True)
class Image:
    png: bytes
    width_mm: float
    caption: str = ""


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Paragraph | Heading | Table | Image | PageBreak


@dataclass(frozen=True)
class Header:
    governing_body: str  # "UBND TỈNH VĨNH LONG" (caps, not bold); "" for a top-level body
    issuing_body: str  # "BAN ĐIỀU HÀNH CÔNG TÁC TRẺ EM" (caps, bold); may contain "\n"
    number: str  # "Số: 05/BB-BĐH" (see formats.format_number)
    place: str  # "Vĩnh Long"
    date: datetime.date | None  # None -> the blanks of a draft
    excerpt: str = ""  # công văn only: "V/v đôn đốc thực hiện nhiệm vụ ..."

    def date_line(self) -> str:
        return format_date_line(self.place, self.date)

    def left_lines(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(governing body lines, issuing body lines), upper-cased as printed."""
        return lines_of(self.governing_body.upper()), lines_of(self.issuing_body.upper())


@dataclass(frozen=True)
class SignatureColumn:
    authority: str = ""  # "TM. BAN ĐIỀU HÀNH", "KT. TRƯỞNG BAN" (caps bold), may be ""
    position: str = ""  # "TRƯỞNG BAN", "THƯ KÝ", "CHỦ TỌA" (caps bold)
    name: str = ""  # full name, bold, under the space left for the signature

    def lines(self) -> tuple[str, ...]:
        """The printed lines, empty ones left out (authority and position upper-cased)."""
        return tuple(
            nfc(t) for t in (self.authority.upper(), self.position.upper(), self.name) if t.strip()
        )


@dataclass(frozen=True)
class Document:
    header: Header
    kind_title: str  # "BIÊN BẢN", "THÔNG BÁO", ...; "" for a công văn
    title_lines: tuple[str, ...] = ()  # bold centred summary lines under kind_title
    body: tuple[Block, ...] = ()
    # 1 column: on the right, "Nơi nhận" on the left of the same row; 2 or more: side by side
    # (minutes: THƯ KÝ | CHỦ TỌA) with "Nơi nhận" below.
    signatures: tuple[SignatureColumn, ...] = ()
    recipients: tuple[str, ...] = ()  # without "- " and ";", e.g. ("Sở Y tế", "Công an tỉnh")
    archive: str = "VT"  # "- Lưu: VT, Hồ sơ." -> archive="VT, Hồ sơ"
    size_set: Literal[13, 12] = 13
    margins_mm: tuple[float, float, float, float] = (20, 20, 30, 15)  # top, bottom, left, right
    end_mark: bool = True  # "./." after the last body paragraph
    # Addition: blocks printed after the signatures and "Nơi nhận", from a new page (annex
    # tables of a report: "Phụ lục ..."). "./." never goes there.
    annex: tuple[Block, ...] = field(default=())

    @property
    def sizes(self) -> SizeSet:
        return sizes_for(self.size_set)

    def body_blocks(self) -> tuple[Block, ...]:
        """The body as printed: "./." appended to the last paragraph when `end_mark`."""
        if not self.end_mark:
            return self.body
        for i in range(len(self.body) - 1, -1, -1):
            block = self.body[i]
            if isinstance(block, Paragraph) and block.text.strip():
                return (*self.body[:i], with_end_mark(block), *self.body[i + 1 :])
        return self.body

    def recipient_lines(self) -> tuple[str, ...]:
        """("Nơi nhận:", "- Sở Y tế;", ..., "- Lưu: VT, Hồ sơ."), or () when there is none."""
        names = [n for n in (_bare_recipient(r) for r in self.recipients) if n]
        archive = self.archive.strip().rstrip(".")
        lines = [f"- {n};" for n in names]
        if archive:
            lines.append(f"- Lưu: {archive}.")
        elif lines:
            lines[-1] = lines[-1][:-1] + "."
        return tuple(nfc(t) for t in ([RECIPIENTS_TITLE, *lines])) if lines else ()

    def plain_text(self) -> str:
        """All visible text in reading order, one paragraph per line (empty ones left out).

        Order: header row 1 (governing and issuing body | national title, motto), header row 2
        (number, excerpt | date line), kind title, title lines, body, then the closing: with one
        signature column "Nơi nhận" (left cell) before the signature (right cell); with more,
        the signature columns left to right, then "Nơi nhận"; then the annex. A table gives its
        title, then each cell (header row first), one line per cell line; an image its caption.
        """
        h = self.header
        governing, issuing = h.left_lines()
        lines: list[str] = [
            *governing,
            *issuing,
            NATIONAL_TITLE,
            MOTTO,
            *lines_of(h.number),
            *lines_of(h.excerpt),
            h.date_line(),
            *lines_of(self.kind_title.upper()),
            *(t for line in self.title_lines for t in lines_of(line)),
        ]
        lines += _blocks_text(self.body_blocks())
        signature_lines = [t for s in self.signatures for t in s.lines()]
        if len(self.signatures) == 1:
            lines += [*self.recipient_lines(), *signature_lines]
        else:
            lines += [*signature_lines, *self.recipient_lines()]
        lines += _blocks_text(self.annex)
        return "\n".join(nfc(t) for t in lines if t.strip())


def with_end_mark(p: Paragraph) -> Paragraph:
    """The paragraph ending in "./." ("thực hiện." -> "thực hiện./.", "...;" -> "..../.")."""
    text = p.text.rstrip()
    if text.endswith(END_MARK):
        return p
    runs = list(p.runs)
    while runs and not runs[-1].text.strip():
        runs.pop()
    last = runs[-1]
    body = last.text.rstrip()
    if body.endswith((";", ",")):
        body = body[:-1]
    body += "/." if body.endswith(".") else END_MARK
    runs[-1] = Run(body, bold=last.bold, italic=last.italic, underline=last.underline)
    return Paragraph(
        tuple(runs),
        align=p.align,
        first_line_indent=p.first_line_indent,
        size=p.size,
        keep_with_next=p.keep_with_next,
    )


def table_cell_lines(text: str) -> tuple[str, ...]:
    """A cell's printed lines (a "\\n" starts a new one)."""
    return tuple(nfc(t) for t in str(text).split("\n"))


def lines_of(text: str) -> tuple[str, ...]:
    """The text's non-blank lines, stripped, in NFC."""
    return tuple(nfc(t.strip()) for t in text.split("\n") if t.strip())


def _bare_recipient(text: str) -> str:
    text = nfc(text.strip())
    if text.startswith("-"):
        text = text[1:].strip()
    return text.rstrip(";.").strip()


def _blocks_text(blocks: tuple[Block, ...]) -> list[str]:
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            out.append(block.text)
        elif isinstance(block, Heading):
            out.append(nfc(block.text))
        elif isinstance(block, Table):
            out += lines_of(block.title)
            for row in (tuple(c.title for c in block.columns), *block.rows):
                for cell in row:
                    out += table_cell_lines(cell)
        elif isinstance(block, Image):
            out += lines_of(block.caption)
    return out
