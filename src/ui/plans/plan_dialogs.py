"""Editing plans (kế hoạch) and their sections, and copying a plan to the next year.

The services validate and check permissions; a refusal shows in the dialog's banner with the
offending field outlined, and nothing closes.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from coordboard.errors import NotFound
from coordboard.i18n import QT_TRANSLATE_NOOP, translate
from coordboard.services import plans
from coordboard.ui.common.form_dialog import FormDialog, combo_names
from coordboard.ui.common.widgets import DateEdit, ItemCombo, text_box
from coordboard.ui.context import AppContext
from coordboard.ui.operations import Changes


def _year_box(value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(plans.MIN_YEAR, plans.MAX_YEAR)
    box.setValue(value)
    box.setGroupSeparatorShown(False)
    return box


class PlanDialog(FormDialog):
    """A new plan of a board, or changes to one; the board itself never changes here."""

    def __init__(
        self,
        ctx: AppContext,
        board_id: int,
        board_name: str,
        plan: plans.PlanInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Edit plan") if plan else self.tr("New plan"), parent, 720)
        self.ctx, self.board_id, self.plan = ctx, board_id, plan
        self.board = QLabel(board_name)
        self.board.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. 45/KH-BĐH"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(
            self.tr("e.g. Kế hoạch thực hiện công tác bảo vệ trẻ em năm 2026")
        )
        this_year = date.today().year
        self.year_from = _year_box(this_year)
        self.year_to = _year_box(this_year)
        self.year_from.valueChanged.connect(self._first_year_changed)
        years = QWidget()
        years_layout = QHBoxLayout(years)
        years_layout.setContentsMargins(0, 0, 0, 0)
        years_layout.addWidget(self.year_from)
        years_layout.addWidget(QLabel(self.tr("to")))
        years_layout.addWidget(self.year_to)
        years_layout.addStretch(1)
        self.issue_date = DateEdit(optional=True)
        self.status = QComboBox()
        for key, label in plans.STATUS_LABELS.items():
            self.status.addItem(translate("plan_status", label), key)
        self.basis = text_box(placeholder=self.tr("The documents this plan implements"), height=64)
        self.purpose = text_box(height=90)
        self.funding = text_box(
            placeholder=self.tr("e.g. Ngân sách Nhà nước; nguồn xã hội hóa"), height=56
        )

        form = QFormLayout()
        form.addRow(self.tr("Board"), self.board)
        form.addRow(self.tr("Number"), self.code)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Years"), years)
        form.addRow(self.tr("Issue date"), self.issue_date)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Basis"), self.basis)
        form.addRow(self.tr("Purpose and requirements"), self.purpose)
        form.addRow(self.tr("Funding"), self.funding)
        self.body.addLayout(form)
        self.fields = {
            "board": self.board,
            "code": self.code,
            "title": self.title,
            "years": years,
            "issue_date": self.issue_date,
            "status": self.status,
            "basis": self.basis,
            "purpose": self.purpose,
            "funding": self.funding,
        }
        self.labels = {
            "code": self.tr("Number"),
            "title": self.tr("Title"),
            "year_from": self.tr("From year"),
            "year_to": self.tr("To year"),
            "issue_date": self.tr("Issue date"),
            "status": self.tr("Status"),
            "basis": self.tr("Basis"),
            "purpose": self.tr("Purpose and requirements"),
            "funding": self.tr("Funding"),
        }
        self.value_names = {"status": combo_names(self.status)}
        if plan is not None:
            self._load(plan)

    def _first_year_changed(self, value: int) -> None:
        if self.year_to.value() < value:
            self.year_to.setValue(value)

    def _load(self, p: plans.PlanInfo) -> None:
        self.code.setText(p.code)
        self.title.setText(p.title)
        self.year_from.setValue(p.year_from)
        self.year_to.setValue(p.year_to)
        self.issue_date.set_value(p.issue_date)
        self.status.setCurrentIndex(max(self.status.findData(p.status), 0))
        self.basis.setPlainText(p.basis)
        self.purpose.setPlainText(p.purpose)
        self.funding.setPlainText(p.funding)

    def data(self) -> plans.PlanInput:
        return plans.PlanInput(
            board_id=self.board_id,
            title=self.title.text(),
            year_from=self.year_from.value(),
            year_to=self.year_to.value(),
            code=self.code.text(),
            issue_date=self.issue_date.value(),
            basis=self.basis.toPlainText(),
            purpose=self.purpose.toPlainText(),
            funding=self.funding.toPlainText(),
            status=self.status.currentData(),
        )

    def save(self) -> None:
        ctx, plan, data = self.ctx, self.plan, self.data()
        if plan is None:
            self.attempt(lambda: plans.create_plan(ctx.db, ctx.actor, data), Changes.PLANS)
        else:
            self.attempt(
                lambda: plans.update_plan(
                    ctx.db, ctx.actor, plan.id, data, expected_version=plan.version
                ),
                Changes.PLANS,
            )

    # --- conflict hooks (FormDialog) ----------------------------------------------------------
    def loaded_record(self) -> plans.PlanInfo | None:
        return self.plan

    def fetch_current(self) -> plans.PlanInfo:
        return plans.get_plan(self.ctx.db, self.ctx.actor, self.plan.id)

    def form_values(self) -> dict:
        data = self.data()
        return {name: getattr(data, name) for name in self.labels}

    def take_record(self, record: plans.PlanInfo) -> None:
        self.plan = record
        self._load(record)


class SectionDialog(FormDialog):
    """A numbered heading of a plan ("II. Nội dung", "1. Sở Y tế") under an optional parent."""

    def __init__(
        self,
        ctx: AppContext,
        plan: plans.PlanInfo,
        sections: list[plans.SectionInfo],
        section: plans.SectionInfo | None = None,
        parent_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Edit section") if section else self.tr("New section"), parent, 560
        )
        self.ctx, self.plan, self.section = ctx, plan, section
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("e.g. II, 1, a"))
        self.number.setMaximumWidth(120)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Nội dung"))
        self.parent_section = ItemCombo(none_label=self.tr("(none — top-level section)"))
        self.parent_section.set_items(self._parent_choices(sections, section))
        form = QFormLayout()
        plan_label = QLabel(plan.title)
        plan_label.setWordWrap(True)
        form.addRow(self.tr("Plan"), plan_label)
        form.addRow(self.tr("Number"), self.number)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Inside section"), self.parent_section)
        self.body.addLayout(form)
        self.fields = {"number": self.number, "title": self.title, "parent": self.parent_section}
        self.value_names = {"parent_id": combo_names(self.parent_section)}
        if section is not None:
            self._load(section)
        else:
            self.parent_section.set_current_id(parent_id)

    def _load(self, section: plans.SectionInfo) -> None:
        self.number.setText(section.number)
        self.title.setText(section.title)
        self.parent_section.set_current_id(section.parent_id)

    @staticmethod
    def _parent_choices(
        sections: list[plans.SectionInfo], editing: plans.SectionInfo | None
    ) -> list[tuple[int, str]]:
        """Every section, indented by depth; a section cannot go inside itself or its own
        subsections, so those are not offered (the service refuses them anyway)."""
        depth: dict[int, int] = {}
        excluded: set[int] = {editing.id} if editing else set()
        items = []
        for s in sections:  # parents come before their children
            depth[s.id] = depth.get(s.parent_id, -1) + 1 if s.parent_id else 0
            if s.parent_id in excluded:
                excluded.add(s.id)
            if s.id in excluded:
                continue
            items.append((s.id, "    " * depth[s.id] + s.label))
        return items

    def save(self) -> None:
        ctx, s, plan_id = self.ctx, self.section, self.plan.id
        title, number = self.title.text(), self.number.text()
        parent_id = self.parent_section.current_id()
        self.attempt(
            lambda: plans.save_section(
                ctx.db,
                ctx.actor,
                plan_id,
                title=title,
                number=number,
                parent_id=parent_id,
                section_id=s.id if s else None,
                expected_version=s.version if s else None,
            ),
            Changes.PLANS,
        )

    # --- conflict hooks (FormDialog) ----------------------------------------------------------
    def loaded_record(self) -> plans.SectionInfo | None:
        return self.section

    def fetch_current(self) -> plans.SectionInfo:
        tree = plans.plan_tree(self.ctx.db, self.ctx.actor, self.plan.id)
        for section in tree.sections:
            if section.id == self.section.id:
                return section
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The section no longer exists."))

    def conflict_labels(self) -> dict[str, str]:
        return {
            "number": self.tr("Number"),
            "title": self.tr("Title"),
            "parent_id": self.tr("Inside section"),
        }

    def record_values(self, record: plans.SectionInfo) -> dict:
        return {"number": record.number, "title": record.title, "parent_id": record.parent_id}

    def form_values(self) -> dict:
        return {
            "number": self.number.text(),
            "title": self.title.text(),
            "parent_id": self.parent_section.current_id(),
        }

    def take_record(self, record: plans.SectionInfo) -> None:
        self.section = record
        self._load(record)


def _next_title(title: str, old: plans.PlanInfo, year_from: int, year_to: int) -> str:
    """The old title with its period moved on ("... năm 2026" → "... năm 2027")."""
    for dash in ("–", "-", "—"):
        span = f"{old.year_from}{dash}{old.year_to}"
        if old.year_from != old.year_to and span in title:
            return title.replace(span, f"{year_from}{dash}{year_to}")
    if old.year_from == old.year_to and str(old.year_from) in title:
        return title.replace(str(old.year_from), str(year_from))
    return title


class CopyPlanDialog(FormDialog):
    """Copy a plan to the following period; `saved` is the service's CopyResult."""

    def __init__(
        self, ctx: AppContext, plan: plans.PlanInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Copy plan to the next year"), parent, 640)
        self.ctx, self.plan = ctx, plan
        span = plan.year_to - plan.year_from + 1
        year_from, year_to = plan.year_from + span, plan.year_to + span
        period = str(year_from) if span == 1 else f"{year_from}–{year_to}"
        intro = QLabel(
            self.tr(
                "A new draft plan for {period} gets the sections of {plan}. Unfinished and "
                'suspended tasks are carried over to it (the old ones are marked "carried over"); '
                "finished and cancelled tasks stay in this plan; recurring duties get the new "
                "period's dates."
            ).format(period=period, plan=plan.code or plan.title)
        )
        intro.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. 45/KH-BĐH"))
        self.title = QLineEdit(_next_title(plan.title, plan, year_from, year_to))
        form = QFormLayout()
        form.addRow(self.tr("New number"), self.code)
        form.addRow(self.tr("New title"), self.title)
        self.body.addWidget(intro)
        self.body.addLayout(form)
        self.buttons.button(QDialogButtonBox.Save).setText(self.tr("Copy"))
        self.fields = {"code": self.code, "title": self.title}

    def save(self) -> None:
        ctx, plan_id, code, title = self.ctx, self.plan.id, self.code.text(), self.title.text()
        self.attempt(
            lambda: plans.copy_to_next_year(ctx.db, ctx.actor, plan_id, code=code, title=title),
            Changes.PLANS | Changes.TASKS,
        )
