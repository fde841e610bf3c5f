"""python-docx XML details of the ND 30/2020 renderer: fonts in all four rFonts slots, borders,
fixed column widths, repeated header rows, the PAGE field. Elements are inserted where the
OOXML schema orders them (Word refuses files whose properties are out of order)."""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from coordboard.services.documents.formats import FONT_NAME

FONT_SLOTS = ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia")

_RPR_AFTER_SZCS = ("w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText",
                   "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout",
                   "w:specVanish", "w:oMath")
_PPR_AFTER_PBDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                   "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                   "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                   "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                   "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl",
                   "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
_TBLPR_AFTER_BORDERS = ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption",
                        "w:tblDescription", "w:tblPrChange")


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
    size_cs.set(qn("w:val"), str(int(round(size * 2))))
    rpr.insert_element_before(size_cs, *_RPR_AFTER_SZCS)


def format_run(run, size: float, *, bold=False, italic=False, underline=False) -> None:
    font = run.font
    font.size = Pt(size)
    font.bold = bold
    font.italic = italic
    font.underline = underline
    font.color.rgb = RGBColor(0, 0, 0)
    rpr = run._r.get_or_add_rPr()
    set_fonts(rpr)
    size_cs(rpr, size)


def mark_font(paragraph, size: float) -> None:
    """The paragraph mark's font: an empty paragraph is as tall as this size."""
    ppr = paragraph._p.get_or_add_pPr()
    for old in ppr.findall(qn("w:rPr")):
        ppr.remove(old)
    rpr = OxmlElement("w:rPr")
    set_fonts(rpr)
    rpr.get_or_add_sz().val = Pt(size)
    size_cs(rpr, size)
    ppr.insert_element_before(rpr, "w:sectPr", "w:pPrChange")


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
        el.set(qn("w:w"), str(int(round(mm / 25.4 * 1440))))
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    tblpr.insert_element_before(margins, "w:tblLook", "w:tblCaption", "w:tblDescription",
                                "w:tblPrChange")


def fix_widths(table, widths_mm) -> None:
    table.autofit = False   # w:tblLayout fixed
    for col, width in zip(table.columns, widths_mm):
        col.width = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm):
            cell.width = Mm(width)


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
        lang, "w:eastAsianLayout", "w:specVanish", "w:oMath")
