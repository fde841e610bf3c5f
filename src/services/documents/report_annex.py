"""The annex tables of a progress report, once, for both outputs: the DOCX annex
(progress_report.py) and the XLSX workbook (services/reports writes one sheet per table).

Cells keep their types here (numbers, dates); the document formats them as text, the workbook
keeps numbers as numbers and dates as dates. The tables are built from a report's data
(`reports.ReportData`), read as it is handed in: this package imports no use case.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

from coordboard.rules import status as cl
from coordboard.services.documents.formats import vn_short_date as vn_date

Value = str | int | date | None


class Counts(Protocol):
    """Tasks per status class (services/tasks' ClassCounts)."""

    def __getitem__(self, status_class: str) -> int: ...

    @property
    def total(self) -> int: ...

    @property
    def in_progress_within_deadline(self) -> int: ...


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


def count_cells(c: Counts) -> tuple[int, ...]:
    apart = sum(c[k] for k in (cl.NO_DEADLINE, cl.SUSPENDED, cl.CANCELLED, cl.CARRIED_OVER))
    return (
        c.total,
        c[cl.DONE_ON_TIME],
        c[cl.DONE_LATE],
        c.in_progress_within_deadline,
        c[cl.OVERDUE],
        apart,
    )


def _grouped_table(sheet: str, title: str, heading: str, groups, total: Counts) -> AnnexTable:
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
