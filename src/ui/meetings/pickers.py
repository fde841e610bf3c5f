"""Pickers of the meeting editor: the speaker of an opinion (the co-operating agencies of a
conclusion's task are ticked in ui/common/agency_checklist, as on the task form).

It searches without accents ("cong an" finds "Công an tỉnh"): the secretary types fast during
a meeting and rarely stops for diacritics.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QWidget,
)

from coordboard.services.meetings import AttendeeInfo
from coordboard.text import fold

ID_ROLE = Qt.UserRole
FOLD_ROLE = Qt.UserRole + 1


class _FoldingCompleter(QCompleter):
    """Matches what is typed against the folded labels anywhere in them, and puts the real
    label (with its diacritics) into the field."""

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index) -> str:
        return index.data(Qt.DisplayRole) or ""


class SpeakerCombo(QComboBox):
    """Who spoke: a participant of the meeting (type a few letters of the name or agency, no
    accents needed) or, for someone not on the list, any name typed in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.NoInsert)
        self.setMinimumContentsLength(24)
        self.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.lineEdit().setPlaceholderText(self.tr("Speaker: type a name or an agency"))
        self._offered: list[tuple[int, str]] = []
        self.choices = QStandardItemModel(self)
        completer = _FoldingCompleter(self.choices, self)
        completer.setCompletionRole(FOLD_ROLE)
        completer.setFilterMode(Qt.MatchContains)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setCompletionMode(QCompleter.PopupCompletion)
        self.setCompleter(completer)

    @staticmethod
    def label(a: AttendeeInfo) -> str:
        name = a.delegate_name if a.attendance == "delegated" and a.delegate_name else a.name
        return " — ".join(x for x in (name, a.agency_name or a.title) if x)

    def set_attendees(self, attendees) -> None:
        """Those attending first, then those whose attendance is not recorded; the absent are
        not offered. What is typed stays."""
        text = self.currentText()
        order = {"present": 0, "delegated": 0, "invited": 1}
        chosen = sorted(
            (a for a in attendees if a.attendance in order),
            key=lambda a: (order[a.attendance], a.kind != "member", a.position),
        )
        offered = [(a.id, self.label(a)) for a in chosen]
        if offered == self._offered:
            return  # a refresh that changed nothing here leaves an open pop-up alone
        self._offered = offered
        self.blockSignals(True)
        self.clear()
        self.choices.clear()
        for a in chosen:
            label = self.label(a)
            self.addItem(label, a.id)
            item = QStandardItem(label)
            item.setData(fold(label), FOLD_ROLE)
            item.setData(a.id, ID_ROLE)
            self.choices.appendRow(item)
        self.setCurrentIndex(-1)
        self.setEditText(text)
        self.blockSignals(False)

    def speaker(self) -> tuple[int | None, str]:
        """(attendee id, "") for a participant chosen from the list, (None, name) otherwise."""
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFixedString)
        if text and index >= 0:
            return self.itemData(index), ""
        return None, text

    def set_speaker(self, attendee_id: int | None, name: str) -> None:
        index = self.findData(attendee_id) if attendee_id is not None else -1
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(-1)
            self.setEditText(name)
