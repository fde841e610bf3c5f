"""A lazy, SQL-paged table over the task list: it never holds more rows than were scrolled to.

The first page is read when the filter or the order changes; the view asks for the next page
(`canFetchMore` / `fetchMore`) when the user scrolls near the end. Sorting re-queries from the
first row: SQL orders, so a header click costs one indexed page, whatever the table's size.
A page is one indexed query of a few milliseconds, read on the GUI thread; counting (which
touches every matching row) is left to the page, in a worker.

Signals: `load_failed(exception)` when reading a page failed (the rows read so far stay).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from coordboard.db import Database
from coordboard.i18n import translate
from coordboard.services import classification as cls
from coordboard.services import tasks
from coordboard.services.auth_types import Actor
from coordboard.services.tasks import TaskFilter, TaskRow, TaskSort
from coordboard.ui.widgets.common import format_date

ROW_ROLE = Qt.UserRole + 1
PAGE_SIZE = tasks.PAGE_SIZE  # 200

(CLASS, TITLE, DEADLINE, PERCENT, LEAD, COOPERATING, SECTOR, BOARD, PLAN, ASSIGNED,
 UPDATED) = range(11)

#: header column -> tasks.SORT_KEYS (the co-operating list has no SQL order)
SORT_KEY_OF = {CLASS: "status", TITLE: "title", LEAD: "lead_agency", DEADLINE: "deadline",
               PERCENT: "percent", SECTOR: "sector", BOARD: "board", PLAN: "plan",
               ASSIGNED: "assigned", UPDATED: "updated"}
COLUMN_OF = {key: column for column, key in SORT_KEY_OF.items()}

#: (row background, text colour of the class column): muted, readable with dark text
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
    load_failed = Signal(object)

    def __init__(self, db: Database, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.flt = TaskFilter()
        self.order = TaskSort("status")
        self.rows: list[TaskRow] = []
        self._more = False
        self._active = False  # nothing is read before the first filter is set
        self.headers = [self.tr("Status"), self.tr("Task"), self.tr("Deadline"),
                        self.tr("Progress"), self.tr("Lead agency"),
                        self.tr("Co-operating agencies"), self.tr("Sector"), self.tr("Board"),
                        self.tr("Plan"), self.tr("Assigned on"), self.tr("Last update")]
        self._brushes = {key: (QBrush(QColor(bg)), QBrush(QColor(fg)))
                         for key, (bg, fg) in CLASS_COLOURS.items()}
        self._text = QBrush(QColor(TEXT_COLOUR))
        self._muted = QBrush(QColor(MUTED_TEXT))
        self._bold = QFont()
        self._bold.setBold(True)

    # --- what is shown ------------------------------------------------------------------------
    def set_filter(self, flt: TaskFilter, order: TaskSort | None = None) -> None:
        """Show the tasks matching `flt` (and in `order`), starting again from the first page."""
        self.flt = flt
        if order is not None:
            self.order = order
        self._active = True
        self.reload()

    def reload(self) -> None:
        """Read the first page again (after a change, or a new filter or order)."""
        self.beginResetModel()
        self.rows = []
        page, failure = self._query(0)
        self.rows = page
        self.endResetModel()
        if failure is not None:
            self.load_failed.emit(failure)

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        key = SORT_KEY_OF.get(column)
        if key is None:
            return  # no order in SQL for this column: keep the current one
        self.order = TaskSort(key, order == Qt.DescendingOrder)
        if self._active:
            self.reload()

    def sort_column(self) -> int:
        return COLUMN_OF.get(self.order.key, CLASS)

    # --- paging -------------------------------------------------------------------------------
    def _query(self, offset: int) -> tuple[list[TaskRow], BaseException | None]:
        try:
            page = tasks.list_tasks(self.db, self.actor, self.flt, self.order,
                                    offset=offset, limit=PAGE_SIZE)
        except Exception as exc:  # noqa: BLE001 - a lost server: say so, keep what is shown
            self._more = False
            return [], exc
        self._more = len(page) == PAGE_SIZE
        return page, None

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or not self._more:
            return
        start = len(self.rows)
        page, failure = self._query(start)
        if page:
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()
        if failure is not None:
            self.load_failed.emit(failure)

    # --- QAbstractTableModel ----------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
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
                    date=format_date(r.completed_on))
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
