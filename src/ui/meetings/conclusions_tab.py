"""Conclusions and tasks tab: the chair's numbered conclusions, and under each the tasks made
from it, with their status class as of today coloured as on the Tasks page."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from coordboard.services import meetings
from coordboard.services.meetings import ConclusionInfo, ConclusionTask, MeetingDetail
from coordboard.ui.common.errors import message_for
from coordboard.ui.common.widgets import ErrorBanner, format_date, mark_invalid, text_box
from coordboard.ui.meetings.meeting_editor import MeetingEditor, button
from coordboard.ui.tasks import CLASS_COLOURS, class_label

KIND_ROLE = Qt.UserRole + 1
DATA_ROLE = Qt.UserRole + 2
CONCLUSION, TASK = "conclusion", "task"
TEXT, LEAD, DEADLINE, STATUS, PERCENT = range(5)


class ConclusionsTab(QWidget):
    def __init__(self, editor: MeetingEditor) -> None:
        super().__init__()
        self.editor = editor
        self.editing: ConclusionInfo | None = None
        self._saving = False
        self._select_after: int | None = None
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Conclusion / task"),
                self.tr("Lead agency"),
                self.tr("Deadline"),
                self.tr("Status"),
                "%",
            ]
        )
        self.tree = QTreeView()
        self.tree.setObjectName("conclusionTree")
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TEXT, QHeaderView.Stretch)
        header.setSectionResizeMode(LEAD, QHeaderView.Interactive)
        for column in (DEADLINE, STATUS, PERCENT):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.tree.setColumnWidth(LEAD, 170)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._current_changed())
        self.tree.doubleClicked.connect(lambda *_: self._activated())

        self.tasks_button = button(self.tr("Create tasks…"), self.create_tasks, "createTasks")
        self.open_task_button = button(self.tr("Open in Tasks"), self.open_task, "openTask")
        self.edit_button = button(self.tr("Correct"), self.edit_conclusion, "editConclusion")
        self.delete_button = button(self.tr("Delete"), self.delete_conclusion, "deleteConclusion")
        self.up_button = button("↑", lambda: self.move(-1), "conclusionUp")
        self.up_button.setToolTip(self.tr("Move up"))
        self.down_button = button("↓", lambda: self.move(1), "conclusionDown")
        self.down_button.setToolTip(self.tr("Move down"))
        for b in (self.up_button, self.down_button):
            b.setFixedWidth(36)
        actions = QHBoxLayout()
        for b in (
            self.tasks_button,
            self.open_task_button,
            self.edit_button,
            self.delete_button,
            self.up_button,
            self.down_button,
        ):
            actions.addWidget(b)
        actions.addStretch(1)

        self.text = text_box(
            3,
            self.tr(
                "The chair's conclusion, e.g. Giao Sở Y tế chủ trì, phối hợp Công an tỉnh rà soát…"
            ),
        )
        self.text.setObjectName("conclusionText")
        self.text.installEventFilter(self)
        self.save_button = button(
            self.tr("Add conclusion (Ctrl+Enter)"), self.save_conclusion, "saveConclusion"
        )
        self.cancel_button = button(
            self.tr("Cancel correction"), self.cancel_edit, "cancelConclusionEdit"
        )
        self.banner = ErrorBanner(self)
        entry_buttons = QVBoxLayout()
        entry_buttons.addWidget(self.save_button)
        entry_buttons.addWidget(self.cancel_button)
        entry_buttons.addStretch(1)
        entry = QHBoxLayout()
        entry.addWidget(self.text, 1)
        entry.addLayout(entry_buttons)
        self.count = QLabel()
        self.count.setStyleSheet("color: #555;")
        self.chosen = QLabel()  # the selected conclusion or task in full (the tree elides)
        self.chosen.setObjectName("chosenConclusion")
        self.chosen.setWordWrap(True)
        self.chosen.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.chosen)
        layout.addWidget(self.count)
        layout.addWidget(self.banner)
        layout.addLayout(entry)
        self._brushes = {
            key: (QBrush(QColor(bg)), QBrush(QColor(fg))) for key, (bg, fg) in CLASS_COLOURS.items()
        }
        self.forget()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.KeyPress
            and event.modifiers() & Qt.ControlModifier
            and event.key() in (Qt.Key_Return, Qt.Key_Enter)
        ):
            self.save_conclusion()
            return True
        if (
            event.type() == QEvent.KeyPress
            and event.key() == Qt.Key_Escape
            and self.editing is not None
        ):
            self.cancel_edit()
            return True
        return False

    # --- showing ----------------------------------------------------------------------------
    def forget(self) -> None:
        self.editing = None
        self.model.removeRows(0, self.model.rowCount())
        self.text.clear()
        self.banner.show_message("")
        self.chosen.clear()
        self._update_buttons()

    def show_detail(self, d: MeetingDetail) -> None:
        keep = self.current()
        keep_key = (keep[0], keep[1].id) if keep else None
        if self._select_after is not None:  # a conclusion just added
            keep_key, self._select_after = (CONCLUSION, self._select_after), None
        self.model.removeRows(0, self.model.rowCount())
        bold = QFont()
        bold.setBold(True)
        select = None
        for c in d.conclusions:
            row = self._row(CONCLUSION, c, [f"{c.position}. {c.text}", "", "", "", ""])
            row[0].setFont(bold)
            for t in c.tasks:
                child = self._row(
                    TASK,
                    t,
                    [
                        t.title,
                        self._agencies(t),
                        format_date(t.deadline),
                        class_label(t.status_class),
                        str(t.percent),
                    ],
                )
                bg, fg = self._brushes.get(t.status_class, (None, None))
                for cell in child:
                    if bg is not None:
                        cell.setBackground(bg)
                if fg is not None:
                    child[STATUS].setForeground(fg)
                row[0].appendRow(child)
                if keep_key == (TASK, t.id):
                    select = child[0]
            self.model.appendRow(row)
            self.tree.setFirstColumnSpanned(self.model.rowCount() - 1, QModelIndex(), True)
            if keep_key == (CONCLUSION, c.id):
                select = row[0]
        self.tree.expandAll()
        if select is not None:
            self.tree.setCurrentIndex(select.index())
        self._current_changed()
        n_tasks = sum(len(c.tasks) for c in d.conclusions)
        self.count.setText(
            self.tr("{n} conclusions, {t} tasks").format(n=len(d.conclusions), t=n_tasks)
        )
        if self.editing is not None:
            fresh = next((c for c in d.conclusions if c.id == self.editing.id), None)
            if fresh is None:
                self.cancel_edit()
            else:
                self.editing = fresh
        self._update_buttons()

    def _row(self, kind: str, value, texts: list[str]) -> list[QStandardItem]:
        cells = []
        for text in texts:
            cell = QStandardItem(text)
            cell.setToolTip(text)
            cell.setData(kind, KIND_ROLE)
            cell.setData(value, DATA_ROLE)
            cells.append(cell)
        return cells

    def _agencies(self, t: ConclusionTask) -> str:
        if not t.cooperating_agency_names:
            return t.lead_agency_name
        return self.tr("{lead}; with {others}").format(
            lead=t.lead_agency_name, others=", ".join(t.cooperating_agency_names)
        )

    def current(self) -> tuple[str, object] | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        index = index.siblingAtColumn(0)
        return index.data(KIND_ROLE), index.data(DATA_ROLE)

    def current_conclusion(self) -> ConclusionInfo | None:
        found = self.current()
        if found is None:
            return None
        if found[0] == CONCLUSION:
            return found[1]
        parent = self.tree.currentIndex().parent()
        return parent.siblingAtColumn(0).data(DATA_ROLE) if parent.isValid() else None

    def current_task(self) -> ConclusionTask | None:
        found = self.current()
        return found[1] if found and found[0] == TASK else None

    def select_conclusion(self, conclusion_id: int) -> None:
        for row in range(self.model.rowCount()):
            item = self.model.item(row, 0)
            if item.data(DATA_ROLE).id == conclusion_id:
                self.tree.setCurrentIndex(item.index())

    def _update_buttons(self) -> None:
        editable = self.editor.editable
        d = self.editor.detail
        conclusion = self.current_conclusion()
        on_conclusion = (self.current() or (None,))[0] == CONCLUSION
        self.tasks_button.setEnabled(bool(d and d.meeting.can_edit and conclusion))
        self.open_task_button.setEnabled(self.current_task() is not None)
        for b in (self.edit_button, self.delete_button, self.up_button, self.down_button):
            b.setEnabled(editable and on_conclusion)
        self.text.setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.save_button.setText(
            self.tr("Save correction (Ctrl+Enter)")
            if self.editing
            else self.tr("Add conclusion (Ctrl+Enter)")
        )
        self.cancel_button.setVisible(self.editing is not None)

    def _current_changed(self) -> None:
        found = self.current()
        if found is None:
            self.chosen.clear()
        elif found[0] == CONCLUSION:
            self.chosen.setText(f"{found[1].position}. {found[1].text}")
        else:
            t = found[1]
            self.chosen.setText(
                self.tr("{title} — {agencies}; deadline {deadline}; {status}, {percent} %").format(
                    title=t.title,
                    agencies=self._agencies(t),
                    deadline=format_date(t.deadline) or self.tr("none"),
                    status=class_label(t.status_class),
                    percent=t.percent,
                )
            )
        self._update_buttons()

    def _activated(self) -> None:
        if self.current_task() is not None:
            self.open_task()
        elif self.edit_button.isEnabled():
            self.edit_conclusion()

    # --- changes ----------------------------------------------------------------------------
    def save_conclusion(self) -> None:
        d, ctx, editing = self.editor.detail, self.editor.ctx, self.editing
        if d is None or self._saving or not self.save_button.isEnabled():
            return
        text = self.text.toPlainText()
        mark_invalid(self.text, False)
        self.banner.show_message("")
        self._saving = True

        def done(saved: ConclusionInfo) -> None:
            self._saving = False
            if self.text.toPlainText() == text:
                self.text.clear()
            self.editing = None
            self._select_after = saved.id
            self._update_buttons()

        def failed(exc: BaseException) -> None:
            self._saving = False
            self.banner.show_message(message_for(exc))
            mark_invalid(self.text, True)

        self.editor.run(
            lambda: meetings.save_conclusion(
                ctx.db,
                ctx.actor,
                d.meeting.id,
                text,
                editing.id if editing else None,
                editing.version if editing else None,
            ),
            done,
            failed,
        )

    def edit_conclusion(self) -> None:
        c = self.current_conclusion()
        if c is None:
            return
        self.editing = c
        self.text.setPlainText(c.text)
        self.text.setFocus()
        self._update_buttons()

    def cancel_edit(self) -> None:
        self.editing = None
        self.text.clear()
        self._update_buttons()

    def delete_conclusion(self) -> None:
        c, ctx = self.current_conclusion(), self.editor.ctx
        if c is None or not self.editor.confirm(
            self.tr("Delete conclusion"), self.tr("Delete conclusion {n}?").format(n=c.position)
        ):
            return
        self.editor.run(
            lambda: meetings.delete_conclusion(ctx.db, ctx.actor, c.id, expected_version=c.version)
        )

    def move(self, step: int) -> None:
        c, ctx = self.current_conclusion(), self.editor.ctx
        if c is not None:
            self.editor.run(lambda: meetings.move_conclusion(ctx.db, ctx.actor, c.id, step))

    def create_tasks(self) -> None:
        from coordboard.ui.meetings.conclusion_task_dialog import ConclusionTasksDialog

        c, d = self.current_conclusion(), self.editor.detail
        if c is None or d is None:
            return
        dialog = ConclusionTasksDialog(self.editor.ctx, d.meeting, c, parent=self)
        if self.editor.after_dialog(dialog):
            self.editor.notice(
                self.tr("{n} tasks created; they are followed on the Tasks page.").format(
                    n=len(dialog.saved)
                )
            )

    def open_task(self) -> None:
        t, d = self.current_task(), self.editor.detail
        if t is not None and d is not None:
            self.editor.open_task.emit(d.meeting.board_id, t.id, t.title)
