"""Table model over the member rows a service returned; sorts in Vietnamese order."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from coordboard.services.members import MemberRow
from coordboard.text import person_sort_key, vi_sort_key
from coordboard.ui.common.rows_table_model import RowsTableModel
from coordboard.ui.common.widgets import format_date

NAME, POSITION, AGENCY, ROLE, DUTY, BOARD, START, END, DECISION, PHONE, EMAIL = range(11)


class MembersTableModel(RowsTableModel):
    """Names sort as Vietnamese names do (given name first); other columns by their text,
    then by name; past (or future) members are greyed."""

    def __init__(self, parent=None) -> None:
        super().__init__((), parent)
        self.today = date.today()
        by_name = lambda r: person_sort_key(r.full_name)  # noqa: E731
        self.set_columns(
            [
                (self.tr("Full name"), lambda r: r.full_name, by_name),
                (self.tr("Position"), lambda r: r.position, None),
                (self.tr("Agency"), lambda r: r.agency_name, None),
                (
                    self.tr("Role in the board"),
                    lambda r: r.role_name,
                    lambda r: (r.role_rank, by_name(r)),
                ),
                (self.tr("Duty"), lambda r: r.board_position, None),
                (self.tr("Board"), lambda r: r.board_name, None),
                (
                    self.tr("From"),
                    lambda r: format_date(r.start_date),
                    lambda r: (r.start_date, by_name(r)),
                ),
                (
                    self.tr("To"),
                    lambda r: format_date(r.end_date),
                    lambda r: (r.end_date or date.max, by_name(r)),
                ),
                (self.tr("Decision"), lambda r: r.decision_number, None),
                (self.tr("Phone"), lambda r: r.phone, None),
                (self.tr("E-mail"), lambda r: r.email, None),
            ]
        )

    def set_rows(self, rows: list[MemberRow]) -> None:
        self.today = date.today()
        super().set_rows(rows)

    def sort_key(self, column: int):
        if column in self.sort_keys:
            return self.sort_keys[column]
        return lambda r: (vi_sort_key(self.text(r, column)), person_sort_key(r.full_name))

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Vertical:
            return str(section + 1)
        return super().headerData(section, orientation, role)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        r = self.rows[index.row()]
        if role == Qt.ToolTipRole and index.column() == END and r.end_reason:
            return r.end_reason
        if role == Qt.ForegroundRole and not r.active_on(self.today):
            return QBrush(QColor("#7a7a7a"))  # past (or future) members are greyed
        return super().data(index, role)
