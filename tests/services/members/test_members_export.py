"""The member list as a spreadsheet: the rows as given, dates as dates, typed text as text."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from coordboard.errors import DomainError
from coordboard.services import members
from coordboard.services.members import MemberFilter, MembershipInput, people
from coordboard.services.members.people import PersonInput


def test_the_export_holds_the_rows_in_the_order_given(db, admin, world, tmp_path):
    pid = people.create_person(
        db, admin, PersonInput(full_name="= Huỳnh Thị Mai", agency_id=world.agencies["HLHPN"])
    ).id
    members.add_membership(
        db,
        admin,
        MembershipInput(
            board_id=world.province,
            person_id=pid,
            role_id=world.roles["member"],
            start_date=date(2026, 1, 5),
            end_date=date(2026, 12, 31),
            decision_number="20/QĐ-UBND",
        ),
    )
    rows = members.list_members(db, admin, MemberFilter(board_id=world.province))
    rows = list(reversed(rows))
    written = members.export_members_xlsx(rows, tmp_path / "thanh-vien.xlsx", "Danh sách")
    assert written == tmp_path / "thanh-vien.xlsx"
    ws = openpyxl.load_workbook(written).active
    assert ws["A1"].value == "Danh sách"
    assert ws["A2"].value == f"Exported on {date.today():%d/%m/%Y}"
    assert [c.value for c in ws[3]][:3] == ["No.", "Full name", "Honorific"]
    data = list(ws.iter_rows(min_row=4, values_only=True))
    assert [(n, name) for n, name, *_ in data] == [
        (i, r.full_name) for i, r in enumerate(rows, start=1)
    ]
    mai = next(row for row in ws.iter_rows(min_row=4) if row[1].value == "= Huỳnh Thị Mai")
    assert mai[1].data_type == "s"  # typed text, not a formula
    assert (mai[9].value.date(), mai[10].value.date()) == (date(2026, 1, 5), date(2026, 12, 31))
    assert mai[9].number_format == "DD/MM/YYYY"
    assert (mai[4].value, mai[11].value) == ("Hội Liên hiệp Phụ nữ tỉnh", "20/QĐ-UBND")


def test_an_unwritable_folder_is_refused_and_leaves_nothing(db, admin, world, tmp_path):
    rows = members.list_members(db, admin, MemberFilter(board_id=world.province))
    missing = tmp_path / "khong-co" / "ds.xlsx"
    with pytest.raises(DomainError) as caught:
        members.export_members_xlsx(rows, missing, "Danh sách")
    assert str(missing) in str(caught.value)
    assert not missing.parent.exists()
