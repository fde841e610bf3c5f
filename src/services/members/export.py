"""The member list as a spreadsheet a secretary can print or send on.

openpyxl (with numpy under it, ~0.3 s) is imported when the sheet is written, not when the app
starts."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from coordboard.i18n import QT_TRANSLATE_NOOP, translate
from coordboard.services.members.rows import MemberRow
from coordboard.services.spreadsheets import as_text, safe_value, save_workbook

CTX = "exports"
MEMBER_COLUMNS = (
    QT_TRANSLATE_NOOP("exports", "No."),
    QT_TRANSLATE_NOOP("exports", "Full name"),
    QT_TRANSLATE_NOOP("exports", "Honorific"),
    QT_TRANSLATE_NOOP("exports", "Position"),
    QT_TRANSLATE_NOOP("exports", "Agency represented"),
    QT_TRANSLATE_NOOP("exports", "Sector"),
    QT_TRANSLATE_NOOP("exports", "Role in the board"),
    QT_TRANSLATE_NOOP("exports", "Duty in the board"),
    QT_TRANSLATE_NOOP("exports", "Board"),
    QT_TRANSLATE_NOOP("exports", "From"),
    QT_TRANSLATE_NOOP("exports", "To"),
    QT_TRANSLATE_NOOP("exports", "Decision"),
    QT_TRANSLATE_NOOP("exports", "Phone"),
    QT_TRANSLATE_NOOP("exports", "E-mail"),
)
WIDTHS = (6, 28, 8, 40, 36, 24, 24, 24, 40, 12, 12, 18, 16, 30)


def _member_values(n: int, r: MemberRow) -> list[Any]:
    return [
        n,
        r.full_name,
        r.honorific,
        r.position,
        r.agency_name,
        r.sector_name,
        r.role_name,
        r.board_position,
        r.board_name,
        r.start_date,
        r.end_date,
        r.decision_number,
        r.phone,
        r.email,
    ]


def export_members_xlsx(rows: list[MemberRow], path: Path, title: str) -> Path:
    """The rows as shown (filtered and in the page's order), under a title and the day's date."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = translate(CTX, QT_TRANSLATE_NOOP("exports", "Members"))
    ws.append([title])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(
        [
            translate(CTX, QT_TRANSLATE_NOOP("exports", "Exported on {date}")).format(
                date=date.today().strftime("%d/%m/%Y")
            )
        ]
    )
    ws.append([translate(CTX, c) for c in MEMBER_COLUMNS])
    for cell in ws[3]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for n, row in enumerate(rows, start=1):
        ws.append([safe_value(v) for v in _member_values(n, row)])
        for cell in ws[ws.max_row]:
            as_text(cell)
        for col in (10, 11):
            ws.cell(row=ws.max_row, column=col).number_format = "DD/MM/YYYY"
    for i, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "C4"
    return save_workbook(wb, path)
