"""Fixed phrases, sizes and date/number formats of Nghị định 30/2020/NĐ-CP, Phụ lục I.

Pure functions (no Qt, no python-docx): the builders, both renderers and the tests share them,
so the DOCX, the PDF and `Document.plain_text()` say exactly the same words. The short date
("05/02/2022") comes from coordboard.rules.dates, which the reporting periods use too.
"""

from __future__ import annotations

import datetime
import unicodedata
from dataclasses import dataclass

from coordboard.rules.dates import vn_short_date
from coordboard.text import nfc  # re-exported: the builders and renderers write F.nfc

__all__ = [
    "A4_MM",
    "END_MARK",
    "FIRST_LINE_INDENT_MM",
    "FONT_NAME",
    "HEADER_DISTANCE_MM",
    "LINE_SPACING",
    "MOTTO",
    "NATIONAL_TITLE",
    "RECIPIENTS_TITLE",
    "SHORT_RULE_FRACTION",
    "SIGNATURE_SPACE_PT",
    "SMALLEST_TABLE_SIZE",
    "SPACE_AFTER_PT",
    "SizeSet",
    "format_date_line",
    "format_number",
    "nfc",
    "percent",
    "sizes_for",
    "table_size",
    "text_width_mm",
    "vn_date_words",
    "vn_datetime_words",
    "vn_short_date",  # from coordboard.rules.dates: report periods write dates the same way
    "vn_time_words",
]

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
RECIPIENTS_TITLE = "Nơi nhận:"
END_MARK = "./."
FONT_NAME = "Times New Roman"

# The smallest point size ND 30 allows a table: the size of the tables with many columns (the
# report's annexes, the reminder letter's list) and the floor of every other table.
SMALLEST_TABLE_SIZE = 12
# Width of the short rule under the issuing body and under the summary: 1/3-1/2 of the text.
SHORT_RULE_FRACTION = 0.4
# First-line indent of body paragraphs (1-1.27 cm) and the space after them (>= 6 pt).
FIRST_LINE_INDENT_MM = 12.7
SPACE_AFTER_PT = 6
LINE_SPACING = 1.15
# Vertical room for a handwritten signature above the signer's name.
SIGNATURE_SPACE_PT = 64
# The header (page numbers) sits this far from the top edge of the paper.
HEADER_DISTANCE_MM = 10
A4_MM = (210.0, 297.0)


@dataclass(frozen=True)
class SizeSet:
    """Point sizes of one document (one of the two sets ND 30 allows)."""

    national_title: int  # "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    motto: int  # "Độc lập - Tự do - Hạnh phúc"
    body: int  # body, titles, date line, signatures, page numbers
    agency: int  # governing and issuing body names
    number: int  # "Số: 05/BB-BĐH"
    excerpt: int  # "V/v ..." of a công văn
    table: int  # default size of data tables
    recipients_title: int = 12  # "Nơi nhận:"
    recipients: int = 11  # "- Sở Y tế;"


def sizes_for(size_set: int) -> SizeSet:
    """13 -> Quốc hiệu 13 / Tiêu ngữ 14 / text 14; 12 -> 12 / 13 / 13."""
    if size_set == 13:
        return SizeSet(
            national_title=13, motto=14, body=14, agency=13, number=13, excerpt=13, table=13
        )
    if size_set == 12:
        return SizeSet(
            national_title=12, motto=13, body=13, agency=12, number=13, excerpt=12, table=12
        )
    raise ValueError(f"size_set must be 13 or 12, not {size_set!r}")


def table_size(body_size: int, size: int | None) -> int:
    """A data table's size: its own, else one point under the body, never under the
    smallest."""
    return size if size is not None else max(SMALLEST_TABLE_SIZE, body_size - 1)


def _day(d: datetime.date) -> str:
    return f"{d.day:02d}"


def _month(d: datetime.date) -> str:
    """Months 1 and 2 are zero-padded (so "01"/"02" cannot be read as 10-12 with a digit
    added); months 3-12 are not."""
    return f"{d.month:02d}" if d.month <= 2 else str(d.month)


def vn_date_words(d: datetime.date | None) -> str:
    """ "ngày 05 tháng 02 năm 2022"; None gives the blanks of a draft."""
    if d is None:
        return "ngày     tháng     năm 20.."
    return f"ngày {_day(d)} tháng {_month(d)} năm {d.year}"


def format_date_line(place: str, d: datetime.date | None) -> str:
    """ "Vĩnh Long, ngày 05 tháng 02 năm 2022" (day < 10 and months 1-2 zero-padded)."""
    return nfc(f"{place.strip()}, {vn_date_words(d)}")


def vn_time_words(t: datetime.time | datetime.datetime) -> str:
    """ "14 giờ 00", "8 giờ 30"."""
    return f"{t.hour} giờ {t.minute:02d}"


def vn_datetime_words(dt: datetime.datetime) -> str:
    """ "14 giờ 00, ngày 26 tháng 01 năm 2022" (as minutes open and close)."""
    return f"{vn_time_words(dt)}, {vn_date_words(dt.date())}"


def percent(part: int, whole: int) -> str:
    """ "83,3" (Vietnamese decimal comma); "0" when there is nothing to divide."""
    if not whole:
        return "0"
    value = round(100 * part / whole, 1)
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def format_number(n: int | None, type_code: str, body_code: str) -> str:
    """ "Số: 05/BB-BĐH"; a công văn (type_code "") gives "Số: 05/BĐH"; None gives the blank
    of a draft "Số:      /BB-BĐH". Numbers below 10 are zero-padded."""
    code = f"{type_code}-{body_code}" if type_code else body_code
    number = "     " if n is None else f"{n:02d}"
    return nfc(f"Số: {number}/{code}")


# Advance widths (1/1000 em) of Times New Roman for ASCII 32..126 (the standard Times metrics;
# Liberation Serif and Tinos share them). Used only to size the short rules under the agency
# name and the summary where the renderer has no font metrics (python-docx).
_TIMES_REGULAR = (
    250,
    333,
    408,
    500,
    500,
    833,
    778,
    180,
    333,
    333,
    500,
    564,
    250,
    333,
    250,
    278,
    500,
    500,
    500,
    500,
    500,
    500,
    500,
    500,
    500,
    500,
    278,
    278,
    564,
    564,
    564,
    444,
    921,
    722,
    667,
    667,
    722,
    611,
    556,
    722,
    722,
    333,
    389,
    722,
    611,
    889,
    722,
    722,
    556,
    722,
    667,
    556,
    611,
    722,
    722,
    944,
    722,
    722,
    611,
    333,
    278,
    333,
    469,
    500,
    333,
    444,
    500,
    444,
    500,
    444,
    333,
    500,
    500,
    278,
    278,
    500,
    278,
    778,
    500,
    500,
    500,
    500,
    333,
    389,
    278,
    500,
    500,
    722,
    500,
    500,
    444,
    480,
    200,
    480,
    541,
)
_TIMES_BOLD = (
    250,
    333,
    555,
    500,
    500,
    1000,
    833,
    278,
    333,
    333,
    500,
    570,
    250,
    333,
    250,
    278,
    500,
    500,
    500,
    500,
    500,
    500,
    500,
    500,
    500,
    500,
    333,
    333,
    570,
    570,
    570,
    500,
    930,
    722,
    667,
    722,
    722,
    667,
    611,
    778,
    778,
    389,
    500,
    778,
    667,
    944,
    722,
    778,
    611,
    778,
    722,
    556,
    667,
    722,
    722,
    1000,
    722,
    722,
    667,
    333,
    278,
    333,
    581,
    500,
    333,
    500,
    556,
    444,
    556,
    444,
    333,
    500,
    556,
    278,
    333,
    556,
    278,
    833,
    556,
    500,
    556,
    556,
    444,
    389,
    333,
    556,
    500,
    722,
    500,
    500,
    444,
    394,
    220,
    394,
    520,
)
_PT_MM = 25.4 / 72


def text_width_mm(text: str, size_pt: float, bold: bool = False) -> float:
    """Estimated printed width of one line of Times New Roman text.

    A Vietnamese letter is as wide as its base letter (diacritics stack, đ is as wide as d)."""
    table = _TIMES_BOLD if bold else _TIMES_REGULAR
    units = 0
    for ch in nfc(text):
        base = unicodedata.normalize("NFD", ch)[0]
        base = {"đ": "d", "Đ": "D"}.get(base, base)
        code = ord(base)
        units += table[code - 32] if 32 <= code < 127 else 500
    return units / 1000 * size_pt * _PT_MM
