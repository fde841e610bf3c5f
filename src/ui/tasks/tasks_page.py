"""Tasks page: the filtered task list (SQL-paged), status-class counts, the selected task's
details and progress history, and the actions of the secretariat and the focal points.

The page puts its parts together (filter_bar, task_count, task_table_view, task_detail,
task_actions, task_export) and keeps them in step: a filter change reads the first page of rows
and the counts again, the rows of a refresh bring the selection back, a selection reads the
task, a saved form reads the rows again with the saved task selected. Every read and write goes
through ui/operations.py, on a worker.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coordboard.services import boards, tasks
from coordboard.services.actor import FOCAL_POINT
from coordboard.services.tasks import TaskDetail, TaskFilter, TaskRow, TaskSort, classification
from coordboard.ui import local_settings, operations
from coordboard.ui.common.errors import message_for, show_error
from coordboard.ui.common.page import Page
from coordboard.ui.context import AppContext
from coordboard.ui.operations import Changes
from coordboard.ui.tasks.filter_bar import TaskFilterBar
from coordboard.ui.tasks.task_actions import TaskActions
from coordboard.ui.tasks.task_count import TaskCountLabel
from coordboard.ui.tasks.task_detail import TaskDetailPanel
from coordboard.ui.tasks.task_export import TaskExporter
from coordboard.ui.tasks.task_table_model import BOARD, TaskTableModel
from coordboard.ui.tasks.task_table_view import TaskTableView


class TasksPage(Page):
    """Signals: `loaded` after the table shows the first page of a refresh (or of a new order)
    and the selection was restored: the rows are read in a worker, so they come after
    `refresh` returned; `counted` after the totals and class counts arrived (the two come in
    either order); `detail_loaded(TaskDetail)`; `exported(path)`,
    `export_failed(exception)` (ExportCancelled when the user cancelled)."""

    watches = (
        Changes.TASKS
        | Changes.PLANS
        | Changes.MEETINGS
        | Changes.BOARDS
        | Changes.CATALOGUE
        | Changes.CALENDAR
    )

    loaded = Signal()
    counted = Signal()
    detail_loaded = Signal(object)
    exported = Signal(object)
    export_failed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: TaskDetail | None = None
        self.class_counts: classification.ClassCounts | None = None
        self.total: int | None = None
        self._pending: tuple[TaskFilter, int | None] | None = None  # asked before the boards
        self._select_id: int | None = None  # to select when the rows of a refresh arrive
        self._kept_id: int | None = None  # the task selected when the rows were replaced

        self.filters = TaskFilterBar(ctx)
        self.filters.changed.connect(self.refresh)

        # --- the table and the side panel ---------------------------------------------------
        self.model = TaskTableModel(ctx.db, ctx.actor, self)
        self.model.load_failed.connect(self._load_failed)
        self.model.page_loaded.connect(self._page_loaded)
        self.model.modelAboutToBeReset.connect(self._rows_about_to_reset)
        self.model.modelReset.connect(self._rows_reset)
        self.count = TaskCountLabel(ctx, self.model)
        self.count.counted.connect(self._counted)
        self.table = TaskTableView(self.model)
        self.table.doubleClicked.connect(lambda *_: self.actions.activated())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.details = TaskDetailPanel(ctx, self.model.deadline_text)
        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        # --- actions ------------------------------------------------------------------------
        self.actions = TaskActions(ctx, self.current_row, self._new_task_place, self)
        self.actions.changed.connect(lambda task_id: self.refresh(select_id=task_id))
        self.export_button = QPushButton(self.tr("Export to Excel"))
        self.exporter = TaskExporter(ctx, self.filters, self.current_sort, self.export_button, self)
        self.exporter.exported.connect(self.exported)
        self.exporter.failed.connect(self.export_failed)
        self.export_button.clicked.connect(self.exporter.ask_and_export)

        buttons = QHBoxLayout()
        for button in self.actions.buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        buttons.addSpacing(12)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter, 1)

        self._restore_state()
        if ctx.actor.role == FOCAL_POINT and ctx.actor.agency_id is not None:
            self.filters.set_scope(ctx.actor.agency_id, checked=True)  # lands on "my agency",
            self.table.set_sort(TaskSort("status"))  # overdue first
        self.actions.update_buttons()
        operations.query(
            self,
            lambda: boards.list_boards(ctx.db, ctx.actor),
            lambda found: self.set_boards([(b.id, b.name) for b in found]),
        )

    # --- what is shown ----------------------------------------------------------------------
    def catalogue_changed(self) -> None:
        """New agencies or sectors: offer them in the filters."""
        self.filters.fill_choices()

    def set_boards(self, items: list[tuple[int, str]]) -> None:
        self.filters.set_boards(items)
        pending, self._pending = self._pending, None
        if pending is not None:  # asked for a board before the list of boards arrived
            self._apply_filter(*pending)

    def new_item(self) -> None:
        """Ctrl+N (the main window's New action): a task of the chosen board and plan."""
        self.actions.new_task()

    def _new_task_place(self) -> tuple[int | None, int | None]:
        flt = self.filters.current_filter()
        return flt.board_id, flt.plan_id

    def focus_search(self) -> None:
        """Ctrl+F (the main window's Find action)."""
        self.filters.focus_search()

    def current_filter(self) -> TaskFilter:
        return self.filters.current_filter()

    def current_sort(self) -> TaskSort:
        return self.model.order

    def _apply_filter(self, flt: TaskFilter, select_id: int | None = None) -> None:
        """Put `flt` into the filters, then refresh once (selecting `select_id` when given)."""
        if not self.filters.knows_board(flt.board_id):
            self._pending = (flt, select_id)  # set_boards applies it when the boards are known
            return
        self.filters.apply(flt)
        self.refresh(select_id)

    def open_filtered(
        self, flt: TaskFilter, sort: TaskSort | None = None, select_id: int | None = None
    ) -> None:
        """Show the tasks of `flt` (other pages call this: a dashboard figure, a plan),
        selecting the task `select_id` when given."""
        if sort is not None:
            self.table.set_sort(sort)
        self._apply_filter(flt, select_id)

    def show_my_agency(self) -> None:
        """A focal point's landing view: the tasks its agency leads or co-operates on,
        overdue first."""
        self.table.set_sort(TaskSort("status"))
        self._apply_filter(TaskFilter(agency_id=self.ctx.actor.agency_id))

    # --- data -------------------------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        """Read the first page again with the current filters and order, keep (or move to
        `select_id`) the selection; the rows (`loaded`), the totals and the class counts
        (`counted`) follow from workers."""
        self.filters.search_timer.stop()
        flt = self.filters.current_filter()
        if select_id is not None or not self.model.loading:
            self._select_id = select_id  # else the one of the refresh still loading is kept
        self.model.set_filter(flt)
        self.count.count(flt)

    def _counted(self) -> None:
        self.total, self.class_counts = self.count.total, self.count.class_counts
        self.filters.show_counts(self.class_counts)
        self.counted.emit()

    def _page_loaded(self, offset: int) -> None:
        """The rows of a refresh (or of a new order) replaced the old ones: select again."""
        if offset != 0:
            return  # a next page: the selection is untouched
        flt = self.model.flt
        self.table.setColumnHidden(BOARD, flt.board_id is not None and not flt.include_child_boards)
        select_id, self._select_id = self._select_id, None
        keep = select_id if select_id is not None else self._kept_id
        # a reset clears the selection without a signal: select again, or clear the panel
        if keep is None or not self.select_task(keep):
            if select_id is not None:
                self.show_detail(select_id)  # just saved, but outside the filter or the page
            else:
                self._selection_changed()
        self.actions.update_buttons()
        self.loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self._select_id = None
        if not self.model.rows:  # the first page failed: the table is empty
            self._selection_changed()
        show_error(self, exc)

    def _rows_about_to_reset(self) -> None:
        self._kept_id = getattr(self.current_row(), "id", None)

    def _rows_reset(self) -> None:
        self.detail = None

    def current_row(self) -> TaskRow | None:
        return self.table.current_row()

    def select_task(self, task_id: int) -> bool:
        return self.table.select_task(task_id)

    def _selection_changed(self) -> None:
        row = self.current_row()
        self.actions.update_buttons()
        if row is None:
            operations.supersede(self, "detail")
            self.detail = None
            self.details.show_detail(None)
            return
        self.show_detail(row.id)

    def show_detail(self, task_id: int) -> None:
        ctx = self.ctx
        operations.query(
            self,
            lambda: tasks.get_task(ctx.db, ctx.actor, task_id),
            self._detail_read,
            lambda exc: self.details.setPlainText(message_for(exc)),
            key="detail",
        )

    def _detail_read(self, detail: TaskDetail) -> None:
        self.detail = detail
        self.details.show_detail(detail)
        self.actions.update_buttons()
        self.detail_loaded.emit(detail)

    # --- export -----------------------------------------------------------------------------
    def export_to(self, path: Path) -> None:
        """Every task of the current filter, in the current order, written in a worker with a
        progress dialog; `exported` or `export_failed` tells the end."""
        self.exporter.export_to(path)

    # --- persistence ------------------------------------------------------------------------
    def _restore_state(self) -> None:
        self.table.restore_state()
        splitter = local_settings.TASKS_SPLITTER.get()
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([900, 380])

    def save_state(self) -> None:
        self.table.save_state()
        local_settings.TASKS_SPLITTER.set(self.splitter.saveState())
