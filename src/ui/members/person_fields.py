"""The person part of member forms: pick someone already on file, or type a new person."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coordboard.services.members import people
from coordboard.ui import operations
from coordboard.ui.common.widgets import ItemCombo
from coordboard.ui.context import AppContext


class PersonFields(QWidget):
    """Either `person_id()` (existing) or `new_person()` (typed in) is the answer.

    Signals: `searched` after the people found for the search text are listed."""

    searched = Signal()

    def __init__(
        self, ctx: AppContext, allow_existing: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.notes = ""
        self.existing_radio = QRadioButton(self.tr("Someone already on file"))
        self.new_radio = QRadioButton(self.tr("A new person"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type part of the name (accents optional)"))
        self.search.textChanged.connect(self._search)
        self.found = ItemCombo(none_label=self.tr("(choose a person)"))
        self.found.setObjectName("personFound")
        self.found.set_items([])  # "(choose a person)" until the people found are listed

        self.full_name = QLineEdit()
        self.full_name.setObjectName("fullName")
        self.honorific = QComboBox()
        for value, label in (("Ông", "Ông"), ("Bà", "Bà"), ("", "—")):
            self.honorific.addItem(label, value)
        self.position = QLineEdit()
        self.position.setPlaceholderText(self.tr("e.g. Phó Giám đốc Sở Y tế"))
        self.agency = ItemCombo(none_label=self.tr("(not set)"))
        self.agency.set_items(ctx.agency_items())
        self.phone = QLineEdit()
        self.email = QLineEdit()

        existing = QWidget()
        existing_form = QFormLayout(existing)
        existing_form.setContentsMargins(0, 0, 0, 0)
        existing_form.addRow(self.tr("Search"), self.search)
        existing_form.addRow(self.tr("Person"), self.found)
        new = QWidget()
        new_form = QFormLayout(new)
        new_form.setContentsMargins(0, 0, 0, 0)
        new_form.addRow(self.tr("Full name"), self.full_name)
        new_form.addRow(self.tr("Honorific"), self.honorific)
        new_form.addRow(self.tr("Position"), self.position)
        new_form.addRow(self.tr("Agency"), self.agency)
        new_form.addRow(self.tr("Phone"), self.phone)
        new_form.addRow(self.tr("E-mail"), self.email)
        self.stack = QStackedWidget()
        self.stack.addWidget(existing)
        self.stack.addWidget(new)

        radios = QHBoxLayout()
        radios.addWidget(self.existing_radio)
        radios.addWidget(self.new_radio)
        radios.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if allow_existing:
            layout.addLayout(radios)
        layout.addWidget(self.stack)
        self.existing_radio.toggled.connect(lambda on: self.stack.setCurrentIndex(0 if on else 1))
        if allow_existing:
            self.existing_radio.setChecked(True)
            self._search("")
        else:
            self.new_radio.setChecked(True)
            self.stack.setCurrentIndex(1)
        self.field_widgets = {
            "full_name": self.full_name,
            "honorific": self.honorific,
            "email": self.email,
            "phone": self.phone,
            "person": self.found,
            "agency": self.agency,
        }

    def labels(self) -> dict[str, str]:
        """The person's fields as the form labels them (for comparing two versions)."""
        return {
            "full_name": self.tr("Full name"),
            "honorific": self.tr("Honorific"),
            "position": self.tr("Position"),
            "agency_id": self.tr("Agency"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
        }

    def _search(self, text: str) -> None:
        """Look people up on a worker at each keystroke; the answer to an older text is
        dropped once a newer one is asked."""
        ctx = self.ctx
        operations.query(
            self,
            lambda: people.find_people(ctx.db, ctx.actor, text, limit=100),
            self._show_found,
            key="search",
        )

    def _show_found(self, found: list[people.PersonInfo]) -> None:
        self.found.set_items(
            [(p.id, f"{p.full_name} — {p.position or p.agency_name}") for p in found], keep=False
        )
        self.searched.emit()

    def use_new(self, on: bool) -> None:
        (self.new_radio if on else self.existing_radio).setChecked(True)

    def is_new(self) -> bool:
        return self.new_radio.isChecked()

    def person_id(self) -> int | None:
        return None if self.is_new() else self.found.current_id()

    def new_person(self) -> people.PersonInput | None:
        if not self.is_new():
            return None
        return people.PersonInput(
            full_name=self.full_name.text(),
            honorific=self.honorific.currentData(),
            position=self.position.text(),
            agency_id=self.agency.current_id(),
            phone=self.phone.text(),
            email=self.email.text(),
            notes=self.notes,
        )

    def load(self, p: people.PersonInfo) -> None:
        self.notes = p.notes  # not shown here, but kept when the person is saved
        self.full_name.setText(p.full_name)
        self.honorific.setCurrentIndex(max(0, self.honorific.findData(p.honorific)))
        self.position.setText(p.position)
        self.agency.set_current_id(p.agency_id)
        self.phone.setText(p.phone)
        self.email.setText(p.email)
