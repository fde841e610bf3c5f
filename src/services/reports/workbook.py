"""A progress report's annex tables as a workbook, one sheet per table: the same tables as
the document's annex (services/documents/report_annex.py), numbers kept as numbers and dates
as dates. openpyxl (about a second to import) loads when a workbook is written, not with the
reports package at start."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from coordboard.rules.dates import vn_short_date as vn_date
from coordboard.services.documents.report_annex import annex_tables
from coordboard.services.reports.model import ReportData
from coordboard.services.spreadsheets import as_text, safe_value, save_workbook


def write_xlsx(data: ReportData, path: Path) -> Path:
    """The annex tables as a workbook: a title and an as-of line, the headings, the rows."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for table in annex_tables(data):
        ws = wb.create_sheet(table.sheet[:31])
        ws.append([safe_value(table.title)])
        ws["A1"].font = Font(bold=True, size=13)
        ws.append(
            [
                safe_value(
                    f"{data.board_name}. {data.subject}".rstrip(". ")
                    + f"; kỳ báo cáo: {data.period.label}; số liệu đến ngày "
                    f"{vn_date(data.as_of)}"
                )
            ]
        )
        ws.append([c.title for c in table.columns])
        for cell in ws[3]:
            cell.font = bold
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        if not table.rows:
            ws.append([safe_value(table.empty_text)])
        for i, row in enumerate(table.rows):
            ws.append([safe_value(v) for v in row])
            for cell in ws[ws.max_row]:
                as_text(cell)
                if isinstance(cell.value, str) and "\n" in cell.value:
                    cell.alignment = wrap
                if isinstance(cell.value, date):
                    cell.number_format = "DD/MM/YYYY"
                if i in table.bold_rows:
                    cell.font = bold
        for n, column in enumerate(table.columns, start=1):
            ws.column_dimensions[get_column_letter(n)].width = column.xlsx_width
        ws.freeze_panes = "A4"
    return save_workbook(wb, path)
