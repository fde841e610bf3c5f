"""The tables of the Settings page: sortable, one row chosen at a time, New / Edit above."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordboard.ui.common.rows_table_model import RowsTableModel


def settings_table(model: RowsTableModel, name: str, *, sortable: bool = True) -> QTableView:
    """`sortable`: the user sorts by clicking a header. A table that is not keeps the order the
    service gave (enabling sorting sorts the model at once, and the model keeps that order
    through later refreshes)."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSortingEnabled(sortable)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    return view


class ListTab(QWidget):
    """A table with New / Edit buttons above it."""

    def __init__(self, model: RowsTableModel, name: str, editable: bool, note: str = "") -> None:
        super().__init__()
        self.model = model
        self.view = settings_table(model, name)
        self.new_button = QPushButton(self.tr("New"))
        self.edit_button = QPushButton(self.tr("Edit"))
        for button in (self.new_button, self.edit_button):
            button.setEnabled(editable)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        if note:
            label = QLabel(note)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addLayout(buttons)
        layout.addWidget(self.view)
        self.view.doubleClicked.connect(lambda *_: self.edit_button.click())

    def current(self):
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None
