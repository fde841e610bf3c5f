"""Forms of a meeting's agenda: an agenda item, and carrying the unfinished items to a later
meeting of the board.

Both are FormDialogs: the service validates; a refusal shows in the banner with the offending
field outlined, and nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from coordboard.errors import NotFound
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.services import meetings
from coordboard.services.meetings import AgendaItemInfo, AgendaItemInput, MeetingInfo, MeetingRow
from coordboard.ui.common.form_dialog import FormDialog, combo_names
from coordboard.ui.common.widgets import ItemCombo, text_box
from coordboard.ui.context import AppContext
from coordboard.ui.meetings.meeting_models import when_text
from coordboard.ui.operations import Changes


class AgendaItemDialog(FormDialog):
    def __init__(
        self,
        ctx: AppContext,
        meeting_id: int,
        item: AgendaItemInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Edit agenda item") if item else self.tr("New agenda item"), parent, 600
        )
        self.ctx, self.meeting_id, self.item = ctx, meeting_id, item
        self.title = QLineEdit()
        self.title.setObjectName("agendaTitle")
        self.title.setPlaceholderText(self.tr("e.g. Báo cáo kết quả công tác trẻ em năm 2025"))
        self.presenter = QLineEdit()
        self.presenter.setPlaceholderText(self.tr("e.g. Bà Trần Thị Bích, Phó Giám đốc Sở Y tế"))
        self.agency = ItemCombo(none_label=self.tr("(no agency)"))
        self.agency.set_items(ctx.agency_items())
        self.minutes = QSpinBox()
        self.minutes.setObjectName("agendaMinutes")
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(self.tr(" min"))
        self.summary = text_box(4, self.tr("Summary of the report or discussion (for the minutes)"))
        self.finished = QCheckBox(self.tr("Dealt with at this meeting"))
        form = QFormLayout()
        form.addRow(self.tr("Agenda item"), self.title)
        form.addRow(self.tr("Presented by"), self.presenter)
        form.addRow(self.tr("Presenting agency"), self.agency)
        form.addRow(self.tr("Planned duration"), self.minutes)
        form.addRow(self.tr("Summary"), self.summary)
        form.addRow("", self.finished)
        self.body.addLayout(form)
        self.fields = {
            "title": self.title,
            "presenter": self.presenter,
            "presenter_agency": self.agency,
            "planned_minutes": self.minutes,
            "summary": self.summary,
        }
        self.labels = {
            "title": self.tr("Agenda item"),
            "presenter": self.tr("Presented by"),
            "presenter_agency_id": self.tr("Presenting agency"),
            "planned_minutes": self.tr("Planned duration"),
            "summary": self.tr("Summary"),
            "finished": self.tr("Finished"),
        }
        self.value_names = {"presenter_agency_id": combo_names(self.agency)}
        if item is not None:
            self._load(item)

    def _load(self, item: AgendaItemInfo) -> None:
        self.title.setText(item.title)
        self.presenter.setText(item.presenter)
        self.agency.set_current_id(item.presenter_agency_id)
        self.minutes.setValue(item.planned_minutes)
        self.summary.setPlainText(item.summary)
        self.finished.setChecked(item.finished)

    def data(self) -> AgendaItemInput:
        return AgendaItemInput(
            title=self.title.text(),
            presenter=self.presenter.text(),
            presenter_agency_id=self.agency.current_id(),
            planned_minutes=self.minutes.value(),
            summary=self.summary.toPlainText(),
            finished=self.finished.isChecked(),
        )

    # --- conflict hooks (another PC saved the item meanwhile) ---------------------------------
    def loaded_record(self) -> AgendaItemInfo | None:
        return self.item

    def fetch_current(self) -> AgendaItemInfo:
        detail = meetings.get_meeting(self.ctx.db, self.ctx.actor, self.meeting_id)
        found = next((i for i in detail.agenda if i.id == self.item.id), None)
        if found is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "The agenda item no longer exists."))
        return found

    def form_values(self) -> dict:
        data = self.data()
        return {name: getattr(data, name) for name in self.labels}

    def take_record(self, record: AgendaItemInfo) -> None:
        self.item = record
        self._load(record)

    def save(self) -> None:
        ctx, item, data, meeting_id = self.ctx, self.item, self.data(), self.meeting_id
        self.attempt(
            lambda: meetings.save_agenda_item(
                ctx.db,
                ctx.actor,
                meeting_id,
                data,
                item.id if item else None,
                item.version if item else None,
            ),
            Changes.MEETINGS,
        )


class CarryItemsDialog(FormDialog):
    """Carry the unfinished agenda items to a later meeting of the board; `saved` is how many
    were carried."""

    def __init__(
        self,
        ctx: AppContext,
        meeting: MeetingInfo,
        later: list[MeetingRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Carry unfinished items"), parent, 560)
        self.ctx, self.meeting = ctx, meeting
        intro = QLabel(
            self.tr(
                "The agenda items not marked finished are added, with their "
                "documents, to the end of the agenda of the meeting chosen "
                "here."
            )
        )
        intro.setWordWrap(True)
        self.target = ItemCombo()
        self.target.setObjectName("carryTarget")
        self.target.set_items([(m.id, f"{when_text(m)} — {m.title}") for m in later], keep=False)
        form = QFormLayout()
        form.addRow(self.tr("To the meeting"), self.target)
        self.body.addWidget(intro)
        self.body.addLayout(form)
        self.buttons.button(QDialogButtonBox.Save).setText(self.tr("Carry"))
        self.fields = {"meeting": self.target}

    def save(self) -> None:
        ctx, target = self.ctx, self.target.current_id()
        if target is None:
            self.banner.show_message(
                self.tr("The board has no later meeting. Create the next meeting first.")
            )
            return
        meeting_id = self.meeting.id
        self.attempt(
            lambda: meetings.carry_unfinished_items(ctx.db, ctx.actor, meeting_id, target),
            Changes.MEETINGS,
        )
