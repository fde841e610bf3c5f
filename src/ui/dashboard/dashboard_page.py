"""Dashboard page: a board's (or every visible board's) tasks at a glance as of a date: counts
per status class and the completion rate, charts by sector, by lead agency and by month, and
the lists that call for action: overdue, due soon, latest reports, agencies gone quiet.

Everything is read in one worker call (services/dashboard.py), which also builds the chart
figures (services/charts.py): matplotlib is imported there, on first use, never at start.
The main thread only wraps each figure in a FigureCanvasQTAgg. A click on a bar, a tile or a
list row asks the window to open the Tasks page on exactly those tasks (`open_tasks`).

The start-up notice (what is overdue or due soon for the user) is `DueNoticeDialog`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordboard.i18n import translate
from coordboard.services import boards, dashboard, plans
from coordboard.services.actor import ADMIN, SECRETARIAT
from coordboard.services.tasks import STATUS_LABELS, TaskFilter
from coordboard.services.tasks import classification as cl
from coordboard.ui.common.errors import message_for, show_error
from coordboard.ui.common.page import Page
from coordboard.ui.common.rows_table_model import RowsTableModel
from coordboard.ui.common.widgets import DateEdit, ItemCombo, format_date, row_table
from coordboard.ui.context import AppContext
from coordboard.ui.operations import Changes
from coordboard.ui.tasks.task_table_model import CLASS_COLOURS, class_label
from coordboard.ui.workers import run_task

#: the tiles: the charted classes, then the completion rate
TILE_CLASSES = dashboard.CHART_CLASSES
CHART_HEIGHTS = {"sector": 300, "agency": 380, "monthly": 280}


def chart_sources(result: dashboard.Dashboard) -> dict[str, object]:
    """What each chart shows: a chart whose source is unchanged is neither rebuilt nor drawn."""
    return {
        "sector": result.by_sector,
        "agency": (result.by_lead_agency, result.lead_agency_total),
        "monthly": result.monthly,
    }


def load(ctx: AppContext, query: dashboard.DashboardQuery, shown: dict[str, object]):
    """In the worker: the numbers, then the figures of the charts whose numbers changed since
    `shown` (the first call imports matplotlib). Drawing a figure costs the main thread about
    0.1 s each, so a live refresh that changed nothing here draws nothing."""
    from coordboard.services.dashboard import charts

    result = dashboard.dashboard(ctx.db, ctx.actor, query)
    builders = {
        "sector": charts.sector_chart,
        "agency": charts.agency_chart,
        "monthly": charts.monthly_chart,
    }
    sources = chart_sources(result)
    figures = {
        key: build(result) for key, build in builders.items() if shown.get(key) != sources[key]
    }
    return result, figures


class Tile(QFrame):
    """A count with its caption; a click opens its tasks."""

    clicked = Signal()

    def __init__(
        self, name: str, background: str, foreground: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(
            f"QFrame#{name} {{ background: {background}; border-radius: 4px;"
            f" border: 1px solid {foreground}40; }}"
            f"QLabel {{ color: {foreground}; background: transparent; }}"
        )
        self.setCursor(QCursor(Qt.PointingHandCursor))
        self.number = QLabel("–")
        self.number.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        self.setMinimumWidth(96)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class ChartBox(QFrame):
    """Holds one chart canvas; the canvas is made when the first figure arrives."""

    picked = Signal(object)  # the TaskFilter of the clicked bar

    def __init__(self, height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.StyledPanel)
        self.setMinimumHeight(height)
        self.setMaximumHeight(height)
        self.canvas = None
        self.figure = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(2, 2, 2, 2)
        self.placeholder = QLabel(self.tr("Loading…"))
        self.placeholder.setAlignment(Qt.AlignCenter)
        self._layout.addWidget(self.placeholder)

    def show_figure(self, figure) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from coordboard.services.dashboard.charts import bar_filter

        old = self.canvas
        self.figure = figure
        self.canvas = FigureCanvasQTAgg(figure)
        self.canvas.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.canvas.mpl_connect("pick_event", lambda event: self._picked(bar_filter(event.artist)))
        self.canvas.mpl_connect("motion_notify_event", self._hover)
        if old is not None:
            self._layout.replaceWidget(old, self.canvas)
            old.deleteLater()
        else:
            self._layout.replaceWidget(self.placeholder, self.canvas)
            self.placeholder.deleteLater()

    def _picked(self, flt: TaskFilter | None) -> None:
        if flt is not None:
            self.picked.emit(flt)

    def _hover(self, event) -> None:
        """A hand over a bar that opens tasks."""
        from coordboard.services.dashboard.charts import bar_filter

        over = event.inaxes is not None and any(
            bar_filter(p) is not None and p.contains(event)[0] for p in event.inaxes.patches
        )
        self.canvas.setCursor(QCursor(Qt.PointingHandCursor if over else Qt.ArrowCursor))

    def clickable_bars(self) -> list:
        """(for tests) the patches a click opens tasks from"""
        from coordboard.services.dashboard.charts import bar_filter

        if self.figure is None:
            return []
        return [p for ax in self.figure.axes for p in ax.patches if bar_filter(p) is not None]


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
        self._generation = 0
        self._plans_generation = 0
        self._boards_known = False
        self._stale = True
        self._drawn: dict[str, object] = {}  # chart -> the numbers its figure shows

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

        # --- the tiles ----------------------------------------------------------------------
        self.tiles: dict[str, Tile] = {}
        tiles = QHBoxLayout()
        tiles.setSpacing(6)
        for key in TILE_CLASSES:
            background, foreground = CLASS_COLOURS[key]
            tile = Tile(f"tile_{key}", background, foreground)
            tile.caption.setText(class_label(key))
            tile.clicked.connect(lambda k=key: self._open_class(k))
            self.tiles[key] = tile
            tiles.addWidget(tile)
        self.rate_tile = Tile("tile_rate", "#f4f6f8", "#1f1f1f")
        self.rate_tile.caption.setText(self.tr("completed of the tasks due"))
        self.rate_tile.clicked.connect(self._open_due)
        tiles.addWidget(self.rate_tile)
        self.apart = QLabel()  # no deadline, suspended, cancelled, carried over
        self.apart.setObjectName("dashboardApart")
        self.apart.setWordWrap(True)
        self.apart.setStyleSheet("color: #505050;")

        # --- the charts ---------------------------------------------------------------------
        self.charts = {key: ChartBox(height) for key, height in CHART_HEIGHTS.items()}
        for box in self.charts.values():
            box.picked.connect(lambda flt: self.open_tasks.emit(flt, None))

        # --- the lists ----------------------------------------------------------------------
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
        self.silent_days.setEnabled(ctx.actor.role in (ADMIN, SECRETARIAT))
        self.silent_days.editingFinished.connect(self._silent_days_edited)
        # one under the other, each as wide as the page: titles need the room on 1024 pixels
        lists = QVBoxLayout()
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
                lists.addLayout(head)
            else:
                lists.addWidget(head)
            lists.addWidget(table)

        body = QWidget()
        body.setObjectName("dashboardBody")
        column = QVBoxLayout(body)
        column.addLayout(tiles)
        column.addWidget(self.apart)
        for box in self.charts.values():
            column.addWidget(box)
        column.addLayout(lists)
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

        run_task(
            lambda: boards.list_boards(ctx.db, ctx.actor),
            self.set_boards,
            lambda exc: show_error(self, exc),
            owner=self,
        )

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # after the event: the window's own refresh of the page it shows may come first
        QTimer.singleShot(0, self._refresh_if_stale)

    def _refresh_if_stale(self) -> None:
        if self._stale and self.isVisible():
            self.refresh()

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
        board_id = self.board.current_id()
        self.children_box.setVisible(self._has_children(board_id))
        self._plans_generation += 1
        generation, ctx = self._plans_generation, self.ctx
        self.plan.blockSignals(True)
        self.plan.set_items([], keep=False)
        self.plan.blockSignals(False)
        self.plan.setEnabled(False)
        if board_id is not None:

            def fill(found) -> None:
                if generation != self._plans_generation:
                    return
                self.plan.blockSignals(True)
                self.plan.set_items(
                    [(p.id, f"{p.code} — {p.title}" if p.code else p.title) for p in found],
                    keep=False,
                )
                self.plan.blockSignals(False)
                self.plan.setEnabled(True)

            run_task(
                lambda: plans.list_plans(ctx.db, ctx.actor, board_id),
                fill,
                lambda exc: None,
                owner=self,
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
        self._generation += 1
        generation, query, ctx = self._generation, self.current_query(), self.ctx
        self.status.setText(self.tr("Loading…"))

        def shown(result) -> None:
            if generation != self._generation:
                return
            self.show_result(*result)
            self.loaded.emit()

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self.status.setText(message_for(exc))
            self.load_failed.emit(exc)

        drawn = dict(self._drawn)
        run_task(lambda: load(ctx, query, drawn), shown, failed, owner=self)

    def show_result(self, result: dashboard.Dashboard, figures: dict) -> None:
        self.result = result
        counts = result.counts
        for key, tile in self.tiles.items():
            tile.number.setText(str(counts[key]))
        rate = result.rate.rate
        self.rate_tile.number.setText(f"{rate * 100:.0f} %" if rate is not None else "–")
        self.rate_tile.caption.setText(
            self.tr("completed of the {due} tasks due ({done})").format(
                due=result.rate.due, done=result.rate.done
            )
        )
        apart = [
            f"{class_label(c)}: {counts[c]}"
            for c in (cl.NO_DEADLINE, cl.SUSPENDED, cl.CANCELLED, cl.CARRIED_OVER)
            if counts[c]
        ]
        self.apart.setText(
            self.tr("Counted apart — {list}").format(list="; ".join(apart)) if apart else ""
        )
        self.apart.setVisible(bool(apart))
        sources = chart_sources(result)
        for key, figure in figures.items():
            self.charts[key].show_figure(figure)
            self._drawn[key] = sources[key]
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
        self.status.setText(
            self.tr("{n} tasks as of {day}").format(n=counts.total, day=format_date(result.as_of))
        )

    def _silent_days_edited(self) -> None:
        days, ctx = self.silent_days.value(), self.ctx
        if self.result is not None and days == self.result.silent_days:
            return
        run_task(
            lambda: dashboard.set_silent_days(ctx.db, ctx.actor, days),
            lambda _days: self.refresh(),
            lambda exc: show_error(self, exc),
            owner=self,
        )

    # --- opening the Tasks page ---------------------------------------------------------------
    def _open_class(self, status_class: str) -> None:
        if self.result is not None:
            self.open_tasks.emit(self.result.class_filter(status_class), None)

    def _open_due(self) -> None:
        if self.result is not None:
            self.open_tasks.emit(self.result.due_filter, None)

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


class DueNoticeDialog(QDialog):
    """After sign-in: what is overdue or due soon for the user, with a way to see it. Not
    modal: the window behind it works as usual. Shown only when something is due."""

    open_tasks = Signal(object)

    def __init__(
        self, notice: dashboard.DueNotice, agency: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dueNotice")
        self.setWindowTitle(self.tr("What is due"))
        self.setModal(False)
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.notice = notice
        whose = self.tr("your agency's tasks") if agency else self.tr("your boards' tasks")
        lines = []
        if notice.overdue:
            lines.append(self.tr("<b style='color:#9b1c14'>%n overdue</b>", "", notice.overdue))
        if notice.due_soon:
            lines.append(
                self.tr(
                    "<b style='color:#8a5300'>%n due within {days} days</b>", "", notice.due_soon
                ).format(days=notice.soon_days)
            )
        text = QLabel(
            self.tr("Among {whose}: {counts}.").format(
                whose=whose, counts=self.tr(" and ").join(lines)
            )
        )
        text.setObjectName("dueNoticeText")
        text.setWordWrap(True)
        text.setTextFormat(Qt.RichText)
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(
            self.tr("Show these tasks"), QDialogButtonBox.AcceptRole
        )
        self.open_button.setObjectName("dueNoticeOpen")
        buttons.addButton(QDialogButtonBox.Close).setText(self.tr("Close"))
        buttons.accepted.connect(self._open)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def _open(self) -> None:
        self.open_tasks.emit(self.notice.filter)
        self.accept()
