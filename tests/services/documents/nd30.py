"""A reusable check that a DOCX follows Nghị định 30/2020/NĐ-CP, Phụ lục I (shared/DOMAIN.md).

Use it from any test (tests/ is on sys.path through tests/conftest.py):

    from services.documents.nd30 import assert_nd30

    facts = assert_nd30(docx_bytes_or_path, size_set=13, kind_title="BIÊN BẢN",
                        number_pattern=r"^Số: \\d{2,}/BB-BĐH$",
                        signature_titles=("THƯ KÝ", "CHỦ TỌA"),
                        recipients=("Thành viên Ban Điều hành", "Lưu: VT, Hồ sơ"))
    assert "Cuộc họp kết thúc vào" in facts.body_text

Every violation found is collected, and one AssertionError lists them all. What is checked:
- every section A4 (portrait, or landscape when it holds a table only), margins top/bottom
  20-25 mm, left 30-35, right 15-20;
- every run in the body, tables, headers and footers: Times New Roman in rFonts ascii, hAnsi, cs
  and eastAsia, an explicit size, black; all text in Unicode NFC;
- the header: a borderless two-column table; left: governing body in caps not bold, issuing body
  in caps bold, a short solid rule under it 1/3-1/2 of its width, the number ("Số: ..."
  matching `number_pattern`); right: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" bold at the national
  title size, "Độc lập - Tự do - Hạnh phúc" bold at the motto size with a rule as long as the
  text, the place-and-date line in italics ("Vĩnh Long, ngày 05 tháng 02 năm 2022": day 2
  digits, months 1-2 zero-padded, 3-9 not; `draft=True` accepts the blanks of a draft);
- the title: `kind_title` in caps, bold, centred, at the body size (kind_title="" for a công
  văn: then nothing is required there); the summary lines under it bold and centred;
- the body: every paragraph with a first-line indent is justified, indented 1-1.27 cm, has at
  least 6 pt after it and line spacing 1-1.5, at the body size; at least one such paragraph; the
  last body paragraph ends with "./.";
- data tables: single borders, the first row bold and repeated on every page;
- the signatures: `signature_titles` appear in caps bold centred, left to right, in a
  borderless table after the body;
- "Nơi nhận:" 12 pt bold italic at the left; each line 11 pt "- ...;", the last "- Lưu: ...."
  (`recipients`, when given, are the expected lines without "- " and the final ";"/".");
- page numbers: page 1 has its own empty header (titlePg), the default header holds a centred
  PAGE field, and later sections do not suppress it on their first page.
"""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document as open_docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Length
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph

from coordboard.services.documents.formats import (
    MOTTO,
    NATIONAL_TITLE,
    RECIPIENTS_TITLE,
    sizes_for,
    text_width_mm,
)

FONT = "Times New Roman"
DATE_LINE = re.compile(r"^[^,]+, ngày (\d{2}) tháng (\d{1,2}) năm (\d{4})$")
DRAFT_DATE_LINE = re.compile(r"^[^,]+, ngày\s+tháng\s+năm\s+\S+$")
DEFAULT_NUMBER = r"^Số: *(\d{2,}| +)/[\wĐđ.\-]+$"
CELL_PADDING_MM = 1.9  # Word's default left (and right) cell margin


@dataclass
class Nd30Facts:
    """What the checker read, for further assertions by the caller."""

    docx: object  # the python-docx Document
    lines: list[str] = field(default_factory=list)  # all non-empty paragraphs, in order
    header_left: list[str] = field(default_factory=list)
    header_right: list[str] = field(default_factory=list)
    title: list[str] = field(default_factory=list)  # kind title + summary lines
    body: list[str] = field(default_factory=list)  # body paragraphs outside tables
    signatures: list[list[str]] = field(default_factory=list)  # one list per column
    recipients: list[str] = field(default_factory=list)  # "Nơi nhận:", "- ...;", ...
    data_tables: list[list[list[str]]] = field(default_factory=list)  # rows of cell texts
    annex: list[str] = field(default_factory=list)  # texts after "Nơi nhận" (annex)

    @property
    def body_text(self) -> str:
        return "\n".join(self.body)


def docx_lines(docx) -> list[str]:
    """All non-empty paragraph texts of the main story in reading order (cells row by row)."""
    out: list[str] = []

    def walk(container):
        for item in container.iter_inner_content():
            if isinstance(item, DocxParagraph):
                if item.text.strip():
                    out.append(item.text)
            else:
                for row in item.rows:
                    for cell in _unique_cells(row):
                        walk(cell)

    walk(docx)
    return out


def _unique_cells(row):
    seen, cells = set(), []
    for cell in row.cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            cells.append(cell)
    return cells


def _open(source):
    if isinstance(source, (bytes, bytearray)):
        return open_docx(io.BytesIO(source))
    return open_docx(str(Path(source)))


def _pt(length: Length | None) -> float | None:
    return None if length is None else round(length.pt, 2)


def _run_size(run) -> float | None:
    return _pt(run.font.size)


def _text_runs(p: DocxParagraph):
    return [r for r in p.runs if r.text.strip()]


class _Checker:
    def __init__(self, source, size_set: int, draft: bool) -> None:
        self.docx = _open(source)
        self.sizes = sizes_for(size_set)
        self.draft = draft
        self.errors: list[str] = []
        self.facts = Nd30Facts(docx=self.docx, lines=docx_lines(self.docx))

    def fail(self, message: str) -> None:
        self.errors.append(message)

    def expect(self, ok: bool, message: str) -> None:
        if not ok:
            self.fail(message)

    def para_is(
        self,
        p: DocxParagraph,
        what: str,
        *,
        size: float,
        bold: bool | None = None,
        italic: bool | None = None,
        align=None,
    ) -> None:
        runs = _text_runs(p)
        self.expect(bool(runs), f"{what}: no text")
        for r in runs:
            self.expect(_run_size(r) == size, f"{what}: size {_run_size(r)} pt, not {size}")
            if bold is not None:
                self.expect(bool(r.bold) == bold, f"{what}: bold is {bool(r.bold)}")
            if italic is not None:
                self.expect(bool(r.italic) == italic, f"{what}: italic is {bool(r.italic)}")
        if align is not None:
            self.expect(
                p.paragraph_format.alignment == align,
                f"{what}: aligned {p.paragraph_format.alignment}, not {align}",
            )

    # --- page set-up, fonts, NFC ---------------------------------------------------------
    def pages(self) -> None:
        body = self.docx.element.body
        for i, section in enumerate(self.docx.sections):
            w, h = section.page_width.mm, section.page_height.mm
            landscape = section.orientation == WD_ORIENT.LANDSCAPE
            size = (round(h), round(w)) if landscape else (round(w), round(h))
            self.expect(size == (210, 297), f"section {i + 1}: page {w:.0f}x{h:.0f} mm is not A4")
            self.expect((w > h) == landscape, f"section {i + 1}: orientation and size disagree")
            for name, lo, hi in (
                ("top", 20, 25),
                ("bottom", 20, 25),
                ("left", 30, 35),
                ("right", 15, 20),
            ):
                value = getattr(section, f"{name}_margin").mm
                self.expect(
                    lo - 0.2 <= value <= hi + 0.2,
                    f"section {i + 1}: {name} margin {value:.1f} mm not in {lo}-{hi}",
                )
        for i, content in enumerate(_section_contents(body)):
            if self.docx.sections[i].orientation == WD_ORIENT.LANDSCAPE:
                self.expect(
                    any(el.tag == qn("w:tbl") for el in content),
                    f"section {i + 1}: landscape without a table",
                )

    def fonts(self) -> None:
        parts = [("body", self.docx.element)]
        for section in self.docx.sections:
            for kind in ("header", "first_page_header", "footer", "first_page_footer"):
                hf = getattr(section, kind)
                if not hf.is_linked_to_previous:
                    parts.append((kind, hf._element))
        for where, element in parts:
            for r in element.iter(qn("w:r")):
                text = "".join(t.text or "" for t in r.iter(qn("w:t")))
                label = f"{where} run {text[:30]!r}"
                rpr = r.find(qn("w:rPr"))
                fonts = None if rpr is None else rpr.find(qn("w:rFonts"))
                for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                    value = None if fonts is None else fonts.get(qn(slot))
                    self.expect(value == FONT, f"{label}: {slot} font is {value!r}")
                if text.strip():
                    size = None if rpr is None else rpr.find(qn("w:sz"))
                    self.expect(size is not None, f"{label}: no explicit size")
                    color = None if rpr is None else rpr.find(qn("w:color"))
                    value = None if color is None else color.get(qn("w:val"))
                    self.expect(value in ("000000", "auto"), f"{label}: colour {value!r}")
            for t in element.iter(qn("w:t"), qn("w:instrText")):
                if t.text and unicodedata.normalize("NFC", t.text) != t.text:
                    self.fail(f"{where}: text not NFC: {t.text[:40]!r}")

    # --- header ----------------------------------------------------------------------------
    def header(self, number_pattern: str) -> list:
        items = list(self.docx.iter_inner_content())
        self.expect(
            bool(items) and isinstance(items[0], DocxTable),
            "the document does not start with the header table",
        )
        if not items or not isinstance(items[0], DocxTable):
            return items
        table = items[0]
        self.expect(len(table.columns) == 2, f"header table has {len(table.columns)} columns")
        self.expect(_borderless(table), "header table has borders")
        left = [c for row in table.rows for c in _unique_cells(row)[:1]]
        right = [c for row in table.rows for c in _unique_cells(row)[1:2]]
        left_ps = [p for c in left for p in c.paragraphs]
        right_ps = [p for c in right for p in c.paragraphs]
        self.facts.header_left = [p.text for p in left_ps if p.text.strip()]
        self.facts.header_right = [p.text for p in right_ps if p.text.strip()]
        self.header_left(left_ps, left[0], number_pattern)
        self.header_right(right_ps, right[0] if right else None)
        return items[1:]

    def header_left(self, ps, cell, number_pattern) -> None:
        s = self.sizes
        texts = [p for p in ps if p.text.strip()]
        number_at = next((i for i, p in enumerate(texts) if p.text.startswith("Số")), None)
        self.expect(number_at is not None, "header: no number line 'Số: ...'")
        if number_at is None:
            return
        agency = texts[:number_at]
        self.expect(bool(agency), "header: no issuing body")
        issuing = [p for p in agency if all(r.bold for r in _text_runs(p))]
        governing = [p for p in agency if p not in issuing]
        self.expect(bool(issuing), "header: the issuing body is not in bold")
        self.expect(
            agency[: len(governing)] == governing,
            "header: the governing body must come before the issuing body",
        )
        for p in agency:
            self.expect(p.text == p.text.upper(), f"header: {p.text!r} is not in capitals")
            self.para_is(p, f"header {p.text!r}", size=s.agency, align=WD_ALIGN_PARAGRAPH.CENTER)
        number = texts[number_at]
        self.expect(
            re.match(number_pattern, number.text) is not None,
            f"header: number {number.text!r} does not match {number_pattern!r}",
        )
        self.para_is(number, "header number", size=s.number, align=WD_ALIGN_PARAGRAPH.CENTER)
        rules = [p for p in ps if _bottom_rule(p)]
        self.expect(len(rules) == 1, f"header left: {len(rules)} rules, expected 1")
        if rules and issuing:
            longest = min(
                _inner_width(cell), max(text_width_mm(p.text, s.agency, True) for p in issuing)
            )
            width = _rule_width(rules[0], cell)
            self.expect(
                0.3 * longest <= width <= 0.55 * longest,
                f"header: rule under the issuing body is {width:.0f} mm for a "
                f"{longest:.0f} mm name (1/3-1/2 expected)",
            )
            self.expect(
                ps.index(rules[0]) > ps.index(issuing[-1])
                and ps.index(rules[0]) < ps.index(number),
                "header: the rule must be between the issuing body and the number",
            )

    def header_right(self, ps, cell) -> None:
        s = self.sizes
        texts = [p for p in ps if p.text.strip()]
        self.expect(len(texts) == 3, f"header right: {[p.text for p in texts]}, expected 3 lines")
        if len(texts) != 3:
            return
        national, motto, date = texts
        self.expect(national.text == NATIONAL_TITLE, f"header: {national.text!r}")
        self.para_is(
            national,
            "national title",
            size=s.national_title,
            bold=True,
            align=WD_ALIGN_PARAGRAPH.CENTER,
        )
        self.expect(motto.text == MOTTO, f"header: {motto.text!r}")
        self.para_is(motto, "motto", size=s.motto, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        rules = [p for p in ps if _bottom_rule(p)]
        self.expect(
            len(rules) == 1 and ps.index(motto) < ps.index(rules[0]) < ps.index(date),
            "header right: one rule expected between the motto and the date line",
        )
        if rules:
            width, expected = _rule_width(rules[0], cell), text_width_mm(MOTTO, s.motto, True)
            self.expect(
                0.85 * expected <= width <= 1.15 * expected,
                f"header: rule under the motto {width:.0f} mm, text {expected:.0f} mm",
            )
        self.para_is(date, "date line", size=s.body, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        self.date_line(date.text)

    def date_line(self, text: str) -> None:
        m = DATE_LINE.match(text)
        if m is None:
            self.expect(
                self.draft and DRAFT_DATE_LINE.match(text) is not None,
                f"date line {text!r} does not match {DATE_LINE.pattern}",
            )
            return
        day, month = m.group(1), m.group(2)
        self.expect(1 <= int(day) <= 31 and 1 <= int(month) <= 12, f"date line {text!r}")
        padded = int(month) <= 2 or int(month) >= 10
        self.expect(
            len(month) == (2 if padded else 1),
            f"date line {text!r}: month must be {'zero-padded' if padded else 'unpadded'}",
        )

    # --- title, body, tables -------------------------------------------------------------
    def title(self, items, kind_title: str) -> list:
        s = self.sizes
        rest = list(items)
        while rest and isinstance(rest[0], DocxParagraph) and not rest[0].text.strip():
            rest.pop(0)
        if not kind_title:
            return rest
        first = rest[0] if rest else None
        ok = isinstance(first, DocxParagraph) and first.text == kind_title.upper()
        self.expect(ok, f"title: {getattr(first, 'text', None)!r}, expected {kind_title.upper()!r}")
        if not ok:
            return rest
        self.para_is(first, "kind title", size=s.body, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        self.facts.title.append(first.text)
        rest.pop(0)
        while (
            rest
            and isinstance(rest[0], DocxParagraph)
            and rest[0].text.strip()
            and rest[0].paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
            and all(r.bold for r in _text_runs(rest[0]))
        ):
            self.para_is(rest[0], "summary line", size=s.body, bold=True)
            self.facts.title.append(rest.pop(0).text)
        return rest

    def body(self, items) -> list:
        """Body paragraphs and data tables up to the closing (signature table / Nơi nhận)."""
        s = self.sizes
        indented = 0
        last_text = None
        rest: list = []
        for i, item in enumerate(items):
            if isinstance(item, DocxTable):
                if _borderless(item):
                    rest = items[i:]
                    break
                self.data_table(item)
                continue
            text = item.text
            if text.strip() == RECIPIENTS_TITLE:
                rest = items[i:]
                break
            if not text.strip():
                continue
            self.facts.body.append(text)
            last_text = text
            pf = item.paragraph_format
            if pf.first_line_indent is None or pf.first_line_indent.mm < 1:
                continue
            indented += 1
            what = f"body paragraph {text[:40]!r}"
            self.expect(pf.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY, f"{what}: not justified")
            self.expect(
                9.9 <= pf.first_line_indent.mm <= 12.8,
                f"{what}: first-line indent {pf.first_line_indent.mm:.1f} mm",
            )
            self.expect(
                pf.space_after is not None and pf.space_after.pt >= 6,
                f"{what}: less than 6 pt after",
            )
            spacing = pf.line_spacing
            self.expect(
                pf.line_spacing_rule
                in (
                    WD_LINE_SPACING.MULTIPLE,
                    WD_LINE_SPACING.SINGLE,
                    WD_LINE_SPACING.ONE_POINT_FIVE,
                )
                and isinstance(spacing, float)
                and 1 <= spacing <= 1.5,
                f"{what}: line spacing {spacing!r}",
            )
            for r in _text_runs(item):
                self.expect(_run_size(r) == s.body, f"{what}: size {_run_size(r)} pt")
        self.expect(indented > 0, "body: no justified, indented paragraph")
        self.end_mark(last_text)
        return rest

    def end_mark(self, last_text: str | None) -> None:
        self.expect(
            last_text is not None and last_text.rstrip().endswith("./."),
            f"body: the last paragraph {last_text!r} does not end with './.'",
        )

    def data_table(self, table: DocxTable) -> None:
        rows = [[c.text for c in _unique_cells(r)] for r in table.rows]
        self.facts.data_tables.append(rows)
        borders = table._tbl.tblPr.find(qn("w:tblBorders"))
        values = [] if borders is None else [el.get(qn("w:val")) for el in borders]
        self.expect(
            len(values) == 6 and all(v == "single" for v in values),
            f"data table {rows[0][:3]}: borders {values}",
        )
        head = table.rows[0]
        trpr = head._tr.trPr
        self.expect(
            trpr is not None and trpr.find(qn("w:tblHeader")) is not None,
            f"data table {rows[0][:3]}: header row does not repeat on each page",
        )
        for cell in head.cells:
            for p in cell.paragraphs:
                for r in _text_runs(p):
                    self.expect(bool(r.bold), f"data table header {r.text!r} not bold")

    # --- closing ---------------------------------------------------------------------------
    def closing(self, items, signature_titles, recipients) -> None:
        s = self.sizes
        body_ended = bool(items)
        self.expect(body_ended, "no signature block or 'Nơi nhận' after the body")
        columns: list[list[DocxParagraph]] = []
        recipient_ps: list[DocxParagraph] = []
        state = "signatures"  # -> "recipients" -> "annex"
        for item in items:
            if state == "annex":
                self.facts.annex += (
                    [item.text]
                    if isinstance(item, DocxParagraph)
                    else [c.text for r in item.rows for c in _unique_cells(r)]
                )
            elif isinstance(item, DocxTable):
                if state == "signatures" and _borderless(item) and not columns:
                    for cell in _unique_cells(item.rows[0]):
                        ps = [p for p in cell.paragraphs if p.text.strip()]
                        if ps and ps[0].text.strip() == RECIPIENTS_TITLE:
                            recipient_ps = ps
                        else:
                            columns.append(ps)
                    state = "annex" if recipient_ps else "recipients"
                else:
                    state = "annex"
                    self.facts.annex += [c.text for r in item.rows for c in _unique_cells(r)]
            elif item.text.strip():
                if item.text.strip() == RECIPIENTS_TITLE and not recipient_ps:
                    recipient_ps.append(item)
                    state = "recipients"
                elif state == "recipients" and recipient_ps and item.text.startswith("- "):
                    recipient_ps.append(item)
                elif not columns and not recipient_ps:
                    self.fail(f"text {item.text[:40]!r} between the body and the signature")
                else:
                    state = "annex"
                    self.facts.annex.append(item.text)
        self.facts.signatures = [[p.text for p in col] for col in columns]
        found: list[str] = []
        for col in columns:
            for p in col:
                runs = _text_runs(p)
                if p.text == p.text.upper() and all(r.bold for r in runs):
                    found.append(p.text)
                self.para_is(
                    p,
                    f"signature {p.text!r}",
                    size=s.body,
                    bold=True,
                    align=WD_ALIGN_PARAGRAPH.CENTER,
                )
        positions = [found.index(t) if t in found else -1 for t in signature_titles]
        self.expect(
            all(i >= 0 for i in positions) and positions == sorted(positions),
            f"signatures {found}: expected {list(signature_titles)} in that order",
        )
        self.recipients(recipient_ps, recipients)

    def recipients(self, ps, expected) -> None:
        s = self.sizes
        self.facts.recipients = [p.text for p in ps]
        if not ps:
            self.expect(expected is None or not expected, "no 'Nơi nhận:'")
            return
        head, lines = ps[0], ps[1:]
        self.para_is(
            head,
            "Nơi nhận",
            size=s.recipients_title,
            bold=True,
            italic=True,
            align=WD_ALIGN_PARAGRAPH.LEFT,
        )
        self.expect(bool(lines), "'Nơi nhận:' with no line under it")
        for i, p in enumerate(lines):
            last = i == len(lines) - 1
            self.para_is(
                p,
                f"recipient {p.text!r}",
                size=s.recipients,
                bold=False,
                italic=False,
                align=WD_ALIGN_PARAGRAPH.LEFT,
            )
            self.expect(
                p.text.startswith("- ") and p.text.endswith("." if last else ";"),
                f"recipient line {p.text!r}",
            )
        if lines:
            self.expect(
                lines[-1].text.startswith("- Lưu: "),
                f"the last recipient line {lines[-1].text!r} is not '- Lưu: ...'",
            )
        if expected is not None:
            got = [p.text[2:].rstrip(";.") for p in lines]
            self.expect(
                got == [e.rstrip(";.") for e in expected],
                f"recipients {got}, expected {list(expected)}",
            )

    def page_numbers(self) -> None:
        sections = self.docx.sections
        first = sections[0]
        self.expect(
            first.different_first_page_header_footer,
            "page 1 has no header of its own (titlePg), so it would be numbered",
        )
        fp = first.first_page_header
        self.expect(
            not fp.is_linked_to_previous
            and not "".join(p.text for p in fp.paragraphs).strip()
            and not _has_page_field(fp._element),
            "the first-page header is not empty",
        )
        header = first.header
        self.expect(
            not header.is_linked_to_previous and _has_page_field(header._element),
            "the default header has no PAGE field",
        )
        centred = [p for p in header.paragraphs if _has_page_field(p._p)]
        self.expect(
            bool(centred)
            and all(p.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER for p in centred),
            "the page number is not centred",
        )
        for i, section in enumerate(list(sections)[1:], start=2):
            self.expect(
                not section.different_first_page_header_footer,
                f"section {i}: its first page would lose its number",
            )


def assert_nd30(
    source,
    *,
    size_set: int = 13,
    kind_title: str | None = None,
    number_pattern: str | None = None,
    signature_titles: tuple[str, ...] = (),
    recipients: tuple[str, ...] | None = None,
    draft: bool = False,
) -> Nd30Facts:
    """Check a DOCX (bytes or path) against ND 30/2020; raise AssertionError listing every
    violation, else return what was read (Nd30Facts).

    kind_title: "BIÊN BẢN", "THÔNG BÁO", ...; "" for a công văn; None: not checked beyond the
    title formatting of whatever centred bold caps line follows the header.
    number_pattern: a regex for the whole "Số: ..." line (default: any well-formed number).
    signature_titles: texts that must appear in the signature columns, left to right.
    recipients: expected lines after "Nơi nhận:" without "- " and the final ";" or "."
    (the archive line included, e.g. "Lưu: VT, Hồ sơ").
    draft: accept "ngày     tháng     năm 20.." in the date line.
    """
    c = _Checker(source, size_set, draft)
    c.pages()
    c.fonts()
    items = c.header(number_pattern or DEFAULT_NUMBER)
    if kind_title is None:
        first = next((i for i in items if isinstance(i, DocxParagraph) and i.text.strip()), None)
        kind_title = first.text if first is not None and first.text.isupper() else ""
    items = c.title(items, kind_title)
    items = c.body(items)
    c.closing(items, signature_titles, recipients)
    c.page_numbers()
    if c.errors:
        raise AssertionError("not ND 30/2020:\n  " + "\n  ".join(c.errors))
    return c.facts


# --- XML helpers -----------------------------------------------------------------------------


def _borderless(table: DocxTable) -> bool:
    borders = table._tbl.tblPr.find(qn("w:tblBorders"))
    style = table._tbl.tblPr.find(qn("w:tblStyle"))
    if borders is None:
        return style is None
    return all(el.get(qn("w:val")) in ("nil", "none") for el in borders)


def _bottom_rule(p: DocxParagraph) -> bool:
    ppr = p._p.pPr
    bottom = None if ppr is None else ppr.find(f"{qn('w:pBdr')}/{qn('w:bottom')}")
    return bottom is not None and bottom.get(qn("w:val")) == "single" and not p.text.strip()


def _inner_width(cell) -> float:
    return cell.width.mm - 2 * CELL_PADDING_MM


def _rule_width(p: DocxParagraph, cell) -> float:
    pf = p.paragraph_format
    indents = sum(x.mm for x in (pf.left_indent, pf.right_indent) if x is not None)
    return _inner_width(cell) - indents


def _has_page_field(element) -> bool:
    instr = " ".join(t.text or "" for t in element.iter(qn("w:instrText")))
    simple = " ".join(f.get(qn("w:instr")) or "" for f in element.iter(qn("w:fldSimple")))
    return "PAGE" in instr.split() or "PAGE" in simple.split()


def _section_contents(body):
    """Body elements grouped by section (a paragraph holding a sectPr ends a section)."""
    groups, current = [], []
    for el in body.iterchildren():
        if el.tag == qn("w:sectPr"):
            continue
        current.append(el)
        if el.tag == qn("w:p") and el.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None:
            groups.append(current)
            current = []
    groups.append(current)
    return groups
