"""Boards page: the tree of boards by level and parent, with details and editing."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from coordboard.services import boards
from coordboard.ui import operations
from coordboard.ui.boards.board_dialog import BoardDialog
from coordboard.ui.common.page import Page
from coordboard.ui.common.widgets import format_date
from coordboard.ui.context import AppContext
from coordboard.ui.operations import Changes

BOARD_ID = Qt.UserRole + 1


class BoardsPage(Page):
    """Signals: `show_members(board_id)` asks the window to open the Members page on a board."""

    watches = Changes.BOARDS | Changes.MEMBERS | Changes.CATALOGUE

    show_members = Signal(int)
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.boards: dict[int, boards.BoardInfo] = {}
        self._select_next: int | None = None  # the board a refresh under way selects

        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Board"), self.tr("Level"), self.tr("Members today")]
        )
        self.tree = QTreeView()
        self.tree.setObjectName("boardsTree")
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QTreeView.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeToContents)
        self.tree.setStyleSheet("QTreeView::item { padding: 4px 2px; }")
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._show_details())
        self.tree.doubleClicked.connect(lambda *_: self.edit_board())

        self.new_button = QPushButton(self.tr("New board"))
        self.new_child_button = QPushButton(self.tr("New child board"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.members_button = QPushButton(self.tr("Show members"))
        self.new_button.clicked.connect(lambda: self.new_board(top_level=True))
        self.new_child_button.clicked.connect(lambda: self.new_board(top_level=False))
        self.edit_button.clicked.connect(self.edit_board)
        self.members_button.clicked.connect(self._open_members)

        self.details = QGroupBox(self.tr("Details"))
        self.detail_form = QFormLayout(self.details)
        self.detail_labels: dict[str, QLabel] = {}
        for key, label in (
            ("name", self.tr("Name")),
            ("kind", self.tr("Kind")),
            ("level", self.tr("Level")),
            ("area", self.tr("Area")),
            ("parent", self.tr("Parent board")),
            ("standing", self.tr("Standing agency")),
            ("decision", self.tr("Establishing decision")),
            ("members", self.tr("Members today")),
            ("status", self.tr("Status")),
            ("notes", self.tr("Notes")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            self.detail_labels[key] = value
            self.detail_form.addRow(label, value)

        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.new_child_button,
            self.edit_button,
            self.members_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.details)
        right_layout.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter)
        self._update_buttons()

    # --- data -------------------------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        """Reload the tree; keep (or move to `select_id`) the selected board. A newer refresh
        drops the answer of an older one, but not the board it was asked to select."""
        if select_id is not None:
            self._select_next = select_id
        ctx = self.ctx
        operations.query(
            self, lambda: boards.list_boards(ctx.db, ctx.actor), self._fill, key="list"
        )

    def _fill(self, rows: list[boards.BoardInfo]) -> None:
        selected = self._select_next if self._select_next is not None else self.current_board_id()
        self._select_next = None
        self.boards = {b.id: b for b in rows}
        self.model.removeRows(0, self.model.rowCount())
        items: dict[int, QStandardItem] = {}
        pending = list(rows)
        while pending:  # parents come first (rows are ordered by level)
            progressed = False
            for b in list(pending):
                parent_item = items.get(b.parent_id) if b.parent_id in self.boards else None
                if b.parent_id in self.boards and parent_item is None:
                    continue
                row = [
                    QStandardItem(b.name),
                    QStandardItem(b.level_name),
                    QStandardItem(str(b.member_count)),
                ]
                row[0].setData(b.id, BOARD_ID)
                row[2].setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if not b.active:
                    for item in row:
                        item.setForeground(Qt.gray)
                (parent_item or self.model.invisibleRootItem()).appendRow(row)
                items[b.id] = row[0]
                pending.remove(b)
                progressed = True
            if not progressed:
                break
        self.tree.expandAll()
        target = items.get(selected) or (items[rows[0].id] if rows else None)
        if target is not None:
            self.tree.selectionModel().setCurrentIndex(
                target.index(), QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows
            )
        self._show_details()
        self.loaded.emit()

    def current_board_id(self) -> int | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return index.siblingAtColumn(0).data(BOARD_ID)

    def current_board(self) -> boards.BoardInfo | None:
        return self.boards.get(self.current_board_id())

    def _show_details(self) -> None:
        b = self.current_board()
        values = dict.fromkeys(self.detail_labels, "")
        if b is not None:
            decision = b.decision_number
            if b.decision_date:
                decision += " " + self.tr("dated {date}").format(date=format_date(b.decision_date))
            values = {
                "name": b.name,
                "kind": b.kind_name,
                "level": b.level_name,
                "area": b.area,
                "parent": b.parent_name,
                "standing": b.standing_agency_name,
                "decision": decision.strip(),
                "members": str(b.member_count),
                "status": self.tr("Active") if b.active else self.tr("Inactive"),
                "notes": b.notes,
            }
        for key, value in values.items():
            self.detail_labels[key].setText(value)
        self._update_buttons()

    def _update_buttons(self) -> None:
        b = self.current_board()
        self.new_button.setEnabled(self.ctx.actor.is_admin)
        self.new_child_button.setEnabled(b is not None and b.can_edit)
        self.edit_button.setEnabled(b is not None and b.can_edit)
        self.members_button.setEnabled(b is not None)

    # --- actions ----------------------------------------------------------------------------
    def new_item(self) -> None:
        self.new_board(top_level=self.current_board() is None)

    def new_board(self, top_level: bool) -> None:
        parent_id = None if top_level else self.current_board_id()
        dialog = BoardDialog(self.ctx, None, parent_id, list(self.boards.values()), self)
        if dialog.exec() and dialog.saved:
            self.refresh(select_id=dialog.saved.id)

    def edit_board(self) -> None:
        b = self.current_board()
        if b is None or not b.can_edit:
            return
        dialog = BoardDialog(self.ctx, b, None, list(self.boards.values()), self)
        if dialog.exec() and dialog.saved:
            self.refresh(select_id=dialog.saved.id)

    def _open_members(self) -> None:
        board_id = self.current_board_id()
        if board_id is not None:
            self.show_members.emit(board_id)
