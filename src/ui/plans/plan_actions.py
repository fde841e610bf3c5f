"""The two rows of buttons over the Plans page and what they do: new, edit, delete and copy a
plan, show its tasks; add, edit and delete its sections and tasks (tasks with the Tasks page's
editor).

Editing opens a dialog that saves on a worker; deleting asks first, then deletes on a worker.
Either way the page reads itself again afterwards, selecting what was saved. The buttons only
hint at what the account may do: the services decide, and say why not.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from coordboard.services import plans, tasks
from coordboard.ui import operations
from coordboard.ui.operations import Changes
from coordboard.ui.plans.plan_dialogs import CopyPlanDialog, PlanDialog, SectionDialog
from coordboard.ui.plans.plan_tree import PLAN, SECTION, TASK
from coordboard.ui.tasks import TaskDialog

if TYPE_CHECKING:
    from coordboard.ui.plans.plans_page import PlansPage


class PlanActions(QWidget):
    """The buttons of `page`; they act on what is selected there."""

    def __init__(self, page: PlansPage) -> None:
        super().__init__(page)
        self.page = page

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
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        for buttons in (
            (
                self.new_button,
                self.edit_button,
                self.delete_button,
                self.copy_button,
                self.show_tasks_button,
            ),
            (
                self.add_section_button,
                self.add_subsection_button,
                self.edit_section_button,
                self.delete_section_button,
                self.add_task_button,
                self.edit_task_button,
                self.delete_task_button,
            ),
        ):
            row = QHBoxLayout()
            for b in buttons:
                row.addWidget(b)
            row.addStretch(1)
            rows.addLayout(row)

    def update_buttons(self) -> None:
        page = self.page
        board = page.boards.get(page.board.current_id())
        plan = page.current_plan()
        shown = page.plan_tree.plan if page.plan_tree else None
        editable = shown is not None and shown.can_edit
        self.new_button.setEnabled(board is not None and board.can_edit)
        for b in (self.edit_button, self.delete_button, self.copy_button):
            b.setEnabled(plan is not None and plan.can_edit)
        self.show_tasks_button.setEnabled(plan is not None)
        section = page.current_section()
        self.add_section_button.setEnabled(editable)
        self.add_subsection_button.setEnabled(editable and section is not None)
        self.edit_section_button.setEnabled(editable and section is not None)
        self.delete_section_button.setEnabled(editable and section is not None)
        self.add_task_button.setEnabled(editable)
        self.edit_task_button.setEnabled(editable and page.current_task() is not None)
        self.delete_task_button.setEnabled(editable and page.current_task() is not None)

    def edit_current(self) -> None:
        """A double-click in the tree: edit the plan, section or task under it."""
        kind = (self.page.tree.current_item() or (None,))[0]
        if kind == PLAN:
            self.edit_plan()
        elif kind == SECTION and self.edit_section_button.isEnabled():
            self.edit_section()
        elif kind == TASK and self.edit_task_button.isEnabled():
            self.edit_task()

    # --- plans ------------------------------------------------------------------------------
    def new_plan(self) -> None:
        page = self.page
        board_id = page.board.current_id()
        if board_id is None:
            return
        dialog = PlanDialog(page.ctx, board_id, page.boards[board_id].name, None, page)
        if dialog.exec() and dialog.saved is not None:
            page.refresh(select_plan_id=dialog.saved.id)

    def edit_plan(self) -> None:
        page = self.page
        plan = page.current_plan()
        if plan is None:
            return
        dialog = PlanDialog(page.ctx, plan.board_id, plan.board_name, plan, page)
        if dialog.exec() and dialog.saved is not None:
            page.refresh(select_plan_id=plan.id)

    def delete_plan(self) -> None:
        plan, ctx = self.page.current_plan(), self.page.ctx
        if plan is None:
            return
        self._delete(
            self.tr("Delete the plan {plan}?").format(plan=plan.code or plan.title),
            lambda: plans.delete_plan(ctx.db, ctx.actor, plan.id, expected_version=plan.version),
            self.page.refresh,
            Changes.PLANS,
        )

    def copy_plan(self) -> None:
        page = self.page
        plan = page.current_plan()
        if plan is None:
            return
        dialog = CopyPlanDialog(page.ctx, plan, page)
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
        page.refresh(select_plan_id=new.id)
        box = QMessageBox(
            QMessageBox.Information, self.tr("Plan copied"), text, QMessageBox.Ok, page
        )
        box.setObjectName("copyReport")
        box.exec()

    def show_tasks(self) -> None:
        plan = self.page.current_plan()
        if plan is None:
            return
        section = self.page.current_section()
        self.page.open_tasks.emit(
            tasks.TaskFilter(
                board_id=plan.board_id, plan_id=plan.id, section_id=section.id if section else None
            )
        )

    # --- sections ---------------------------------------------------------------------------
    def add_section(self, sub: bool = False) -> None:
        page = self.page
        if page.plan_tree is None:
            return
        parent = page.current_section() if sub else None
        plan = page.plan_tree.plan  # a refresh while the dialog is open may clear the tree
        dialog = SectionDialog(
            page.ctx,
            plan,
            list(page.plan_tree.sections),
            None,
            parent.id if parent else None,
            page,
        )
        if dialog.exec() and dialog.saved is not None:
            page.load_tree(plan.id, (SECTION, dialog.saved.id))

    def edit_section(self) -> None:
        page = self.page
        section = page.current_section()
        if section is None:
            return
        plan = page.plan_tree.plan  # a refresh while the dialog is open may clear the tree
        dialog = SectionDialog(page.ctx, plan, list(page.plan_tree.sections), section, None, page)
        if dialog.exec() and dialog.saved is not None:
            page.load_tree(plan.id, (SECTION, section.id))

    def delete_section(self) -> None:
        section, ctx = self.page.current_section(), self.page.ctx
        if section is None:
            return
        plan_id = self.page.plan_tree.plan.id
        self._delete(
            self.tr("Delete the section {section}?").format(section=section.label),
            lambda: plans.delete_section(
                ctx.db, ctx.actor, section.id, expected_version=section.version
            ),
            lambda: self.page.load_tree(plan_id, None),
            Changes.PLANS,
        )

    # --- tasks ------------------------------------------------------------------------------
    def add_task(self) -> None:
        page = self.page
        if page.plan_tree is None:
            return
        plan = page.plan_tree.plan
        section = page.current_section()
        if section is None and page.current_task() is not None:
            section = page.sections.get(page.current_task().section_id)
        dialog = self._task_dialog(
            board_id=plan.board_id, plan_id=plan.id, section_id=section.id if section else None
        )
        if dialog.exec() and dialog.saved is not None:
            ids = dialog.saved_ids  # one per occurrence of a recurring deadline
            page.refresh(select_plan_id=plan.id, select_item=(TASK, ids[0]) if ids else None)

    def edit_task(self) -> None:
        """Read the task in full on a worker, then open the editor on it."""
        row, ctx = self.page.current_task(), self.page.ctx
        if row is None:
            return
        plan_id = self.page.plan_tree.plan.id  # a refresh meanwhile may clear the tree

        def edit(detail: tasks.TaskDetail) -> None:
            dialog = self._task_dialog(task=detail)
            if dialog.exec() and dialog.saved is not None:
                self.page.refresh(select_plan_id=plan_id, select_item=(TASK, row.id))

        operations.query(
            self.page, lambda: tasks.get_task(ctx.db, ctx.actor, row.id), edit, key="task editor"
        )

    def delete_task(self) -> None:
        row, ctx = self.page.current_task(), self.page.ctx
        if row is None:
            return
        plan_id = self.page.plan_tree.plan.id
        self._delete(
            self.tr('Delete the task "{task}"?').format(task=row.title),
            lambda: tasks.delete_task(ctx.db, ctx.actor, row.id, expected_version=row.version),
            lambda: self.page.refresh(select_plan_id=plan_id),
            Changes.TASKS,
        )

    def _task_dialog(self, task: tasks.TaskDetail | None = None, **preset) -> TaskDialog:
        """The Tasks page's editor, preset to this plan's board, plan and section (or opened
        on `task`)."""
        return TaskDialog(self.page.ctx, task, parent=self.page, **preset)

    def _delete(
        self, question: str, action: Callable[[], None], then: Callable[[], None], changes: Changes
    ) -> None:
        """Ask `question`; on Yes run the service's delete `action` on a worker, then `then()`
        (a refusal is shown instead)."""
        if self._confirm(question):
            operations.save(self.page, action, lambda _none: then(), changes=changes)

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(
            self.page,
            self.tr("Confirm"),
            question,
            QMessageBox.Yes | QMessageBox.No,
            QMessageBox.No,
        )
        return answer == QMessageBox.Yes
