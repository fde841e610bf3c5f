"""Meetings page: a board's meetings by date with their status and counts, and the chosen
meeting in the editor below (details, agenda, attendance, record, conclusions and tasks,
documents).

The list is read in a worker; a refresh (F5, or another PC's change) keeps the chosen meeting
and reads it again without touching what is being typed in the editor.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coordboard.services import boards, meetings
from coordboard.services.meetings import MeetingRow
from coordboard.ui import local_settings, operations
from coordboard.ui.common.errors import show_error
from coordboard.ui.common.page import Page
from coordboard.ui.common.widgets import ItemCombo, row_table
from coordboard.ui.context import AppContext
from coordboard.ui.meetings.meeting_dialog import MeetingDialog
from coordboard.ui.meetings.meeting_editor import MeetingEditor
from coordboard.ui.meetings.meeting_models import MeetingTableModel
from coordboard.ui.operations import Changes

YEARS_BACK = 6
# room for the title on a 1024-pixel screen; the rest elide (the editor shows them in full)
COLUMN_WIDTHS = {
    MeetingTableModel.KIND: 92,
    MeetingTableModel.MODE: 78,
    MeetingTableModel.BOARD: 160,
}
MIN_TITLE_WIDTH = 260


class MeetingsPage(Page):
    """Signals: `loaded` after the list of a refresh is shown (the editor then reads the chosen
    meeting: its `loaded` follows); `open_task(board_id, task_id, title)` asks the window to
    show a task on the Tasks page."""

    watches = Changes.MEETINGS | Changes.MEMBERS | Changes.TASKS | Changes.BOARDS | Changes.REGISTER

    loaded = Signal()
    open_task = Signal(int, int, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.boards: dict[int, boards.BoardInfo] = {}
        self._filling = False
        self._first = True

        self.board = ItemCombo(none_label=self.tr("All boards"))
        self.board.setObjectName("meetingBoardFilter")
        self.board.setMinimumContentsLength(20)
        self.board.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.year = QComboBox()
        self.year.setObjectName("meetingYear")
        self.year.addItem(self.tr("All years"), None)
        this_year = date.today().year
        for year in range(this_year + 1, this_year - YEARS_BACK, -1):
            self.year.addItem(str(year), year)
        self.year.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.new_button = QPushButton(self.tr("New meeting"))
        self.new_button.setObjectName("newMeeting")
        self.new_button.setToolTip(self.tr("New meeting (Ctrl+N)"))
        self.new_button.clicked.connect(lambda *_: self.new_item())
        self.delete_button = QPushButton(self.tr("Delete meeting"))
        self.delete_button.setObjectName("deleteMeeting")
        self.delete_button.clicked.connect(lambda *_: self.delete_meeting())
        self.count = QLabel()

        self.model = MeetingTableModel(self)
        self.table = row_table(self.model, "meetingTable")
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(MeetingTableModel.WHEN, Qt.DescendingOrder)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(MeetingTableModel.TITLE, QHeaderView.Stretch)
        header.setMinimumSectionSize(40)
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        for column in (
            MeetingTableModel.WHEN,
            MeetingTableModel.STATUS,
            MeetingTableModel.ATTENDING,
            MeetingTableModel.CONCLUSIONS,
            MeetingTableModel.TASKS,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.table.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())

        self.editor = MeetingEditor(ctx)
        self.editor.changed.connect(lambda _id: self.refresh(reload_editor=False))
        self.editor.open_task.connect(self.open_task)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Board")))
        top.addWidget(self.board, 3)
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)
        top.addWidget(self.count, 1)
        self.splitter = QSplitter(Qt.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self._restore_state()
        self._update_buttons()

    # --- loading ----------------------------------------------------------------------------
    def refresh(self, select_id: int | None = None, reload_editor: bool = True) -> None:
        """Read the boards and the meetings again; keep (or move to `select_id`) the chosen
        meeting, and read it again in the editor. A newer refresh supersedes one still on its
        way (the filters changed meanwhile: the older list is not shown)."""
        ctx = self.ctx
        board_id, year, first = self.board.current_id(), self.year.currentData(), self._first
        keep = select_id if select_id is not None else self.current_id()

        def work():
            rows = boards.list_boards(ctx.db, ctx.actor)
            chosen = board_id
            if first and chosen is None:  # open on the user's own board
                chosen = next((b.id for b in rows if b.can_edit), None)
            if chosen is not None and chosen not in {b.id for b in rows}:
                chosen = None
            return rows, chosen, meetings.list_meetings(ctx.db, ctx.actor, chosen, year)

        operations.query(
            self,
            work,
            lambda result: self._fill(keep, reload_editor, *result),
            lambda exc: show_error(self, exc),
            key="list",
        )

    def _fill(
        self,
        keep: int | None,
        reload_editor: bool,
        rows: list[boards.BoardInfo],
        board_id: int | None,
        found: list[MeetingRow],
    ) -> None:
        self._first = False
        self._filling = True
        try:
            self.boards = {b.id: b for b in rows}
            self.board.set_items([(b.id, b.name) for b in rows], keep=False)
            self.board.set_current_id(board_id)
            self.model.set_rows(found)
            header = self.table.horizontalHeader()
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
            self.table.setColumnHidden(MeetingTableModel.BOARD, board_id is not None)
            self._fit_columns()
            row = self.model.row_of(keep) if keep is not None else None
            if row is None and found and keep is None:
                row = self._default_row()
            if row is not None:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows,
                )
                self.table.scrollTo(self.model.index(row, 0))
        finally:
            self._filling = False
        self.count.setText(self.tr("{n} meetings").format(n=len(found)))
        chosen = self.current_id()
        if chosen != self.editor.meeting_id:
            self.editor.load(chosen)
        elif reload_editor:
            self.editor.reload()
        self._update_buttons()
        self.loaded.emit()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table and event.type() == QEvent.Resize:
            self._fit_columns()
        return False

    def _fit_columns(self) -> None:
        """Kind and form in full when the table is wide enough, else compact (they elide; the
        editor shows them in full) so that the title keeps its room."""
        header = self.table.horizontalHeader()
        full = {
            c: max(self.table.sizeHintForColumn(c), header.sectionSizeHint(c))
            for c in COLUMN_WIDTHS
            if not self.table.isColumnHidden(c)
        }
        fixed = sum(
            header.sectionSize(c)
            for c in range(self.model.columnCount())
            if c not in full and c != MeetingTableModel.TITLE and not self.table.isColumnHidden(c)
        )
        roomy = self.table.viewport().width() - fixed - sum(full.values()) >= MIN_TITLE_WIDTH
        for column, width in full.items():
            self.table.setColumnWidth(column, width if roomy else min(width, COLUMN_WIDTHS[column]))

    def _default_row(self) -> int:
        """The next meeting to come, else the latest one."""
        today = date.today()
        upcoming = [
            (r.starts_at, i) for i, r in enumerate(self.model.rows) if r.starts_at.date() >= today
        ]
        if upcoming:
            return min(upcoming)[1]
        return max((r.starts_at, i) for i, r in enumerate(self.model.rows))[1]

    def _filter_changed(self) -> None:
        if not self._filling:
            self.refresh()

    def _selected(self) -> None:
        if self._filling:
            return
        self.editor.load(self.current_id())
        self._update_buttons()

    def current_row(self) -> MeetingRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def current_id(self) -> int | None:
        row = self.current_row()
        return row.id if row else None

    def _editable_boards(self) -> list[tuple[int, str]]:
        return [(b.id, b.name) for b in self.boards.values() if b.can_edit]

    def _update_buttons(self) -> None:
        """Hints only: the services decide."""
        self.new_button.setEnabled(bool(self._editable_boards()))
        row = self.current_row()
        self.delete_button.setEnabled(
            row is not None
            and row.status != "minutes_approved"
            and self.boards.get(row.board_id) is not None
            and self.boards[row.board_id].can_edit
        )

    # --- actions ----------------------------------------------------------------------------
    def new_item(self) -> None:
        """Ctrl+N: a new meeting of the chosen board."""
        choices = self._editable_boards()
        if not choices:
            return
        dialog = MeetingDialog(self.ctx, choices, board_id=self.board.current_id(), parent=self)
        if dialog.exec() and dialog.saved is not None:
            meeting = dialog.saved.meeting
            if self.board.current_id() not in (None, meeting.board_id):
                self._filling = True
                self.board.set_current_id(meeting.board_id)
                self._filling = False
            year = self.year.currentData()
            if year is not None and year != meeting.starts_at.year:
                self._filling = True
                self.year.setCurrentIndex(0)
                self._filling = False
            self.refresh(select_id=meeting.id)

    def delete_meeting(self) -> None:
        row = self.current_row()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete meeting"),
            self.tr(
                'Delete the meeting "{title}" with its agenda, attendance and record? '
                "This cannot be undone."
            ).format(title=row.title),
            QMessageBox.Yes | QMessageBox.No,
            QMessageBox.No,
        )
        if answer != QMessageBox.Yes:
            return
        ctx = self.ctx
        operations.save(
            self,
            lambda: meetings.delete_meeting(
                ctx.db, ctx.actor, row.id, expected_version=row.version
            ),
            lambda _r: self._deleted(),
            lambda exc: (show_error(self, exc), self.refresh()),
            changes=Changes.MEETINGS,
        )

    def _deleted(self) -> None:
        self.table.clearSelection()
        self.editor.clear()
        self.refresh()

    # --- persistence ------------------------------------------------------------------------
    def _restore_state(self) -> None:
        state = local_settings.MEETINGS_SPLITTER.get()
        if state is not None:
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([190, 560])

    def save_state(self) -> None:
        local_settings.MEETINGS_SPLITTER.set(self.splitter.saveState())
