"""Plans page: a board's plans (kế hoạch), and the chosen plan as a tree of numbered sections
with their tasks, each task showing its lead agency, deadline, status class and progress.

Loading runs in workers (ui/operations.py): first the boards and the board's plans, then the
chosen plan's tree; a newer read drops the answer of an older one still on its way. The page
keeps the chosen plan and the tree's current row through every refresh.

The page is put together from
- plan_tree     the tree of one plan (PlanTreeView) and the roles and colours of its rows;
- plan_detail   the details of the row chosen in the tree (PlanDetail);
- plan_actions  the buttons and what they do (PlanActions), with the dialogs of plan_dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordboard.services import boards, plans, tasks
from coordboard.ui import local_settings, operations
from coordboard.ui.common.page import Page
from coordboard.ui.common.rows_table_model import RowsTableModel
from coordboard.ui.common.widgets import ItemCombo
from coordboard.ui.context import AppContext
from coordboard.ui.operations import Changes
from coordboard.ui.plans.plan_actions import PlanActions
from coordboard.ui.plans.plan_detail import PlanDetail
from coordboard.ui.plans.plan_tree import SECTION, TASK, Item, PlanTreeView, plan_status_label


class PlansPage(Page):
    """Signals: `open_tasks(TaskFilter)` asks the window to show these tasks on the Tasks page;
    `loaded` after each refresh has filled the plan list and the plan's tree."""

    watches = Changes.PLANS | Changes.TASKS | Changes.BOARDS

    open_tasks = Signal(object)
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.boards: dict[int, boards.BoardInfo] = {}
        self.plan_tree: plans.PlanTree | None = None
        self.sections: dict[int, plans.SectionInfo] = {}
        self.task_rows: dict[int, tasks.TaskRow] = {}
        self._filling = False

        self.board = ItemCombo()
        self.board.setObjectName("planBoard")
        self.board.currentIndexChanged.connect(self._board_changed)
        self.plan_model = RowsTableModel(
            [
                (self.tr("Number"), lambda p: p.code),
                (self.tr("Title"), lambda p: p.title),
                (self.tr("Period"), lambda p: p.period),
                (self.tr("Status"), lambda p: plan_status_label(p.status)),
                (self.tr("Tasks"), lambda p: p.task_count),
            ],
            self,
        )
        self.plan_list = QTableView()
        self.plan_list.setObjectName("planList")
        self.plan_list.setModel(self.plan_model)
        self.plan_list.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.plan_list.setSelectionMode(QAbstractItemView.SingleSelection)
        self.plan_list.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.plan_list.setAlternatingRowColors(True)
        self.plan_list.setWordWrap(False)
        self.plan_list.setTextElideMode(Qt.ElideRight)
        self.plan_list.verticalHeader().hide()
        header = self.plan_list.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        # status and task count are in the details below the tree: the title gets the room
        self.plan_list.setColumnHidden(3, True)
        self.plan_list.setColumnHidden(4, True)
        self.plan_list.selectionModel().currentRowChanged.connect(self._plan_chosen)

        self.tree = PlanTreeView()
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._show_details())
        self.details = PlanDetail()
        self.buttons = PlanActions(self)
        self.plan_list.doubleClicked.connect(lambda *_: self.buttons.edit_plan())
        self.tree.doubleClicked.connect(lambda *_: self.buttons.edit_current())

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        picker = QHBoxLayout()
        picker.addWidget(QLabel(self.tr("Board")))
        picker.addWidget(self.board, 1)
        left_layout.addLayout(picker)
        left_layout.addWidget(self.plan_list)
        self.right_splitter = QSplitter(Qt.Vertical)
        self.right_splitter.addWidget(self.tree)
        self.right_splitter.addWidget(self.details)
        self.right_splitter.setStretchFactor(0, 3)
        self.right_splitter.setStretchFactor(1, 2)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right_splitter)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.buttons)
        layout.addWidget(self.splitter, 1)
        self._restore_state()
        self.buttons.update_buttons()

    # --- loading ----------------------------------------------------------------------------
    def refresh(self, select_plan_id: int | None = None, select_item: Item | None = None) -> None:
        """Reload the boards, the board's plans and the chosen plan's tree. `select_plan_id`
        moves to that plan (and its board); `select_item` is a (kind, id) to select in it."""
        ctx = self.ctx
        board_id = self.board.current_id()
        keep = select_plan_id if select_plan_id is not None else self.current_plan_id()
        if select_item is None and select_plan_id is None:
            select_item = self.current_item()

        def work():
            rows = boards.list_boards(ctx.db, ctx.actor)
            chosen = board_id
            if select_plan_id is not None:
                chosen = plans.get_plan(ctx.db, ctx.actor, select_plan_id).board_id
            ids = [b.id for b in rows]
            if chosen not in ids:
                chosen = next((b.id for b in rows if b.can_edit), ids[0] if ids else None)
            plan_rows = plans.list_plans(ctx.db, ctx.actor, chosen) if chosen else []
            return rows, chosen, plan_rows

        operations.query(
            self, work, lambda result: self._fill_plans(keep, select_item, *result), key="plans"
        )

    def _fill_plans(
        self,
        keep: int | None,
        select_item: Item | None,
        rows: list[boards.BoardInfo],
        board_id: int | None,
        plan_rows: list[plans.PlanInfo],
    ) -> None:
        self._filling = True
        try:
            self.boards = {b.id: b for b in rows}
            self.board.set_items([(b.id, b.name) for b in rows], keep=False)
            self.board.set_current_id(board_id)
            self.plan_model.set_rows(plan_rows)
            # the plan's row in the model, which may be sorted otherwise than the service's list
            row = self.plan_model.row_of(keep) if keep is not None else None
            if row is None and plan_rows:
                row = 0
            if row is not None:
                self.plan_list.selectionModel().setCurrentIndex(
                    self.plan_model.index(row, 0),
                    QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows,
                )
            self.plan_list.resizeRowsToContents()
        finally:
            self._filling = False
        plan = self.current_plan()
        if plan is None:
            self._clear_tree()
            self.loaded.emit()
        else:
            self.load_tree(plan.id, select_item if plan.id == keep else None)

    def _board_changed(self) -> None:
        if not self._filling:
            self.refresh()

    def _plan_chosen(self) -> None:
        if self._filling:
            return
        plan = self.current_plan()
        if plan is None:
            self._clear_tree()
        else:
            self.load_tree(plan.id, None)

    def load_tree(self, plan_id: int, select_item: Item | None) -> None:
        """Read the plan's tree again (in a worker), then select `select_item` in it."""
        ctx = self.ctx
        operations.query(
            self,
            lambda: plans.plan_tree(ctx.db, ctx.actor, plan_id),
            lambda tree: self._fill_tree(tree, select_item),
            key="tree",
        )

    def _clear_tree(self) -> None:
        operations.supersede(self, "tree")
        self.plan_tree = None
        self.sections, self.task_rows = {}, {}
        self.tree.clear_tree()
        self._show_details()

    def _fill_tree(self, tree: plans.PlanTree, select_item: Item | None) -> None:
        self.plan_tree = tree
        self.sections = {s.id: s for s in tree.sections}
        self.task_rows = {t.id: t for t in tree.tasks}
        self.tree.show_tree(tree, select_item)
        self._show_details()
        self.loaded.emit()

    # --- what is selected -------------------------------------------------------------------
    def current_plan(self) -> plans.PlanInfo | None:
        index = self.plan_list.selectionModel().currentIndex()
        return self.plan_model.row_at(index.row()) if index.isValid() else None

    def current_plan_id(self) -> int | None:
        plan = self.current_plan()
        return plan.id if plan else None

    def current_item(self) -> Item | None:
        """(kind, id) of the tree's current row: ("plan"|"section"|"task", id)."""
        return self.tree.current_item()

    def current_section(self) -> plans.SectionInfo | None:
        item = self.current_item()
        return self.sections.get(item[1]) if item and item[0] == SECTION else None

    def current_task(self) -> tasks.TaskRow | None:
        item = self.current_item()
        return self.task_rows.get(item[1]) if item and item[0] == TASK else None

    def _show_details(self) -> None:
        self.details.show_item(self.plan_tree, self.current_item(), self.plan_model.rows)
        self.buttons.update_buttons()

    # --- the window's requests --------------------------------------------------------------
    def new_item(self) -> None:
        """Ctrl+N in the main window."""
        self.buttons.new_plan()

    def _restore_state(self) -> None:
        for setting, splitter in (
            (local_settings.PLANS_SPLITTER, self.splitter),
            (local_settings.PLANS_RIGHT_SPLITTER, self.right_splitter),
        ):
            state = setting.get()
            if state is not None:
                splitter.restoreState(state)
        if local_settings.PLANS_SPLITTER.get() is None:
            self.splitter.setSizes([380, 900])
            self.right_splitter.setSizes([480, 300])

    def save_state(self) -> None:
        local_settings.PLANS_SPLITTER.set(self.splitter.saveState())
        local_settings.PLANS_RIGHT_SPLITTER.set(self.right_splitter.saveState())
