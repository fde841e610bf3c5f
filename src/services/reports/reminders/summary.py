"""The summary workbook of a run of reminder letters: who was chased, with which number, for
how many tasks, by when. openpyxl loads when the workbook is written, not at start."""

from __future__ import annotations

from pathlib import Path

from coordboard.rules.dates import vn_short_date as vn_date
from coordboard.services.reports.reminders.model import LetterSummary
from coordboard.services.spreadsheets import as_text, safe_value, save_workbook


def write_summary_xlsx(summary: LetterSummary, board_name: str, path: Path) -> Path:
    """Who was chased: agency, letter number, how many tasks, reply-by date, file name."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "Công văn đôn đốc"
    kind = "dự thảo, chưa lấy số" if summary.draft else f"ban hành ngày {vn_date(summary.as_of)}"
    ws.append([safe_value(f"Tổng hợp công văn đôn đốc của {board_name} ({kind})")])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(
        [f"Số liệu đến ngày {vn_date(summary.as_of)}; hạn báo cáo {vn_date(summary.reply_by)}"]
    )
    ws.append(
        [
            "STT",
            "Cơ quan",
            "Số công văn",
            "Nhiệm vụ quá hạn",
            "Nhiệm vụ sắp đến hạn",
            "Tổng số nhiệm vụ",
            "Hạn báo cáo",
            "Tệp",
        ]
    )
    for cell in ws[3]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for n, f in enumerate(summary.letters, start=1):
        ws.append(
            [
                n,
                safe_value(f.agency_name),
                f.reference or "(dự thảo)",
                f.overdue,
                f.due_soon,
                f.overdue + f.due_soon,
                summary.reply_by,
                safe_value(f.file_name),
            ]
        )
        for cell in ws[ws.max_row]:
            as_text(cell)
        ws.cell(row=ws.max_row, column=7).number_format = "DD/MM/YYYY"
    ws.append(
        [
            "",
            "Tổng cộng",
            "",
            sum(f.overdue for f in summary.letters),
            sum(f.due_soon for f in summary.letters),
            sum(f.overdue + f.due_soon for f in summary.letters),
        ]
    )
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    for i, width in enumerate((6, 40, 14, 12, 12, 12, 13, 60), start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A4"
    return save_workbook(wb, path)
