"""Dates as a secretary reads them, and the years a plan or a reporting period may name.

Pure (no SQLAlchemy, no Qt): the reporting periods here in rules/ and the documents' formats
in services/documents/ both write dates with these, so a period's label and a report's
deadlines cannot disagree on how a date looks.
"""

from __future__ import annotations

import datetime

# the years a plan or a reporting period may name (a typo such as 20226 is refused)
MIN_YEAR, MAX_YEAR = 2000, 2100


def vn_short_date(d: datetime.date | None) -> str:
    """ "05/02/2022" for tables and deadlines in running text ("" for None)."""
    return "" if d is None else d.strftime("%d/%m/%Y")
