"""Spreadsheet exports (openpyxl). Written to a temporary file first: no partial file is left.

openpyxl (with numpy under it, ~0.3 s) is imported when a sheet is written, not when the app
starts."""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from coordboard.errors import DomainError
from coordboard.i18n import QT_TRANSLATE_NOOP, translate
from coordboard.services.members import MemberRow

if TYPE_CHECKING:
    import openpyxl

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


def safe_value(value):
    """Text as text: control characters a spreadsheet cannot hold are dropped. Cells holding
    it must be marked as strings (`as_text`), so that "= 5 nhiệm vụ" is not read as a formula."""
    if isinstance(value, str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def as_text(cell) -> None:
    """A typed title that starts with "=" stays text, never a live formula."""
    if isinstance(cell.value, str):
        cell.data_type = "s"


def _member_values(n: int, r: MemberRow) -> list:
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
    """The member list as a spreadsheet a secretary can print or send on."""
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


def save_workbook(wb: openpyxl.Workbook, path: Path) -> Path:
    path = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(suffix=".xlsx.part", dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise DomainError(
            QT_TRANSLATE_NOOP("errors", "Cannot write to {path}: {detail}"),
            path=str(path),
            detail=exc.strerror or str(exc),
        ) from exc
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise DomainError(
            QT_TRANSLATE_NOOP("errors", "Cannot write to {path}: {detail}"),
            path=str(path),
            detail=exc.strerror or str(exc),
        ) from exc
    return path
