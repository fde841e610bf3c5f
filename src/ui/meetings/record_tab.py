"""Record tab: what was said, entered from the keyboard while the meeting goes on.

Pick the agenda item (Up/Down in the list, or Ctrl+Up/Ctrl+Down from anywhere in the tab),
type a few letters of the speaker (a participant; accents optional), Enter, type what was said,
Ctrl+Enter: the opinion is saved, shown at once under the item, and the fields are empty for the
next speaker. A double-click on an opinion brings it back into the fields for a correction
(Esc cancels). The item's summary for the minutes is kept per item while typed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coordboard.services import meetings
from coordboard.services.meetings import MeetingDetail, OpinionInfo, OpinionInput
from coordboard.ui.common.errors import message_for
from coordboard.ui.common.widgets import ErrorBanner, mark_invalid, text_box
from coordboard.ui.meetings.meeting_editor import MeetingEditor, button
from coordboard.ui.meetings.pickers import SpeakerCombo

ENTER_KEYS = (Qt.Key_Return, Qt.Key_Enter)


class RecordTab(QWidget):
    def __init__(self, editor: MeetingEditor) -> None:
        super().__init__()
        self.editor = editor
        self.detail: MeetingDetail | None = None
        self.editing: OpinionInfo | None = None  # an opinion brought back for a correction
        self._saving = False
        self._just_saved: list[OpinionInfo] = []  # shown before the meeting is read again
        self._summaries: dict[int, str] = {}  # typed, not yet saved, per agenda item
        self._filling = False

        self.items = QListWidget()
        self.items.setObjectName("recordItems")
        self.items.setWordWrap(True)
        self.items.currentRowChanged.connect(lambda _r: self._item_changed())
        items_box = QGroupBox(self.tr("Agenda item"))
        QVBoxLayout(items_box).addWidget(self.items)

        self.summary = text_box(
            3, self.tr("Summary of the report or discussion of this item, for the minutes")
        )
        self.summary.setObjectName("itemSummary")
        self.summary.textChanged.connect(self._summary_typed)
        self.summary_button = button(self.tr("Save summary"), self.save_summary, "saveSummary")
        self.opinions = QListWidget()
        self.opinions.setObjectName("opinionList")
        self.opinions.setWordWrap(True)
        self.opinions.setAlternatingRowColors(True)
        self.opinions.itemDoubleClicked.connect(lambda *_: self.edit_opinion())
        self.opinions.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.speaker = SpeakerCombo()
        self.speaker.setObjectName("speaker")
        self.text = text_box(4, self.tr("What was said"))
        self.text.setObjectName("opinionText")
        self.text.setTabChangesFocus(True)
        self.save_button = button(
            self.tr("Save opinion (Ctrl+Enter)"), self.save_opinion, "saveOpinion"
        )
        self.cancel_button = button(
            self.tr("Cancel correction (Esc)"), self.cancel_edit, "cancelOpinionEdit"
        )
        self.delete_button = button(self.tr("Delete opinion"), self.delete_opinion, "deleteOpinion")
        self.editing_label = QLabel()
        self.editing_label.setStyleSheet("color: #8a5300; font-weight: bold;")
        self.banner = ErrorBanner(self)
        hint = QLabel(
            self.tr(
                "Ctrl+Enter saves and clears the fields for the next opinion; "
                "Ctrl+↑ / Ctrl+↓ choose the agenda item; Enter after the speaker "
                "goes to the text."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.fields = {"text": self.text, "speaker": self.speaker, "agenda_item": self.items}

        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.summary_button, 0, Qt.AlignTop)
        speaker_row = QHBoxLayout()
        speaker_row.addWidget(QLabel(self.tr("Speaker")))
        speaker_row.addWidget(self.speaker, 1)
        buttons = QHBoxLayout()
        for b in (self.save_button, self.cancel_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addWidget(self.editing_label, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(summary_row)
        self.opinions_label = QLabel()
        right_layout.addWidget(self.opinions_label)
        right_layout.addWidget(self.opinions, 1)
        right_layout.addWidget(self.banner)
        right_layout.addLayout(speaker_row)
        right_layout.addWidget(self.text)
        right_layout.addLayout(buttons)
        right_layout.addWidget(hint)
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(items_box)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([230, 640])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        for widget in (self.text, self.speaker.lineEdit(), self.summary, self.items, self.opinions):
            widget.installEventFilter(self)
        self.forget()

    # --- keys -------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.KeyPress:
            return False
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.ControlModifier)
        if ctrl and key in (Qt.Key_Up, Qt.Key_Down):
            self.step_item(-1 if key == Qt.Key_Up else 1)
            return True
        if ctrl and key in ENTER_KEYS:
            if watched is self.summary:
                self.save_summary()
            else:
                self.save_opinion()
            return True
        if (
            key == Qt.Key_Escape
            and self.editing is not None
            and watched in (self.text, self.speaker.lineEdit())
        ):
            self.cancel_edit()
            return True
        if watched is self.speaker.lineEdit() and key in ENTER_KEYS and not mods:
            popup = self.speaker.completer().popup()
            if popup is None or not popup.isVisible():
                self.text.setFocus()
                return True
        return False

    def step_item(self, step: int) -> None:
        row = self.items.currentRow() + step
        if 0 <= row < self.items.count():
            self.items.setCurrentRow(row)

    # --- showing ----------------------------------------------------------------------------
    def forget(self) -> None:
        self.detail, self.editing = None, None
        self._just_saved, self._summaries = [], {}
        self._filling = True
        self.items.clear()
        self.opinions.clear()
        self.summary.clear()
        self.text.clear()
        self.speaker.set_attendees(())
        self.speaker.setEditText("")
        self._filling = False
        self.banner.show_message("")
        self._update_buttons()

    def show_detail(self, d: MeetingDetail) -> None:
        keep = self.current_item_id() if self.items.count() else ...
        self.detail = d
        saved_ids = {o.id for o in d.opinions}
        self._just_saved = [o for o in self._just_saved if o.id not in saved_ids]
        self._filling = True
        self.items.clear()
        general = QListWidgetItem(self.tr("(not on an agenda item)"))
        general.setData(Qt.UserRole, None)
        self.items.addItem(general)
        for item in d.agenda:
            entry = QListWidgetItem(
                f"{item.position}. {item.title}" + ("  ✓" if item.finished else "")
            )
            entry.setData(Qt.UserRole, item.id)
            self.items.addItem(entry)
        ids = [None] + [i.id for i in d.agenda]
        if keep is ...:  # first showing: the first item not finished yet
            keep = next((i.id for i in d.agenda if not i.finished), ids[-1])
        self.items.setCurrentRow(ids.index(keep) if keep in ids else 0)
        self.speaker.set_attendees(d.attendees)
        self._filling = False
        if self.editing is not None and self.editing.id not in saved_ids:
            self.cancel_edit()  # deleted meanwhile
        self._show_item()

    def current_item_id(self) -> int | None:
        entry = self.items.currentItem()
        return entry.data(Qt.UserRole) if entry is not None else None

    def _item_changed(self) -> None:
        if not self._filling:
            self.banner.show_message("")
            self._show_item()

    def _show_item(self) -> None:
        item_id = self.current_item_id()
        item = (
            next((i for i in self.detail.agenda if i.id == item_id), None) if self.detail else None
        )
        self._filling = True
        self.summary.setPlainText(self._summaries.get(item_id, item.summary if item else ""))
        self._filling = False
        self._show_opinions()
        self._update_buttons()

    def _show_opinions(self) -> None:
        if self.detail is None:
            return
        item_id = self.current_item_id()
        shown = {o.id: o for o in self.detail.opinions_on(item_id)}
        for o in self._just_saved:
            if o.agenda_item_id == item_id:
                shown[o.id] = o
        keep = self.opinions.currentRow()
        self.opinions.clear()
        for n, o in enumerate(sorted(shown.values(), key=lambda o: (o.position, o.id)), 1):
            who = o.speaker + (f" ({o.agency_name})" if o.agency_name else "")
            entry = QListWidgetItem(f"{n}. {who}: {o.text}")
            entry.setData(Qt.UserRole, o)
            self.opinions.addItem(entry)
        if 0 <= keep < self.opinions.count():
            self.opinions.setCurrentRow(keep)
        self.opinions_label.setText(
            self.tr("Opinions on this item: {n}").format(n=self.opinions.count())
        )

    def _update_buttons(self) -> None:
        editable = self.editor.editable
        has_item = self.current_item_id() is not None
        for w in (self.speaker, self.text, self.save_button):
            w.setEnabled(editable)
        self.summary.setReadOnly(not (editable and has_item))
        self.summary.setEnabled(has_item)
        self.summary_button.setEnabled(editable and has_item)
        self.delete_button.setEnabled(editable and self.opinions.currentItem() is not None)
        self.cancel_button.setVisible(self.editing is not None)
        self.editing_label.setText(
            self.tr("Correcting opinion {n}").format(n=self.editing.position)
            if self.editing
            else ""
        )

    def _summary_typed(self) -> None:
        item_id = self.current_item_id()
        if not self._filling and item_id is not None:
            self._summaries[item_id] = self.summary.toPlainText()

    # --- saving -----------------------------------------------------------------------------
    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.banner.show_message(message_for(exc))
        mark_invalid(self.fields.get(getattr(exc, "field", None) or ""), True)

    def save_opinion(self) -> None:
        if self._saving or not self.save_button.isEnabled() or self.detail is None:
            return
        ctx, meeting_id, editing = self.editor.ctx, self.detail.meeting.id, self.editing
        text = self.text.toPlainText()
        attendee_id, name = self.speaker.speaker()
        data = OpinionInput(
            text=text,
            speaker=name,
            attendee_id=attendee_id,
            agenda_item_id=editing.agenda_item_id if editing else self.current_item_id(),
        )
        for widget in self.fields.values():
            mark_invalid(widget, False)
        self.banner.show_message("")
        self._saving = True

        def done(info: OpinionInfo) -> None:
            self._saving = False
            if self.text.toPlainText() == text:
                self.text.clear()
                self.speaker.setCurrentIndex(-1)
                self.speaker.setEditText("")
            self.editing = None
            self._just_saved = [o for o in self._just_saved if o.id != info.id] + [info]
            if self.detail is not None:  # a correction: the old text goes from the list
                self.detail = _without_opinion(self.detail, info.id)
            self._show_opinions()
            self._update_buttons()
            self.speaker.setFocus()

        self.editor.run(
            lambda: meetings.save_opinion(
                ctx.db,
                ctx.actor,
                meeting_id,
                data,
                editing.id if editing else None,
                editing.version if editing else None,
            ),
            done,
            self._failed,
        )

    def edit_opinion(self) -> None:
        entry = self.opinions.currentItem()
        if entry is None or not self.editor.editable:
            return
        o: OpinionInfo = entry.data(Qt.UserRole)
        self.editing = o
        self.speaker.set_speaker(o.attendee_id, o.speaker)
        self.text.setPlainText(o.text)
        self.text.setFocus()
        self._update_buttons()

    def cancel_edit(self) -> None:
        self.editing = None
        self.text.clear()
        self.speaker.setCurrentIndex(-1)
        self.speaker.setEditText("")
        self._update_buttons()

    def delete_opinion(self) -> None:
        entry, ctx = self.opinions.currentItem(), self.editor.ctx
        if entry is None:
            return
        o: OpinionInfo = entry.data(Qt.UserRole)
        if not self.editor.confirm(
            self.tr("Delete opinion"),
            self.tr("Delete the opinion of {speaker}?").format(speaker=o.speaker),
        ):
            return
        self._just_saved = [x for x in self._just_saved if x.id != o.id]
        self.editor.run(
            lambda: meetings.delete_opinion(ctx.db, ctx.actor, o.id, expected_version=o.version)
        )

    def save_summary(self) -> None:
        item_id, ctx = self.current_item_id(), self.editor.ctx
        item = (
            next((i for i in self.detail.agenda if i.id == item_id), None) if self.detail else None
        )
        if item is None or not self.summary_button.isEnabled():
            return
        from dataclasses import replace

        text, meeting_id = self.summary.toPlainText(), self.detail.meeting.id
        data = replace(item.as_input(), summary=text)
        self.banner.show_message("")

        def done(_saved) -> None:
            if self._summaries.get(item_id) == text:
                del self._summaries[item_id]

        self.editor.run(
            lambda: meetings.save_agenda_item(
                ctx.db, ctx.actor, meeting_id, data, item.id, item.version
            ),
            done,
            self._failed,
        )


def _without_opinion(d: MeetingDetail, opinion_id: int) -> MeetingDetail:
    from dataclasses import replace

    return replace(d, opinions=tuple(o for o in d.opinions if o.id != opinion_id))
