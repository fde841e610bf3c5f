"""Task forms: create or edit a task, record a progress update, extend a deadline.

`TaskDialog` is shared with the Plans page, which opens it with a preset board, plan and
section. Every dialog keeps what was typed when the service refuses. When someone else saved
the task meanwhile (ConflictError), the task form shows both versions field by field and lets
the user reload or save again on top (FormDialog's conflict hooks); the progress-update and
extension forms, whose typed text never conflicts, offer to take the new version.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coordboard.errors import ConflictError
from coordboard.i18n import translate
from coordboard.services import boards, plans, tasks
from coordboard.services.tasks import AttachmentInput, ProgressInput, TaskDetail, TaskInput
from coordboard.text import fold
from coordboard.ui.common.errors import message_for
from coordboard.ui.common.form_dialog import FormDialog, combo_names
from coordboard.ui.common.widgets import DateEdit, ItemCombo, format_date, mark_invalid, text_box
from coordboard.ui.context import AppContext
from coordboard.ui.operations import Changes

RECURRENCE_KINDS = ("yearly", "half_yearly", "quarterly", "monthly")


def parse_number(text: str) -> float | None:
    """ "1.234,5" (Vietnamese), "1234.5" or "1 234": a number; "" is None; ValueError if neither."""
    text = text.strip().replace(" ", "").replace("\u00a0", "")
    if not text:
        return None
    if "," in text:  # Vietnamese: dots group thousands, the comma is the decimal point
        text = text.replace(".", "").replace(",", ".")
    return float(text)


def format_number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value).replace(".", ",")


class _TaskForm(FormDialog):
    """FormDialog plus what a task form needs when another PC saved the task meanwhile."""

    def __init__(
        self, ctx: AppContext, title: str, parent: QWidget | None = None, min_width: int = 600
    ) -> None:
        super().__init__(title, parent, min_width)
        self.ctx = ctx

    def on_conflict(self, exc: ConflictError) -> None:
        self.banner.show_message(message_for(exc))
        self.offer_reload()

    def offer_reload(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Changed by someone else"),
            self.reload_question(),
            QMessageBox.Yes | QMessageBox.No,
            QMessageBox.Yes,
        )
        if answer != QMessageBox.Yes:
            return
        try:
            detail = tasks.get_task(self.ctx.db, self.ctx.actor, self.task_id())
        except Exception as exc:  # noqa: BLE001 - deleted meanwhile, server gone: say so
            self.banner.show_message(message_for(exc))
            return
        self.reloaded(detail)
        self.banner.show_message(
            self.tr("The task was reloaded as it is now. Check it and save again.")
        )

    def reload_question(self) -> str:
        return self.tr(
            "Someone else saved this task after you opened it, so nothing was saved. "
            "Reload the task as it is now? What you typed here is kept."
        )

    def task_id(self) -> int:
        raise NotImplementedError

    def reloaded(self, detail: TaskDetail) -> None:
        raise NotImplementedError


class TaskDialog(_TaskForm):
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
            ctx, self.tr("Edit task") if detail else self.tr("New task"), parent, min_width=1040
        )
        self.detail = detail
        self.occurrence = detail is not None and bool(detail.series_kind)

        self.board = ItemCombo()
        self.board.setObjectName("taskBoard")
        self.plan = ItemCombo(none_label=self.tr("(not in a plan)"))
        self.section = ItemCombo(none_label=self.tr("(no section)"))
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
        self.cooperating_search = QLineEdit()
        self.cooperating_search.setClearButtonEnabled(True)
        self.cooperating_search.setPlaceholderText(self.tr("Find an agency (accents optional)"))
        self.cooperating = QListWidget()
        self.cooperating.setObjectName("taskCooperating")
        self.cooperating.setMinimumHeight(170)
        for agency_id, name in ctx.agency_items():
            item = QListWidgetItem(name)
            item.setData(Qt.UserRole, agency_id)
            item.setData(Qt.UserRole + 1, fold(name))
            item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
            self.cooperating.addItem(item)
        self.cooperating_count = QLabel()
        self.responsible = QLineEdit()
        self.responsible.setPlaceholderText(self.tr("e.g. Phòng Bảo trợ xã hội và Trẻ em"))
        self.assigned = DateEdit()

        self.deadline_kind = QComboBox()
        self.deadline_kind.setObjectName("deadlineKind")
        kinds = [
            ("fixed", self.tr("A fixed date")),
            ("relative", self.tr("Working days after a date")),
            ("recurring", self.tr("Recurring")),
            ("none", self.tr("No deadline")),
        ]
        if detail is not None and not self.occurrence:
            kinds.remove(("recurring", self.tr("Recurring")))  # a series is made when creating
        for key, label in kinds:
            self.deadline_kind.addItem(label, key)
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
        self.deadline_note = QLabel()
        self.deadline_note.setObjectName("deadlineNote")
        self.deadline_note.setWordWrap(True)
        self.deadline_note.setStyleSheet("color: #555;")
        self.expected_output = QLineEdit()
        self.expected_output.setPlaceholderText(
            self.tr("e.g. a report to the provincial People's Committee")
        )
        self.target = QLineEdit()
        self.target.setPlaceholderText(self.tr("e.g. 95"))
        self.target_unit = QLineEdit()
        self.target_unit.setPlaceholderText(self.tr("e.g. % of communes"))

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
        coop = QVBoxLayout()
        coop.addWidget(self.cooperating_search)
        coop.addWidget(self.cooperating)
        coop.addWidget(self.cooperating_count)
        right.addRow(self.tr("Co-operating agencies"), coop)
        right.addRow(self.tr("Responsible person or unit"), self.responsible)
        right.addRow(self.tr("Assigned on"), self.assigned)
        right.addRow(self.tr("Deadline"), self.deadline_kind)
        self._add_deadline_rows(right)
        who = QVBoxLayout(who_box)
        who.addLayout(right)
        who.addWidget(self.deadline_note)
        who.addStretch(1)

        columns = QHBoxLayout()
        columns.addWidget(task_box, 1)
        columns.addWidget(who_box, 1)
        self.body.addLayout(columns)
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
            "recurrence": self.recurrence_points,
            "expected_output": self.expected_output,
            "target": self.target,
            "target_unit": self.target_unit,
        }

        self.board.currentIndexChanged.connect(lambda _i: self._board_changed())
        self.plan.currentIndexChanged.connect(lambda _i: self._plan_changed())
        self.lead.currentIndexChanged.connect(lambda _i: self._lead_changed())
        self.cooperating.itemChanged.connect(lambda _item: self._count_cooperating())
        self.cooperating_search.textChanged.connect(self._filter_cooperating)
        self.deadline_kind.currentIndexChanged.connect(lambda _i: self._deadline_kind_changed())
        self.recurrence_kind.currentIndexChanged.connect(lambda _i: self._show_deadline_note())

        self._fill_boards(detail.data.board_id if detail else board_id)
        if detail is not None:
            self.load(detail)
        else:
            self.board.set_current_id(board_id)
            self._board_changed()
            self.plan.set_current_id(plan_id)
            self._plan_changed()
            self.section.set_current_id(section_id)
            if plan_id is not None:
                self.source_kind.setCurrentIndex(self.source_kind.findData("plan"))
        self._deadline_kind_changed()
        self._recurrence_hint()
        self._lead_changed()

    # --- pickers ----------------------------------------------------------------------------
    def _add_deadline_rows(self, form: QFormLayout) -> None:
        """The fields of each kind of deadline; only the chosen kind's rows are shown."""
        self.deadline_form = form
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
        self._deadline_rows = rows

    def _fill_boards(self, current: int | None) -> None:
        try:
            found = boards.list_boards(self.ctx.db, self.ctx.actor)
        except Exception as exc:  # noqa: BLE001
            self.banner.show_message(message_for(exc))
            found = []
        items = [(b.id, b.name) for b in found if b.can_edit or b.id == current]
        self.board.set_items(items, keep=False)

    def _board_changed(self) -> None:
        board_id = self.board.current_id()
        items: list[tuple[int, str]] = []
        if board_id is not None:
            try:
                items = [
                    (
                        p.id,
                        f"{p.code} — {p.title} ({p.period})"
                        if p.code
                        else f"{p.title} ({p.period})",
                    )
                    for p in plans.list_plans(self.ctx.db, self.ctx.actor, board_id)
                ]
            except Exception as exc:  # noqa: BLE001
                self.banner.show_message(message_for(exc))
        self.plan.blockSignals(True)
        self.plan.set_items(items)
        self.plan.blockSignals(False)
        self._plan_changed()

    def _plan_changed(self) -> None:
        plan_id = self.plan.current_id()
        items: list[tuple[int, str]] = []
        if plan_id is not None:
            try:
                sections = plans.plan_tree(self.ctx.db, self.ctx.actor, plan_id).sections
            except Exception as exc:  # noqa: BLE001
                self.banner.show_message(message_for(exc))
                sections = ()
            depth: dict[int, int] = {}
            for s in sections:
                depth[s.id] = depth.get(s.parent_id, -1) + 1 if s.parent_id else 0
                items.append((s.id, "    " * depth[s.id] + s.label))
        self.section.set_items(items)

    def _lead_changed(self) -> None:
        """The lead agency is not offered as a co-operating one."""
        lead = self.lead.current_id()
        for i in range(self.cooperating.count()):
            item = self.cooperating.item(i)
            is_lead = item.data(Qt.UserRole) == lead
            if is_lead:
                item.setCheckState(Qt.Unchecked)
            item.setHidden(is_lead or not self._matches(item))
        self._count_cooperating()

    def _matches(self, item: QListWidgetItem) -> bool:
        words = fold(self.cooperating_search.text()).split()
        return all(w in item.data(Qt.UserRole + 1) for w in words)

    def _filter_cooperating(self, _text: str) -> None:
        lead = self.lead.current_id()
        for i in range(self.cooperating.count()):
            item = self.cooperating.item(i)
            item.setHidden(item.data(Qt.UserRole) == lead or not self._matches(item))

    def _count_cooperating(self) -> None:
        n = len(self.cooperating_ids())
        self.cooperating_count.setText(self.tr("{n} chosen").format(n=n) if n else "")

    def cooperating_ids(self) -> tuple[int, ...]:
        return tuple(
            self.cooperating.item(i).data(Qt.UserRole)
            for i in range(self.cooperating.count())
            if self.cooperating.item(i).checkState() == Qt.Checked
        )

    def set_cooperating(self, agency_ids) -> None:
        wanted = set(agency_ids)
        for i in range(self.cooperating.count()):
            item = self.cooperating.item(i)
            item.setCheckState(Qt.Checked if item.data(Qt.UserRole) in wanted else Qt.Unchecked)
        self._count_cooperating()

    def _deadline_kind_changed(self) -> None:
        kind = self.deadline_kind.currentData()
        shown = set(self._deadline_rows[kind])
        for widgets in self._deadline_rows.values():
            for widget in widgets:
                self.deadline_form.setRowVisible(widget, widget in shown)
        self.fields["deadline"] = {"relative": self.relative_days, "none": self.deadline_kind}.get(
            kind, self.deadline
        )
        self._show_deadline_note()

    def _show_deadline_note(self) -> None:
        kind = self.deadline_kind.currentData()
        if kind == "none":
            note = self.tr("The task is counted apart from those with a deadline.")
        elif kind == "recurring" and self.occurrence:
            note = self.tr(
                "Occurrence {period} of a recurring duty ({points}). Its own deadline can be "
                "changed here; the other occurrences stay as they are."
            ).format(period=self.detail.row.period_key or "—", points=self.detail.series_points)
        elif kind == "recurring":
            note = (
                self._recurrence_hint()
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
        self.deadline_note.setText(note)
        self.deadline_note.setVisible(bool(note))

    def _recurrence_hint(self) -> str:
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

    # --- loading and saving -----------------------------------------------------------------
    def load(self, detail: TaskDetail) -> None:
        d = detail.data
        self.detail = detail
        self.board.set_current_id(d.board_id)
        self._board_changed()
        self.plan.set_current_id(d.plan_id)
        self._plan_changed()
        self.section.set_current_id(d.section_id)
        self.title.setPlainText(d.title)
        self.description.setPlainText(d.description)
        self.source_kind.setCurrentIndex(max(self.source_kind.findData(d.source_kind), 0))
        self.source_number.setText(d.source_number)
        self.source_date.set_value(d.source_date)
        self.source_issuer.setText(d.source_issuer)
        self.sector.set_current_id(d.sector_id)
        self.lead.set_current_id(d.lead_agency_id)
        self._lead_changed()
        self.set_cooperating(d.cooperating_agency_ids)
        self.responsible.setText(d.responsible_person)
        self.assigned.set_value(d.assigned_date)
        kind = "recurring" if self.occurrence else d.deadline_kind
        self.deadline_kind.setCurrentIndex(max(self.deadline_kind.findData(kind), 0))
        self.deadline_kind.setEnabled(not self.occurrence)
        if d.deadline is not None:
            self.deadline.set_value(d.deadline)
        if d.relative_days:
            self.relative_days.setValue(d.relative_days)
        self.relative_base.set_value(d.relative_base or d.assigned_date)
        self.expected_output.setText(d.expected_output)
        self.target.setText(format_number(d.target_value))
        self.target_unit.setText(d.target_unit)
        self._deadline_kind_changed()

    def task_input(self) -> TaskInput:
        try:
            target = parse_number(self.target.text())
        except ValueError:
            mark_invalid(self.target, True)
            raise _LocalError(self.tr("Write the target as a number, e.g. 95 or 12,5.")) from None
        kind = self.deadline_kind.currentData()
        deadline = (
            self.deadline.value()
            if kind == "fixed" or (kind == "recurring" and self.occurrence)
            else None
        )
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
            deadline_kind=kind,
            deadline=deadline,
            relative_base=self.relative_base.value() if kind == "relative" else None,
            relative_days=self.relative_days.value() if kind == "relative" else None,
            recurrence_kind=self.recurrence_kind.currentData() if kind == "recurring" else "",
            recurrence_points=self.recurrence_points.text() if kind == "recurring" else "",
            recurrence_until=self.recurrence_until.value() if kind == "recurring" else None,
            expected_output=self.expected_output.text(),
            target_value=target,
            target_unit=self.target_unit.text(),
            meeting_id=self.detail.data.meeting_id if self.detail else None,
        )

    def save(self) -> None:
        if self.board.current_id() is None:
            self.banner.show_message(self.tr("Choose the board the task belongs to."))
            mark_invalid(self.board, True)
            return
        try:
            data = self.task_input()
        except _LocalError as exc:
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
    on_conflict = FormDialog.on_conflict

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
        kind = "recurring" if self.occurrence else record.data.deadline_kind
        return self._values(record.data, kind)

    def form_values(self) -> dict:
        return self._values(self.task_input(), self.deadline_kind.currentData())

    def with_values(self, record: TaskDetail, values: dict) -> TaskDetail:
        values = {k: v for k, v in values.items() if k != "deadline_kind" or not self.occurrence}
        return replace(record, data=replace(record.data, **values))

    def take_record(self, record: TaskDetail) -> None:
        self.load(record)

    def prepare_comparison(self, current: TaskDetail) -> None:
        agencies = dict(self.ctx.agency_items(include_inactive=True))
        plan_names = combo_names(self.plan)
        section_names = combo_names(self.section)
        if current.data.plan_id is not None:  # another board's plan is not in the combo
            plan_names.setdefault(current.data.plan_id, current.plan_title)
        if current.data.section_id is not None:
            section_names.setdefault(current.data.section_id, current.section_label)
        self.value_names = {
            "board_id": combo_names(self.board),
            "plan_id": plan_names,
            "section_id": section_names,
            "source_kind": combo_names(self.source_kind),
            "sector_id": combo_names(self.sector),
            "lead_agency_id": agencies,
            "cooperating_agency_ids": agencies,
            "deadline_kind": combo_names(self.deadline_kind),
        }


class _LocalError(Exception):
    """Input the form itself cannot read (not a number): shown in the banner."""


class UpdateDialog(_TaskForm):
    """Cập nhật tiến độ: a dated note; the lead agency and the secretariat may also change the
    status, percentage, completion date and achieved value (the service decides)."""

    def __init__(self, ctx: AppContext, detail: TaskDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Progress update"), parent, min_width=640)
        self.detail = detail
        self.paths: list[Path] = []
        lead = self.tr("Lead agency: {agency}").format(agency=detail.row.lead_agency_name)
        heading = QLabel(f"<b>{_escape(detail.row.title)}</b><br>{_escape(lead)}")
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
        current = self.detail.row
        progress = self.detail.can_update_progress
        status = self.status.currentData() if progress else None
        new_status = status if status != current.status else None
        percent = self.percent.value() if progress and self.percent.isEnabled() else None
        if percent == current.percent:
            percent = None
        completed = self.completed_on.value() if status == "done" else None
        achieved = parse_number(self.achieved.text()) if progress else None  # checked in save
        # files are read here, inside the attempt: an unreadable or too large one is refused
        files = tuple(AttachmentInput.from_path(p) for p in self.paths)
        return ProgressInput(
            update_date=self.update_date.value(),
            text=self.text.toPlainText(),
            percent=percent,
            new_status=new_status,
            completed_on=completed,
            achieved_value=achieved,
            attachments=files,
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
        self.attempt(
            lambda: tasks.add_update(
                ctx.db, ctx.actor, detail.id, progress, expected_version=detail.version
            ),
            Changes.TASKS,
        )

    def task_id(self) -> int:
        return self.detail.id

    def reloaded(self, detail: TaskDetail) -> None:
        self.detail = detail  # the new version; the typed update stays


class ExtensionDialog(_TaskForm):
    """Gia hạn: a later deadline, why, and who approved it; the old date is kept."""

    def __init__(self, ctx: AppContext, detail: TaskDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Extend the deadline"), parent)
        self.detail = detail
        heading = QLabel(f"<b>{_escape(detail.row.title)}</b>")
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

    def task_id(self) -> int:
        return self.detail.id

    def reloaded(self, detail: TaskDetail) -> None:
        self.detail = detail
        self._show_current(detail)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
