"""Turning one conclusion of a meeting into tasks of the tracker: title, lead agency,
co-operating agencies and a deadline (a date, or N working days after the meeting) for each;
several tasks are listed and created together, all or none."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coordboard.services import meetings
from coordboard.services.meetings import ConclusionInfo, ConclusionTaskInput, MeetingInfo
from coordboard.ui.common.agency_checklist import AgencyChecklist
from coordboard.ui.common.form_dialog import FormDialog
from coordboard.ui.common.widgets import DateEdit, ItemCombo, format_date, text_box
from coordboard.ui.context import AppContext
from coordboard.ui.meetings.meeting_dialog import row_of
from coordboard.ui.operations import Changes


class ConclusionTasksDialog(FormDialog):
    """Tasks for the tracker from one conclusion: each names a lead agency, any co-operating
    agencies and a deadline (a date, or N working days after the meeting). Several tasks may
    be listed and are created together; `saved` holds their ids."""

    def __init__(
        self,
        ctx: AppContext,
        meeting: MeetingInfo,
        conclusion: ConclusionInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Create tasks from conclusion {n}").format(n=conclusion.position), parent, 880
        )
        self.ctx, self.meeting, self.conclusion = ctx, meeting, conclusion
        self.pending: list[ConclusionTaskInput] = []
        quote = QLabel(conclusion.text)
        quote.setWordWrap(True)
        quote.setStyleSheet("color: #333; background: #f4f4f4; padding: 6px;")
        self.title = text_box(2, self.tr("What is to be done"))
        self.title.setObjectName("conclusionTaskTitle")
        self.title.setPlainText(conclusion.text.splitlines()[0] if conclusion.text else "")
        self.lead = ItemCombo(none_label=self.tr("(choose the lead agency)"))
        self.lead.setObjectName("conclusionTaskLead")
        self.lead.set_items(ctx.agency_items())
        self.sector = ItemCombo(none_label=self.tr("(not set)"))
        self.sector.set_items(ctx.sector_items())
        self.cooperating = AgencyChecklist(ctx.agency_items())
        self.lead.currentIndexChanged.connect(
            lambda _i: self.cooperating.exclude(self.lead.current_id())
        )

        self.fixed = QRadioButton(self.tr("By a date"))
        self.fixed.setObjectName("deadlineFixed")
        self.relative = QRadioButton(self.tr("Within working days after the meeting"))
        self.relative.setObjectName("deadlineRelative")
        self.no_deadline = QRadioButton(self.tr("No deadline"))
        self.kind = QButtonGroup(self)
        for button in (self.fixed, self.relative, self.no_deadline):
            self.kind.addButton(button)
        self.fixed.setChecked(True)
        self.deadline = DateEdit()
        self.deadline.setObjectName("conclusionTaskDeadline")
        self.deadline.set_value(meeting.day + timedelta(days=30))
        self.working_days = QSpinBox()
        self.working_days.setObjectName("conclusionTaskDays")
        self.working_days.setRange(1, 365)
        self.working_days.setValue(10)
        self.working_days.setSuffix(self.tr(" working days"))
        self.kind.buttonToggled.connect(lambda *_: self._kind_changed())
        deadline_box = QVBoxLayout()
        deadline_box.addWidget(row_of(self.fixed, self.deadline))
        deadline_box.addWidget(row_of(self.relative, self.working_days))
        deadline_box.addWidget(self.no_deadline)
        note = QLabel(
            self.tr("The meeting is on {day}; working days skip weekends and holidays.").format(
                day=format_date(meeting.day)
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        deadline_box.addWidget(note)

        self.listed = QListWidget()
        self.listed.setObjectName("pendingTasks")
        self.listed.setMaximumHeight(90)
        add = QPushButton(self.tr("Add to the list and write another"))
        add.setObjectName("addAnotherTask")
        add.clicked.connect(self.add_to_list)
        remove = QPushButton(self.tr("Remove from the list"))
        remove.clicked.connect(self._remove_listed)

        task_box = QGroupBox(self.tr("Task"))
        left = QFormLayout(task_box)
        left.addRow(self.tr("Title"), self.title)
        left.addRow(self.tr("Lead agency"), self.lead)
        left.addRow(self.tr("Sector"), self.sector)
        left.addRow(self.tr("Deadline"), deadline_box)
        right_box = QGroupBox(self.tr("Co-operating agencies"))
        right = QVBoxLayout(right_box)
        right.addWidget(self.cooperating)
        columns = QHBoxLayout()
        columns.addWidget(task_box, 3)
        columns.addWidget(right_box, 2)
        self.body.addWidget(quote)
        self.body.addLayout(columns)
        self.listed_label = QLabel(self.tr("Tasks listed so far (created together on Save):"))
        self.body.addWidget(self.listed_label)
        self.body.addWidget(self.listed)
        self.body.addWidget(row_of(add, remove))
        self.buttons.button(QDialogButtonBox.Save).setText(self.tr("Create tasks"))
        self.fields = {
            "title": self.title,
            "lead_agency": self.lead,
            "cooperating": self.cooperating.list,
            "deadline": self.deadline,
            "sector": self.sector,
        }
        self._kind_changed()
        self._show_listed()

    def _kind_changed(self) -> None:
        self.deadline.setEnabled(self.fixed.isChecked())
        self.working_days.setEnabled(self.relative.isChecked())
        self.fields["deadline"] = self.working_days if self.relative.isChecked() else self.deadline

    def current_input(self) -> ConclusionTaskInput:
        return ConclusionTaskInput(
            title=self.title.toPlainText(),
            lead_agency_id=self.lead.current_id(),
            cooperating_agency_ids=self.cooperating.checked_ids(),
            deadline=self.deadline.value() if self.fixed.isChecked() else None,
            working_days=self.working_days.value() if self.relative.isChecked() else None,
            sector_id=self.sector.current_id(),
        )

    def _form_used(self) -> bool:
        return self.lead.current_id() is not None

    def add_to_list(self) -> None:
        if not self._form_used():
            self.banner.show_message(self.tr("Choose the lead agency of this task first."))
            return
        self.banner.show_message("")
        self.pending.append(self.current_input())
        self.title.clear()
        self.lead.set_current_id(None)
        self.cooperating.set_checked(())
        self._show_listed()
        self.title.setFocus()

    def _remove_listed(self) -> None:
        row = self.listed.currentRow()
        if 0 <= row < len(self.pending):
            del self.pending[row]
            self._show_listed()

    def _show_listed(self) -> None:
        names = dict(self.ctx.agency_items(include_inactive=True))
        self.listed.clear()
        for item in self.pending:
            due = (
                format_date(item.deadline)
                if item.deadline
                else (
                    self.tr("{n} working days").format(n=item.working_days)
                    if item.working_days
                    else self.tr("no deadline")
                )
            )
            self.listed.addItem(f"{item.title} — {names.get(item.lead_agency_id, '')} — {due}")
        shown = bool(self.pending)
        self.listed.setVisible(shown)
        self.listed_label.setVisible(shown)

    def items(self) -> list[ConclusionTaskInput]:
        return self.pending + (
            [self.current_input()] if self._form_used() or not self.pending else []
        )

    def save(self) -> None:
        ctx, items, conclusion_id = self.ctx, self.items(), self.conclusion.id
        self.attempt(
            lambda: meetings.create_conclusion_tasks(ctx.db, ctx.actor, conclusion_id, items),
            Changes.MEETINGS | Changes.TASKS,
        )
