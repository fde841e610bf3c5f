"""The number of tasks a filter matches, and how many of each status class, read on a worker
apart from the rows: the table shows its first page at once, the totals follow.

The label says what the page is doing meanwhile: "Loading…" while the first page of rows is
read, then "Counting…" until the totals arrive.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from coordboard.services import tasks
from coordboard.services.tasks import TaskFilter, classification
from coordboard.ui import operations
from coordboard.ui.common.errors import show_error
from coordboard.ui.context import AppContext
from coordboard.ui.tasks.number_text import format_count
from coordboard.ui.tasks.task_table_model import TaskTableModel


class TaskCountLabel(QLabel):
    """Signals: `counted` once `total` and `class_counts` hold the counts of the last filter."""

    counted = Signal()

    def __init__(
        self, ctx: AppContext, model: TaskTableModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = model
        self.total: int | None = None
        self.class_counts: classification.ClassCounts | None = None
        self._counting = False
        self._failed = False
        self.setObjectName("taskCount")
        self.setStyleSheet("font-weight: bold;")
        model.loading_changed.connect(lambda _on: self._show())

    def count(self, flt: TaskFilter) -> None:
        """Count the tasks of `flt`; the answer to an older filter is dropped."""
        ctx = self.ctx
        self._counting, self._failed = True, False
        self._show()
        operations.query(
            self,
            lambda: (
                tasks.count_tasks(ctx.db, ctx.actor, flt),
                tasks.class_counts(ctx.db, ctx.actor, flt),
            ),
            self._counted,
            self._count_failed,
            key="counts",
        )

    def _counted(self, result: tuple[int, classification.ClassCounts]) -> None:
        self.total, self.class_counts = result
        self._counting = False
        self._show()
        self.counted.emit()

    def _count_failed(self, exc: BaseException) -> None:
        self._counting, self._failed = False, True
        self._show()
        show_error(self, exc)

    def _show(self) -> None:
        if self.model.loading:
            text = self.tr("Loading…")
        elif self._counting:
            text = self.tr("Counting…")
        elif self._failed or self.total is None:
            text = ""
        else:
            text = self.tr("{n} tasks").format(n=format_count(self.total))
        self.setText(text)
