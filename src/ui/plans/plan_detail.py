"""The details under the plan tree: everything about the row chosen in it — the plan's number,
basis, purpose and funding, a section's place and task counts, a task's agencies, deadline and
progress. Rows that have nothing to say are hidden, except the ones a reader looks for.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QScrollArea, QWidget

from coordboard.services import plans, tasks
from coordboard.services.tasks import classification
from coordboard.ui.common.widgets import format_date
from coordboard.ui.plans.plan_tree import PLAN, SECTION, TASK, Item, class_label, plan_status_label


def class_counts(rows: list[tasks.TaskRow]) -> str:
    """ "12 (Overdue: 1; Due soon: 1; ...)": how many tasks, by status class."""
    if not rows:
        return "0"
    by_class: dict[str, int] = {}
    for t in rows:
        by_class[t.status_class] = by_class.get(t.status_class, 0) + 1
    parts = [f"{class_label(c)}: {by_class[c]}" for c in classification.CLASSES if c in by_class]
    return f"{len(rows)} ({'; '.join(parts)})"


def section_tasks(tree: plans.PlanTree, section_id: int) -> list[tasks.TaskRow]:
    """The tasks of a section and of its subsections, at any depth."""
    inside = {section_id}
    for s in tree.sections:  # parents come before children
        if s.parent_id in inside:
            inside.add(s.id)
    return [t for t in tree.tasks if t.section_id in inside]


class PlanDetail(QScrollArea):
    """`labels`: the value label of each row, by key ("code", "basis", "lead", ...)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QGroupBox(self.tr("Details"))
        self.form = QFormLayout(self.box)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
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
            self.labels[key] = value
            self.form.addRow(label, value)
        self.setWidgetResizable(True)
        self.setWidget(self.box)
        self.setFrameShape(QScrollArea.NoFrame)

    def show_item(
        self, tree: plans.PlanTree | None, item: Item | None, plan_rows: list[plans.PlanInfo]
    ) -> None:
        """Show the row `item` of `tree` (nothing when either is None); `plan_rows`: the plans
        listed beside, to name the plan this one was copied from."""
        kind = item[0] if tree is not None and item is not None else None
        values: dict[str, str] = {}
        if kind == PLAN:
            values = self._plan_values(tree, plan_rows)
        elif kind == SECTION:
            values = self._section_values(tree, item[1])
        elif kind == TASK:
            values = self._task_values(tree, item[1])
        always = {
            PLAN: {"code", "title", "period", "plan_status", "tasks"},
            SECTION: {"section", "tasks"},
            TASK: {"task", "lead", "deadline", "class", "percent"},
        }.get(kind, set())
        for key, label in self.labels.items():
            text = values.get(key, "")
            label.setText(text)
            self.form.setRowVisible(label, bool(text) or key in always)
        self.box.setTitle(
            {PLAN: self.tr("Plan"), SECTION: self.tr("Section"), TASK: self.tr("Task")}.get(
                kind, self.tr("Details")
            )
        )

    @staticmethod
    def _plan_values(tree: plans.PlanTree, plan_rows: list[plans.PlanInfo]) -> dict[str, str]:
        p = tree.plan
        copied = ""
        if p.copied_from_id is not None:
            source = next((r for r in plan_rows if r.id == p.copied_from_id), None)
            copied = (source.code or source.title) if source else ""
        return {
            "code": p.code,
            "title": p.title,
            "period": p.period,
            "issue_date": format_date(p.issue_date),
            "plan_status": plan_status_label(p.status),
            "basis": p.basis,
            "purpose": p.purpose,
            "funding": p.funding,
            "copied_from": copied,
            "tasks": class_counts(list(tree.tasks)),
        }

    @staticmethod
    def _section_values(tree: plans.PlanTree, section_id: int) -> dict[str, str]:
        sections = {s.id: s for s in tree.sections}
        s = sections[section_id]
        parent = sections.get(s.parent_id)
        return {
            "section": s.label,
            "parent": parent.label if parent else "",
            "tasks": class_counts(section_tasks(tree, s.id)),
        }

    def _task_values(self, tree: plans.PlanTree, task_id: int) -> dict[str, str]:
        t = next(t for t in tree.tasks if t.id == task_id)
        deadline = format_date(t.effective_deadline)
        if t.extended:
            deadline += " " + self.tr("(extended from {date})").format(date=format_date(t.deadline))
        section = next((s for s in tree.sections if s.id == t.section_id), None)
        return {
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
