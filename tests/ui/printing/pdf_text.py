"""Reading a printed PDF back to compare it with its Document: the text of each page (pypdf,
a test extra: Qt has no PDF reader in PySide6-Essentials) and where each piece of it stands."""

from __future__ import annotations

import re
import unicodedata
from io import BytesIO

import pypdf


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


def pages_text(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in pypdf.PdfReader(BytesIO(pdf)).pages]


def placed_text(page) -> list[tuple[str, float, float]]:
    """(text, x, y from the top) in points for every piece of text on a page."""
    out = []
    height = float(page.mediabox.height)

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            out.append((text.strip(), x, height - y))

    page.extract_text(visitor_text=visit)
    return out


def assert_same_text(pdf: bytes, doc) -> None:
    """Every line of the model's text appears in the PDF, in order and with its diacritics;
    apart from the page numbers, what is left over is only table header rows repeated on a
    new page."""
    pages = pages_text(pdf)
    for n, text in enumerate(pages[1:], start=2):  # each page begins with its number
        assert text.split("\n", 1)[0].strip() == str(n)
        pages[n - 1] = text.split("\n", 1)[1]
    whole = squeeze("".join(pages))
    headers = [
        squeeze("".join(c.title for c in block.columns))
        for block in (*doc.body, *doc.annex)
        if hasattr(block, "columns")
    ]
    at, leftovers = 0, []
    for line in doc.plain_text().split("\n"):
        wanted = squeeze(line)
        if not wanted:
            continue
        found = whole.find(wanted, at)
        assert found >= 0, f"{line!r} is missing from the PDF (or out of order)"
        if found > at:
            leftovers.append(whole[at:found])
        at = found + len(wanted)
    leftovers.append(whole[at:])
    for gap in filter(None, leftovers):
        rest = gap
        for header in headers:
            rest = rest.replace(header, "")
        assert rest == "", f"text in the PDF that the document does not have: {gap!r}"
