"""The progress report (Báo cáo kết quả thực hiện) of a board, or of one plan, for a period,
and the reminder letters that chase what it finds overdue (the `reminders` subpackage).

`report_data` counts everything in SQL (data.py, queries.py) into a `ReportData` (model.py);
task_lines.py cites each task as the report and the reminder letters print it (source,
extensions, latest update) and finds who signs for the board; `default_texts` writes the
assessment (III) and proposals (V) from those numbers, for the secretary to edit (texts.py);
`export_report` writes it as DOCX, PDF or XLSX (export.py, workbook.py), the document laid out
by services/documents/progress_report.py with the dashboard's charts drawn for it
(annex_charts.py).
"""

from coordboard.rules.report_period import ReportPeriod, parse_date
from coordboard.services.documents.formats import percent
from coordboard.services.reports.data import effective_as_of, period_condition, report_data
from coordboard.services.reports.export import (
    REPORT_SUFFIXES,
    ReportCancelled,
    ReportOptions,
    WrittenReport,
    build_document,
    check_folder,
    export_report,
)
from coordboard.services.reports.model import (
    ConclusionLine,
    GroupLine,
    MeetingLine,
    MonthLine,
    ReportData,
    ReportQuery,
    SectionLine,
)
from coordboard.services.reports.task_lines import (
    ExtensionLine,
    Signer,
    TaskLine,
    UpdateLine,
    source_text,
)
from coordboard.services.reports.texts import AssessmentTexts, default_texts

__all__ = [
    "REPORT_SUFFIXES",
    "AssessmentTexts",
    "ConclusionLine",
    "ExtensionLine",
    "GroupLine",
    "MeetingLine",
    "MonthLine",
    "ReportCancelled",
    "ReportData",
    "ReportOptions",
    "ReportPeriod",
    "ReportQuery",
    "SectionLine",
    "Signer",
    "TaskLine",
    "UpdateLine",
    "WrittenReport",
    "build_document",
    "check_folder",
    "default_texts",
    "effective_as_of",
    "export_report",
    "parse_date",
    "percent",
    "period_condition",
    "report_data",
    "source_text",
]
