"""The co-operating agencies of a task: a checkable list of the catalogue's agencies with a
search box (accents optional) and the number chosen. The lead agency is not offered."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from coordboard.text import fold

ID_ROLE = Qt.UserRole
FOLDED_ROLE = Qt.UserRole + 1  # the name folded, for the search


class CooperatingPicker(QWidget):
    def __init__(self, agencies: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lead_id: int | None = None
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find an agency (accents optional)"))
        self.list = QListWidget()
        self.list.setObjectName("taskCooperating")
        self.list.setMinimumHeight(170)
        for agency_id, name in agencies:
            item = QListWidgetItem(name)
            item.setData(ID_ROLE, agency_id)
            item.setData(FOLDED_ROLE, fold(name))
            item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
            self.list.addItem(item)
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(self.count)
        self.list.itemChanged.connect(lambda _item: self._show_count())
        self.search.textChanged.connect(lambda _text: self._show_matches())

    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def ids(self) -> tuple[int, ...]:
        return tuple(item.data(ID_ROLE) for item in self.items() if item.checkState() == Qt.Checked)

    def set_ids(self, agency_ids: Iterable[int]) -> None:
        wanted = set(agency_ids)
        for item in self.items():
            item.setCheckState(Qt.Checked if item.data(ID_ROLE) in wanted else Qt.Unchecked)
        self._show_count()

    def set_lead(self, lead_id: int | None) -> None:
        """The lead agency is not offered as a co-operating one (nor kept as one)."""
        self.lead_id = lead_id
        for item in self.items():
            if item.data(ID_ROLE) == lead_id:
                item.setCheckState(Qt.Unchecked)
        self._show_matches()
        self._show_count()

    def _show_matches(self) -> None:
        words = fold(self.search.text()).split()
        for item in self.items():
            matches = all(w in item.data(FOLDED_ROLE) for w in words)
            item.setHidden(item.data(ID_ROLE) == self.lead_id or not matches)

    def _show_count(self) -> None:
        n = len(self.ids())
        self.count.setText(self.tr("{n} chosen").format(n=n) if n else "")
