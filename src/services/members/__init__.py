"""Members: who holds which seat on a board, from when, by which decision.

- rows.py         reading: member rows, filters, a board on a given day, a seat's history;
- memberships.py  changing: add, correct, end, re-staff (kiện toàn);
- people.py       the persons who hold the seats;
- export.py       the member list as a spreadsheet.
"""

from __future__ import annotations

from coordboard.services.members import people
from coordboard.services.members.export import export_members_xlsx
from coordboard.services.members.memberships import (
    MembershipInput,
    add_membership,
    end_membership,
    restaff,
    update_membership,
)
from coordboard.services.members.rows import (
    MemberFilter,
    MemberRow,
    list_members,
    members_on,
    seat_history,
    sort_rows,
)

__all__ = [
    "MemberFilter",
    "MemberRow",
    "MembershipInput",
    "add_membership",
    "end_membership",
    "export_members_xlsx",
    "list_members",
    "members_on",
    "people",
    "restaff",
    "seat_history",
    "sort_rows",
    "update_membership",
]
