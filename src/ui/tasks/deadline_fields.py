"""The deadline of a task in the task form: a fixed date, a number of working days after a date,
a recurring duty (one task per due date), or none. Only the chosen kind's fields are shown,
with one explanation under the form.

A task that is one occurrence of a recurring duty keeps its kind: its own date can be changed,
the other occurrences stay as they are. A series is only made when creating, so editing a
single task does not offer "recurring".
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from coordboard.services.tasks import TaskDetail
from coordboard.ui.common.widgets import DateEdit, format_date


class DeadlineFields(QObject):
    """The widgets of the deadline; the form lays out `kind` and calls `add_rows`. Signals:
    `kind_changed` when another kind of deadline is chosen (its fields are shown)."""

    kind_changed = Signal()

    def __init__(self, detail: TaskDetail | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.detail = detail
        self.occurrence = detail is not None and bool(detail.series_kind)
        self.kind = QComboBox()
        self.kind.setObjectName("deadlineKind")
        kinds = [
            ("fixed", self.tr("A fixed date")),
            ("relative", self.tr("Working days after a date")),
            ("recurring", self.tr("Recurring")),
            ("none", self.tr("No deadline")),
        ]
        if detail is not None and not self.occurrence:
            kinds.remove(("recurring", self.tr("Recurring")))  # a series is made when creating
        for key, label in kinds:
            self.kind.addItem(label, key)
        self.deadline = DateEdit()
        self.deadline.setObjectName("taskDeadline")
        self.deadline.set_value(date.today() + timedelta(days=30))
        self.relative_days = QSpinBox()
        self.relative_days.setRange(1, 365)
        self.relative_days.setValue(10)
        self.relative_base = DateEdit()
        self.recurrence_kind = QComboBox()
        for key, label in (
            ("yearly", self.tr("Every year")),
            ("half_yearly", self.tr("Every six months")),
            ("quarterly", self.tr("Every quarter")),
            ("monthly", self.tr("Every month")),
        ):
            self.recurrence_kind.addItem(label, key)
        self.recurrence_points = QLineEdit()
        self.recurrence_points.setObjectName("recurrencePoints")
        self.recurrence_until = DateEdit(optional=True)
        # one explanation under the form, for the chosen kind of deadline (a wrapped label
        # inside a QFormLayout gets too little height)
        self.note = QLabel()
        self.note.setObjectName("deadlineNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")

    def add_rows(self, form: QFormLayout) -> None:
        """The fields of each kind of deadline; only the chosen kind's rows are shown."""
        self.form = form
        relative = QHBoxLayout()
        relative.setContentsMargins(0, 0, 0, 0)
        relative.addWidget(self.relative_days)
        relative.addWidget(QLabel(self.tr("working days of")))
        relative.addWidget(self.relative_base, 1)
        self.relative_row = QWidget()
        self.relative_row.setLayout(relative)
        form.addRow(self.tr("Due on"), self.deadline)
        form.addRow(self.tr("Within"), self.relative_row)
        rows: dict[str, list[QWidget]] = {
            "fixed": [self.deadline],
            "relative": [self.relative_row],
            "none": [],
        }
        if self.occurrence:  # one occurrence of a series: its own date, the series stays
            rows["recurring"] = [self.deadline]
        else:
            form.addRow(self.tr("Repeats"), self.recurrence_kind)
            form.addRow(self.tr("Due days"), self.recurrence_points)
            form.addRow(self.tr("Until"), self.recurrence_until)
            rows["recurring"] = [
                self.recurrence_kind,
                self.recurrence_points,
                self.recurrence_until,
            ]
        self.rows = rows
        self.kind.currentIndexChanged.connect(lambda _i: self.show_kind())
        self.recurrence_kind.currentIndexChanged.connect(lambda _i: self._show_note())

    def current_kind(self) -> str:
        return self.kind.currentData()

    def invalid_widget(self) -> QWidget:
        """The field to outline when the service refuses the deadline."""
        kind = self.current_kind()
        return {"relative": self.relative_days, "none": self.kind}.get(kind, self.deadline)

    def show_kind(self) -> None:
        """Show the chosen kind's rows and explanation."""
        shown = set(self.rows[self.current_kind()])
        for widgets in self.rows.values():
            for widget in widgets:
                self.form.setRowVisible(widget, widget in shown)
        self.kind_changed.emit()
        self._show_note()

    def load(self, detail: TaskDetail) -> None:
        d = detail.data
        self.detail = detail
        kind = "recurring" if self.occurrence else d.deadline_kind
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.kind.setEnabled(not self.occurrence)
        if d.deadline is not None:
            self.deadline.set_value(d.deadline)
        if d.relative_days:
            self.relative_days.setValue(d.relative_days)
        self.relative_base.set_value(d.relative_base or d.assigned_date)
        self.show_kind()

    def values(self) -> dict[str, Any]:
        """The deadline fields of a TaskInput; those of other kinds are left empty."""
        kind = self.current_kind()
        fixed = kind == "fixed" or (kind == "recurring" and self.occurrence)
        recurring = kind == "recurring"
        return {
            "deadline_kind": kind,
            "deadline": self.deadline.value() if fixed else None,
            "relative_base": self.relative_base.value() if kind == "relative" else None,
            "relative_days": self.relative_days.value() if kind == "relative" else None,
            "recurrence_kind": self.recurrence_kind.currentData() if recurring else "",
            "recurrence_points": self.recurrence_points.text() if recurring else "",
            "recurrence_until": self.recurrence_until.value() if recurring else None,
        }

    def _show_note(self) -> None:
        kind = self.current_kind()
        if kind == "none":
            note = self.tr("The task is counted apart from those with a deadline.")
        elif kind == "recurring" and self.occurrence:
            note = self.tr(
                "Occurrence {period} of a recurring duty ({points}). Its own deadline can be "
                "changed here; the other occurrences stay as they are."
            ).format(period=self.detail.row.period_key or "—", points=self.detail.series_points)
        elif kind == "recurring":
            note = (
                self.recurrence_hint()
                + " "
                + self.tr(
                    "One task is created for each due date, until the end of the plan's period "
                    "unless a date is given."
                )
            )
        elif self.detail is not None and self.detail.row.extended:
            note = self.tr(
                "The deadline was extended to {date}; the date here is the one first assigned."
            ).format(date=format_date(self.detail.row.effective_deadline))
        else:
            note = ""
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def recurrence_hint(self) -> str:
        """How to write the due days of the chosen recurrence (also shown as the placeholder)."""
        kind = self.recurrence_kind.currentData()
        examples = {
            "yearly": (
                self.tr("e.g. 01/12"),
                self.tr('Day/month; several dates separated by ";", e.g. 25/05; 20/11.'),
            ),
            "half_yearly": (
                self.tr("e.g. 25/05; 20/11"),
                self.tr("Two dates: one in January–June, one in July–December."),
            ),
            "quarterly": (
                self.tr("e.g. 15/3"),
                self.tr(
                    "Day/month of the quarter (1–3): 15/3 is the 15th of March, June, September "
                    "and December."
                ),
            ),
            "monthly": (
                self.tr("e.g. 25"),
                self.tr("The day of the month; 31 means the last day of each month."),
            ),
        }
        placeholder, hint = examples[kind]
        self.recurrence_points.setPlaceholderText(placeholder)
        return hint
