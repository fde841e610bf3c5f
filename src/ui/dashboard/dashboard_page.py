"""Dashboard page: a board's (or every visible board's) tasks at a glance as of a date: counts
per status class and the completion rate (count_tiles), charts by sector, by lead agency and by
month (charts_panel), and the lists that call for action: overdue, due soon, latest reports,
agencies gone quiet (dashboard_lists).

Everything is read in one worker call (charts_panel.load through ui/operations.py), which also
builds the chart figures: matplotlib is imported there, on first use, never at start. A refresh
supersedes one still on its way. A click on a bar, a tile or a list row asks the window to open
the Tasks page on exactly those tasks (`open_tasks`).

The start-up notice (what is overdue or due soon for the user) is `DueNoticeDialog`
(due_notice_dialog), offered here too for the window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coordboard.services import boards, dashboard, plans
from coordboard.services.actor import ADMIN, SECRETARIAT
from coordboard.ui import operations
from coordboard.ui.common.errors import message_for
from coordboard.ui.common.page import Page
from coordboard.ui.common.widgets import DateEdit, ItemCombo, format_date, plan_label
from coordboard.ui.context import AppContext
from coordboard.ui.dashboard import charts_panel
from coordboard.ui.dashboard.charts_panel import ChartsPanel
from coordboard.ui.dashboard.count_tiles import CountTiles
from coordboard.ui.dashboard.dashboard_lists import DashboardLists
from coordboard.ui.dashboard.due_notice_dialog import DueNoticeDialog
from coordboard.ui.operations import Changes

__all__ = ["DashboardPage", "DueNoticeDialog"]


class DashboardPage(Page):
    """Signals: `open_tasks(TaskFilter, task id or None)` asks the window for the Tasks page on
    these tasks (selecting one); `loaded` after a refresh's numbers and charts are shown;
    `load_failed(exception)`."""

    watches = (
        Changes.TASKS
        | Changes.PLANS
        | Changes.MEETINGS
        | Changes.BOARDS
        | Changes.CATALOGUE
        | Changes.CALENDAR
    )

    open_tasks = Signal(object, object)
    loaded = Signal()
    load_failed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: dashboard.Dashboard | None = None
        self.board_infos: dict[int, boards.BoardInfo] = {}
        self._boards_known = False
        self._stale = True

        # --- the choice of tasks --------------------------------------------------------------
        self.board = ItemCombo(none_label=self.tr("All boards"))
        self.board.setObjectName("dashboardBoard")
        self.children_box = QCheckBox(self.tr("with its sub-boards"))
        self.children_box.setChecked(True)
        self.plan = ItemCombo(none_label=self.tr("All plans"))
        for combo in (self.board, self.plan):
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.as_of = DateEdit()
        self.as_of.setToolTip(self.tr("Status classes are computed as of this date"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("F5"))
        self.status = QLabel()
        self.status.setObjectName("dashboardStatus")
        self.board.currentIndexChanged.connect(lambda _i: self._board_changed())
        self.children_box.toggled.connect(lambda _on: self.refresh())
        self.plan.currentIndexChanged.connect(lambda _i: self.refresh())
        self.as_of.dateChanged.connect(lambda _d: self.refresh())
        self.refresh_button.clicked.connect(lambda: self.refresh())
        # two rows, so that the page fits a 1024-pixel screen beside the navigation
        choice = QGridLayout()
        choice.addWidget(QLabel(self.tr("Board")), 0, 0)
        board_row = QHBoxLayout()
        board_row.addWidget(self.board, 1)
        board_row.addWidget(self.children_box)
        choice.addLayout(board_row, 0, 1)
        choice.addWidget(QLabel(self.tr("Plan")), 1, 0)
        plan_row = QHBoxLayout()
        plan_row.addWidget(self.plan, 1)
        plan_row.addWidget(QLabel(self.tr("As of")))
        plan_row.addWidget(self.as_of)
        plan_row.addWidget(self.refresh_button)
        choice.addLayout(plan_row, 1, 1)
        choice.setColumnStretch(1, 1)

        # --- what is shown ------------------------------------------------------------------
        self.counts = CountTiles()
        self.counts.class_clicked.connect(self._open_class)
        self.counts.rate_clicked.connect(self._open_due)
        self.charts = ChartsPanel()
        self.charts.picked.connect(lambda flt: self.open_tasks.emit(flt, None))
        self.lists = DashboardLists(ctx.actor.role in (ADMIN, SECRETARIAT))
        self.lists.open_tasks.connect(self.open_tasks.emit)
        self.lists.silent_days_edited.connect(self._save_silent_days)

        body = QWidget()
        body.setObjectName("dashboardBody")
        column = QVBoxLayout(body)
        column.addWidget(self.counts)
        column.addWidget(self.charts)
        column.addWidget(self.lists)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(choice)
        layout.addWidget(self.status)
        layout.addWidget(self.scroll, 1)

        operations.query(
            self, lambda: boards.list_boards(ctx.db, ctx.actor), self.set_boards, key="boards"
        )

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # after the event: the window's own refresh of the page it shows may come first
        QTimer.singleShot(0, self._refresh_if_stale)

    def _refresh_if_stale(self) -> None:
        if self._stale and self.isVisible():
            self.refresh()

    # --- boards and plans -----------------------------------------------------------------
    def set_boards(self, infos: list[boards.BoardInfo]) -> None:
        """The boards to choose from (the window passes them again when they change)."""
        first_time = not self._boards_known
        self._boards_known = True
        before = self.board.current_id()
        self.board_infos = {b.id: b for b in infos}
        self.board.blockSignals(True)
        self.board.set_items([(b.id, b.name) for b in infos])
        if first_time and self.ctx.actor.role == SECRETARIAT and infos:
            self.board.set_current_id(infos[0].id)  # its own board, communes rolled up
        self.board.blockSignals(False)
        if first_time or self.board.current_id() != before:
            self._board_changed()
        else:
            self.children_box.setVisible(self._has_children(before))

    def _has_children(self, board_id: int | None) -> bool:
        return board_id is not None and any(
            b.parent_id == board_id for b in self.board_infos.values()
        )

    def _board_changed(self, refresh: bool = True) -> None:
        board_id, ctx = self.board.current_id(), self.ctx
        self.children_box.setVisible(self._has_children(board_id))
        operations.supersede(self, "plans")  # the plans of a board no longer chosen
        self.plan.blockSignals(True)
        self.plan.set_items([], keep=False)
        self.plan.blockSignals(False)
        self.plan.setEnabled(False)
        if board_id is not None:

            def fill(found: list[plans.PlanInfo]) -> None:
                self.plan.blockSignals(True)
                self.plan.set_items(
                    [(p.id, plan_label(p.code, p.title)) for p in found],
                    keep=False,
                )
                self.plan.blockSignals(False)
                self.plan.setEnabled(True)

            operations.query(
                self,
                lambda: plans.list_plans(ctx.db, ctx.actor, board_id),
                fill,
                lambda _exc: None,  # the plan stays "All plans"
                key="plans",
            )
        if refresh:
            self.refresh()

    def current_query(self) -> dashboard.DashboardQuery:
        board_id = self.board.current_id()
        return dashboard.DashboardQuery(
            board_id=board_id,
            include_children=self._has_children(board_id) and self.children_box.isChecked(),
            plan_id=self.plan.current_id() if board_id is not None else None,
            as_of=self.as_of.value(),
        )

    # --- data -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read everything again in a worker; a result that arrives after a newer refresh was
        asked for is dropped. The page keeps showing the previous figures meanwhile. A hidden
        page only notes that it is out of date and reads when it is shown."""
        if not self._boards_known or not self.isVisible():
            self._stale = True  # the boards (and the secretariat's own board) come first
            return
        self._stale = False
        query, ctx, drawn = self.current_query(), self.ctx, self.charts.drawn()
        self.status.setText(self.tr("Loading…"))

        def shown(result) -> None:
            self.show_result(*result)
            self.loaded.emit()

        def failed(exc: BaseException) -> None:
            self.status.setText(message_for(exc))
            self.load_failed.emit(exc)

        operations.query(
            self, lambda: charts_panel.load(ctx, query, drawn), shown, failed, key="dashboard"
        )

    def show_result(self, result: dashboard.Dashboard, figures: dict) -> None:
        self.result = result
        self.counts.show_counts(result)
        self.charts.show_figures(result, figures)
        self.lists.show_result(result)
        self.status.setText(
            self.tr("{n} tasks as of {day}").format(
                n=result.counts.total, day=format_date(result.as_of)
            )
        )

    def _save_silent_days(self, days: int) -> None:
        ctx = self.ctx
        operations.save(
            self,
            lambda: dashboard.set_silent_days(ctx.db, ctx.actor, days),
            lambda _days: self.refresh(),
            changes=Changes.CALENDAR,
        )

    # --- opening the Tasks page ---------------------------------------------------------------
    def _open_class(self, status_class: str) -> None:
        if self.result is not None:
            self.open_tasks.emit(self.result.class_filter(status_class), None)

    def _open_due(self) -> None:
        if self.result is not None:
            self.open_tasks.emit(self.result.due_filter, None)
