"""The annex tables of a progress report, once, for both outputs: the DOCX annex (through
documents/progress_report.py) and the XLSX workbook (`write_xlsx`, one sheet per table).

Cells keep their types here (numbers, dates); the document formats them as text, the workbook
keeps numbers as numbers and dates as dates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from coordboard.services.documents.formats import vn_short_date as vn_date
from coordboard.services.tasks import classification as cl
from coordboard.services.tasks.classification import ClassCounts

Value = str | int | date | None


@dataclass(frozen=True)
class AnnexColumn:
    title: str
    width_mm: float
    align: str = "left"  # left | center | right
    xlsx_width: float = 12


@dataclass(frozen=True)
class AnnexTable:
    sheet: str  # the workbook sheet's name (at most 31 characters)
    title: str
    columns: tuple[AnnexColumn, ...]
    rows: tuple[tuple[Value, ...], ...]
    bold_rows: frozenset[int] = frozenset()
    landscape: bool = False
    empty_text: str = ""  # said instead of the table when it has no rows


COUNT_COLUMNS = (
    AnnexColumn("Tổng số", 14, "center", 10),
    AnnexColumn("Hoàn thành đúng hạn", 17, "center", 12),
    AnnexColumn("Hoàn thành quá hạn", 17, "center", 12),
    AnnexColumn("Đang thực hiện trong hạn", 18, "center", 13),
    AnnexColumn("Quá hạn chưa hoàn thành", 18, "center", 13),
    AnnexColumn("Tính riêng (*)", 16, "center", 11),
)
APART_NOTE = (
    "(*) Nhiệm vụ không xác định thời hạn, tạm dừng, hủy bỏ hoặc chuyển sang kế "
    "hoạch sau, không tính vào các cột trạng thái."
)


def count_cells(c: ClassCounts) -> tuple[int, ...]:
    apart = sum(c[k] for k in (cl.NO_DEADLINE, cl.SUSPENDED, cl.CANCELLED, cl.CARRIED_OVER))
    return (
        c.total,
        c[cl.DONE_ON_TIME],
        c[cl.DONE_LATE],
        c.in_progress_within_deadline,
        c[cl.OVERDUE],
        apart,
    )


def _grouped_table(sheet: str, title: str, heading: str, groups, total: ClassCounts) -> AnnexTable:
    rows = [(n, g.name, *count_cells(g.counts)) for n, g in enumerate(groups, start=1)]
    rows.append(("", "Tổng cộng", *count_cells(total)))
    name_width = 165 - 12 - sum(c.width_mm for c in COUNT_COLUMNS)
    return AnnexTable(
        sheet,
        title,
        (
            AnnexColumn("STT", 12, "center", 6),
            AnnexColumn(heading, name_width, "left", 40),
            *COUNT_COLUMNS,
        ),
        tuple(rows),
        frozenset({len(rows) - 1}),
    )


def annex_tables(data) -> tuple[AnnexTable, ...]:
    """Biểu 1 by sector, Biểu 2 by lead agency, Biểu 3 the overdue tasks (landscape)."""
    when = vn_date(data.as_of)
    by_sector = _grouped_table(
        "Theo lĩnh vực",
        f"Biểu 1. Tình hình thực hiện nhiệm vụ theo lĩnh vực (đến ngày {when})",
        "Lĩnh vực",
        data.by_sector,
        data.counts,
    )
    by_agency = _grouped_table(
        "Theo cơ quan chủ trì",
        f"Biểu 2. Tình hình thực hiện nhiệm vụ theo cơ quan chủ trì (đến ngày {when})",
        "Cơ quan chủ trì",
        data.by_agency,
        data.counts,
    )
    overdue_rows = []
    for n, t in enumerate(data.overdue, start=1):
        overdue_rows.append(
            (
                n,
                t.title,
                t.lead_agency_name,
                t.source,
                t.deadline,
                extension_text(t),
                t.days_overdue,
                latest_update_text(t),
            )
        )
    overdue = AnnexTable(
        "Nhiệm vụ quá hạn",
        f"Biểu 3. Danh sách nhiệm vụ quá hạn chưa hoàn thành (đến ngày {when})",
        (
            AnnexColumn("STT", 12, "center", 6),
            AnnexColumn("Nhiệm vụ", 66, "left", 50),
            AnnexColumn("Cơ quan chủ trì", 34, "left", 26),
            AnnexColumn("Văn bản giao", 32, "left", 24),
            AnnexColumn("Thời hạn giao", 24, "center", 12),
            AnnexColumn("Gia hạn", 30, "left", 24),
            AnnexColumn("Số ngày quá hạn", 16, "center", 10),
            AnnexColumn("Cập nhật gần nhất", 38, "left", 40),
        ),
        tuple(overdue_rows),
        landscape=True,
        empty_text=f"Không có nhiệm vụ quá hạn chưa hoàn thành đến ngày {when}.",
    )
    return by_sector, by_agency, overdue


def extension_text(t) -> str:
    """ "30/06/2026 → 31/07/2026 (lý do)", one line per extension."""
    lines = []
    for e in t.extensions:
        reason = f" ({_short(e.reason, 80)})" if e.reason else ""
        lines.append(f"{vn_date(e.old_deadline)} → {vn_date(e.new_deadline)}{reason}")
    return "\n".join(lines)


def latest_update_text(t, limit: int = 160) -> str:
    u = t.latest_update
    if u is None:
        return "Chưa có báo cáo"
    text = _short(u.text, limit) if u.text else "(không ghi nội dung)"
    return f"{vn_date(u.update_date)}: {text}"


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def cell_text(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return vn_date(value)
    return str(value)


def write_xlsx(data, path: Path) -> Path:
    """The annex tables as a workbook: a title and an as-of line, the headings, the rows."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    from coordboard.services.spreadsheets import as_text, safe_value, save_workbook

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
