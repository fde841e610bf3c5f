"""Members page: who sits on which board, filterable, with re-staffing and history."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordboard.services import members
from coordboard.services.members import MemberFilter, people
from coordboard.text import fold
from coordboard.ui import local_settings, operations
from coordboard.ui.common.errors import show_error
from coordboard.ui.common.page import Page
from coordboard.ui.common.widgets import DateEdit, ItemCombo
from coordboard.ui.context import AppContext
from coordboard.ui.members.members_table_model import BOARD, ROLE, MembersTableModel
from coordboard.ui.members.membership_dialogs import (
    EndMembershipDialog,
    MembershipDialog,
    RestaffDialog,
    SeatHistoryDialog,
)
from coordboard.ui.operations import Changes


class MembersPage(Page):
    """Signals: `loaded` after each refresh has filled the table; `exported(path)` and
    `export_failed(exception)` at the end of an export."""

    watches = Changes.MEMBERS | Changes.BOARDS | Changes.CATALOGUE

    loaded = Signal()
    exported = Signal(object)
    export_failed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.board_names: dict[int, str] = {}
        self._select_next: int | None = None  # the membership a refresh under way selects

        self.board = ItemCombo(none_label=self.tr("All boards"))
        self.board.setObjectName("boardFilter")
        self.agency = ItemCombo(none_label=self.tr("All agencies"))
        self.sector = ItemCombo(none_label=self.tr("All sectors"))
        self.role = ItemCombo(none_label=self.tr("All roles"))
        self.on_date = DateEdit()
        self.history = QCheckBox(self.tr("Include past members"))
        self.history.setObjectName("historyCheck")
        self.search = QLineEdit()
        self.search.setObjectName("memberSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search names or agencies (accents optional)"))
        self._fill_filter_choices()

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(250)
        self.search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        for combo in (self.board, self.agency, self.sector, self.role):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.on_date.dateChanged.connect(lambda _d: self.refresh())
        self.history.toggled.connect(self._history_toggled)

        self.model = MembersTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("membersTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.sortByColumn(ROLE, Qt.AscendingOrder)  # board order: chair first
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.doubleClicked.connect(lambda *_: self.edit_member())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.count = QLabel()
        self.count.setObjectName("memberCount")

        self.add_button = QPushButton(self.tr("Add member"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.end_button = QPushButton(self.tr("End membership"))
        self.restaff_button = QPushButton(self.tr("Re-staff seat"))
        self.history_button = QPushButton(self.tr("Seat history"))
        self.export_button = QPushButton(self.tr("Export to Excel"))
        self.add_button.clicked.connect(self.new_item)
        self.edit_button.clicked.connect(self.edit_member)
        self.end_button.clicked.connect(self.end_member)
        self.restaff_button.clicked.connect(self.restaff_member)
        self.history_button.clicked.connect(self.show_history)
        self.export_button.clicked.connect(self.export_xlsx)

        filters = QGridLayout()
        filters.addWidget(QLabel(self.tr("Board")), 0, 0)
        filters.addWidget(self.board, 0, 1, 1, 3)
        filters.addWidget(QLabel(self.tr("On")), 0, 4)
        filters.addWidget(self.on_date, 0, 5)
        filters.addWidget(self.history, 0, 6)
        filters.addWidget(QLabel(self.tr("Agency")), 1, 0)
        filters.addWidget(self.agency, 1, 1)
        filters.addWidget(QLabel(self.tr("Sector")), 1, 2)
        filters.addWidget(self.sector, 1, 3)
        filters.addWidget(QLabel(self.tr("Role")), 1, 4)
        filters.addWidget(self.role, 1, 5, 1, 2)
        filters.addWidget(QLabel(self.tr("Search")), 2, 0)
        filters.addWidget(self.search, 2, 1, 1, 6)
        filters.setColumnStretch(1, 3)
        filters.setColumnStretch(3, 2)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.end_button,
            self.restaff_button,
            self.history_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self._update_buttons()
        self._restore_columns()

    # --- filters ----------------------------------------------------------------------------
    def _fill_filter_choices(self) -> None:
        self.agency.set_items(self.ctx.agency_items(include_inactive=True))
        self.sector.set_items(self.ctx.sector_items())
        self.role.set_items(self.ctx.role_items())

    def catalogue_changed(self) -> None:
        """New agencies or sectors: offer them in the filters."""
        self._fill_filter_choices()

    def set_boards(self, boards: list[tuple[int, str]]) -> None:
        """The boards to filter by (the Boards page read them); the chosen one stays chosen.
        Reads no members: the page reads them again when it is shown (a hidden page would
        otherwise query each time the Boards page reloads)."""
        self.board_names = dict(boards)
        self.board.blockSignals(True)
        self.board.set_items(boards)
        self.board.blockSignals(False)

    def show_board(self, board_id: int) -> None:
        self.board.set_current_id(board_id)
        self.refresh()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _history_toggled(self, on: bool) -> None:
        self.on_date.setEnabled(not on)
        self.refresh()

    def current_filter(self) -> MemberFilter:
        return MemberFilter(
            board_id=self.board.current_id(),
            on=None if self.history.isChecked() else self.on_date.value(),
            agency_id=self.agency.current_id(),
            sector_id=self.sector.current_id(),
            role_id=self.role.current_id(),
            text=fold(self.search.text()),
        )

    # --- data -------------------------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        """Reload with the current filters; the selected membership stays selected (the model
        keeps it through a refresh and a sort), or `select_id` becomes selected. An answer to
        filters the user has changed since is dropped (not the membership it was asked to
        select)."""
        if select_id is not None:
            self._select_next = select_id
        flt, ctx = self.current_filter(), self.ctx

        def fill(rows: list[members.MemberRow]) -> None:
            self.model.set_rows(rows)
            self.table.setColumnHidden(BOARD, flt.board_id is not None)
            self.count.setText(self.tr("%n member(s)", "", len(rows)))
            if self._select_next is not None:
                self.select_membership(self._select_next)
                self._select_next = None
            self._update_buttons()
            self.loaded.emit()

        operations.query(
            self, lambda: members.list_members(ctx.db, ctx.actor, flt), fill, key="list"
        )

    def current_row(self) -> members.MemberRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_membership(self, membership_id: int) -> None:
        for i, row in enumerate(self.model.rows):
            if row.id == membership_id:
                self.table.selectRow(i)
                return

    def _update_buttons(self) -> None:
        row = self.current_row()
        editor = self.ctx.may_edit_boards
        self.add_button.setEnabled(editor and self.board.current_id() is not None)
        self.add_button.setToolTip(
            "" if self.board.current_id() is not None else self.tr("Choose a board first")
        )
        for button in (self.edit_button, self.end_button, self.restaff_button):
            button.setEnabled(editor and row is not None)
        self.history_button.setEnabled(row is not None)

    # --- actions ----------------------------------------------------------------------------
    def _after_save(self, dialog) -> None:
        if dialog.exec() and dialog.saved is not None:
            self.refresh(select_id=dialog.saved.id)

    def new_item(self) -> None:
        board_id = self.board.current_id()
        if board_id is None:
            return
        self._after_save(
            MembershipDialog(self.ctx, board_id, self.board_names.get(board_id, ""), parent=self)
        )

    def edit_member(self) -> None:
        """The form shows the person as the database has them now (read on a worker)."""
        row = self.current_row()
        if row is None or not self.ctx.may_edit_boards:
            return
        ctx = self.ctx
        operations.query(
            self,
            lambda: people.get_person(ctx.db, ctx.actor, row.person_id),
            lambda person: self._after_save(
                MembershipDialog(ctx, row.board_id, row.board_name, row, person, parent=self)
            ),
            key="dialog",
        )

    def end_member(self) -> None:
        row = self.current_row()
        if row is not None:
            self._after_save(EndMembershipDialog(self.ctx, row, self))

    def restaff_member(self) -> None:
        row = self.current_row()
        if row is not None:
            self._after_save(RestaffDialog(self.ctx, row, self))

    def show_history(self) -> None:
        row = self.current_row()
        if row is None:
            return
        ctx = self.ctx
        operations.query(
            self,
            lambda: members.seat_history(ctx.db, ctx.actor, row.id),
            lambda rows: SeatHistoryDialog(rows, self).exec(),
            key="dialog",
        )

    def export_xlsx(self) -> None:
        board_id = self.board.current_id()
        title = self.board_names.get(board_id) if board_id else self.tr("All boards")
        on = self.on_date.value() or date.today()
        default = Path.home() / self.tr("members-{date}.xlsx").format(date=on.strftime("%Y-%m-%d"))
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the member list"),
            str(default),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if name:
            self.export_to(Path(name), title)

    def export_to(self, path: Path, title: str | None = None) -> None:
        """Writes the rows on screen on a worker; `exported` or `export_failed` tells the end."""
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        heading = self.tr("Members of {board}").format(board=title or self.tr("all boards"))
        if not self.history.isChecked():
            heading += " — " + self.tr("on {date}").format(
                date=self.on_date.value().strftime("%d/%m/%Y")
            )
        rows = list(self.model.rows)
        self.export_button.setEnabled(False)

        def done(written: Path) -> None:
            self.export_button.setEnabled(True)
            QMessageBox.information(
                self,
                self.tr("Exported"),
                self.tr("The list was saved to {path}.").format(path=written),
            )
            self.exported.emit(written)

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            show_error(self, exc)
            self.export_failed.emit(exc)

        operations.query(
            self, lambda: members.export_members_xlsx(rows, path, heading), done, failed
        )

    # --- persistence ------------------------------------------------------------------------
    def _restore_columns(self) -> None:
        state = local_settings.MEMBERS_COLUMNS.get()
        if state is not None:
            self.table.horizontalHeader().restoreState(state)
        else:
            for column, width in enumerate((200, 260, 240, 170, 130, 260, 90, 90, 130, 110)):
                self.table.setColumnWidth(column, width)

    def save_state(self) -> None:
        local_settings.MEMBERS_COLUMNS.set(self.table.horizontalHeader().saveState())
