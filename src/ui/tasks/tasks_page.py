"""Tasks page: the filtered task list (SQL-paged), status-class counts, the selected task's
details and progress history, and the actions of the secretariat and the focal points."""

from __future__ import annotations

import html
import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QPoint, QRect, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coordboard import i18n
from coordboard.errors import DomainError
from coordboard.i18n import QT_TRANSLATE_NOOP, translate
from coordboard.services import boards, plans, tasks
from coordboard.services.actor import FOCAL_POINT, VIEWER
from coordboard.services.tasks import TaskDetail, TaskFilter, TaskRow, TaskSort, classification
from coordboard.services.tasks import export as task_exports
from coordboard.ui import local_settings
from coordboard.ui.common.errors import message_for, show_error
from coordboard.ui.common.page import Page
from coordboard.ui.common.widgets import DateEdit, ItemCombo, format_date
from coordboard.ui.context import AppContext
from coordboard.ui.operations import Changes
from coordboard.ui.tasks.task_dialogs import (
    ExtensionDialog,
    TaskDialog,
    UpdateDialog,
    format_number,
)
from coordboard.ui.tasks.task_table_model import (
    BOARD,
    CLASS,
    CLASS_COLOURS,
    COLUMN_OF,
    SORT_KEY_OF,
    TaskTableModel,
    class_label,
    status_label,
)
from coordboard.ui.workers import run_task

COLUMN_WIDTHS = (185, 380, 150, 70, 200, 240, 160, 240, 100, 90, 110)


def format_count(n: int) -> str:
    """1234 → "1.234" in Vietnamese, "1,234" in English."""
    text = f"{n:,}"
    return text.replace(",", ".") if i18n.language() == "vi" else text


class _ExportRelay(QObject):
    """Created on the GUI thread: the worker's progress reaches the dialog through it."""

    progressed = Signal(int, int)


class TasksPage(Page):
    """Signals: `loaded` after the table shows the first page of a refresh (or of a new order)
    and the selection was restored: the rows are read in a worker, so they come after
    `refresh` returned; `counted` after the totals and class counts arrived (the two come in
    either order); `detail_loaded(TaskDetail)`; `exported(path)`,
    `export_failed(exception)` (ExportCancelled when the user cancelled);
    `attachment_saved(path)`."""

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
    attachment_saved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.board_names: dict[int, str] = {}
        self.detail: TaskDetail | None = None
        self.class_counts: classification.ClassCounts | None = None
        self.total: int | None = None
        self._generation = 0
        self._detail_generation = 0
        self._scope_agency_id: int | None = None
        self._pending_filter: TaskFilter | None = None
        self._pending_select: int | None = None
        self._select_id: int | None = None  # to select when the rows of a refresh arrive
        self._kept_id: int | None = None  # the task selected when the rows were replaced
        self._counting = False
        self._count_failed = False

        # --- filters ------------------------------------------------------------------------
        self.board = ItemCombo(none_label=self.tr("All boards"))
        self.board.setObjectName("taskBoardFilter")
        self.child_boards = QCheckBox(self.tr("with its sub-boards"))
        self.plan = ItemCombo(none_label=self.tr("All plans"))
        self.plan.setEnabled(False)
        self.plan.setToolTip(self.tr("Choose a board first"))
        self.sector = ItemCombo(none_label=self.tr("All sectors"))
        self.lead = ItemCombo(none_label=self.tr("All lead agencies"))
        self.cooperating = ItemCombo(none_label=self.tr("All co-operating agencies"))
        self.deadline_from = DateEdit(optional=True)
        self.deadline_to = DateEdit(optional=True)
        self.as_of = DateEdit()
        self.as_of.setToolTip(self.tr("Status classes are computed as of this date"))
        self.search = QLineEdit()
        self.search.setObjectName("taskSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search task titles (accents optional)"))
        self.scope = QToolButton()
        self.scope.setObjectName("agencyScope")
        self.scope.setCheckable(True)
        self.scope.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.scope.setStyleSheet(
            "QToolButton { padding: 3px 8px; border: 1px solid #9bb7d6; border-radius: 3px;"
            " background: #f4f8fc; color: #1f1f1f; }"
            "QToolButton:checked { background: #cfe0f3; border: 2px solid #1f4e82;"
            " padding: 2px 7px; }"
        )
        self.scope.hide()
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        for combo in (self.board, self.plan, self.sector, self.lead, self.cooperating):
            # long agency names must not force the window wider than a 1024-pixel screen
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self._fill_filter_choices()
        self._fill_plans()

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(250)
        self.search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.board.currentIndexChanged.connect(lambda _i: self._board_changed())
        for combo in (self.plan, self.sector, self.lead, self.cooperating):
            combo.currentIndexChanged.connect(lambda _i: self._filter_changed())
        for edit in (self.deadline_from, self.deadline_to, self.as_of):
            edit.dateChanged.connect(lambda _d: self._filter_changed())
        self.child_boards.toggled.connect(lambda _on: self._filter_changed())
        self.scope.toggled.connect(lambda _on: self._filter_changed())

        # --- class chips (they are also the status-class filter) ----------------------------
        self.chips: dict[str, QToolButton] = {}
        chips = _FlowLayout(spacing=6)  # wraps: Vietnamese labels are long
        chips_label = QLabel(self.tr("Status:"))
        chips.addWidget(chips_label)
        self.all_chip = QToolButton()
        self.all_chip.setObjectName("chip_all")
        self.all_chip.setCheckable(True)
        self.all_chip.setChecked(True)
        self.all_chip.setStyleSheet(_chip_style("#ffffff", "#333333"))
        self.all_chip.clicked.connect(self._all_chip_clicked)
        chips.addWidget(self.all_chip)
        for key in classification.CLASSES:
            chip = QToolButton()
            chip.setObjectName(f"chip_{key}")
            chip.setCheckable(True)
            chip.setToolTip(self.tr("Show only these tasks; choose several to combine them"))
            chip.setStyleSheet(_chip_style(*CLASS_COLOURS[key]))
            chip.toggled.connect(lambda _on: self._chip_toggled())
            self.chips[key] = chip
            chips.addWidget(chip)
        chips_label.setFixedHeight(self.all_chip.sizeHint().height())  # centred on the chips
        self.count = QLabel()
        self.count.setObjectName("taskCount")
        self.count.setStyleSheet("font-weight: bold;")
        self._show_chip_counts()

        # --- the table and the side panel ---------------------------------------------------
        self.model = TaskTableModel(ctx.db, ctx.actor, self)
        self.model.load_failed.connect(self._load_failed)
        self.model.loading_changed.connect(lambda _on: self._show_count())
        self.model.page_loaded.connect(self._page_loaded)
        self.model.modelAboutToBeReset.connect(self._rows_about_to_reset)
        self.model.modelReset.connect(self._rows_reset)
        self.table = QTableView()
        self.table.setObjectName("tasksTable")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSortIndicator(CLASS, Qt.AscendingOrder)  # overdue first
        header.setSortIndicatorShown(True)
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.doubleClicked.connect(lambda *_: self._activated())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())

        self.details = QTextBrowser()
        self.details.setObjectName("taskDetails")
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(self._link_clicked)
        self.details.setPlaceholderText(
            self.tr("Select a task to see its details and progress history.")
        )
        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        # --- actions ------------------------------------------------------------------------
        self.new_button = QPushButton(self.tr("New task"))
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.update_button = QPushButton(self.tr("Add update"))
        self.update_button.setObjectName("addUpdate")
        self.extend_button = QPushButton(self.tr("Extend deadline"))
        self.export_button = QPushButton(self.tr("Export to Excel"))
        self.new_button.clicked.connect(self.new_item)
        self.edit_button.clicked.connect(self.edit_task)
        self.delete_button.clicked.connect(self.delete_task)
        self.update_button.clicked.connect(self.add_update)
        self.extend_button.clicked.connect(self.extend_deadline)
        self.export_button.clicked.connect(self.export_xlsx)

        filters = QGridLayout()
        filters.addWidget(QLabel(self.tr("Board")), 0, 0)
        board_row = QHBoxLayout()
        board_row.addWidget(self.board, 1)
        board_row.addWidget(self.child_boards)
        filters.addLayout(board_row, 0, 1, 1, 3)
        filters.addWidget(QLabel(self.tr("Plan")), 0, 4)
        filters.addWidget(self.plan, 0, 5)
        filters.addWidget(QLabel(self.tr("Sector")), 1, 0)
        filters.addWidget(self.sector, 1, 1)
        filters.addWidget(QLabel(self.tr("Lead")), 1, 2)
        filters.addWidget(self.lead, 1, 3)
        filters.addWidget(QLabel(self.tr("Co-operating")), 1, 4)
        filters.addWidget(self.cooperating, 1, 5)
        filters.addWidget(QLabel(self.tr("Search")), 2, 0)
        filters.addWidget(self.search, 2, 1)
        filters.addWidget(QLabel(self.tr("Deadline")), 2, 2)
        dates = QHBoxLayout()
        dates.addWidget(QLabel(self.tr("from")))
        dates.addWidget(self.deadline_from, 1)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.deadline_to, 1)
        filters.addLayout(dates, 2, 3)
        filters.addWidget(QLabel(self.tr("As of")), 2, 4)
        filters.addWidget(self.as_of, 2, 5)
        # the agency scope and "clear" join the wrapping chip row, so the filter grid stays
        # narrow enough for a 1024-pixel screen
        chips.addWidget(self.scope)
        chips.addWidget(self.clear_button)
        for column, stretch in ((1, 3), (3, 3), (5, 3)):
            filters.setColumnStretch(column, stretch)
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.delete_button,
            self.update_button,
            self.extend_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        buttons.addSpacing(12)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(chips)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter, 1)

        self._restore_state()
        if ctx.actor.role == FOCAL_POINT and ctx.actor.agency_id is not None:
            self._set_scope(ctx.actor.agency_id, checked=True)  # lands on "my agency",
            self._set_sort(TaskSort("status"))  # overdue first
        self._update_buttons()
        run_task(
            lambda: boards.list_boards(ctx.db, ctx.actor),
            lambda found: self.set_boards([(b.id, b.name) for b in found]),
            lambda exc: show_error(self, exc),
            owner=self,
        )

    # --- filter choices -------------------------------------------------------------------
    def _fill_filter_choices(self) -> None:
        agencies = self.ctx.agency_items(include_inactive=True)
        for combo in (self.lead, self.cooperating):
            combo.blockSignals(True)
            combo.set_items(agencies)
            combo.blockSignals(False)
        self.sector.blockSignals(True)
        self.sector.set_items(self.ctx.sector_items())
        self.sector.blockSignals(False)

    def catalogue_changed(self) -> None:
        """New agencies or sectors: offer them in the filters."""
        self._fill_filter_choices()

    def set_boards(self, items: list[tuple[int, str]]) -> None:
        self.board_names = dict(items)
        self.board.blockSignals(True)
        self.board.set_items(items)
        self.board.blockSignals(False)
        pending, self._pending_filter = self._pending_filter, None
        if pending is not None:  # asked for a board before the list of boards arrived
            self._apply_filter(pending, self._pending_select)

    def _board_changed(self) -> None:
        self._fill_plans()
        self._filter_changed()

    def _fill_plans(self, keep: int | None = None) -> None:
        board_id = self.board.current_id()
        items: list[tuple[int, str]] = []
        if board_id is not None:
            try:
                items = [
                    (p.id, f"{p.code} — {p.title}" if p.code else p.title)
                    for p in plans.list_plans(self.ctx.db, self.ctx.actor, board_id)
                ]
            except Exception as exc:  # noqa: BLE001
                show_error(self, exc)
        self.plan.blockSignals(True)
        self.plan.set_items(items, keep=False)
        self.plan.set_current_id(keep)
        self.plan.blockSignals(False)
        self.plan.setEnabled(board_id is not None)
        self.plan.setToolTip("" if board_id is not None else self.tr("Choose a board first"))

    def _set_scope(self, agency_id: int | None, checked: bool) -> None:
        """The "lead or co-operating" agency filter, shown as a toggle while it applies."""
        self._scope_agency_id = agency_id
        self.scope.blockSignals(True)
        self.scope.setChecked(checked and agency_id is not None)
        self.scope.blockSignals(False)
        if agency_id is None:
            self.scope.hide()
            return
        name = next(
            (n for i, n in self.ctx.agency_items(include_inactive=True) if i == agency_id), ""
        )
        mine = agency_id == self.ctx.actor.agency_id
        self.scope.setText(
            self.tr("My agency's tasks")
            if mine
            else self.tr("Tasks of {agency}").format(agency=name)
        )
        self.scope.setToolTip(
            self.tr("Tasks that {agency} leads or co-operates on").format(agency=name)
        )
        self.scope.show()

    def focus_search(self) -> None:
        """Ctrl+F (the main window's Find action)."""
        self.search.setFocus()
        self.search.selectAll()

    def clear_filters(self) -> None:
        self._apply_filter(
            TaskFilter(agency_id=self._scope_agency_id if self.scope.isChecked() else None)
        )

    def current_filter(self) -> TaskFilter:
        checked = tuple(k for k, chip in self.chips.items() if chip.isChecked())
        board_id = self.board.current_id()
        return TaskFilter(
            board_id=board_id,
            include_child_boards=board_id is not None and self.child_boards.isChecked(),
            plan_id=self.plan.current_id() if board_id is not None else None,
            sector_id=self.sector.current_id(),
            lead_agency_id=self.lead.current_id(),
            cooperating_agency_id=self.cooperating.current_id(),
            agency_id=self._scope_agency_id if self.scope.isChecked() else None,
            classes=checked,
            deadline_from=self.deadline_from.value(),
            deadline_to=self.deadline_to.value(),
            text=self.search.text().strip(),
            as_of=self.as_of.value(),
        )

    def current_sort(self) -> TaskSort:
        return self.model.order

    def _apply_filter(self, flt: TaskFilter, select_id: int | None = None) -> None:
        """Put `flt` into the widgets (signals blocked), then refresh once (selecting
        `select_id` when given)."""
        if flt.board_id is not None and flt.board_id not in self.board_names:
            self._pending_filter = flt  # set_boards applies it when the boards are known
            self._pending_select = select_id
            return
        widgets = (
            self.board,
            self.plan,
            self.sector,
            self.lead,
            self.cooperating,
            self.deadline_from,
            self.deadline_to,
            self.as_of,
            self.search,
            self.child_boards,
            *self.chips.values(),
        )
        for w in widgets:
            w.blockSignals(True)
        try:
            self.board.set_current_id(flt.board_id)
            self.child_boards.setChecked(flt.include_child_boards)
            self._fill_plans(keep=flt.plan_id)
            self.sector.set_current_id(flt.sector_id)
            self.lead.set_current_id(flt.lead_agency_id)
            self.cooperating.set_current_id(flt.cooperating_agency_id)
            self.deadline_from.set_value(flt.deadline_from)
            self.deadline_to.set_value(flt.deadline_to)
            self.as_of.set_value(flt.as_of or date.today())
            self.search.setText(flt.text)
            for key, chip in self.chips.items():
                chip.setChecked(key in flt.classes)
            self.all_chip.setChecked(not flt.classes)
        finally:
            for w in widgets:
                w.blockSignals(False)
        self.search_timer.stop()
        self._set_scope(
            flt.agency_id if flt.agency_id is not None else self._own_agency(),
            checked=flt.agency_id is not None,
        )
        self.refresh(select_id)

    def _own_agency(self) -> int | None:
        actor = self.ctx.actor
        return actor.agency_id if actor.role == FOCAL_POINT else None

    def open_filtered(
        self, flt: TaskFilter, sort: TaskSort | None = None, select_id: int | None = None
    ) -> None:
        """Show the tasks of `flt` (other pages call this: a dashboard figure, a plan),
        selecting the task `select_id` when given."""
        if sort is not None:
            self._set_sort(sort)
        self._apply_filter(flt, select_id)

    def show_my_agency(self) -> None:
        """A focal point's landing view: the tasks its agency leads or co-operates on,
        overdue first."""
        self._set_sort(TaskSort("status"))
        self._apply_filter(TaskFilter(agency_id=self.ctx.actor.agency_id))

    def _set_sort(self, sort: TaskSort) -> None:
        self.model.order = sort
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(
            COLUMN_OF.get(sort.key, CLASS),
            Qt.DescendingOrder if sort.descending else Qt.AscendingOrder,
        )
        header.blockSignals(False)

    def _sort_indicator_changed(self, column: int, _order) -> None:
        if column not in SORT_KEY_OF:  # not sortable in SQL: put the indicator back
            self._set_sort(self.model.order)

    def _filter_changed(self) -> None:
        self.refresh()

    def _chip_toggled(self) -> None:
        any_checked = any(chip.isChecked() for chip in self.chips.values())
        self.all_chip.setChecked(not any_checked)
        self._filter_changed()

    def _all_chip_clicked(self) -> None:
        for chip in self.chips.values():
            chip.blockSignals(True)
            chip.setChecked(False)
            chip.blockSignals(False)
        self.all_chip.setChecked(True)
        self._filter_changed()

    # --- data -------------------------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        """Read the first page again with the current filters and order, keep (or move to
        `select_id`) the selection; the rows (`loaded`), the totals and the class counts
        (`counted`) follow from workers."""
        self.search_timer.stop()
        self._generation += 1
        generation, flt, ctx = self._generation, self.current_filter(), self.ctx
        if select_id is not None or not self.model.loading:
            self._select_id = select_id  # else the one of the refresh still loading is kept
        self.model.set_filter(flt)
        self._counting, self._count_failed = True, False
        self._show_count()

        def counted(result) -> None:
            if generation != self._generation:
                return
            self.total, self.class_counts = result
            self._counting = False
            self._show_count()
            self._show_chip_counts()
            self.counted.emit()

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._counting, self._count_failed = False, True
                self._show_count()
                show_error(self, exc)

        run_task(
            lambda: (
                tasks.count_tasks(ctx.db, ctx.actor, flt),
                tasks.class_counts(ctx.db, ctx.actor, flt),
            ),
            counted,
            failed,
            owner=self,
        )

    def _show_count(self) -> None:
        if self.model.loading:
            text = self.tr("Loading…")
        elif self._counting:
            text = self.tr("Counting…")
        elif self._count_failed or self.total is None:
            text = ""
        else:
            text = self.tr("{n} tasks").format(n=format_count(self.total))
        self.count.setText(text)

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
        self._update_buttons()
        self._show_count()
        self.loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self._select_id = None
        if not self.model.rows:  # the first page failed: the table is empty
            self._selection_changed()
        self._show_count()
        show_error(self, exc)

    def _show_chip_counts(self) -> None:
        counts = self.class_counts
        self.all_chip.setText(
            self.tr("All: {n}").format(n=format_count(counts.total)) if counts else self.tr("All")
        )
        for key, chip in self.chips.items():
            n = counts[key] if counts else 0
            chip.setText(f"{class_label(key)}: {format_count(n)}" if counts else class_label(key))
            # the classes counted apart take room only when they hold something
            apart = key in (
                classification.NO_DEADLINE,
                classification.SUSPENDED,
                classification.CANCELLED,
                classification.CARRIED_OVER,
            )
            chip.setVisible(not (apart and counts is not None and n == 0 and not chip.isChecked()))

    def _rows_about_to_reset(self) -> None:
        self._kept_id = getattr(self.current_row(), "id", None)

    def _rows_reset(self) -> None:
        self.detail = None

    def current_row(self) -> TaskRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_task(self, task_id: int) -> bool:
        row = self.model.row_of(task_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _selection_changed(self) -> None:
        row = self.current_row()
        self._update_buttons()
        if row is None:
            self._detail_generation += 1
            self.detail = None
            self.details.clear()
            return
        self.show_detail(row.id)

    def show_detail(self, task_id: int) -> None:
        self._detail_generation += 1
        generation, ctx = self._detail_generation, self.ctx

        def shown(detail: TaskDetail) -> None:
            if generation != self._detail_generation:
                return
            self.detail = detail
            self.details.setHtml(self.detail_html(detail))
            self._update_buttons()
            self.detail_loaded.emit(detail)

        def failed(exc: BaseException) -> None:
            if generation == self._detail_generation:
                self.details.setPlainText(message_for(exc))

        run_task(lambda: tasks.get_task(ctx.db, ctx.actor, task_id), shown, failed, owner=self)

    def _update_buttons(self) -> None:
        """Hints only: the services decide (a refusal is explained when it comes)."""
        row = self.current_row()
        editor = self.ctx.may_edit_boards
        self.new_button.setEnabled(editor)
        self.edit_button.setEnabled(editor and row is not None)
        self.delete_button.setEnabled(editor and row is not None)
        self.extend_button.setEnabled(
            editor and row is not None and row.effective_deadline is not None
        )
        self.update_button.setEnabled(row is not None and self.ctx.actor.role != VIEWER)

    # --- the side panel ---------------------------------------------------------------------
    def detail_html(self, d: TaskDetail) -> str:
        r, data = d.row, d.data
        e = html.escape
        bg, fg = CLASS_COLOURS.get(r.status_class, ("#ffffff", "#333333"))
        status = f"{status_label(r.status)}, {r.percent} %"
        if r.completed_on:
            status += " — " + self.tr("completed on {date}").format(
                date=format_date(r.completed_on)
            )
        facts: list[tuple[str, str]] = []

        def fact(label: str, value: str | None) -> None:
            if value:
                facts.append((label, e(value)))

        source = translate("task_source", tasks.SOURCE_LABELS.get(data.source_kind, ""))
        if data.source_number:
            source += f": {data.source_number}"
            if data.source_date:
                source += " " + self.tr("of {date}").format(date=format_date(data.source_date))
        if data.source_issuer:
            source += f" ({data.source_issuer})"
        fact(self.tr("Board"), r.board_name)
        if d.plan_title:
            fact(
                self.tr("Plan"), f"{r.plan_code} — {d.plan_title}" if r.plan_code else d.plan_title
            )
        fact(self.tr("Section"), d.section_label)
        fact(self.tr("Comes from"), source)
        fact(self.tr("Sector"), r.sector_name)
        fact(self.tr("Lead agency"), r.lead_agency_name)
        fact(self.tr("Co-operating agencies"), "; ".join(r.cooperating))
        fact(self.tr("Responsible"), data.responsible_person)
        fact(self.tr("Assigned on"), format_date(r.assigned_date))
        fact(self.tr("Deadline"), self._deadline_text(d))
        if d.extensions:
            lines = [
                self.tr("{old} → {new}: {reason} (approved by {who} on {on})").format(
                    old=format_date(x.old_deadline),
                    new=format_date(x.new_deadline),
                    reason=x.reason,
                    who=x.approved_by,
                    on=format_date(x.approved_on),
                )
                for x in d.extensions
            ]
            facts.append((self.tr("Extensions"), "<br>".join(e(line) for line in lines)))
        fact(self.tr("Expected output"), data.expected_output)
        if data.target_value is not None or d.achieved_value is not None:
            fact(
                self.tr("Target / achieved"),
                "{t} / {a} {unit}".format(
                    t=format_number(data.target_value) or "—",
                    a=format_number(d.achieved_value) or "—",
                    unit=data.target_unit,
                ).strip(),
            )
        fact(self.tr("Status note"), d.status_note)
        fact(self.tr("Description"), data.description)
        rights = (
            self.tr("You may edit this task.")
            if d.can_edit
            else self.tr("You may update its status and progress.")
            if d.can_update_progress
            else self.tr("You may add notes to its history.")
            if d.can_add_update
            else self.tr("You may read this task.")
        )
        history, no_updates = self.tr("Progress history"), self.tr("No updates yet.")
        attachment = self.tr("Attachment:")
        rows = "".join(
            f"<tr><td style='color:#555; padding:2px 8px 2px 0' valign='top'>"
            f"{e(label)}</td><td style='padding:2px 0'>{value}</td></tr>"
            for label, value in facts
        )
        parts = [
            f"<p style='font-size:12pt'><b>{e(r.title)}</b></p>",
            f"<p><span style='background:{bg}; color:{fg}'>&nbsp;<b>"
            f"{e(class_label(r.status_class))}</b>&nbsp;</span> &nbsp;{e(status)}</p>",
            f"<table cellspacing='0'>{rows}</table>",
            f"<p style='color:#555'><i>{e(rights)}</i></p>",
            f"<h3>{e(history)}</h3>",
        ]
        if not d.updates:
            parts.append(f"<p style='color:#555'>{e(no_updates)}</p>")
        for u in d.updates:
            who = u.author_name + (f" ({u.agency_name})" if u.agency_name else "")
            head = f"<b>{e(format_date(u.update_date))}</b> — {e(who)}"
            lines = []
            if u.new_status:
                lines.append(
                    e(
                        self.tr("Status: {old} → {new}").format(
                            old=status_label(u.old_status or ""), new=status_label(u.new_status)
                        )
                    )
                )
            if u.percent is not None:
                lines.append(e(self.tr("Progress: {n} %").format(n=u.percent)))
            if u.text:
                lines.append(e(u.text).replace("\n", "<br>"))
            for a in u.attachments:
                lines.append(
                    f"{e(attachment)} <a href='attachment:{a.id}'>"
                    f"{e(a.filename)}</a> <span style='color:#555'>"
                    f"({e(_size(a.size))})</span>"
                )
            parts.append(f"<p>{head}<br>{'<br>'.join(lines)}</p>")
        return "".join(parts)

    def _deadline_text(self, d: TaskDetail) -> str:
        r, data = d.row, d.data
        if r.effective_deadline is None:
            return self.tr("none")
        text = self.model.deadline_text(r)
        if d.series_kind:
            text += " — " + self.tr("recurring ({points}), period {period}").format(
                points=d.series_points, period=r.period_key
            )
        elif data.deadline_kind == "relative" and data.relative_base and data.relative_days:
            text += " — " + self.tr("{n} working days after {date}").format(
                n=data.relative_days, date=format_date(data.relative_base)
            )
        if r.extended:
            text += " — " + self.tr("as assigned: {date}").format(date=format_date(r.deadline))
        return text

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() == "attachment":
            try:
                attachment_id = int(url.path())
            except ValueError:
                return
            self.save_attachment_as(attachment_id)

    def save_attachment_as(self, attachment_id: int) -> None:
        name = next(
            (
                a.filename
                for u in (self.detail.updates if self.detail else ())
                for a in u.attachments
                if a.id == attachment_id
            ),
            "",
        )
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the attachment as"), str(Path.home() / name)
        )
        if target:
            self.save_attachment(attachment_id, Path(target))

    def save_attachment(self, attachment_id: int, path: Path) -> None:
        """Reads the file from the database and writes it, in a worker."""
        ctx = self.ctx

        def work() -> Path:
            _name, content = tasks.attachment_content(ctx.db, ctx.actor, attachment_id)
            try:
                Path(path).write_bytes(content)
            except OSError as exc:
                raise DomainError(
                    QT_TRANSLATE_NOOP("errors", "Cannot write to {path}: {detail}"),
                    path=str(path),
                    detail=exc.strerror or str(exc),
                ) from exc
            return Path(path)

        run_task(work, self.attachment_saved.emit, lambda exc: show_error(self, exc), owner=self)

    # --- actions ----------------------------------------------------------------------------
    def _activated(self) -> None:
        if self.ctx.may_edit_boards:
            self.edit_task()
        else:
            self.add_update()

    def _fresh_detail(self) -> TaskDetail | None:
        row = self.current_row()
        if row is None:
            return None
        try:
            return tasks.get_task(self.ctx.db, self.ctx.actor, row.id)
        except Exception as exc:  # noqa: BLE001 - deleted meanwhile: say so, show the list now
            show_error(self, exc)
            self.refresh()
            return None

    def _run_dialog(self, dialog, fallback_id: int | None = None) -> None:
        if dialog.exec() and dialog.saved is not None:
            saved = dialog.saved
            task_id = saved[0] if isinstance(saved, tuple) else getattr(saved, "id", fallback_id)
            self.refresh(select_id=task_id)

    def new_item(self) -> None:
        """Ctrl+N (the main window's New action): a task of the chosen board and plan."""
        dialog = TaskDialog(
            self.ctx, board_id=self.board.current_id(), plan_id=self.plan.current_id(), parent=self
        )
        self._run_dialog(dialog)

    def edit_task(self) -> None:
        detail = self._fresh_detail()
        if detail is not None:
            self._run_dialog(TaskDialog(self.ctx, detail, parent=self), detail.id)

    def add_update(self) -> None:
        detail = self._fresh_detail()
        if detail is not None:
            self._run_dialog(UpdateDialog(self.ctx, detail, parent=self), detail.id)

    def extend_deadline(self) -> None:
        detail = self._fresh_detail()
        if detail is not None:
            self._run_dialog(ExtensionDialog(self.ctx, detail, parent=self), detail.id)

    def delete_task(self) -> None:
        row = self.current_row()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete the task"),
            self.tr(
                'Delete the task "{title}" with its progress history and attachments? '
                "This cannot be undone."
            ).format(title=row.title),
            QMessageBox.Yes | QMessageBox.No,
            QMessageBox.No,
        )
        if answer != QMessageBox.Yes:
            return
        try:
            tasks.delete_task(self.ctx.db, self.ctx.actor, row.id, expected_version=row.version)
        except Exception as exc:  # noqa: BLE001 - refused, or changed meanwhile: say so
            show_error(self, exc)
        self.refresh()

    # --- export -----------------------------------------------------------------------------
    def export_xlsx(self) -> None:
        default = Path.home() / self.tr("tasks-{date}.xlsx").format(
            date=(self.as_of.value() or date.today()).strftime("%Y-%m-%d")
        )
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the task list"), str(default), self.tr("Excel workbook (*.xlsx)")
        )
        if name:
            self.export_to(Path(name))

    def export_heading(self, flt: TaskFilter) -> str:
        scope = self.board_names.get(flt.board_id) if flt.board_id else self.tr("all boards")
        return self.tr("Tasks of {scope}").format(scope=scope)

    def export_to(self, path: Path) -> None:
        """Every task of the current filter, in the current order, written in a worker with a
        progress dialog; `exported` or `export_failed` tells the end."""
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        flt, order, ctx = self.current_filter(), self.current_sort(), self.ctx
        heading = self.export_heading(flt)
        cancel = threading.Event()
        relay = _ExportRelay(self)
        progress = QProgressDialog(self.tr("Writing the task list…"), self.tr("Cancel"), 0, 0, self)
        progress.setWindowTitle(self.tr("Export to Excel"))
        progress.setWindowModality(Qt.WindowModal)
        progress.setMinimumDuration(400)
        progress.canceled.connect(cancel.set)

        def moved(done: int, total: int) -> None:
            if progress.wasCanceled():
                return
            progress.setMaximum(max(total, 1))
            progress.setValue(min(done, max(total, 1)))
            progress.setLabelText(
                self.tr("Writing the task list… {done} of {total}").format(
                    done=format_count(done), total=format_count(total)
                )
            )

        relay.progressed.connect(moved)
        self.export_button.setEnabled(False)

        def finish() -> None:
            self.export_button.setEnabled(True)
            progress.canceled.disconnect(cancel.set)
            progress.reset()
            progress.close()
            progress.deleteLater()
            relay.deleteLater()

        def done(written: Path) -> None:
            finish()
            QMessageBox.information(
                self,
                self.tr("Exported"),
                self.tr("The list was saved to {path}.").format(path=written),
            )
            self.exported.emit(written)

        def failed(exc: BaseException) -> None:
            finish()
            if not isinstance(exc, task_exports.ExportCancelled):
                show_error(self, exc)
            self.export_failed.emit(exc)

        run_task(
            lambda: task_exports.export_tasks_xlsx(
                ctx.db,
                ctx.actor,
                flt,
                order,
                path,
                progress=relay.progressed.emit,
                cancelled=cancel.is_set,
                title=heading,
            ),
            done,
            failed,
            owner=self,
        )

    # --- persistence ------------------------------------------------------------------------
    def _restore_state(self) -> None:
        state = local_settings.TASKS_COLUMNS.get()
        header = self.table.horizontalHeader()
        if state is not None:
            header.blockSignals(True)
            header.restoreState(state)
            header.blockSignals(False)
            column = header.sortIndicatorSection()
            if column in SORT_KEY_OF:
                self.model.order = TaskSort(
                    SORT_KEY_OF[column], header.sortIndicatorOrder() == Qt.DescendingOrder
                )
            else:
                self._set_sort(self.model.order)
        else:
            for column, width in enumerate(COLUMN_WIDTHS):
                self.table.setColumnWidth(column, width)
        splitter = local_settings.TASKS_SPLITTER.get()
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([900, 380])

    def save_state(self) -> None:
        local_settings.TASKS_COLUMNS.set(self.table.horizontalHeader().saveState())
        local_settings.TASKS_SPLITTER.set(self.splitter.saveState())


def _chip_style(background: str, foreground: str) -> str:
    return (
        f"QToolButton {{ background: {background}; color: {foreground}; "
        f"border: 1px solid #c4c4c4; border-radius: 10px; padding: 3px 10px; }}"
        f"QToolButton:checked {{ border: 2px solid {foreground}; padding: 2px 9px; }}"
    )


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / 1048576:.1f} MB"


class _FlowLayout(QLayout):
    """Lays widgets left to right and wraps to a new line when the width runs out."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        gap = self.spacing()
        for item in self._items:
            if item.widget() is not None and item.widget().isHidden():
                continue
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line > 0:
                x, y, line = rect.x(), y + line + gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + gap
            line = max(line, hint.height())
        return y + line - rect.y()
