"""Gia hạn: extend a task's deadline, saying why and who approved it.

The deadline first assigned is kept: the task shows both, and reports count it as extended.
"""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from coordboard.services import tasks
from coordboard.services.tasks import TaskDetail
from coordboard.ui.common.widgets import DateEdit, format_date, text_box
from coordboard.ui.context import AppContext
from coordboard.ui.operations import Changes
from coordboard.ui.tasks.task_form import TaskForm


class ExtensionDialog(TaskForm):
    """Gia hạn: a later deadline, why, and who approved it; the old date is kept."""

    def __init__(self, ctx: AppContext, detail: TaskDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, detail, self.tr("Extend the deadline"), parent)
        heading = QLabel(f"<b>{escape(detail.row.title, quote=False)}</b>")
        heading.setWordWrap(True)
        self.current = QLabel()
        self.new_deadline = DateEdit()
        self.new_deadline.setObjectName("newDeadline")
        self.reason = text_box(3, self.tr("e.g. waiting for the survey results of the communes"))
        self.reason.setObjectName("extensionReason")
        self.approved_by = QLineEdit()
        self.approved_by.setObjectName("approvedBy")
        self.approved_by.setPlaceholderText(self.tr("e.g. Phó Chủ tịch UBND tỉnh, Trưởng ban"))
        self.approved_on = DateEdit()
        form = QFormLayout()
        form.addRow(heading)
        form.addRow(self.tr("Current deadline"), self.current)
        form.addRow(self.tr("New deadline"), self.new_deadline)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Approved by"), self.approved_by)
        form.addRow(self.tr("Approved on"), self.approved_on)
        self.body.addLayout(form)
        self.fields = {
            "new_deadline": self.new_deadline,
            "reason": self.reason,
            "approved_by": self.approved_by,
            "approved_on": self.approved_on,
        }
        self._show_current(detail)
        current = detail.row.effective_deadline
        self.new_deadline.set_value((current or date.today()) + timedelta(days=30))

    def _show_current(self, detail: TaskDetail) -> None:
        row = detail.row
        text = format_date(row.effective_deadline) or self.tr("none")
        if row.extended:
            text += " " + self.tr("(already extended; as assigned: {date})").format(
                date=format_date(row.deadline)
            )
        self.current.setText(text)

    def save(self) -> None:
        ctx, detail = self.ctx, self.detail
        new_deadline, reason = self.new_deadline.value(), self.reason.toPlainText()
        approved_by, approved_on = self.approved_by.text(), self.approved_on.value()
        self.attempt(
            lambda: tasks.add_extension(
                ctx.db,
                ctx.actor,
                detail.id,
                new_deadline=new_deadline,
                reason=reason,
                approved_by=approved_by,
                approved_on=approved_on,
                expected_version=detail.version,
            ),
            Changes.TASKS,
        )

    def reloaded(self, detail: TaskDetail) -> None:
        self.detail = detail
        self._show_current(detail)
