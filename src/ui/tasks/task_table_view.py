"""The table of the Tasks page over the SQL-paged model: a header click orders the tasks in SQL
(the co-operating column has no SQL order: its click puts the indicator back), columns can be
moved, and their widths, order and the sort are kept between sessions.

One task is selected at a time. The model replaces its rows in one reset (a refresh, a new
order), so the page selects again by id (`select_task`) once the rows are in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from coordboard.services.tasks import TaskRow, TaskSort
from coordboard.ui import local_settings
from coordboard.ui.tasks.task_table_model import CLASS, COLUMN_OF, SORT_KEY_OF, TaskTableModel

COLUMN_WIDTHS = (185, 380, 150, 70, 200, 240, 160, 240, 100, 90, 110)


class TaskTableView(QTableView):
    def __init__(self, model: TaskTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task_model = model
        self.setObjectName("tasksTable")
        self.setModel(model)
        header = self.horizontalHeader()
        header.setSortIndicator(CLASS, Qt.AscendingOrder)  # overdue first
        header.setSortIndicatorShown(True)
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        self.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)

    def set_sort(self, sort: TaskSort) -> None:
        """Order the model by `sort` and show it in the header (without reading: the next
        refresh reads in that order)."""
        self.task_model.order = sort
        header = self.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(
            COLUMN_OF.get(sort.key, CLASS),
            Qt.DescendingOrder if sort.descending else Qt.AscendingOrder,
        )
        header.blockSignals(False)

    def _sort_indicator_changed(self, column: int, _order) -> None:
        if column not in SORT_KEY_OF:  # not sortable in SQL: put the indicator back
            self.set_sort(self.task_model.order)

    def current_row(self) -> TaskRow | None:
        rows = self.selectionModel().selectedRows()
        return self.task_model.row_at(rows[0].row()) if rows else None

    def select_task(self, task_id: int) -> bool:
        """Select the task among the rows read; False when it is not among them."""
        row = self.task_model.row_of(task_id)
        if row is None:
            return False
        self.selectRow(row)
        self.scrollTo(self.task_model.index(row, 0))
        return True

    def restore_state(self) -> None:
        state = local_settings.TASKS_COLUMNS.get()
        header = self.horizontalHeader()
        if state is None:
            for column, width in enumerate(COLUMN_WIDTHS):
                self.setColumnWidth(column, width)
            return
        header.blockSignals(True)
        header.restoreState(state)
        header.blockSignals(False)
        column = header.sortIndicatorSection()
        if column in SORT_KEY_OF:
            self.task_model.order = TaskSort(
                SORT_KEY_OF[column], header.sortIndicatorOrder() == Qt.DescendingOrder
            )
        else:
            self.set_sort(self.task_model.order)

    def save_state(self) -> None:
        local_settings.TASKS_COLUMNS.set(self.horizontalHeader().saveState())
