"""Numbers as the tasks area writes and reads them: targets and achieved values typed the
Vietnamese way ("1.234,5") or the English way, and counts of tasks grouped by thousands."""

from __future__ import annotations

from coordboard import i18n


def parse_number(text: str) -> float | None:
    """ "1.234,5" (Vietnamese), "1234.5" or "1 234": a number; "" is None; ValueError if neither."""
    text = text.strip().replace(" ", "").replace("\u00a0", "")
    if not text:
        return None
    if "," in text:  # Vietnamese: dots group thousands, the comma is the decimal point
        text = text.replace(".", "").replace(",", ".")
    return float(text)


def format_number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value).replace(".", ",")


def format_count(n: int) -> str:
    """1234 → "1.234" in Vietnamese, "1,234" in English."""
    text = f"{n:,}"
    return text.replace(",", ".") if i18n.language() == "vi" else text
