"""Export of the task list to an Excel workbook: every task of a filter, in an order, written
on a worker while a progress dialog counts the rows and offers Cancel.

A million tasks take minutes to write: the window stays responsive, the dialog says how far
the export got, and Cancel stops it between two pages of rows (the service then removes the
half-written file and raises ExportCancelled).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QPushButton, QWidget

from coordboard.services.tasks import TaskFilter, TaskSort
from coordboard.services.tasks import export as task_exports
from coordboard.ui import operations
from coordboard.ui.common.errors import show_error
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
        flt = self.filters.current_filter()
        self.button.setEnabled(False)
        TaskListExport(self.window).start(
            self.ctx, flt, self.order(), path, self.heading(flt), self._done, self._failed
        )

    def _done(self, written: Path) -> None:
        self.button.setEnabled(True)
        QMessageBox.information(
            self.window,
            self.tr("Exported"),
            self.tr("The list was saved to {path}.").format(path=written),
        )
        self.exported.emit(written)

    def _failed(self, exc: BaseException) -> None:
        self.button.setEnabled(True)
        if not isinstance(exc, task_exports.ExportCancelled):
            show_error(self.window, exc)
        self.failed.emit(exc)


class TaskListExport(QObject):
    """One export. Created on the GUI thread: the worker's progress reaches the dialog through
    its `progressed(done, total)` signal. It deletes itself (and its dialog) when finished."""

    progressed = Signal(int, int)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.cancel = threading.Event()
        self.progress = QProgressDialog(
            self.tr("Writing the task list…"), self.tr("Cancel"), 0, 0, parent
        )
        self.progress.setWindowTitle(self.tr("Export to Excel"))
        self.progress.setWindowModality(Qt.WindowModal)
        self.progress.setMinimumDuration(400)
        self.progress.canceled.connect(self.cancel.set)
        self.progressed.connect(self._moved)

    def start(
        self,
        ctx: AppContext,
        flt: TaskFilter,
        order: TaskSort,
        path: Path,
        heading: str,
        on_done: Callable[[Path], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Write the tasks of `flt` in `order` to `path`; `on_done(path)` or
        `on_error(exception)` (ExportCancelled when the user cancelled) on the main thread."""

        def work() -> Path:
            return task_exports.export_tasks_xlsx(
                ctx.db,
                ctx.actor,
                flt,
                order,
                path,
                progress=self.progressed.emit,
                cancelled=self.cancel.is_set,
                title=heading,
            )

        def done(written: Path) -> None:
            self._finish()
            on_done(written)

        def failed(exc: BaseException) -> None:
            self._finish()
            on_error(exc)

        operations.query(self, work, done, failed)

    def _moved(self, done: int, total: int) -> None:
        progress = self.progress
        if progress.wasCanceled():
            return
        progress.setMaximum(max(total, 1))
        progress.setValue(min(done, max(total, 1)))
        progress.setLabelText(
            self.tr("Writing the task list… {done} of {total}").format(
                done=format_count(done), total=format_count(total)
            )
        )

    def _finish(self) -> None:
        self.progress.canceled.disconnect(self.cancel.set)
        self.progress.reset()
        self.progress.close()
        self.progress.deleteLater()
        self.deleteLater()
