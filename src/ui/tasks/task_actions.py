"""What the Tasks page's buttons do with the selected task: new, edit, delete (the
secretariat's), add a progress update, extend the deadline.

A form opens on the task as it is now, read on a worker (another PC may have changed it since
the list was read; deleted meanwhile, the user is told and the list is read again). The buttons
are hints only: the services decide, and a refusal is explained when it comes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from coordboard.services import tasks
from coordboard.services.actor import VIEWER
from coordboard.services.tasks import TaskDetail, TaskRow
from coordboard.ui import operations
from coordboard.ui.common.errors import show_error
from coordboard.ui.context import AppContext
from coordboard.ui.operations import Changes
from coordboard.ui.tasks.extension_dialog import ExtensionDialog
from coordboard.ui.tasks.progress_update_dialog import UpdateDialog
from coordboard.ui.tasks.task_form_dialog import TaskDialog


class TaskActions(QObject):
    """`current_row()`: the selected task; `place()`: the board and plan of a new task.
    Signals: `changed(task_id)` when the list must be read again, selecting `task_id` (the
    task just saved) or keeping the selection (None)."""

    changed = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        current_row: Callable[[], TaskRow | None],
        place: Callable[[], tuple[int | None, int | None]],
        page: QWidget,
    ) -> None:
        super().__init__(page)
        self.ctx, self.current_row, self.place, self.page = ctx, current_row, place, page
        self.new_button = QPushButton(self.tr("New task"))
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.update_button = QPushButton(self.tr("Add update"))
        self.update_button.setObjectName("addUpdate")
        self.extend_button = QPushButton(self.tr("Extend deadline"))
        self.new_button.clicked.connect(self.new_task)
        self.edit_button.clicked.connect(self.edit_task)
        self.delete_button.clicked.connect(self.delete_task)
        self.update_button.clicked.connect(self.add_update)
        self.extend_button.clicked.connect(self.extend_deadline)
        self.buttons = (
            self.new_button,
            self.edit_button,
            self.delete_button,
            self.update_button,
            self.extend_button,
        )

    def update_buttons(self) -> None:
        row = self.current_row()
        editor = self.ctx.may_edit_boards
        self.new_button.setEnabled(editor)
        self.edit_button.setEnabled(editor and row is not None)
        self.delete_button.setEnabled(editor and row is not None)
        self.extend_button.setEnabled(
            editor and row is not None and row.effective_deadline is not None
        )
        self.update_button.setEnabled(row is not None and self.ctx.actor.role != VIEWER)

    def activated(self) -> None:
        """A double click: the secretariat edits, the others add an update."""
        if self.ctx.may_edit_boards:
            self.edit_task()
        else:
            self.add_update()

    def new_task(self) -> None:
        board_id, plan_id = self.place()
        self._run(TaskDialog(self.ctx, board_id=board_id, plan_id=plan_id, parent=self.page))

    def edit_task(self) -> None:
        self._with_fresh_detail(
            lambda d: self._run(TaskDialog(self.ctx, d, parent=self.page), d.id)
        )

    def add_update(self) -> None:
        self._with_fresh_detail(
            lambda d: self._run(UpdateDialog(self.ctx, d, parent=self.page), d.id)
        )

    def extend_deadline(self) -> None:
        self._with_fresh_detail(
            lambda d: self._run(ExtensionDialog(self.ctx, d, parent=self.page), d.id)
        )

    def delete_task(self) -> None:
        row = self.current_row()
        if row is None:
            return
        answer = QMessageBox.question(
            self.page,
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
        ctx = self.ctx
        operations.save(
            self.page,
            lambda: tasks.delete_task(ctx.db, ctx.actor, row.id, expected_version=row.version),
            lambda _done: self.changed.emit(None),
            self._refused,  # refused, or changed meanwhile: say so
            changes=Changes.TASKS,
        )

    def _with_fresh_detail(self, open_form: Callable[[TaskDetail], None]) -> None:
        """Read the selected task as it is now, then `open_form` on it."""
        row = self.current_row()
        if row is None:
            return
        ctx = self.ctx
        operations.query(
            self.page,
            lambda: tasks.get_task(ctx.db, ctx.actor, row.id),
            open_form,
            self._refused,  # deleted meanwhile: say so, and show the list as it now is
            key="action",
        )

    def _refused(self, exc: BaseException) -> None:
        show_error(self.page, exc)
        self.changed.emit(None)

    def _run(self, dialog, fallback_id: int | None = None) -> None:
        if dialog.exec() and dialog.saved is not None:
            saved = dialog.saved
            task_id = saved[0] if isinstance(saved, tuple) else getattr(saved, "id", fallback_id)
            self.changed.emit(task_id)
