"""Agencies to tick: the catalogue's agencies with a tick box each, a search line that ignores
accents ("cong an" finds "Công an tỉnh"), and the number chosen. `exclude` hides one agency
(the lead agency is not also a co-operating one) and unticks it.

The co-operating agencies of the task form and of a meeting conclusion's task use it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from coordboard.text import fold

ID_ROLE = Qt.UserRole
FOLD_ROLE = Qt.UserRole + 1  # the name folded, for the search


class AgencyChecklist(QWidget):
    """`name`: the list's object name; `min_height`: its height at the least, in pixels;
    `placeholder`: the search line's hint, when the form words it its own way."""

    def __init__(
        self,
        items: list[tuple[int, str]],
        parent: QWidget | None = None,
        *,
        name: str = "cooperatingAgencies",
        min_height: int = 150,
        placeholder: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.excluded: int | None = None
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(placeholder or self.tr("Find an agency (accents optional)"))
        self.list = QListWidget()
        self.list.setObjectName(name)
        self.list.setMinimumHeight(min_height)
        for agency_id, label in items:
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, agency_id)
            item.setData(FOLD_ROLE, fold(label))
            item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
            self.list.addItem(item)
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        self.search.textChanged.connect(lambda _t: self._filter())
        self.list.itemChanged.connect(lambda _i: self._count())

    def items(self) -> Iterator[QListWidgetItem]:
        return (self.list.item(i) for i in range(self.list.count()))

    def exclude(self, agency_id: int | None) -> None:
        self.excluded = agency_id
        for item in self.items():
            if item.data(ID_ROLE) == agency_id:
                item.setCheckState(Qt.Unchecked)
        self._filter()

    def checked_ids(self) -> tuple[int, ...]:
        return tuple(item.data(ID_ROLE) for item in self.items() if item.checkState() == Qt.Checked)

    def set_checked(self, agency_ids: Iterable[int]) -> None:
        wanted = set(agency_ids)
        for item in self.items():
            item.setCheckState(Qt.Checked if item.data(ID_ROLE) in wanted else Qt.Unchecked)

    def _filter(self) -> None:
        words = fold(self.search.text()).split()
        for item in self.items():
            item.setHidden(
                item.data(ID_ROLE) == self.excluded
                or not all(w in item.data(FOLD_ROLE) for w in words)
            )

    def _count(self) -> None:
        n = len(self.checked_ids())
        self.count.setText(self.tr("{n} chosen").format(n=n) if n else "")
