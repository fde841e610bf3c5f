"""The task form: create a task, or edit one (the secretariat's).

`TaskDialog` is shared with the Plans page, which opens it with a preset board, plan and
section. The form keeps what was typed when the service refuses. When someone else saved the
task meanwhile (ConflictError), it shows both versions field by field and lets the user reload
or save again on top (FormDialog's conflict hooks).

Its parts: task_places (board, plan and section, read on workers), deadline_fields, and the
co-operating agencies in a common AgencyChecklist.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coordboard.i18n import translate
from coordboard.services import tasks
from coordboard.services.tasks import TaskDetail, TaskInput
from coordboard.ui.common.agency_checklist import AgencyChecklist
from coordboard.ui.common.errors import message_for
from coordboard.ui.common.form_dialog import FormDialog, combo_names
from coordboard.ui.common.widgets import DateEdit, ItemCombo, mark_invalid, text_box
from coordboard.ui.context import AppContext
from coordboard.ui.operations import Changes
from coordboard.ui.tasks.deadline_fields import DeadlineFields
from coordboard.ui.tasks.held_choice import LOADING
from coordboard.ui.tasks.number_text import format_number, parse_number
from coordboard.ui.tasks.task_places import TaskPlaces


class InputError(Exception):
    """Input the form itself cannot read (not a number): shown in the banner."""


class TaskDialog(FormDialog):
    """Create a task (`detail` None) or edit one; `board_id`, `plan_id`, `section_id` preset
    the place of a new task (the Plans page). After a save, `saved_ids` are the task ids (one
    per occurrence for a recurring deadline)."""

    def __init__(
        self,
        ctx: AppContext,
        detail: TaskDetail | None = None,
        *,
        board_id: int | None = None,
        plan_id: int | None = None,
        section_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Edit task") if detail else self.tr("New task"), parent, min_width=1040
        )
        self.ctx = ctx
        self.detail = detail

        self.board = ItemCombo()
        self.board.setObjectName("taskBoard")
        self.plan = ItemCombo(none_label=self.tr("(not in a plan)"))
        self.section = ItemCombo(none_label=self.tr("(no section)"))
        self.places = TaskPlaces(ctx, self.board, self.plan, self.section, self)
        self.places.failed.connect(lambda exc: self.banner.show_message(message_for(exc)))
        self.title = text_box(
            3, self.tr("What is to be done, as written in the plan or conclusion")
        )
        self.title.setObjectName("taskTitle")
        self.description = text_box(3)
        self.source_kind = QComboBox()
        for key, label in tasks.SOURCE_LABELS.items():
            self.source_kind.addItem(translate("task_source", label), key)
        self.source_number = QLineEdit()
        self.source_number.setPlaceholderText(self.tr("e.g. 125/KH-UBND"))
        self.source_date = DateEdit(optional=True)
        self.source_issuer = QLineEdit()
        self.source_issuer.setPlaceholderText(self.tr("e.g. UBND tỉnh"))

        self.sector = ItemCombo(none_label=self.tr("(not set)"))
        self.sector.set_items(ctx.sector_items())
        self.lead = ItemCombo(none_label=self.tr("(choose the lead agency)"))
        self.lead.setObjectName("taskLead")
        self.lead.set_items(ctx.agency_items())
        self.cooperating_picker = AgencyChecklist(
            ctx.agency_items(),
            name="taskCooperating",
            min_height=170,
            placeholder=self.tr("Find an agency (accents optional)"),
        )
        self.cooperating = self.cooperating_picker.list
        self.responsible = QLineEdit()
        self.responsible.setPlaceholderText(self.tr("e.g. Phòng Bảo trợ xã hội và Trẻ em"))
        self.assigned = DateEdit()
        self.deadlines = DeadlineFields(detail, self)
        self.deadline_kind, self.deadline = self.deadlines.kind, self.deadlines.deadline
        self.expected_output = QLineEdit()
        self.expected_output.setPlaceholderText(
            self.tr("e.g. a report to the provincial People's Committee")
        )
        self.target = QLineEdit()
        self.target.setPlaceholderText(self.tr("e.g. 95"))
        self.target_unit = QLineEdit()
        self.target_unit.setPlaceholderText(self.tr("e.g. % of communes"))
        self._lay_out()
        self.fields = {
            "board": self.board,
            "plan": self.plan,
            "section": self.section,
            "title": self.title,
            "description": self.description,
            "source": self.source_kind,
            "source_number": self.source_number,
            "source_date": self.source_date,
            "source_issuer": self.source_issuer,
            "sector": self.sector,
            "lead_agency": self.lead,
            "cooperating": self.cooperating,
            "responsible_person": self.responsible,
            "assigned_date": self.assigned,
            "deadline": self.deadline,
            "recurrence": self.deadlines.recurrence_points,
            "expected_output": self.expected_output,
            "target": self.target,
            "target_unit": self.target_unit,
        }

        self.lead.currentIndexChanged.connect(
            lambda _i: self.cooperating_picker.exclude(self.lead.current_id())
        )
        self.deadlines.kind_changed.connect(self._deadline_kind_changed)
        if detail is not None:
            self.load(detail)
        else:
            self.places.choose(board_id, plan_id, section_id)
            if plan_id is not None:
                self.source_kind.setCurrentIndex(self.source_kind.findData("plan"))
        self.places.read_boards()
        self.deadlines.show_kind()
        self.deadlines.recurrence_hint()
        self.cooperating_picker.exclude(self.lead.current_id())

    def _lay_out(self) -> None:
        task_box = QGroupBox(self.tr("Task"))
        left = QFormLayout(task_box)
        left.addRow(self.tr("Board"), self.board)
        left.addRow(self.tr("Plan"), self.plan)
        left.addRow(self.tr("Section"), self.section)
        left.addRow(self.tr("Title"), self.title)
        left.addRow(self.tr("Description"), self.description)
        left.addRow(self.tr("Comes from"), self.source_kind)
        source_row = QHBoxLayout()
        source_row.addWidget(self.source_number, 2)
        source_row.addWidget(QLabel(self.tr("dated")))
        source_row.addWidget(self.source_date, 1)
        left.addRow(self.tr("Document No."), source_row)
        left.addRow(self.tr("Issued by"), self.source_issuer)
        left.addRow(self.tr("Expected output"), self.expected_output)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(QLabel(self.tr("unit")))
        target_row.addWidget(self.target_unit, 2)
        left.addRow(self.tr("Target"), target_row)

        who_box = QGroupBox(self.tr("Responsibility and deadline"))
        right = QFormLayout()
        right.addRow(self.tr("Sector"), self.sector)
        right.addRow(self.tr("Lead agency"), self.lead)
        right.addRow(self.tr("Co-operating agencies"), self.cooperating_picker)
        right.addRow(self.tr("Responsible person or unit"), self.responsible)
        right.addRow(self.tr("Assigned on"), self.assigned)
        right.addRow(self.tr("Deadline"), self.deadline_kind)
        self.deadlines.add_rows(right)
        who = QVBoxLayout(who_box)
        who.addLayout(right)
        who.addWidget(self.deadlines.note)
        who.addStretch(1)

        columns = QHBoxLayout()
        columns.addWidget(task_box, 1)
        columns.addWidget(who_box, 1)
        self.body.addLayout(columns)

    def _deadline_kind_changed(self) -> None:
        self.fields["deadline"] = self.deadlines.invalid_widget()

    def cooperating_ids(self) -> tuple[int, ...]:
        return self.cooperating_picker.checked_ids()

    def set_cooperating(self, agency_ids) -> None:
        self.cooperating_picker.set_checked(agency_ids)

    # --- loading and saving -----------------------------------------------------------------
    def load(self, detail: TaskDetail) -> None:
        d = detail.data
        self.detail = detail
        self.places.choose(d.board_id, d.plan_id, d.section_id)
        self.title.setPlainText(d.title)
        self.description.setPlainText(d.description)
        self.source_kind.setCurrentIndex(max(self.source_kind.findData(d.source_kind), 0))
        self.source_number.setText(d.source_number)
        self.source_date.set_value(d.source_date)
        self.source_issuer.setText(d.source_issuer)
        self.sector.set_current_id(d.sector_id)
        self.lead.set_current_id(d.lead_agency_id)
        self.cooperating_picker.exclude(self.lead.current_id())
        self.set_cooperating(d.cooperating_agency_ids)
        self.responsible.setText(d.responsible_person)
        self.assigned.set_value(d.assigned_date)
        self.deadlines.load(detail)
        self.expected_output.setText(d.expected_output)
        self.target.setText(format_number(d.target_value))
        self.target_unit.setText(d.target_unit)

    def task_input(self) -> TaskInput:
        try:
            target = parse_number(self.target.text())
        except ValueError:
            mark_invalid(self.target, True)
            raise InputError(self.tr("Write the target as a number, e.g. 95 or 12,5.")) from None
        return TaskInput(
            board_id=self.board.current_id(),
            title=self.title.toPlainText(),
            lead_agency_id=self.lead.current_id(),
            assigned_date=self.assigned.value(),
            plan_id=self.plan.current_id(),
            section_id=self.section.current_id(),
            description=self.description.toPlainText(),
            source_kind=self.source_kind.currentData(),
            source_number=self.source_number.text(),
            source_date=self.source_date.value(),
            source_issuer=self.source_issuer.text(),
            sector_id=self.sector.current_id(),
            cooperating_agency_ids=self.cooperating_ids(),
            responsible_person=self.responsible.text(),
            **self.deadlines.values(),
            expected_output=self.expected_output.text(),
            target_value=target,
            target_unit=self.target_unit.text(),
            meeting_id=self.detail.data.meeting_id if self.detail else None,
        )

    def save(self) -> None:
        self.places.retry()  # a list that could not be read: try again
        if self.board.current_id() is None:
            self.banner.show_message(self.tr("Choose the board the task belongs to."))
            mark_invalid(self.board, True)
            return
        try:
            data = self.task_input()
        except InputError as exc:
            self.banner.show_message(str(exc))
            return
        ctx, detail = self.ctx, self.detail
        if detail is None:
            self.attempt(lambda: tasks.create_task(ctx.db, ctx.actor, data), Changes.TASKS)
        else:
            self.attempt(
                lambda: tasks.update_task(
                    ctx.db, ctx.actor, detail.id, data, expected_version=detail.version
                ),
                Changes.TASKS,
            )

    @property
    def saved_ids(self) -> tuple[int, ...]:
        if self.saved is None:
            return ()
        return tuple(self.saved) if isinstance(self.saved, tuple) else (self.saved.id,)

    # --- conflict hooks (FormDialog): both versions side by side ----------------------------
    def loaded_record(self) -> TaskDetail | None:
        return self.detail

    def fetch_current(self) -> TaskDetail:
        return tasks.get_task(self.ctx.db, self.ctx.actor, self.detail.id)

    def conflict_labels(self) -> dict[str, str]:
        return {
            "board_id": self.tr("Board"),
            "plan_id": self.tr("Plan"),
            "section_id": self.tr("Section"),
            "title": self.tr("Title"),
            "description": self.tr("Description"),
            "source_kind": self.tr("Comes from"),
            "source_number": self.tr("Document No."),
            "source_date": self.tr("dated"),
            "source_issuer": self.tr("Issued by"),
            "sector_id": self.tr("Sector"),
            "lead_agency_id": self.tr("Lead agency"),
            "cooperating_agency_ids": self.tr("Co-operating agencies"),
            "responsible_person": self.tr("Responsible person or unit"),
            "assigned_date": self.tr("Assigned on"),
            "deadline_kind": self.tr("Deadline"),
            "deadline": self.tr("Due on"),
            "relative_days": self.tr("Within"),
            "relative_base": self.tr("working days of"),
            "expected_output": self.tr("Expected output"),
            "target_value": self.tr("Target"),
            "target_unit": self.tr("unit"),
        }

    def _values(self, data: TaskInput, kind: str) -> dict:
        """The compared fields of a task's data; those of another kind of deadline are left
        out (the form keeps them, but they are not saved)."""
        values = {name: getattr(data, name) for name in self.conflict_labels()}
        values["deadline_kind"] = kind
        if kind not in ("fixed", "recurring"):
            values["deadline"] = None
        if kind != "relative":
            values["relative_days"] = values["relative_base"] = None
        return values

    def record_values(self, record: TaskDetail) -> dict:
        kind = "recurring" if self.deadlines.occurrence else record.data.deadline_kind
        return self._values(record.data, kind)

    def form_values(self) -> dict:
        return self._values(self.task_input(), self.deadlines.current_kind())

    def with_values(self, record: TaskDetail, values: dict) -> TaskDetail:
        occurrence = self.deadlines.occurrence
        values = {k: v for k, v in values.items() if k != "deadline_kind" or not occurrence}
        return replace(record, data=replace(record.data, **values))

    def take_record(self, record: TaskDetail) -> None:
        self.load(record)

    def prepare_comparison(self, current: TaskDetail) -> None:
        agencies = dict(self.ctx.agency_items(include_inactive=True))
        board_names, plan_names, section_names = (
            {k: v for k, v in combo_names(combo).items() if v != LOADING}
            for combo in (self.board, self.plan, self.section)
        )
        # a place not (yet) in the combos: another board's plan, or lists still being read
        board_names.setdefault(current.data.board_id, current.row.board_name)
        if current.data.plan_id is not None:
            plan_names.setdefault(current.data.plan_id, current.plan_title)
        if current.data.section_id is not None:
            section_names.setdefault(current.data.section_id, current.section_label)
        self.value_names = {
            "board_id": board_names,
            "plan_id": plan_names,
            "section_id": section_names,
            "source_kind": combo_names(self.source_kind),
            "sector_id": combo_names(self.sector),
            "lead_agency_id": agencies,
            "cooperating_agency_ids": agencies,
            "deadline_kind": combo_names(self.deadline_kind),
        }
