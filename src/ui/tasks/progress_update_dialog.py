"""Cập nhật tiến độ: a dated progress update of a task, with attached files.

Every agency on the task adds notes to its history; the lead agency and the secretariat also
change its status, percentage, completion date and achieved value (the service decides, the
form only hides what the reader cannot change).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coordboard.i18n import translate
from coordboard.services import tasks
from coordboard.services.tasks import AttachmentInput, ProgressInput, TaskDetail
from coordboard.ui.common.widgets import DateEdit, mark_invalid, text_box
from coordboard.ui.context import AppContext
from coordboard.ui.operations import Changes
from coordboard.ui.tasks.number_text import format_number, parse_number
from coordboard.ui.tasks.task_form import TaskForm


class UpdateDialog(TaskForm):
    """Cập nhật tiến độ: a dated note; the lead agency and the secretariat may also change the
    status, percentage, completion date and achieved value (the service decides)."""

    def __init__(self, ctx: AppContext, detail: TaskDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, detail, self.tr("Progress update"), parent, min_width=640)
        self.paths: list[Path] = []
        lead = self.tr("Lead agency: {agency}").format(agency=detail.row.lead_agency_name)
        heading = QLabel(
            f"<b>{escape(detail.row.title, quote=False)}</b><br>{escape(lead, quote=False)}"
        )
        heading.setWordWrap(True)
        self.update_date = DateEdit()
        self.update_date.setObjectName("updateDate")
        self.text = text_box(5, self.tr("What was done, results, difficulties, proposals"))
        self.text.setObjectName("updateText")
        self.status = QComboBox()
        self.status.setObjectName("updateStatus")
        for key in tasks.SETTABLE_STATUSES:
            if (
                key in ("cancelled", "suspended")
                and not detail.can_edit
                and detail.row.status != key
            ):
                continue  # a board decision: the secretariat's (the service refuses others)
            self.status.addItem(translate("task_status", tasks.STATUS_LABELS[key]), key)
        self.percent = QSpinBox()
        self.percent.setObjectName("updatePercent")
        self.percent.setRange(0, 100)
        self.percent.setSuffix(" %")
        self.completed_on = DateEdit()
        self.completed_label = QLabel(self.tr("Completed on"))
        self.achieved = QLineEdit()
        self.achieved.setPlaceholderText(
            self.tr("target: {target} {unit}").format(
                target=format_number(detail.data.target_value), unit=detail.data.target_unit
            )
            if detail.data.target_value is not None
            else ""
        )
        self.files = QListWidget()
        self.files.setObjectName("updateFiles")
        self.files.setMaximumHeight(90)
        attach = QPushButton(self.tr("Attach files…"))
        attach.clicked.connect(self.choose_files)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._remove_file)

        form = QFormLayout()
        form.addRow(heading)
        form.addRow(self.tr("Date"), self.update_date)
        form.addRow(self.tr("Update"), self.text)
        self.progress_widgets = [self.status, self.percent, self.achieved]
        if detail.can_update_progress:
            form.addRow(self.tr("Status"), self.status)
            form.addRow(self.tr("Progress"), self.percent)
            form.addRow(self.completed_label, self.completed_on)
            form.addRow(self.tr("Achieved value"), self.achieved)
        else:
            note = QLabel(
                self.tr(
                    "Status and progress are changed by the lead agency or the "
                    "secretariat; this update is recorded as a note."
                )
            )
            note.setWordWrap(True)
            note.setStyleSheet("color: #555;")
            form.addRow(note)
            for widget in (*self.progress_widgets, self.completed_on, self.completed_label):
                widget.hide()
        file_buttons = QVBoxLayout()
        file_buttons.addWidget(attach)
        file_buttons.addWidget(remove)
        file_buttons.addStretch(1)
        files = QHBoxLayout()
        files.addWidget(self.files, 1)
        files.addLayout(file_buttons)
        form.addRow(self.tr("Attachments"), files)
        self.body.addLayout(form)
        self.fields = {
            "update_date": self.update_date,
            "text": self.text,
            "status": self.status,
            "percent": self.percent,
            "completed_on": self.completed_on,
            "achieved": self.achieved,
            "attachment": self.files,
        }
        self.status.currentIndexChanged.connect(lambda _i: self._status_changed())
        self._show_current(detail)

    def _show_current(self, detail: TaskDetail) -> None:
        index = self.status.findData(detail.row.status)
        self.status.setCurrentIndex(max(index, 0))
        self.percent.setValue(detail.row.percent)
        self.completed_on.set_value(detail.row.completed_on or date.today())
        self._status_changed()

    def _status_changed(self) -> None:
        done = self.status.currentData() == "done"
        visible = done and self.detail.can_update_progress
        self.completed_on.setVisible(visible)
        self.completed_label.setVisible(visible)
        self.percent.setEnabled(not done)

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"), str(Path.home()))
        for name in names:
            self.add_file(Path(name))

    def add_file(self, path: Path) -> None:
        self.paths.append(Path(path))
        self.files.addItem(Path(path).name)

    def _remove_file(self) -> None:
        row = self.files.currentRow()
        if 0 <= row < len(self.paths):
            del self.paths[row]
            self.files.takeItem(row)

    def progress_input(self) -> ProgressInput:
        """What the form holds, without the attached files: those are read on the worker
        (`with_files`), where an unreadable or too large one is refused like any other field."""
        current = self.detail.row
        progress = self.detail.can_update_progress
        status = self.status.currentData() if progress else None
        new_status = status if status != current.status else None
        percent = self.percent.value() if progress and self.percent.isEnabled() else None
        if percent == current.percent:
            percent = None
        completed = self.completed_on.value() if status == "done" else None
        achieved = parse_number(self.achieved.text()) if progress else None  # checked in save
        return ProgressInput(
            update_date=self.update_date.value(),
            text=self.text.toPlainText(),
            percent=percent,
            new_status=new_status,
            completed_on=completed,
            achieved_value=achieved,
        )

    def save(self) -> None:
        if self.detail.can_update_progress:
            try:
                parse_number(self.achieved.text())
            except ValueError:
                self.banner.show_message(self.tr("Write the achieved value as a number."))
                mark_invalid(self.achieved, True)
                return
        ctx, detail, progress = self.ctx, self.detail, self.progress_input()
        paths = tuple(self.paths)
        self.attempt(
            lambda: tasks.add_update(
                ctx.db,
                ctx.actor,
                detail.id,
                with_files(progress, paths),
                expected_version=detail.version,
            ),
            Changes.TASKS,
        )


def with_files(progress: ProgressInput, paths: Iterable[Path]) -> ProgressInput:
    """`progress` with the files at `paths` attached. Reads them: call it on a worker, inside
    the attempt, so that a file removed, unreadable or too large since it was added is refused
    in the banner (ValidationError on the field "attachment") and a big one does not freeze
    the window."""
    return replace(progress, attachments=tuple(AttachmentInput.from_path(p) for p in paths))
