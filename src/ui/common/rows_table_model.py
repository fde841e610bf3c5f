"""A read-only table over a list of frozen dataclasses, one column per (header, getter).

The rows keep their identity through a sort and a refresh: sorting moves the persistent
indexes with their rows (the selection stays on the same meeting, not on the same line), and
`set_rows` with rows that carry an `id` keeps every row that is still there where the view
has it (selection, current row), removing the rows that went away and adding the new ones
instead of resetting the model. Rows without an `id` are simply replaced.

A column may name its sort key; without one it sorts by its text in Vietnamese order.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from coordboard.text import vi_sort_key

ROW_ROLE = Qt.UserRole + 1

Getter = Callable[[Any], Any]
Column = tuple[str, Getter] | tuple[str, Getter, Getter | None]


def row_key(row: Any) -> Hashable | None:
    return getattr(row, "id", None)


class RowsTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column] = (), parent=None) -> None:
        super().__init__(parent)
        self.columns: list[tuple[str, Getter]] = []
        self.sort_keys: dict[int, Getter] = {}
        self.rows: list[Any] = []
        self._sorted: tuple[int, Qt.SortOrder] | None = None
        self.set_columns(columns)

    def set_columns(self, columns: Sequence[Column]) -> None:
        self.columns = [(c[0], c[1]) for c in columns]
        self.sort_keys = {i: c[2] for i, c in enumerate(columns) if len(c) > 2 and c[2]}

    # --- rows -----------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show `rows` (in the order last sorted, if the view sorted), keeping the rows that
        are still there in place for the view."""
        new = list(rows)
        keys = [row_key(r) for r in new]
        if None in keys or len(set(keys)) != len(keys) or not self.rows:
            self.beginResetModel()
            self.rows = new
            self._apply_sort()
            self.endResetModel()
            return
        wanted = set(keys)
        for i in reversed(range(len(self.rows))):  # rows that went away
            if row_key(self.rows[i]) not in wanted:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self.rows[i]
                self.endRemoveRows()
        have = {row_key(r) for r in self.rows}
        added = [r for r in new if row_key(r) not in have]
        if added:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(added) - 1)
            self.rows.extend(added)
            self.endInsertRows()
        by_key = {row_key(r): r for r in new}
        self._reorder(lambda: [by_key[k] for k in keys], values_changed=True)
        if self._sorted is not None:
            self.sort(*self._sorted)

    def row_at(self, row: int) -> Any | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, row_id: Hashable) -> int | None:
        return next((i for i, r in enumerate(self.rows) if row_key(r) == row_id), None)

    # --- Qt's model interface ------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if (
            role == Qt.DisplayRole
            and orientation == Qt.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section][0]
        return None

    def text(self, row: Any, column: int) -> str:
        value = self.columns[column][1](row)
        return "" if value is None else str(value)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            return self.text(row, index.column())
        if role == ROW_ROLE:
            return row
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._sorted = (column, order)
        key = self.sort_key(column)
        self._reorder(lambda: sorted(self.rows, key=key, reverse=order == Qt.DescendingOrder))

    def sort_key(self, column: int) -> Getter:
        return self.sort_keys.get(column) or (lambda r: vi_sort_key(self.text(r, column)))

    # --- moving rows with their persistent indexes ----------------------------------------------
    def _apply_sort(self) -> None:
        if self._sorted is not None:
            column, order = self._sorted
            self.rows.sort(key=self.sort_key(column), reverse=order == Qt.DescendingOrder)

    def _reorder(self, new_order: Callable[[], list[Any]], values_changed: bool = False) -> None:
        """Replace the rows by a permutation of them (same length, rows matched by identity
        or key), moving every persistent index (selection, current row) with its row."""
        self.layoutAboutToBeChanged.emit()
        old = self.rows
        self.rows = new_order()
        position = {self._identity(r): i for i, r in enumerate(self.rows)}
        before = self.persistentIndexList()
        after = []
        for index in before:
            moved = (
                position.get(self._identity(old[index.row()])) if index.row() < len(old) else None
            )
            after.append(QModelIndex() if moved is None else self.index(moved, index.column()))
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()
        if values_changed and self.rows and self.columns:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1)
            )

    @staticmethod
    def _identity(row: Any) -> Hashable:
        key = row_key(row)
        return ("key", key) if key is not None else ("object", id(row))
