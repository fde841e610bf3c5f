"""A lazy, SQL-paged table over the task list: it never holds more rows than were scrolled to.

The first page is read when the filter or the order changes; the view asks for the next page
(`canFetchMore` / `fetchMore`) when the user scrolls near the end. Sorting re-queries from the
first row: SQL orders, so a header click costs one page, whatever the table's size.
Every page is read on a worker (ui/operations.py): at a million tasks a search that matches
little, a deep offset or an order without an index takes seconds, and the window must not freeze.

While the first page of a new filter or order is being read, the rows of the previous one stay
on screen (the page says "Loading…"): typing in the search box or clicking a header then does
not blank the table at every step, and the selection stays visible until the new rows replace
the old ones in one reset. A result that arrives after a newer filter or order was asked for
is dropped, and so is a next page of an older generation. The model counts its generations
itself rather than through a query key: a read still waiting in the pool's queue checks the
counter and reads nothing once a newer filter was asked for (typing a search queues several).

Signals: `page_loaded(offset)` after a page is in the model: 0 for the first page (the model
was reset with it), the number of rows before it for a next page; `loading_changed(bool)`
when the first page starts or stops loading; `load_failed(exception)` when reading a page
failed (a failed first page leaves the table empty, a failed next page keeps the rows read).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from coordboard.db import Database
from coordboard.i18n import translate
from coordboard.services import tasks
from coordboard.services.actor import Actor
from coordboard.services.tasks import TaskFilter, TaskRow, TaskSort
from coordboard.services.tasks import classification as cls
from coordboard.ui import operations
from coordboard.ui.common.widgets import format_date

ROW_ROLE = Qt.UserRole + 1
PAGE_SIZE = tasks.PAGE_SIZE  # 200

(CLASS, TITLE, DEADLINE, PERCENT, LEAD, COOPERATING, SECTOR, BOARD, PLAN, ASSIGNED, UPDATED) = (
    range(11)
)

# header column -> tasks.SORT_KEYS (the co-operating list has no SQL order)
SORT_KEY_OF = {
    CLASS: "status",
    TITLE: "title",
    LEAD: "lead_agency",
    DEADLINE: "deadline",
    PERCENT: "percent",
    SECTOR: "sector",
    BOARD: "board",
    PLAN: "plan",
    ASSIGNED: "assigned",
    UPDATED: "updated",
}
COLUMN_OF = {key: column for column, key in SORT_KEY_OF.items()}

# (row background, text colour of the class column): muted, readable with dark text
CLASS_COLOURS = {
    cls.OVERDUE: ("#f6d5d2", "#9b1c14"),
    cls.DUE_SOON: ("#fbe8c0", "#8a5300"),
    cls.IN_PROGRESS: ("#e4eef9", "#1f4e82"),
    cls.DONE_ON_TIME: ("#dcefd8", "#2c6a23"),
    cls.DONE_LATE: ("#ebe6c5", "#6b5d0a"),
    cls.NO_DEADLINE: ("#ececec", "#4a4a4a"),
    cls.SUSPENDED: ("#e8e1f0", "#5a3d7a"),
    cls.CANCELLED: ("#f0f0f0", "#6e6e6e"),
    cls.CARRIED_OVER: ("#e1ecee", "#3f6469"),
}
TEXT_COLOUR = "#1f1f1f"
MUTED_TEXT = "#6e6e6e"  # cancelled, carried over: no longer the reader's concern


def class_label(status_class: str) -> str:
    return translate("status_class", cls.CLASS_LABELS.get(status_class, status_class))


def status_label(status: str) -> str:
    return translate("task_status", tasks.STATUS_LABELS.get(status, status))


class TaskTableModel(QAbstractTableModel):
    page_loaded = Signal(int)
    loading_changed = Signal(bool)
    load_failed = Signal(object)

    def __init__(self, db: Database, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.flt = TaskFilter()
        self.order = TaskSort("status")
        self.rows: list[TaskRow] = []
        self._more = False
        self._active = False  # nothing is read before the first filter is set
        self._generation = 0  # bumped by every reload: older results are dropped
        self._loading = False  # the first page of the current generation is being read
        self._fetching = False  # a next page of the current generation is being read
        self.headers = [
            self.tr("Status"),
            self.tr("Task"),
            self.tr("Deadline"),
            self.tr("Progress"),
            self.tr("Lead agency"),
            self.tr("Co-operating agencies"),
            self.tr("Sector"),
            self.tr("Board"),
            self.tr("Plan"),
            self.tr("Assigned on"),
            self.tr("Last update"),
        ]
        self._brushes = {
            key: (QBrush(QColor(bg)), QBrush(QColor(fg))) for key, (bg, fg) in CLASS_COLOURS.items()
        }
        self._text = QBrush(QColor(TEXT_COLOUR))
        self._muted = QBrush(QColor(MUTED_TEXT))
        self._bold = QFont()
        self._bold.setBold(True)

    # --- what is shown ------------------------------------------------------------------------
    def set_filter(self, flt: TaskFilter, order: TaskSort | None = None) -> None:
        """Show the tasks matching `flt` (and in `order`), starting again from the first page;
        the rows arrive later (`page_loaded(0)`)."""
        self.flt = flt
        if order is not None:
            self.order = order
        self._active = True
        self.reload()

    @property
    def loading(self) -> bool:
        """The first page of the current filter and order is still being read."""
        return self._loading

    @property
    def fetching(self) -> bool:
        """A next page is being read."""
        return self._fetching

    def reload(self) -> None:
        """Read the first page again (after a change, or a new filter or order), in a worker;
        the rows shown stay until it arrives."""
        self._generation += 1
        generation = self._generation
        self._fetching = False  # a next page still on its way belongs to the old generation
        self._set_loading(True)
        operations.query(
            self,
            self._reader(generation, 0),
            lambda page: self._first_page_read(generation, page),
            lambda exc: self._first_page_failed(generation, exc),
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        key = SORT_KEY_OF.get(column)
        if key is None:
            return  # no order in SQL for this column: keep the current one
        self.order = TaskSort(key, order == Qt.DescendingOrder)
        if self._active:
            self.reload()

    # --- paging -------------------------------------------------------------------------------
    def _reader(self, generation: int, offset: int):
        """The work of one page, for a worker thread: it reads nothing once it is stale (a
        newer filter was asked for while it waited in the pool's queue)."""
        db, actor, flt, order = self.db, self.actor, self.flt, self.order

        def read() -> list[TaskRow] | None:
            if generation != self._generation:
                return None
            return tasks.list_tasks(db, actor, flt, order, offset=offset, limit=PAGE_SIZE)

        return read

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    def _first_page_read(self, generation: int, page: list[TaskRow] | None) -> None:
        if generation != self._generation or page is None:
            return  # a newer filter or order is on its way: it will replace the rows
        self.beginResetModel()
        self.rows = list(page)
        self._more = len(page) == PAGE_SIZE
        self.endResetModel()
        self._set_loading(False)
        self.page_loaded.emit(0)

    def _first_page_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        # the rows shown belong to another filter or order: do not leave them as its answer
        self.beginResetModel()
        self.rows = []
        self._more = False
        self.endResetModel()
        self._set_loading(False)
        self.load_failed.emit(exc)

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._more and not self._loading and not self._fetching

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return  # nothing more, or a page is already on its way
        self._fetching = True
        generation, start = self._generation, len(self.rows)
        operations.query(
            self,
            self._reader(generation, start),
            lambda page: self._next_page_read(generation, start, page),
            lambda exc: self._next_page_failed(generation, exc),
        )

    def _next_page_read(self, generation: int, start: int, page: list[TaskRow] | None) -> None:
        if generation != self._generation or page is None:
            return  # read for rows that are no longer shown
        self._fetching = False
        self._more = len(page) == PAGE_SIZE
        if page:
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()
        self.page_loaded.emit(start)

    def _next_page_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._more = False  # a lost server: say so, keep what is shown
        self.load_failed.emit(exc)

    # --- QAbstractTableModel ----------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and 0 <= section < len(self.headers):
            if role == Qt.DisplayRole:
                return self.headers[section]
            if role == Qt.ToolTipRole and section not in SORT_KEY_OF:
                return self.tr("This column cannot be sorted.")
        if orientation == Qt.Vertical and role == Qt.DisplayRole:
            return str(section + 1)
        return None

    def deadline_text(self, r: TaskRow) -> str:
        if r.effective_deadline is None:
            return ""
        text = format_date(r.effective_deadline)
        return self.tr("{date} (extended)").format(date=text) if r.extended else text

    def text(self, r: TaskRow, column: int) -> str:
        if column == CLASS:
            return class_label(r.status_class)
        if column == TITLE:
            return r.title
        if column == LEAD:
            return r.lead_agency_name
        if column == COOPERATING:
            return "; ".join(r.cooperating)
        if column == DEADLINE:
            return self.deadline_text(r)
        if column == PERCENT:
            return f"{r.percent} %"
        if column == SECTOR:
            return r.sector_name
        if column == BOARD:
            return r.board_name
        if column == PLAN:
            return r.plan_code
        if column == ASSIGNED:
            return format_date(r.assigned_date)
        if column == UPDATED:
            return format_date(r.last_update_on)
        return ""

    def _tooltip(self, r: TaskRow, column: int) -> str:
        if column == DEADLINE and r.extended:
            return self.tr("Deadline as assigned: {date}").format(date=format_date(r.deadline))
        if column == CLASS:
            tip = status_label(r.status)
            if r.completed_on:
                tip += " — " + self.tr("completed on {date}").format(
                    date=format_date(r.completed_on)
                )
            return tip
        return self.text(r, column)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        r = self.rows[index.row()]
        column = index.column()
        if role == Qt.DisplayRole:
            return self.text(r, column)
        if role == Qt.ToolTipRole:
            return self._tooltip(r, column)
        if role == Qt.BackgroundRole:
            found = self._brushes.get(r.status_class)
            return found[0] if found else None
        if role == Qt.ForegroundRole:
            if column == CLASS and r.status_class in self._brushes:
                return self._brushes[r.status_class][1]
            if r.status_class in (cls.CANCELLED, cls.CARRIED_OVER):
                return self._muted
            return self._text  # the background is light whatever the system theme
        if role == Qt.FontRole and column == CLASS:
            return self._bold
        if role == Qt.TextAlignmentRole and column in (PERCENT, DEADLINE, ASSIGNED, UPDATED):
            return int((Qt.AlignRight if column == PERCENT else Qt.AlignLeft) | Qt.AlignVCenter)
        if role == ROW_ROLE:
            return r
        return None

    def row_at(self, row: int) -> TaskRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, task_id: int) -> int | None:
        """The row of a task among those loaded (None if not loaded, or filtered out)."""
        return next((i for i, r in enumerate(self.rows) if r.id == task_id), None)
