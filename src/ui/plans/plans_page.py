"""Plans page: a board's plans (kế hoạch), and the chosen plan as a tree of numbered sections
with their tasks, each task showing its lead agency, deadline, status class and progress.

Loading runs in workers: first the boards and the board's plans, then the chosen plan's tree.
The buttons only hint at what the account may do; the services decide and say why not.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from coordboard.i18n import translate
from coordboard.services import boards, plans, tasks
from coordboard.services.tasks import classification
from coordboard.ui import local_settings
from coordboard.ui.common.errors import show_error
from coordboard.ui.common.page import Page
from coordboard.ui.common.rows_table_model import RowsTableModel
from coordboard.ui.common.widgets import ItemCombo, format_date
from coordboard.ui.context import AppContext
from coordboard.ui.operations import Changes
from coordboard.ui.plans.plan_dialogs import CopyPlanDialog, PlanDialog, SectionDialog
from coordboard.ui.workers import run_task

KIND_ROLE = Qt.UserRole + 1
ID_ROLE = Qt.UserRole + 2
PLAN, SECTION, TASK = "plan", "section", "task"
TITLE, LEAD, DEADLINE, STATUS, PERCENT = range(5)

#: text and background of each status class (the Tasks page's colours, kept readable)
CLASS_COLOURS = {
    classification.OVERDUE: ("#a4000f", "#fde7e9"),
    classification.DUE_SOON: ("#8a3700", "#fff1d6"),
    classification.IN_PROGRESS: ("#0f548c", "#e8f1fb"),
    classification.DONE_ON_TIME: ("#0e700e", "#e5f3e5"),
    classification.DONE_LATE: ("#6b5200", "#f7f0d6"),
    classification.NO_DEADLINE: ("#505050", None),
    classification.SUSPENDED: ("#505050", None),
    classification.CANCELLED: ("#707070", None),
    classification.CARRIED_OVER: ("#5c2e91", None),
}


def class_label(status_class: str) -> str:
    return translate("status_class", classification.CLASS_LABELS.get(status_class, status_class))


def plan_status_label(status: str) -> str:
    return translate("plan_status", plans.STATUS_LABELS.get(status, status))


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
        self._generation = 0  # of the plan list; a newer request drops older results
        self._tree_generation = 0
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
        self.plan_list.doubleClicked.connect(lambda *_: self.edit_plan())

        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Section / task"),
                self.tr("Lead agency"),
                self.tr("Deadline"),
                self.tr("Status"),
                "%",
            ]
        )
        self.tree = QTreeView()
        self.tree.setObjectName("planTree")
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QTreeView.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setTextElideMode(Qt.ElideRight)
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        tree_header = self.tree.header()
        tree_header.setStretchLastSection(False)
        tree_header.setSectionResizeMode(TITLE, QHeaderView.Stretch)
        tree_header.setSectionResizeMode(LEAD, QHeaderView.Interactive)
        for column in (DEADLINE, STATUS, PERCENT):
            tree_header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.tree.setColumnWidth(LEAD, 190)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._show_details())
        self.tree.doubleClicked.connect(lambda *_: self._edit_current())

        self._make_buttons()
        self._make_details()

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
        self.right_splitter.addWidget(self.details_scroll)
        self.right_splitter.setStretchFactor(0, 3)
        self.right_splitter.setStretchFactor(1, 2)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right_splitter)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(self.plan_buttons)
        layout.addLayout(self.structure_buttons)
        layout.addWidget(self.splitter, 1)
        self._restore_state()
        self._update_buttons()

    def _make_buttons(self) -> None:
        def button(text: str, slot, name: str) -> QPushButton:
            b = QPushButton(text)
            b.setObjectName(name)
            b.clicked.connect(lambda *_: slot())
            return b

        self.new_button = button(self.tr("New plan"), self.new_plan, "newPlan")
        self.new_button.setToolTip(self.tr("New plan (Ctrl+N)"))
        self.edit_button = button(self.tr("Edit plan"), self.edit_plan, "editPlan")
        self.delete_button = button(self.tr("Delete plan"), self.delete_plan, "deletePlan")
        self.copy_button = button(self.tr("Copy to next year"), self.copy_plan, "copyPlan")
        self.show_tasks_button = button(self.tr("Show tasks"), self.show_tasks, "showTasks")
        self.add_section_button = button(
            self.tr("Add section"), lambda: self.add_section(sub=False), "addSection"
        )
        self.add_subsection_button = button(
            self.tr("Add subsection"), lambda: self.add_section(sub=True), "addSubsection"
        )
        self.edit_section_button = button(self.tr("Edit section"), self.edit_section, "editSection")
        self.delete_section_button = button(
            self.tr("Delete section"), self.delete_section, "deleteSection"
        )
        self.add_task_button = button(self.tr("Add task"), self.add_task, "addTask")
        self.edit_task_button = button(self.tr("Edit task"), self.edit_task, "editTask")
        self.delete_task_button = button(self.tr("Delete task"), self.delete_task, "deleteTask")
        self.plan_buttons = QHBoxLayout()
        for b in (
            self.new_button,
            self.edit_button,
            self.delete_button,
            self.copy_button,
            self.show_tasks_button,
        ):
            self.plan_buttons.addWidget(b)
        self.plan_buttons.addStretch(1)
        self.structure_buttons = QHBoxLayout()
        for b in (
            self.add_section_button,
            self.add_subsection_button,
            self.edit_section_button,
            self.delete_section_button,
            self.add_task_button,
            self.edit_task_button,
            self.delete_task_button,
        ):
            self.structure_buttons.addWidget(b)
        self.structure_buttons.addStretch(1)

    def _make_details(self) -> None:
        self.details = QGroupBox(self.tr("Details"))
        self.detail_form = QFormLayout(self.details)
        self.detail_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.detail_labels: dict[str, QLabel] = {}
        rows = (
            ("code", self.tr("Number")),
            ("title", self.tr("Title")),
            ("period", self.tr("Period")),
            ("issue_date", self.tr("Issue date")),
            ("plan_status", self.tr("Status")),
            ("basis", self.tr("Basis")),
            ("purpose", self.tr("Purpose and requirements")),
            ("funding", self.tr("Funding")),
            ("copied_from", self.tr("Copied from")),
            ("task", self.tr("Task")),
            ("section", self.tr("Section")),
            ("parent", self.tr("Inside section")),
            ("lead", self.tr("Lead agency")),
            ("cooperating", self.tr("Co-operating agencies")),
            ("assigned", self.tr("Assigned")),
            ("deadline", self.tr("Deadline")),
            ("class", self.tr("Status")),
            ("percent", self.tr("Progress")),
            ("carried", self.tr("Carried over")),
            ("tasks", self.tr("Tasks")),
        )
        for key, label in rows:
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            value.setObjectName(f"detail_{key}")
            self.detail_labels[key] = value
            self.detail_form.addRow(label, value)
        self.details_scroll = QScrollArea()
        self.details_scroll.setWidgetResizable(True)
        self.details_scroll.setWidget(self.details)
        self.details_scroll.setFrameShape(QScrollArea.NoFrame)

    # --- loading ----------------------------------------------------------------------------
    def refresh(
        self, select_plan_id: int | None = None, select_item: tuple[str, int] | None = None
    ) -> None:
        """Reload the boards, the board's plans and the chosen plan's tree. `select_plan_id`
        moves to that plan (and its board); `select_item` is a (kind, id) to select in it."""
        self._generation += 1
        generation, ctx = self._generation, self.ctx
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

        run_task(
            work,
            lambda result: self._fill_plans(generation, keep, select_item, *result),
            self._failed,
            owner=self,
        )

    def _failed(self, exc: BaseException) -> None:
        show_error(self, exc)

    def _fill_plans(
        self,
        generation: int,
        keep: int | None,
        select_item,
        rows: list[boards.BoardInfo],
        board_id: int | None,
        plan_rows: list[plans.PlanInfo],
    ) -> None:
        if generation != self._generation:
            return
        self._filling = True
        try:
            self.boards = {b.id: b for b in rows}
            self.board.set_items([(b.id, b.name) for b in rows], keep=False)
            self.board.set_current_id(board_id)
            self.plan_model.set_rows(plan_rows)
            ids = [p.id for p in plan_rows]
            row = ids.index(keep) if keep in ids else (0 if ids else -1)
            if row >= 0:
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
            self._load_tree(plan.id, select_item if plan.id == keep else None)

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
            self._load_tree(plan.id, None)

    def _load_tree(self, plan_id: int, select_item: tuple[str, int] | None) -> None:
        self._tree_generation += 1
        generation, ctx = self._tree_generation, self.ctx
        run_task(
            lambda: plans.plan_tree(ctx.db, ctx.actor, plan_id),
            lambda tree: self._fill_tree(generation, tree, select_item),
            self._failed,
            owner=self,
        )

    def _clear_tree(self) -> None:
        self._tree_generation += 1
        self.plan_tree = None
        self.sections, self.task_rows = {}, {}
        self.model.removeRows(0, self.model.rowCount())
        self._show_details()

    def _fill_tree(
        self, generation: int, tree: plans.PlanTree, select_item: tuple[str, int] | None
    ) -> None:
        if generation != self._tree_generation:
            return
        self.plan_tree = tree
        self.sections = {s.id: s for s in tree.sections}
        self.task_rows = {t.id: t for t in tree.tasks}
        self.model.removeRows(0, self.model.rowCount())
        plan = tree.plan
        heading = f"{plan.code} — {plan.title}" if plan.code else plan.title
        root = self._items(
            PLAN, plan.id, [heading, "", plan.period, plan_status_label(plan.status), ""], bold=True
        )
        self.model.invisibleRootItem().appendRow(root)
        found: dict[tuple[str, int], QStandardItem] = {(PLAN, plan.id): root[0]}
        section_rows = {
            s.id: self._items(SECTION, s.id, [s.label, "", "", "", ""], bold=True)
            for s in tree.sections
        }
        loose = []
        for t in tree.tasks:  # a section's own tasks come before its subsections
            row = self._task_items(t)
            found[(TASK, t.id)] = row[0]
            if t.section_id in section_rows:
                section_rows[t.section_id][0].appendRow(row)
            else:
                loose.append(row)
        for s in tree.sections:
            parent = section_rows.get(s.parent_id, root)
            parent[0].appendRow(section_rows[s.id])
            found[(SECTION, s.id)] = section_rows[s.id][0]
        for row in loose:  # tasks of the plan outside any section
            root[0].appendRow(row)
        for (kind, _), item in found.items():
            if kind != TASK:  # headings have nothing in the other columns: let them run on
                index = item.index()
                self.tree.setFirstColumnSpanned(index.row(), index.parent(), True)
        self.tree.expandAll()
        target = found.get(select_item) if select_item else None
        self.tree.selectionModel().setCurrentIndex(
            (target or root[0]).index(),
            QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows,
        )
        if target is not None:
            self.tree.scrollTo(target.index())
        self._show_details()
        self.loaded.emit()

    def _items(
        self, kind: str, item_id: int, texts: list[str], bold: bool = False
    ) -> list[QStandardItem]:
        row = [QStandardItem(text) for text in texts]
        row[0].setData(kind, KIND_ROLE)
        row[0].setData(item_id, ID_ROLE)
        row[0].setToolTip(texts[0])
        if bold:
            font = QFont()
            font.setBold(True)
            for item in row:
                item.setFont(font)
        return row

    def _task_items(self, t: tasks.TaskRow) -> list[QStandardItem]:
        deadline = format_date(t.effective_deadline)
        if t.extended:
            deadline += " *"
        row = self._items(
            TASK,
            t.id,
            [t.title, t.lead_agency_name, deadline, class_label(t.status_class), f"{t.percent}%"],
        )
        tip = t.title
        if t.cooperating:
            tip += "\n" + self.tr("Co-operating: {agencies}").format(
                agencies=", ".join(t.cooperating)
            )
        row[TITLE].setToolTip(tip)
        if t.extended:
            row[DEADLINE].setToolTip(
                self.tr("Extended from {date}").format(date=format_date(t.deadline))
            )
        row[PERCENT].setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
        fg, bg = CLASS_COLOURS.get(t.status_class, ("#505050", None))
        row[STATUS].setForeground(QBrush(QColor(fg)))
        if bg:
            row[STATUS].setBackground(QBrush(QColor(bg)))
        if t.status_class in (classification.CANCELLED, classification.CARRIED_OVER):
            for item in row:
                item.setForeground(QBrush(QColor(fg)))
        return row

    # --- what is selected -------------------------------------------------------------------
    def current_plan(self) -> plans.PlanInfo | None:
        index = self.plan_list.selectionModel().currentIndex()
        return self.plan_model.row_at(index.row()) if index.isValid() else None

    def current_plan_id(self) -> int | None:
        plan = self.current_plan()
        return plan.id if plan else None

    def current_item(self) -> tuple[str, int] | None:
        """(kind, id) of the tree's current row: ("plan"|"section"|"task", id)."""
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        first = index.siblingAtColumn(0)
        return first.data(KIND_ROLE), first.data(ID_ROLE)

    def current_section(self) -> plans.SectionInfo | None:
        item = self.current_item()
        return self.sections.get(item[1]) if item and item[0] == SECTION else None

    def current_task(self) -> tasks.TaskRow | None:
        item = self.current_item()
        return self.task_rows.get(item[1]) if item and item[0] == TASK else None

    def item_index(self, kind: str, item_id: int) -> QModelIndex:
        """The tree index of a plan, section or task (invalid if not shown)."""
        matches = self.model.match(
            self.model.index(0, 0), ID_ROLE, item_id, -1, Qt.MatchExactly | Qt.MatchRecursive
        )
        return next((m for m in matches if m.data(KIND_ROLE) == kind), QModelIndex())

    def _editable(self) -> bool:
        plan = self.plan_tree.plan if self.plan_tree else None
        return plan is not None and plan.can_edit

    # --- details ----------------------------------------------------------------------------
    def _counts(self, rows: list[tasks.TaskRow]) -> str:
        if not rows:
            return "0"
        by_class: dict[str, int] = {}
        for t in rows:
            by_class[t.status_class] = by_class.get(t.status_class, 0) + 1
        parts = [
            f"{class_label(c)}: {by_class[c]}" for c in classification.CLASSES if c in by_class
        ]
        return f"{len(rows)} ({'; '.join(parts)})"

    def _section_tasks(self, section_id: int) -> list[tasks.TaskRow]:
        inside = {section_id}
        for s in self.sections.values():  # parents come before children
            if s.parent_id in inside:
                inside.add(s.id)
        return [t for t in self.task_rows.values() if t.section_id in inside]

    def _show_details(self) -> None:
        values: dict[str, str] = {}
        item = self.current_item() if self.plan_tree else None
        kind = item[0] if item else None
        if kind == PLAN:
            p = self.plan_tree.plan
            copied = ""
            if p.copied_from_id is not None:
                source = next((r for r in self.plan_model.rows if r.id == p.copied_from_id), None)
                copied = (source.code or source.title) if source else ""
            values = {
                "code": p.code,
                "title": p.title,
                "period": p.period,
                "issue_date": format_date(p.issue_date),
                "plan_status": plan_status_label(p.status),
                "basis": p.basis,
                "purpose": p.purpose,
                "funding": p.funding,
                "copied_from": copied,
                "tasks": self._counts(list(self.task_rows.values())),
            }
        elif kind == SECTION:
            s = self.sections[item[1]]
            parent = self.sections.get(s.parent_id)
            values = {
                "section": s.label,
                "parent": parent.label if parent else "",
                "tasks": self._counts(self._section_tasks(s.id)),
            }
        elif kind == TASK:
            t = self.task_rows[item[1]]
            deadline = format_date(t.effective_deadline)
            if t.extended:
                deadline += " " + self.tr("(extended from {date})").format(
                    date=format_date(t.deadline)
                )
            section = self.sections.get(t.section_id)
            values = {
                "task": t.title,
                "section": section.label if section else "",
                "lead": t.lead_agency_name,
                "cooperating": ", ".join(t.cooperating),
                "assigned": format_date(t.assigned_date),
                "deadline": deadline,
                "class": class_label(t.status_class),
                "percent": f"{t.percent}%",
                "carried": self.tr("Yes, from the previous plan") if t.carried_from_id else "",
            }
        always = {
            PLAN: {"code", "title", "period", "plan_status", "tasks"},
            SECTION: {"section", "tasks"},
            TASK: {"task", "lead", "deadline", "class", "percent"},
        }.get(kind, set())
        for key, label in self.detail_labels.items():
            text = values.get(key, "")
            label.setText(text)
            self.detail_form.setRowVisible(label, bool(text) or key in always)
        self.details.setTitle(
            {PLAN: self.tr("Plan"), SECTION: self.tr("Section"), TASK: self.tr("Task")}.get(
                kind, self.tr("Details")
            )
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        board = self.boards.get(self.board.current_id())
        plan = self.current_plan()
        editable = self._editable()
        self.new_button.setEnabled(board is not None and board.can_edit)
        for b in (self.edit_button, self.delete_button, self.copy_button):
            b.setEnabled(plan is not None and plan.can_edit)
        self.show_tasks_button.setEnabled(plan is not None)
        section = self.current_section()
        self.add_section_button.setEnabled(editable)
        self.add_subsection_button.setEnabled(editable and section is not None)
        self.edit_section_button.setEnabled(editable and section is not None)
        self.delete_section_button.setEnabled(editable and section is not None)
        self.add_task_button.setEnabled(editable)
        self.edit_task_button.setEnabled(editable and self.current_task() is not None)
        self.delete_task_button.setEnabled(editable and self.current_task() is not None)

    # --- plans ------------------------------------------------------------------------------
    def new_item(self) -> None:
        """Ctrl+N in the main window."""
        self.new_plan()

    def new_plan(self) -> None:
        board_id = self.board.current_id()
        if board_id is None:
            return
        dialog = PlanDialog(self.ctx, board_id, self.boards[board_id].name, None, self)
        if dialog.exec() and dialog.saved is not None:
            self.refresh(select_plan_id=dialog.saved.id)

    def edit_plan(self) -> None:
        plan = self.current_plan()
        if plan is None:
            return
        dialog = PlanDialog(self.ctx, plan.board_id, plan.board_name, plan, self)
        if dialog.exec() and dialog.saved is not None:
            self.refresh(select_plan_id=plan.id)

    def delete_plan(self) -> None:
        plan = self.current_plan()
        if plan is None or not self._confirm(
            self.tr("Delete the plan {plan}?").format(plan=plan.code or plan.title)
        ):
            return
        if self._call(
            lambda: plans.delete_plan(
                self.ctx.db, self.ctx.actor, plan.id, expected_version=plan.version
            )
        ):
            self.refresh()

    def copy_plan(self) -> None:
        plan = self.current_plan()
        if plan is None:
            return
        dialog = CopyPlanDialog(self.ctx, plan, self)
        if not (dialog.exec() and dialog.saved is not None):
            return
        result: plans.CopyResult = dialog.saved
        new = result.plan
        text = "\n".join(
            (
                self.tr("The plan {plan} ({period}) was created as a draft.").format(
                    plan=new.code or new.title, period=new.period
                ),
                self.tr("Unfinished tasks carried over: {count}").format(count=result.carried_over),
                self.tr("Recurring tasks scheduled for the new period: {count}").format(
                    count=result.recurring
                ),
                self.tr("Finished or cancelled tasks left in the old plan: {count}").format(
                    count=result.left_done
                ),
            )
        )
        self.refresh(select_plan_id=new.id)
        box = QMessageBox(
            QMessageBox.Information, self.tr("Plan copied"), text, QMessageBox.Ok, self
        )
        box.setObjectName("copyReport")
        box.exec()

    def show_tasks(self) -> None:
        plan = self.current_plan()
        if plan is None:
            return
        section = self.current_section()
        self.open_tasks.emit(
            tasks.TaskFilter(
                board_id=plan.board_id, plan_id=plan.id, section_id=section.id if section else None
            )
        )

    # --- sections ---------------------------------------------------------------------------
    def add_section(self, sub: bool = False) -> None:
        if self.plan_tree is None:
            return
        parent = self.current_section() if sub else None
        dialog = SectionDialog(
            self.ctx,
            self.plan_tree.plan,
            list(self.plan_tree.sections),
            None,
            parent.id if parent else None,
            self,
        )
        if dialog.exec() and dialog.saved is not None:
            self._load_tree(self.plan_tree.plan.id, (SECTION, dialog.saved.id))

    def edit_section(self) -> None:
        section = self.current_section()
        if section is None:
            return
        dialog = SectionDialog(
            self.ctx, self.plan_tree.plan, list(self.plan_tree.sections), section, None, self
        )
        if dialog.exec() and dialog.saved is not None:
            self._load_tree(self.plan_tree.plan.id, (SECTION, section.id))

    def delete_section(self) -> None:
        section = self.current_section()
        if section is None or not self._confirm(
            self.tr("Delete the section {section}?").format(section=section.label)
        ):
            return
        if self._call(
            lambda: plans.delete_section(
                self.ctx.db, self.ctx.actor, section.id, expected_version=section.version
            )
        ):
            self._load_tree(self.plan_tree.plan.id, None)

    # --- tasks ------------------------------------------------------------------------------
    def add_task(self) -> None:
        if self.plan_tree is None:
            return
        plan = self.plan_tree.plan
        section = self.current_section()
        if section is None and self.current_task() is not None:
            section = self.sections.get(self.current_task().section_id)
        dialog = self._task_dialog(
            board_id=plan.board_id, plan_id=plan.id, section_id=section.id if section else None
        )
        if dialog is not None and dialog.exec() and dialog.saved is not None:
            ids = dialog.saved_ids  # one per occurrence of a recurring deadline
            self.refresh(select_plan_id=plan.id, select_item=(TASK, ids[0]) if ids else None)

    def edit_task(self) -> None:
        row = self.current_task()
        if row is None:
            return
        try:
            detail = tasks.get_task(self.ctx.db, self.ctx.actor, row.id)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
            return
        dialog = self._task_dialog(task=detail)
        if dialog is not None and dialog.exec() and dialog.saved is not None:
            self.refresh(select_plan_id=self.plan_tree.plan.id, select_item=(TASK, row.id))

    def delete_task(self) -> None:
        row = self.current_task()
        if row is None or not self._confirm(
            self.tr('Delete the task "{task}"?').format(task=row.title)
        ):
            return
        if self._call(
            lambda: tasks.delete_task(
                self.ctx.db, self.ctx.actor, row.id, expected_version=row.version
            )
        ):
            self.refresh(select_plan_id=self.plan_tree.plan.id)

    def _task_dialog(self, task: tasks.TaskDetail | None = None, **preset):
        """The Tasks page's editor, preset to this plan's board, plan and section (or opened
        on `task`)."""
        try:
            from coordboard.ui.tasks import TaskDialog
        except ImportError:  # the Tasks page's dialogs are not installed with this build
            QMessageBox.information(
                self, self.tr("Tasks"), self.tr("The task editor is not available.")
            )
            return None
        return TaskDialog(self.ctx, task, parent=self, **preset)

    def _edit_current(self) -> None:
        kind = (self.current_item() or (None,))[0]
        if kind == PLAN:
            self.edit_plan()
        elif kind == SECTION and self.edit_section_button.isEnabled():
            self.edit_section()
        elif kind == TASK and self.edit_task_button.isEnabled():
            self.edit_task()

    # --- helpers ----------------------------------------------------------------------------
    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Confirm"), question, QMessageBox.Yes | QMessageBox.No, QMessageBox.No
        )
        return answer == QMessageBox.Yes

    def _call(self, action) -> bool:
        try:
            action()
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
            return False
        return True

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
