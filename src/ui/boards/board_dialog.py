"""Create or edit a board. The service validates; refusals show in the form, nothing closes."""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from coordboard.services import boards
from coordboard.ui.common.form_dialog import FormDialog, combo_names
from coordboard.ui.common.widgets import DateEdit, ItemCombo
from coordboard.ui.context import AppContext
from coordboard.ui.operations import Changes


class BoardDialog(FormDialog):
    def __init__(
        self,
        ctx: AppContext,
        board: boards.BoardInfo | None = None,
        parent_id: int | None = None,
        all_boards: list[boards.BoardInfo] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Edit board") if board else self.tr("New board"), parent, 620)
        self.ctx, self.board = ctx, board
        self.name = QLineEdit()
        self.kind = ItemCombo()
        self.kind.set_items(ctx.kind_items())
        self.level = ItemCombo()
        self.level.set_items(ctx.level_items())
        self.area = QLineEdit()
        self.area.setPlaceholderText(self.tr("e.g. tỉnh Vĩnh Long, xã Phước Hậu"))
        self.parent_board = ItemCombo(none_label=self.tr("(none — top-level board)"))
        self.parent_board.set_items(
            [(b.id, b.name) for b in all_boards if board is None or b.id != board.id]
        )
        self.standing = ItemCombo(none_label=self.tr("(not set)"))
        self.standing.set_items(ctx.agency_items())
        self.decision_number = QLineEdit()
        self.decision_number.setPlaceholderText(self.tr("e.g. 1835/QĐ-UBND"))
        self.decision_date = DateEdit(optional=True)
        self.active = QCheckBox(self.tr("The board is active"))
        self.active.setChecked(True)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)
        # how the board signs its documents (minutes, notices, reports): empty = derived
        self.doc_code = QLineEdit()
        self.doc_code.setPlaceholderText(self.tr('e.g. BĐH — as in "Số: 05/BB-BĐH"'))
        self.governing_body = QLineEdit()
        self.governing_body.setPlaceholderText(
            self.tr("e.g. UBND TỈNH VĨNH LONG (empty: from the area)")
        )

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Level"), self.level)
        form.addRow(self.tr("Area"), self.area)
        form.addRow(self.tr("Parent board"), self.parent_board)
        form.addRow(self.tr("Standing agency"), self.standing)
        form.addRow(self.tr("Establishing decision No."), self.decision_number)
        form.addRow(self.tr("Decision date"), self.decision_date)
        form.addRow(self.tr("Document code"), self.doc_code)
        form.addRow(self.tr("Governing body"), self.governing_body)
        form.addRow("", self.active)
        form.addRow(self.tr("Notes"), self.notes)
        self.fields = {
            "name": self.name,
            "kind": self.kind,
            "level": self.level,
            "parent": self.parent_board,
            "standing_agency": self.standing,
            "decision_date": self.decision_date,
            "doc_code": self.doc_code,
            "governing_body": self.governing_body,
        }

        self.body.addLayout(form)
        self.labels = {
            "name": self.tr("Name"),
            "kind_id": self.tr("Kind"),
            "level_id": self.tr("Level"),
            "area": self.tr("Area"),
            "parent_id": self.tr("Parent board"),
            "standing_agency_id": self.tr("Standing agency"),
            "decision_number": self.tr("Establishing decision No."),
            "decision_date": self.tr("Decision date"),
            "active": self.active.text(),
            "notes": self.tr("Notes"),
        }
        self.value_names = {
            "kind_id": combo_names(self.kind),
            "level_id": combo_names(self.level),
            "parent_id": combo_names(self.parent_board),
            "standing_agency_id": dict(ctx.agency_items(include_inactive=True)),
        }

        if board is not None:
            self._load(board)
        else:
            self.parent_board.set_current_id(parent_id)
            if parent_id is not None:
                commune = next((lv.id for lv in ctx.cat.levels if lv.code == "commune"), None)
                self.level.set_current_id(commune)

    def _load(self, b: boards.BoardInfo) -> None:
        self.name.setText(b.name)
        self.kind.set_current_id(b.kind_id)
        self.level.set_current_id(b.level_id)
        self.area.setText(b.area)
        self.parent_board.set_current_id(b.parent_id)
        self.standing.set_current_id(b.standing_agency_id)
        self.decision_number.setText(b.decision_number)
        self.decision_date.set_value(b.decision_date)
        self.active.setChecked(b.active)
        self.notes.setPlainText(b.notes)
        self.doc_code.setText(b.doc_code)
        self.governing_body.setText(b.governing_body)

    def data(self) -> boards.BoardInput:
        return boards.BoardInput(
            name=self.name.text(),
            kind_id=self.kind.current_id(),
            level_id=self.level.current_id(),
            area=self.area.text(),
            parent_id=self.parent_board.current_id(),
            standing_agency_id=self.standing.current_id(),
            decision_number=self.decision_number.text(),
            decision_date=self.decision_date.value(),
            active=self.active.isChecked(),
            notes=self.notes.toPlainText(),
            doc_code=self.doc_code.text(),
            governing_body=self.governing_body.text(),
        )

    def save(self) -> None:
        ctx, board, data = self.ctx, self.board, self.data()
        if board is None:
            self.attempt(lambda: boards.create_board(ctx.db, ctx.actor, data), Changes.BOARDS)
        else:
            self.attempt(
                lambda: boards.update_board(
                    ctx.db, ctx.actor, board.id, data, expected_version=board.version
                ),
                Changes.BOARDS,
            )

    # --- conflict hooks (FormDialog) ----------------------------------------------------------
    def loaded_record(self) -> boards.BoardInfo | None:
        return self.board

    def fetch_current(self) -> boards.BoardInfo:
        return boards.get_board(self.ctx.db, self.ctx.actor, self.board.id)

    def form_values(self) -> dict:
        return asdict(self.data())

    def take_record(self, record: boards.BoardInfo) -> None:
        self.board = record
        self._load(record)
