"""Writing a progress report to a file: .docx (the ND 30 document), .pdf (the same document
through the printing part the ui or the command line hands in) or .xlsx (the annex tables).

The stages are named as they start ("data", "charts" or "document", "write") and a Cancel is
honoured before each; nothing is written when anything fails.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from coordboard.db import Database
from coordboard.errors import DomainError, ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.services.actor import Actor
from coordboard.services.documents import Document, write_docx
from coordboard.services.documents.progress_report import ChartPicture, build_report
from coordboard.services.reports.data import report_data
from coordboard.services.reports.model import ReportData, ReportQuery
from coordboard.services.reports.texts import AssessmentTexts, default_texts
from coordboard.services.reports.workbook import write_xlsx


@dataclass(frozen=True)
class ReportOptions:
    texts: AssessmentTexts | None = None  # None: default_texts(data)
    charts: bool = True


REPORT_SUFFIXES = (".docx", ".pdf", ".xlsx")


class ReportCancelled(DomainError):
    """The user pressed Cancel; nothing was written."""


@dataclass(frozen=True)
class WrittenReport:
    path: Path
    data: ReportData


def export_report(
    db: Database,
    actor: Actor,
    query: ReportQuery,
    path: str | Path,
    options: ReportOptions = ReportOptions(),
    pdf_writer: Callable[[object, Path], object] | None = None,
    progress: Callable[[str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> WrittenReport:
    """Write the report to `path`, by its suffix: .docx (the document), .pdf (the same document
    through `pdf_writer(document, path)`, which the ui or cli supplies: printing needs Qt), or
    .xlsx (the annex tables). `progress(stage)` names each stage as it starts ("data",
    "charts" or "document", "write"); `cancelled()` is asked before each stage and stops the
    export with ReportCancelled. Nothing is written when anything fails."""

    def step(stage: str) -> None:
        if cancelled is not None and cancelled():
            raise ReportCancelled(
                QT_TRANSLATE_NOOP("errors", "The report was cancelled; no file was written.")
            )
        if progress is not None:
            progress(stage)

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", 'The report can be written as .docx, .pdf or .xlsx, not "{name}".'
            ),
            field="out",
            name=path.name,
        )
    if suffix == ".pdf" and pdf_writer is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Writing a PDF needs the printing part of the application."
            ),
            field="out",
        )
    check_folder(path.parent)
    step("data")
    data = report_data(db, actor, query)
    if suffix == ".xlsx":
        step("write")
        return WrittenReport(write_xlsx(data, path), data)
    document = build_document(data, options, step)
    step("write")
    if pdf_writer is not None and suffix == ".pdf":
        pdf_writer(document, path)
        return WrittenReport(path, data)
    return WrittenReport(write_docx(document, path), data)


def build_document(
    data: ReportData,
    options: ReportOptions = ReportOptions(),
    progress: Callable[[str], None] | None = None,
) -> Document:
    """The report as a document: the edited texts (or the default ones) and, unless
    `options.charts` is off or there is nothing to count, the annex's charts."""
    texts = options.texts if options.texts is not None else default_texts(data)
    with_charts = options.charts and not data.empty
    _step(progress, "charts" if with_charts else "document")
    pictures: tuple[ChartPicture, ...] = ()
    if with_charts:
        from coordboard.services.reports.annex_charts import report_charts  # loads matplotlib

        pictures = report_charts(data)
    return build_report(data, texts, pictures)


def _step(progress: Callable[[str], None] | None, stage: str) -> None:
    if progress is not None:
        progress(stage)


def check_folder(folder: Path) -> None:
    """Refuse at once a folder that does not exist or cannot be written (tried, not guessed:
    permissions, a read-only share and a full disk all show here)."""
    folder = Path(folder) if str(folder) else Path(".")
    if not folder.is_dir():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The folder {path} does not exist."),
            field="out",
            path=str(folder),
        )
    try:
        fd, probe = tempfile.mkstemp(prefix=".coordboard-", suffix=".probe", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Cannot write in the folder {path}: {detail}"),
            field="out",
            path=str(folder),
            detail=exc.strerror or str(exc),
        ) from exc
