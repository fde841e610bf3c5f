"""Export of the task list to an Excel workbook: every task of a filter, in an order, written
on a worker while a progress dialog counts the rows and offers Cancel.

A million tasks take minutes to write: the window stays responsive, the dialog says how far
the export got, and Cancel stops it between two pages of rows (the service then removes the
half-written file and raises ExportCancelled).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from coordboard.services.tasks import TaskFilter, TaskSort
from coordboard.services.tasks import export as task_exports
from coordboard.ui import operations
from coordboard.ui.common.errors import show_error
from coordboard.ui.common.progress_job import ProgressJob
from coordboard.ui.context import AppContext
from coordboard.ui.tasks.filter_bar import TaskFilterBar
from coordboard.ui.tasks.number_text import format_count


class TaskExporter(QObject):
    """The Tasks page's "Export to Excel": asks where, then writes every task of the page's
    filter in the page's order (`order()`). `button` is disabled while an export runs.

    Signals: `exported(path)`; `failed(exception)`, ExportCancelled when the user cancelled."""

    exported = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        filters: TaskFilterBar,
        order: Callable[[], TaskSort],
        button: QPushButton,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.filters, self.order, self.button = ctx, filters, order, button
        self.window = parent

    def ask_and_export(self) -> None:
        default = Path.home() / self.tr("tasks-{date}.xlsx").format(
            date=(self.filters.as_of.value() or date.today()).strftime("%Y-%m-%d")
        )
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export the task list"),
            str(default),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if name:
            self.export_to(Path(name))

    def heading(self, flt: TaskFilter) -> str:
        names = self.filters.board_names
        scope = names.get(flt.board_id) if flt.board_id else self.tr("all boards")
        return self.tr("Tasks of {scope}").format(scope=scope)

    def export_to(self, path: Path) -> None:
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        ctx, flt, order = self.ctx, self.filters.current_filter(), self.order()
        heading = self.heading(flt)
        job = ProgressJob(
            self.window,
            self.tr("Export to Excel"),
            self.tr("Writing the task list…"),
            [self.button],
            count_text=lambda done, total: self.tr(
                "Writing the task list… {done} of {total}"
            ).format(done=format_count(done), total=format_count(total)),
        )

        def work() -> Path:
            return task_exports.export_tasks_xlsx(
                ctx.db,
                ctx.actor,
                flt,
                order,
                path,
                progress=job.counted.emit,
                cancelled=job.cancel.is_set,
                title=heading,
            )

        def done(written: Path) -> None:
            job.close()
            QMessageBox.information(
                self.window,
                self.tr("Exported"),
                self.tr("The list was saved to {path}.").format(path=written),
            )
            self.exported.emit(written)

        def failed(exc: BaseException) -> None:
            job.close()
            if not isinstance(exc, task_exports.ExportCancelled):
                show_error(self.window, exc)
            self.failed.emit(exc)

        operations.query(self, work, done, failed)
