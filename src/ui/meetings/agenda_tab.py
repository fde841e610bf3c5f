"""Agenda tab: the ordered items with presenter and planned minutes, their total against the
meeting's length (in colour when over), documents per item, and carrying unfinished items to
the next meeting."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coordboard.errors import DomainError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.services import meetings
from coordboard.services.meetings import AgendaItemInfo, MeetingDetail, MeetingInfo, MeetingRow
from coordboard.ui import operations
from coordboard.ui.common.widgets import file_size, row_table
from coordboard.ui.meetings.agenda_dialogs import AgendaItemDialog, CarryItemsDialog
from coordboard.ui.meetings.meeting_editor import MeetingEditor, button
from coordboard.ui.meetings.meeting_models import AgendaTableModel
from coordboard.ui.printing import open_with_default_app

OVER_STYLE = "color: #9b1c14; font-weight: bold;"
WITHIN_STYLE = "color: #2c6a23;"


class AgendaTab(QWidget):
    def __init__(self, editor: MeetingEditor) -> None:
        super().__init__()
        self.editor = editor
        self._select_id: int | None = None
        self.model = AgendaTableModel(self)
        self.table = row_table(self.model, "agendaTable")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(AgendaTableModel.TITLE, QHeaderView.Stretch)
        header.setSectionResizeMode(AgendaTableModel.PRESENTER, QHeaderView.Interactive)
        self.table.setColumnWidth(AgendaTableModel.PRESENTER, 200)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.table.doubleClicked.connect(lambda *_: self.edit_item())

        self.add_button = button(self.tr("Add…"), self.add_item, "addAgendaItem")
        self.edit_button = button(self.tr("Edit…"), self.edit_item, "editAgendaItem")
        self.delete_button = button(self.tr("Delete"), self.delete_item, "deleteAgendaItem")
        self.up_button = button("↑", lambda: self.move(-1), "agendaUp")
        self.up_button.setToolTip(self.tr("Move up"))
        self.down_button = button("↓", lambda: self.move(1), "agendaDown")
        self.down_button.setToolTip(self.tr("Move down"))
        self.finished_button = button(
            self.tr("Mark finished"), self.toggle_finished, "agendaFinished"
        )
        self.carry_button = button(self.tr("Carry unfinished items…"), self.carry, "carryItems")
        self.carry_button.setToolTip(
            self.tr("Carry the unfinished items to a later meeting of the board")
        )
        actions = QHBoxLayout()
        for b in (
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.up_button,
            self.down_button,
            self.finished_button,
            self.carry_button,
        ):
            actions.addWidget(b)
        actions.addStretch(1)
        for b in (self.up_button, self.down_button):
            b.setFixedWidth(36)

        self.total = QLabel()
        self.total.setObjectName("agendaTotal")

        self.documents = QListWidget()
        self.documents.setObjectName("agendaDocuments")
        self.documents.setMaximumHeight(80)
        self.documents.itemDoubleClicked.connect(lambda *_: self.open_document())
        self.attach_button = button(self.tr("Attach…"), self.attach, "attachDocument")
        self.open_button = button(self.tr("Open"), self.open_document, "openDocument")
        self.remove_doc_button = button(self.tr("Remove"), self.remove_document, "removeDocument")
        doc_buttons = QVBoxLayout()
        for b in (self.attach_button, self.open_button, self.remove_doc_button):
            doc_buttons.addWidget(b)
        doc_buttons.addStretch(1)
        self.documents_box = QGroupBox(self.tr("Documents of the selected item"))
        docs = QHBoxLayout(self.documents_box)
        docs.addWidget(self.documents, 1)
        docs.addLayout(doc_buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.documents_box)
        self._update_buttons()

    # --- showing ----------------------------------------------------------------------------
    def forget(self) -> None:
        self.model.set_rows([])
        self.documents.clear()
        self.total.clear()

    def show_detail(self, d: MeetingDetail) -> None:
        keep = self._select_id or getattr(self.current_item(), "id", None)
        self._select_id = None
        self.model.set_rows(d.agenda)
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self.table.selectRow(row)
        planned, length = d.planned_minutes, d.meeting.length_minutes
        if planned > length:
            self.total.setText(
                self.tr(
                    "Planned: {planned} minutes — {over} minutes more than the meeting's {length}"
                ).format(planned=planned, over=planned - length, length=length)
            )
            self.total.setStyleSheet(OVER_STYLE)
        else:
            self.total.setText(
                self.tr("Planned: {planned} of the meeting's {length} minutes").format(
                    planned=planned, length=length
                )
            )
            self.total.setStyleSheet(WITHIN_STYLE)
        self._selected()

    def current_item(self) -> AgendaItemInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_item(self, item_id: int) -> None:
        row = self.model.row_of(item_id)
        if row is not None:
            self.table.selectRow(row)

    def _selected(self) -> None:
        item = self.current_item()
        self.documents.clear()
        for doc in item.documents if item else ():
            entry = QListWidgetItem(f"{doc.file_name} ({file_size(doc.size)})")
            entry.setData(Qt.UserRole, doc.id)
            entry.setData(Qt.UserRole + 1, doc.file_name)
            self.documents.addItem(entry)
        if self.documents.count():
            self.documents.setCurrentRow(0)
        self.finished_button.setText(
            self.tr("Mark unfinished") if item and item.finished else self.tr("Mark finished")
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable, item = self.editor.editable, self.current_item()
        self.add_button.setEnabled(editable)
        for b in (
            self.edit_button,
            self.delete_button,
            self.up_button,
            self.down_button,
            self.finished_button,
            self.attach_button,
        ):
            b.setEnabled(editable and item is not None)
        self.carry_button.setEnabled(
            self.editor.detail is not None
            and self.editor.detail.meeting.can_edit
            and any(not i.finished for i in self.model.rows)
        )
        has_doc = self.documents.currentItem() is not None
        self.open_button.setEnabled(has_doc)
        self.remove_doc_button.setEnabled(editable and has_doc)

    # --- items ------------------------------------------------------------------------------
    def add_item(self) -> None:
        dialog = AgendaItemDialog(self.editor.ctx, self.editor.meeting_id, parent=self)
        self._select_id = None
        if dialog.exec() and dialog.saved is not None:
            self._select_id = dialog.saved.id  # shown selected when the meeting is read again
            self.editor.saved_elsewhere()

    def edit_item(self) -> None:
        item = self.current_item()
        if item is None or not self.edit_button.isEnabled():
            return
        self.editor.after_dialog(
            AgendaItemDialog(self.editor.ctx, self.editor.meeting_id, item, parent=self)
        )

    def delete_item(self) -> None:
        item, ctx = self.current_item(), self.editor.ctx
        if item is None or not self.editor.confirm(
            self.tr("Delete agenda item"),
            self.tr('Delete the agenda item "{title}" with its documents?').format(
                title=item.title
            ),
        ):
            return
        self.editor.run(
            lambda: meetings.delete_agenda_item(
                ctx.db, ctx.actor, item.id, expected_version=item.version
            )
        )

    def move(self, step: int) -> None:
        item, ctx = self.current_item(), self.editor.ctx
        if item is not None:
            self.editor.run(lambda: meetings.move_agenda_item(ctx.db, ctx.actor, item.id, step))

    def toggle_finished(self) -> None:
        from dataclasses import replace

        item, ctx, meeting_id = self.current_item(), self.editor.ctx, self.editor.meeting_id
        if item is None:
            return
        data = replace(item.as_input(), finished=not item.finished)
        self.editor.run(
            lambda: meetings.save_agenda_item(
                ctx.db, ctx.actor, meeting_id, data, item.id, item.version
            )
        )

    def carry(self) -> None:
        """Offer the board's later meetings (read in a worker) to carry the unfinished items to."""
        d, ctx = self.editor.detail, self.editor.ctx
        if d is None:
            return
        meeting, board_id = d.meeting, d.meeting.board_id
        operations.query(
            self,
            lambda: meetings.list_meetings(ctx.db, ctx.actor, board_id),
            lambda rows: self._carry_to(meeting, rows),
            key="later meetings",
        )

    def _carry_to(self, meeting: MeetingInfo, rows: list[MeetingRow]) -> None:
        if self.editor.meeting_id != meeting.id:
            return  # another meeting was chosen while the list was read
        later = sorted(
            (r for r in rows if r.starts_at > meeting.starts_at and r.status != "minutes_approved"),
            key=lambda r: r.starts_at,
        )
        dialog = CarryItemsDialog(self.editor.ctx, meeting, later, parent=self)
        if dialog.exec() and dialog.saved is not None:
            self.editor.changed.emit(dialog.target.current_id())
            self.editor.notice(
                self.tr("{n} items carried to {meeting}.").format(
                    n=dialog.saved, meeting=dialog.target.currentText()
                )
            )

    # --- documents --------------------------------------------------------------------------
    def attach(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach documents"), str(Path.home()))
        for name in names:
            self.attach_file(Path(name))

    def attach_file(self, path: Path) -> None:
        """Read the file and store it with the selected item, in a worker."""
        item, ctx = self.current_item(), self.editor.ctx
        if item is None:
            return

        def work():
            try:
                content = Path(path).read_bytes()
            except OSError as exc:
                raise DomainError(
                    QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {detail}"),
                    path=str(path),
                    detail=exc.strerror or str(exc),
                ) from exc
            return meetings.add_agenda_document(
                ctx.db, ctx.actor, item.id, Path(path).name, content
            )

        self.editor.run(work)

    def open_document(self) -> None:
        """Copy the document to a temporary folder (in a worker) and open it."""
        entry, ctx = self.documents.currentItem(), self.editor.ctx
        if entry is None:
            return
        doc_id = entry.data(Qt.UserRole)

        def work() -> Path:
            name, content = meetings.agenda_document_content(ctx.db, ctx.actor, doc_id)
            folder = Path(tempfile.mkdtemp(prefix="coordboard-"))
            target = folder / (Path(name).name or "document")
            target.write_bytes(content)
            return target

        operations.query(self, work, lambda path: open_with_default_app(path))

    def remove_document(self) -> None:
        entry, ctx = self.documents.currentItem(), self.editor.ctx
        if entry is None or not self.editor.confirm(
            self.tr("Remove document"),
            self.tr("Remove {name} from the agenda item?").format(name=entry.data(Qt.UserRole + 1)),
        ):
            return
        doc_id = entry.data(Qt.UserRole)
        self.editor.run(lambda: meetings.delete_agenda_document(ctx.db, ctx.actor, doc_id))
