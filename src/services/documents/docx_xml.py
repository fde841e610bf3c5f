"""python-docx XML details of the ND 30/2020 renderer: fonts in all four rFonts slots, borders,
fixed column widths, repeated header rows, the PAGE field. Elements are inserted where the
OOXML schema orders them (Word refuses files whose properties are out of order)."""

from __future__ import annotations

from copy import deepcopy
from functools import lru_cache

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from coordboard.services.documents.formats import FONT_NAME

FONT_SLOTS = ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia")

_RPR_AFTER_SZCS = (
    "w:highlight",
    "w:u",
    "w:effect",
    "w:bdr",
    "w:shd",
    "w:fitText",
    "w:vertAlign",
    "w:rtl",
    "w:cs",
    "w:em",
    "w:lang",
    "w:eastAsianLayout",
    "w:specVanish",
    "w:oMath",
)
_PPR_AFTER_PBDR = (
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)
_TBLPR_AFTER_BORDERS = (
    "w:shd",
    "w:tblLayout",
    "w:tblCellMar",
    "w:tblLook",
    "w:tblCaption",
    "w:tblDescription",
    "w:tblPrChange",
)


def set_fonts(rpr) -> None:
    """Times New Roman in all four slots of an rPr element, no theme font overriding them."""
    rfonts = rpr.get_or_add_rFonts()
    for attr in list(rfonts.attrib):
        if attr.endswith("Theme"):
            del rfonts.attrib[attr]
    for slot in FONT_SLOTS:
        rfonts.set(qn(slot), FONT_NAME)


def size_cs(rpr, size: float) -> None:
    for old in rpr.findall(qn("w:szCs")):
        rpr.remove(old)
    size_cs = OxmlElement("w:szCs")
    size_cs.set(qn("w:val"), str(round(size * 2)))
    rpr.insert_element_before(size_cs, *_RPR_AFTER_SZCS)


def _el(tag: str, **attrs: str):
    el = OxmlElement(tag)
    for key, value in attrs.items():
        el.set(qn(f"w:{key}"), value)
    return el


@lru_cache(maxsize=256)
def _rpr(size: float, bold: bool, italic: bool, underline: bool, mark: bool):
    """A complete rPr, in schema order (built once per combination, copied into each run:
    python-docx's property setters cost about a millisecond a run)."""
    rpr = OxmlElement("w:rPr")
    rpr.append(_el("w:rFonts", **{slot[2:]: FONT_NAME for slot in FONT_SLOTS}))
    if bold:
        rpr.extend((_el("w:b"), _el("w:bCs")))
    if italic:
        rpr.extend((_el("w:i"), _el("w:iCs")))
    if not mark:
        rpr.append(_el("w:color", val="000000"))
    half_points = str(round(size * 2))
    rpr.extend((_el("w:sz", val=half_points), _el("w:szCs", val=half_points)))
    if underline:
        rpr.append(_el("w:u", val="single"))
    return rpr


def format_run(run, size: float, *, bold=False, italic=False, underline=False) -> None:
    """Times New Roman in all four slots, the size, black (and bold/italic/underline)."""
    r = run._r
    for old in r.findall(qn("w:rPr")):
        r.remove(old)
    r.insert(0, deepcopy(_rpr(size, bold, italic, underline, False)))


_ALIGN = {"justify": "both", "center": "center", "left": "left", "right": "right"}


@lru_cache(maxsize=256)
def _ppr(
    align: str,
    first_line_mm: float,
    before: float,
    after: float,
    spacing: float,
    keep_with_next: bool,
    page_break_before: bool,
    size: float,
):
    ppr = OxmlElement("w:pPr")
    if keep_with_next:
        ppr.append(_el("w:keepNext"))
    if page_break_before:
        ppr.append(_el("w:pageBreakBefore"))
    ppr.append(
        _el(
            "w:spacing",
            before=str(round(before * 20)),
            after=str(round(after * 20)),
            line=str(round(spacing * 240)),
            lineRule="auto",
        )
    )
    if first_line_mm:
        ppr.append(_el("w:ind", firstLine=str(round(first_line_mm / 25.4 * 1440))))
    ppr.append(_el("w:jc", val=_ALIGN[align]))
    ppr.append(deepcopy(_rpr(size, False, False, False, True)))  # the paragraph mark
    return ppr


def format_paragraph(
    paragraph,
    size: float,
    *,
    align: str,
    first_line_mm: float = 0,
    before: float = 0,
    after: float = 0,
    spacing: float = 1.0,
    keep_with_next: bool = False,
    page_break_before: bool = False,
) -> None:
    """Alignment, first-line indent, spacing, keep-with-next, page break before, and the
    paragraph mark's font (an empty paragraph is as tall as `size`)."""
    p = paragraph._p
    for old in p.findall(qn("w:pPr")):
        p.remove(old)
    p.insert(
        0,
        deepcopy(
            _ppr(
                align,
                first_line_mm,
                before,
                after,
                spacing,
                keep_with_next,
                page_break_before,
                size,
            )
        ),
    )


def mark_font(paragraph, size: float) -> None:
    """The paragraph mark's font: an empty paragraph is as tall as this size."""
    ppr = paragraph._p.get_or_add_pPr()
    for old in ppr.findall(qn("w:rPr")):
        ppr.remove(old)
    ppr.insert_element_before(
        deepcopy(_rpr(size, False, False, False, True)), "w:sectPr", "w:pPrChange"
    )


def bottom_border(paragraph) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(k), v)
    pbdr.append(bottom)
    ppr.insert_element_before(pbdr, *_PPR_AFTER_PBDR)


def table_borders(table, kind: str) -> None:
    """kind "single" (data tables) or "nil" (layout tables: header, signatures)."""
    tblpr = table._tbl.tblPr
    for old in tblpr.findall(qn("w:tblBorders")):
        tblpr.remove(old)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), kind)
        if kind != "nil":
            el.set(qn("w:sz"), "4")
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "000000")
        borders.append(el)
    tblpr.insert_element_before(borders, *_TBLPR_AFTER_BORDERS)


def cell_margins(table, mm: float) -> None:
    """Left and right padding of every cell (data tables: narrower than Word's 1.9 mm)."""
    tblpr = table._tbl.tblPr
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(round(mm / 25.4 * 1440)))
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    tblpr.insert_element_before(
        margins, "w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange"
    )


def fix_widths(table, widths_mm) -> None:
    table.autofit = False  # w:tblLayout fixed
    for col, width in zip(table.columns, widths_mm):
        col.width = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm):
            cell.width = Mm(width)


def keep_row_whole(row) -> None:
    """The row is not broken across pages (as the printed PDF does)."""
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    trpr.append(header)


def page_field(paragraph, size: float) -> None:
    def run_with(el):
        run = paragraph.add_run()
        format_run(run, size)
        run._r.append(el)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    run_with(instr)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def style_fonts(docx, size: float) -> None:
    styles = docx.styles
    defaults = styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
        if rpr is not None:
            set_fonts(rpr)
    for name in ("Normal", "Table Grid"):
        try:
            style = styles[name]
        except KeyError:
            continue
        style.font.name = FONT_NAME
        style.font.size = Pt(size)
        style.font.color.rgb = RGBColor(0, 0, 0)
        set_fonts(style.element.get_or_add_rPr())
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "vi-VN")
    styles["Normal"].element.get_or_add_rPr().insert_element_before(
        lang, "w:eastAsianLayout", "w:specVanish", "w:oMath"
    )
