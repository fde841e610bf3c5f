"""The lists under the dashboard's charts, the ones that call for action: overdue tasks
(longest overdue first), tasks due soon, agencies with open tasks and no progress report for
more than N days (N set here by the secretariat), and the latest progress reports. A double-click
on a row opens its tasks on the Tasks page.

Each list is as tall as its rows, so nothing scrolls inside the scrolling page, and one is under
the other, each as wide as the page: the titles need the room on a 1024-pixel screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordboard.i18n import translate
from coordboard.services import dashboard
from coordboard.services.tasks import STATUS_LABELS
from coordboard.services.tasks import classification as cl
from coordboard.ui.common.rows_table_model import RowsTableModel
from coordboard.ui.common.widgets import format_date, row_table


class DashboardLists(QWidget):
    """Signals: `open_tasks(TaskFilter, task id or None)` on a double-click;
    `silent_days_edited(days)` when the secretariat changed the silence threshold."""

    open_tasks = Signal(object, object)
    silent_days_edited = Signal(int)

    def __init__(self, may_set_silent_days: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: dashboard.Dashboard | None = None
        self.overdue_model = RowsTableModel(
            [
                (self.tr("Task"), lambda t: t.row.title),
                (self.tr("Lead agency"), lambda t: t.row.lead_agency_name),
                (self.tr("Deadline"), lambda t: format_date(t.row.effective_deadline)),
                (self.tr("Days overdue"), lambda t: t.days),
            ],
            self,
        )
        self.soon_model = RowsTableModel(
            [
                (self.tr("Task"), lambda t: t.row.title),
                (self.tr("Lead agency"), lambda t: t.row.lead_agency_name),
                (self.tr("Deadline"), lambda t: format_date(t.row.effective_deadline)),
                (self.tr("Days left"), lambda t: t.days),
            ],
            self,
        )
        self.updates_model = RowsTableModel(
            [
                (self.tr("Date"), lambda u: format_date(u.update_date)),
                (self.tr("From"), lambda u: u.who),
                (self.tr("Task"), lambda u: u.task_title),
                (self.tr("Report"), self._update_text),
            ],
            self,
        )
        self.silent_model = RowsTableModel(
            [
                (self.tr("Agency"), lambda a: a.name),
                (
                    self.tr("Latest report"),
                    lambda a: format_date(a.last_update_on) or self.tr("never"),
                ),
                (self.tr("Open tasks"), lambda a: a.open_tasks),
            ],
            self,
        )
        # the column that stretches: the task's title, the report's text, the agency's name
        self.overdue_table = self._table("overdueList", self.overdue_model, self._open_overdue, 0)
        self.soon_table = self._table("dueSoonList", self.soon_model, self._open_soon, 0)
        self.updates_table = self._table("updatesList", self.updates_model, self._open_update, 3)
        self.silent_table = self._table("silentList", self.silent_model, self._open_silent, 0)
        self.overdue_title, self.soon_title = QLabel(), QLabel()
        self.updates_title = QLabel(self.tr("<b>Latest progress reports</b>"))
        self.silent_title = QLabel(self.tr("<b>No progress report for more than</b>"))
        self.silent_count = QLabel()
        for label in (self.overdue_title, self.soon_title, self.updates_title):
            label.setWordWrap(True)
        self.silent_days = QSpinBox()
        self.silent_days.setObjectName("silentDays")
        self.silent_days.setRange(*dashboard.SILENT_RANGE)
        self.silent_days.setSuffix(self.tr(" days"))
        self.silent_days.setToolTip(
            self.tr("Agencies with open tasks and no progress report for more than this many days")
        )
        self.silent_days.setEnabled(may_set_silent_days)
        self.silent_days.editingFinished.connect(self._silent_days_edited)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        silent_head = QHBoxLayout()
        silent_head.addWidget(self.silent_title)
        silent_head.addWidget(self.silent_days)
        silent_head.addWidget(self.silent_count, 1)
        for head, table in (
            (self.overdue_title, self.overdue_table),
            (self.soon_title, self.soon_table),
            (silent_head, self.silent_table),
            (self.updates_title, self.updates_table),
        ):
            if isinstance(head, QHBoxLayout):
                layout.addLayout(head)
            else:
                layout.addWidget(head)
            layout.addWidget(table)

    def _table(self, name: str, model: RowsTableModel, opened, stretch: int) -> QTableView:
        table = row_table(model, name)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.Stretch)
        header.setStretchLastSection(False)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        table.setToolTip(self.tr("Double-click to open on the Tasks page"))
        table.doubleClicked.connect(lambda index: opened(model.row_at(index.row())))
        return table

    def _update_text(self, u: dashboard.RecentUpdate) -> str:
        parts = [u.text]
        if u.new_status:
            parts.append(
                "→ " + translate("task_status", STATUS_LABELS.get(u.new_status, u.new_status))
            )
        if u.percent is not None:
            parts.append(f"{u.percent} %")
        return " ".join(p for p in parts if p)

    def show_result(self, result: dashboard.Dashboard) -> None:
        self.result = result
        counts = result.counts
        self.overdue_model.set_rows(result.overdue)
        self.soon_model.set_rows(result.due_soon)
        self.updates_model.set_rows(result.recent_updates)
        self.silent_model.set_rows(result.silent_agencies)
        self.overdue_title.setText(
            self.tr("<b>Overdue</b> — longest overdue first ({n} in all)").format(
                n=counts[cl.OVERDUE]
            )
        )
        self.soon_title.setText(
            self.tr("<b>Due in the next {days} days</b> ({n})").format(
                days=result.soon_days, n=counts[cl.DUE_SOON]
            )
        )
        self.silent_count.setText(self.tr("%n agency(ies)", "", result.silent_total))
        self.silent_days.blockSignals(True)
        self.silent_days.setValue(result.silent_days)
        self.silent_days.blockSignals(False)
        for table in (self.overdue_table, self.soon_table, self.updates_table, self.silent_table):
            header = table.horizontalHeader()
            for column in range(table.model().columnCount()):
                if header.sectionResizeMode(column) != QHeaderView.Stretch:
                    table.resizeColumnToContents(column)
                    table.setColumnWidth(column, min(table.columnWidth(column), 220))
            # as tall as its rows (at least two), so nothing scrolls inside the scrolling page
            rows = max(table.model().rowCount(), 2)
            table.setFixedHeight(
                header.height()
                + rows * table.verticalHeader().defaultSectionSize()
                + 2 * table.frameWidth()
            )

    def _silent_days_edited(self) -> None:
        days = self.silent_days.value()
        if self.result is not None and days == self.result.silent_days:
            return
        self.silent_days_edited.emit(days)

    # --- opening the Tasks page ---------------------------------------------------------------
    def _open_overdue(self, item) -> None:
        if item is not None and self.result is not None:
            self.open_tasks.emit(self.result.class_filter(cl.OVERDUE), item.row.id)

    def _open_soon(self, item) -> None:
        if item is not None and self.result is not None:
            self.open_tasks.emit(self.result.class_filter(cl.DUE_SOON), item.row.id)

    def _open_update(self, item) -> None:
        if item is not None and self.result is not None:
            self.open_tasks.emit(self.result.scope, item.task_id)

    def _open_silent(self, item) -> None:
        if item is not None:
            self.open_tasks.emit(item.filter, None)
