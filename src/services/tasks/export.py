"""The filtered task list as a spreadsheet, however long it is.

Rows are read a page at a time (`list_tasks`, PAGE_ROWS per query) and streamed into a
write-only workbook, so memory stays flat for a national database. The file is written to a
temporary name and renamed at the end (exports.save_workbook): a cancelled or failed export
leaves no partial file behind.

Paging is by offset: a task edited on another PC while a long export runs can move between
pages; the export is a snapshot "as read", as any list on screen is.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from pathlib import Path

from coordboard.db import Database
from coordboard.errors import DomainError, ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP, translate
from coordboard.services import tasks
from coordboard.services.actor import Actor
from coordboard.services.spreadsheets import as_text, safe_value, save_workbook
from coordboard.services.tasks import TaskFilter, TaskRow, TaskSort, classification

CTX = "task_exports"
PAGE_ROWS = 2000
HEADER_ROWS = 3  # title, "as of" line, column headings
MAX_SHEET_ROWS = 1_048_576  # what Excel can open

COLUMNS = (
    QT_TRANSLATE_NOOP("task_exports", "No."),
    QT_TRANSLATE_NOOP("task_exports", "Task"),
    QT_TRANSLATE_NOOP("task_exports", "Status class"),
    QT_TRANSLATE_NOOP("task_exports", "Status"),
    QT_TRANSLATE_NOOP("task_exports", "Progress (%)"),
    QT_TRANSLATE_NOOP("task_exports", "Lead agency"),
    QT_TRANSLATE_NOOP("task_exports", "Co-operating agencies"),
    QT_TRANSLATE_NOOP("task_exports", "Sector"),
    QT_TRANSLATE_NOOP("task_exports", "Board"),
    QT_TRANSLATE_NOOP("task_exports", "Plan"),
    QT_TRANSLATE_NOOP("task_exports", "Assigned on"),
    QT_TRANSLATE_NOOP("task_exports", "Deadline as assigned"),
    QT_TRANSLATE_NOOP("task_exports", "Deadline in force"),
    QT_TRANSLATE_NOOP("task_exports", "Completed on"),
    QT_TRANSLATE_NOOP("task_exports", "Last update"),
)
WIDTHS = (6, 60, 22, 16, 10, 32, 40, 24, 36, 14, 12, 12, 12, 12, 12)
DATE_COLUMNS = frozenset({11, 12, 13, 14, 15})  # 1-based, as in the sheet


class ExportCancelled(DomainError):
    """The user pressed Cancel; nothing was written."""


def _values(n: int, r: TaskRow) -> list:
    return [
        n,
        r.title,
        translate("status_class", classification.CLASS_LABELS.get(r.status_class, r.status_class)),
        translate("task_status", tasks.STATUS_LABELS.get(r.status, r.status)),
        r.percent,
        r.lead_agency_name,
        "; ".join(r.cooperating),
        r.sector_name,
        r.board_name,
        r.plan_code,
        r.assigned_date,
        r.deadline,
        r.effective_deadline,
        r.completed_on,
        r.last_update_on,
    ]


def export_tasks_xlsx(
    db: Database,
    actor: Actor,
    flt: TaskFilter,
    sort: TaskSort,
    path: Path,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    title: str | None = None,
) -> Path:
    """Write every task matching `flt`, in the order of `sort`, to `path` (.xlsx).

    `progress(done, total)` is called after each page; `cancelled()` is checked before each
    page and, when true, the export stops with ExportCancelled and writes nothing. Runs in a
    worker thread: the callbacks must not touch widgets themselves.
    """
    as_of = flt.as_of or date.today()
    flt = TaskFilter(**{**flt.__dict__, "as_of": as_of})  # every page sees the same date
    total = tasks.count_tasks(db, actor, flt)
    if total + HEADER_ROWS > MAX_SHEET_ROWS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The list has {count} tasks; a worksheet holds at most {limit} rows. "
                "Narrow the filter (a board, a period, an agency) and export again.",
            ),
            count=total,
            limit=MAX_SHEET_ROWS - HEADER_ROWS,
        )
    from openpyxl import Workbook  # not at start-up: ~0.3 s with numpy
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(translate(CTX, QT_TRANSLATE_NOOP("task_exports", "Tasks")))
    for i, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "C4"

    heading = title or translate(CTX, QT_TRANSLATE_NOOP("task_exports", "Tasks"))
    try:
        ws.append([_cell(ws, heading, font=Font(bold=True, size=13))])
        ws.append(
            [
                translate(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "task_exports", "Status as of {date}; exported on {today}; {count} tasks"
                    ),
                ).format(
                    date=as_of.strftime("%d/%m/%Y"),
                    today=date.today().strftime("%d/%m/%Y"),
                    count=total,
                )
            ]
        )
        bold = Font(bold=True)
        wrap = Alignment(wrap_text=True, vertical="center")
        ws.append([_cell(ws, translate(CTX, c), font=bold, alignment=wrap) for c in COLUMNS])
        _write_rows(ws, db, actor, flt, sort, total, progress, cancelled)
        return save_workbook(wb, path)
    except BaseException:
        _discard(ws)
        raise


def _cell(ws, value, **style):
    from openpyxl.cell import WriteOnlyCell

    c = WriteOnlyCell(ws, value=value)
    for name, v in style.items():
        setattr(c, name, v)
    return c


def _text_cell(ws, value):
    if not isinstance(value, str):
        return value
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, value=safe_value(value))
    as_text(cell)
    return cell


def _write_rows(
    ws,
    db: Database,
    actor: Actor,
    flt: TaskFilter,
    sort: TaskSort,
    total: int,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> None:
    done = 0
    if progress is not None:
        progress(0, total)
    while True:
        _check_cancelled(cancelled)
        rows = tasks.list_tasks(db, actor, flt, sort, offset=done, limit=PAGE_ROWS)
        for r in rows:
            done += 1
            ws.append(
                [
                    _cell(ws, v, number_format="DD/MM/YYYY")
                    if i in DATE_COLUMNS and v
                    else _text_cell(ws, v)
                    for i, v in enumerate(_values(done, r), start=1)
                ]
            )
        if progress is not None:
            progress(done, max(total, done))
        if len(rows) < PAGE_ROWS:
            break
    _check_cancelled(cancelled)


def _check_cancelled(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise ExportCancelled(
            QT_TRANSLATE_NOOP("errors", "The export was cancelled; no file was written.")
        )


def _discard(ws) -> None:
    """Close the half-written sheet and remove openpyxl's temporary file for it."""
    try:
        ws.close()
    except Exception:  # noqa: BLE001 - already failing; the first error is the one to report
        pass
    writer = getattr(ws, "_writer", None)
    if writer is not None:
        with contextlib.suppress(OSError, ValueError):
            writer.cleanup()
