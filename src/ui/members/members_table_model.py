"""Table model over the member rows a service returned; sorts in Vietnamese order."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from coordboard.services.members import MemberRow
from coordboard.text import person_sort_key, vi_sort_key
from coordboard.ui.common.widgets import format_date

ROW_ROLE = Qt.UserRole + 1

NAME, POSITION, AGENCY, ROLE, DUTY, BOARD, START, END, DECISION, PHONE, EMAIL = range(11)


class MembersTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[MemberRow] = []
        self.today = date.today()
        self.headers = [
            self.tr("Full name"),
            self.tr("Position"),
            self.tr("Agency"),
            self.tr("Role in the board"),
            self.tr("Duty"),
            self.tr("Board"),
            self.tr("From"),
            self.tr("To"),
            self.tr("Decision"),
            self.tr("Phone"),
            self.tr("E-mail"),
        ]

    def set_rows(self, rows: list[MemberRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.today = date.today()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole:
            if orientation == Qt.Horizontal and 0 <= section < len(self.headers):
                return self.headers[section]
            if orientation == Qt.Vertical:
                return str(section + 1)
        return None

    def _text(self, r: MemberRow, column: int) -> str:
        return {
            NAME: f"{r.full_name}",
            POSITION: r.position,
            AGENCY: r.agency_name,
            ROLE: r.role_name,
            DUTY: r.board_position,
            BOARD: r.board_name,
            START: format_date(r.start_date),
            END: format_date(r.end_date),
            DECISION: r.decision_number,
            PHONE: r.phone,
            EMAIL: r.email,
        }[column]

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        r = self.rows[index.row()]
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            text = self._text(r, index.column())
            if role == Qt.ToolTipRole and index.column() == END and r.end_reason:
                return r.end_reason
            return text
        if role == Qt.ForegroundRole and not r.active_on(self.today):
            return QBrush(QColor("#7a7a7a"))  # past (or future) members are greyed
        if role == ROW_ROLE:
            return r
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        keys = {
            NAME: lambda r: person_sort_key(r.full_name),
            ROLE: lambda r: (r.role_rank, person_sort_key(r.full_name)),
            START: lambda r: (r.start_date, person_sort_key(r.full_name)),
            END: lambda r: (r.end_date or date.max, person_sort_key(r.full_name)),
        }
        key = keys.get(
            column, lambda r: (vi_sort_key(self._text(r, column)), person_sort_key(r.full_name))
        )
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=key, reverse=order == Qt.DescendingOrder)
        self.layoutChanged.emit()

    def row_at(self, row: int) -> MemberRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None
