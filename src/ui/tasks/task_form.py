"""The base of the forms that add to an existing task (a progress update, an extension).

What such a form holds is new text added to the task's history: it never conflicts field by
field with what someone else saved. So when another PC saved the task after the form was
opened (ConflictError), the form offers to take the task as it now is, keeps what was typed,
and the user saves again on top of the new version.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from coordboard.errors import ConflictError
from coordboard.services import tasks
from coordboard.services.tasks import TaskDetail
from coordboard.ui import operations
from coordboard.ui.common.errors import message_for
from coordboard.ui.common.form_dialog import FormDialog
from coordboard.ui.context import AppContext


class TaskForm(FormDialog):
    """`detail`: the task as the form was opened on it (its version goes to the service)."""

    def __init__(
        self,
        ctx: AppContext,
        detail: TaskDetail,
        title: str,
        parent: QWidget | None = None,
        min_width: int = 600,
    ) -> None:
        super().__init__(title, parent, min_width)
        self.ctx = ctx
        self.detail = detail

    def on_conflict(self, exc: ConflictError) -> None:
        self.banner.show_message(message_for(exc))
        self.offer_reload()

    def offer_reload(self) -> None:
        """Ask, then read the task as it now is on a worker; Save waits for it."""
        answer = QMessageBox.question(
            self,
            self.tr("Changed by someone else"),
            self.tr(
                "Someone else saved this task after you opened it, so nothing was saved. "
                "Reload the task as it is now? What you typed here is kept."
            ),
            QMessageBox.Yes | QMessageBox.No,
            QMessageBox.Yes,
        )
        if answer != QMessageBox.Yes:
            self.save_finished.emit(False)
            return
        save = self.buttons.button(QDialogButtonBox.Save)
        save.setEnabled(False)  # a save now would carry the old version again
        ctx, task_id = self.ctx, self.detail.id

        def read(detail: TaskDetail) -> None:
            save.setEnabled(True)
            self.reloaded(detail)
            self.banner.show_message(
                self.tr("The task was reloaded as it is now. Check it and save again.")
            )
            self.save_finished.emit(False)

        def failed(exc: BaseException) -> None:  # deleted meanwhile, server gone: say so
            save.setEnabled(True)
            self.banner.show_message(message_for(exc))
            self.save_finished.emit(False)

        operations.query(self, lambda: tasks.get_task(ctx.db, ctx.actor, task_id), read, failed)

    def reloaded(self, detail: TaskDetail) -> None:
        """Carry the task's new version from now on; what was typed stays."""
        self.detail = detail
