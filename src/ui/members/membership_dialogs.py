"""Member forms: add or correct a membership, end it, re-staff a seat, see a seat's history."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordboard.errors import NotFound
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.services import members
from coordboard.services.members import people
from coordboard.ui.common.form_dialog import FormDialog, combo_names
from coordboard.ui.common.widgets import DateEdit, ItemCombo
from coordboard.ui.context import AppContext
from coordboard.ui.members.members_table_model import MembersTableModel
from coordboard.ui.members.person_fields import PersonFields
from coordboard.ui.operations import Changes

PERSON = "person."  # the person's fields, beside the seat's, in a comparison


class MembershipDialog(FormDialog):
    """Add a member to a board, or correct an existing membership and the person's details."""

    def __init__(
        self,
        ctx: AppContext,
        board_id: int,
        board_name: str,
        row: members.MemberRow | None = None,
        person: people.PersonInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Edit membership") if row else self.tr("Add a member"), parent)
        self.ctx, self.board_id, self.row, self.person = ctx, board_id, row, person
        self.person_fields = PersonFields(ctx, allow_existing=row is None)
        if person is not None:
            self.person_fields.load(person)
        person_box = QGroupBox(self.tr("Person"))
        QVBoxLayout(person_box).addWidget(self.person_fields)

        self.role = ItemCombo()
        self.role.set_items(ctx.role_items())
        member_role = next((r.id for r in ctx.cat.roles if r.code == "member"), None)
        self.role.set_current_id(member_role)
        self.agency = ItemCombo(none_label=self.tr("(the person's own agency)"))
        self.agency.set_items(ctx.agency_items())
        self.duty = QLineEdit()
        self.start = DateEdit()
        self.end = DateEdit(optional=True)
        self.decision_number = QLineEdit()
        self.decision_number.setPlaceholderText(self.tr("e.g. 1835/QĐ-UBND"))
        self.decision_date = DateEdit(optional=True)
        seat_box = QGroupBox(self.tr("Seat on {board}").format(board=board_name))
        form = QFormLayout(seat_box)
        form.addRow(self.tr("Role in the board"), self.role)
        form.addRow(self.tr("Agency represented"), self.agency)
        form.addRow(self.tr("Duty in the board"), self.duty)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        form.addRow(self.tr("Appointing decision No."), self.decision_number)
        form.addRow(self.tr("Decision date"), self.decision_date)
        self.body.addWidget(person_box)
        self.body.addWidget(seat_box)
        self.fields = {
            **self.person_fields.field_widgets,
            "role": self.role,
            "agency": self.agency,
            "start_date": self.start,
            "end_date": self.end,
            "decision_date": self.decision_date,
        }
        self.seat_labels = {
            "role_id": self.tr("Role in the board"),
            "agency_id": self.tr("Agency represented"),
            "board_position": self.tr("Duty in the board"),
            "start_date": self.tr("From"),
            "end_date": self.tr("To"),
            "decision_number": self.tr("Appointing decision No."),
            "decision_date": self.tr("Decision date"),
        }
        agencies = dict(ctx.agency_items(include_inactive=True))
        self.value_names = {
            "role_id": combo_names(self.role),
            "agency_id": agencies,
            PERSON + "agency_id": agencies,
            PERSON + "honorific": combo_names(self.person_fields.honorific),
        }
        if row is not None:
            self._load_seat(row)

    def _load_seat(self, row: members.MemberRow) -> None:
        self.role.set_current_id(row.role_id)
        self.agency.set_current_id(row.agency_id)
        self.duty.setText(row.board_position)
        self.start.set_value(row.start_date)
        self.end.set_value(row.end_date)
        self.decision_number.setText(row.decision_number)
        self.decision_date.set_value(row.decision_date)

    def membership_input(self, person_id: int | None) -> members.MembershipInput:
        return members.MembershipInput(
            board_id=self.board_id,
            person_id=person_id,
            role_id=self.role.current_id(),
            start_date=self.start.value(),
            agency_id=self.agency.current_id(),
            board_position=self.duty.text(),
            end_date=self.end.value(),
            decision_number=self.decision_number.text(),
            decision_date=self.decision_date.value(),
        )

    def save(self) -> None:
        ctx = self.ctx
        if self.row is None:
            self.attempt(
                partial(
                    members.add_membership,
                    ctx.db,
                    ctx.actor,
                    self.membership_input(self.person_fields.person_id()),
                    new_person=self.person_fields.new_person(),
                ),
                Changes.MEMBERS,
            )
        else:
            self.attempt(
                partial(
                    members.update_membership,
                    ctx.db,
                    ctx.actor,
                    self.row.id,
                    self.membership_input(self.row.person_id),
                    expected_version=self.row.version,
                    person_update=self.person_fields.new_person(),
                    person_version=self.person.version if self.person else None,
                ),
                Changes.MEMBERS,
            )

    # --- conflict hooks (FormDialog): the seat and the person, saved together ----------------
    def loaded_record(self) -> tuple[members.MemberRow, people.PersonInfo | None] | None:
        return None if self.row is None else (self.row, self.person)

    def fetch_current(self) -> tuple[members.MemberRow, people.PersonInfo | None]:
        ctx = self.ctx
        rows = members.list_members(ctx.db, ctx.actor, members.MemberFilter(board_id=self.board_id))
        row = next((r for r in rows if r.id == self.row.id), None)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "The membership no longer exists."))
        person = people.get_person(ctx.db, ctx.actor, row.person_id) if self.person else None
        return row, person

    def conflict_labels(self) -> dict[str, str]:
        labels = {PERSON + name: label for name, label in self.person_fields.labels().items()}
        return {**labels, **self.seat_labels}

    def record_values(self, record) -> dict:
        row, person = record
        values = {name: getattr(row, name) for name in self.seat_labels}
        if person is not None:
            values.update(
                {PERSON + name: getattr(person, name) for name in self.person_fields.labels()}
            )
        return values

    def form_values(self) -> dict:
        data = self.membership_input(self.row.person_id)
        values = {name: getattr(data, name) for name in self.seat_labels}
        person = self.person_fields.new_person()
        if self.person is not None and person is not None:
            values.update(
                {PERSON + name: getattr(person, name) for name in self.person_fields.labels()}
            )
        return values

    def with_values(self, record, values: dict):
        row, person = record
        seat = {k: v for k, v in values.items() if not k.startswith(PERSON)}
        own = {k[len(PERSON) :]: v for k, v in values.items() if k.startswith(PERSON)}
        return replace(row, **seat), (replace(person, **own) if person is not None else None)

    def take_record(self, record) -> None:
        self.row, self.person = record
        self._load_seat(self.row)
        if self.person is not None:
            self.person_fields.load(self.person)


class EndMembershipDialog(FormDialog):
    def __init__(self, ctx: AppContext, row: members.MemberRow, parent: QWidget | None = None):
        super().__init__(self.tr("End membership"), parent)
        self.ctx, self.row = ctx, row
        self.end = DateEdit()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. moved to another post, retired"))
        form = QFormLayout()
        form.addRow(self.tr("Member"), QLabel(f"{row.full_name} — {row.role_name}"))
        form.addRow(self.tr("Last day on the board"), self.end)
        form.addRow(self.tr("Reason"), self.reason)
        self.body.addLayout(form)
        self.fields = {"end_date": self.end}

    def save(self) -> None:
        self.attempt(
            partial(
                members.end_membership,
                self.ctx.db,
                self.ctx.actor,
                self.row.id,
                self.end.value(),
                self.reason.text(),
                expected_version=self.row.version,
            ),
            Changes.MEMBERS,
        )


class RestaffDialog(FormDialog):
    """Kiện toàn: a successor takes the seat; the current holder's membership ends the day before."""

    def __init__(self, ctx: AppContext, row: members.MemberRow, parent: QWidget | None = None):
        super().__init__(self.tr("Re-staff a seat"), parent)
        self.ctx, self.row = ctx, row
        intro = QLabel(
            self.tr(
                "{name} ({role}, {agency}) leaves the seat the day before the "
                "successor starts. The history of the seat is kept."
            ).format(name=row.full_name, role=row.role_name, agency=row.agency_name or "—")
        )
        intro.setWordWrap(True)
        self.person_fields = PersonFields(ctx)
        self.person_fields.use_new(True)
        person_box = QGroupBox(self.tr("Successor"))
        QVBoxLayout(person_box).addWidget(self.person_fields)
        self.start = DateEdit()
        self.decision_number = QLineEdit()
        self.decision_number.setPlaceholderText(self.tr("e.g. 412/QĐ-UBND"))
        self.decision_date = DateEdit(optional=True)
        self.reason = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Successor starts on"), self.start)
        form.addRow(self.tr("Re-staffing decision No."), self.decision_number)
        form.addRow(self.tr("Decision date"), self.decision_date)
        form.addRow(self.tr("Reason for the change"), self.reason)
        self.body.addWidget(intro)
        self.body.addWidget(person_box)
        self.body.addLayout(form)
        self.fields = {
            **self.person_fields.field_widgets,
            "start_date": self.start,
            "decision_date": self.decision_date,
        }

    def save(self) -> None:
        ctx = self.ctx
        self.attempt(
            partial(
                members.restaff,
                ctx.db,
                ctx.actor,
                self.row.id,
                successor_person_id=self.person_fields.person_id(),
                new_person=self.person_fields.new_person(),
                start_date=self.start.value(),
                decision_number=self.decision_number.text(),
                decision_date=self.decision_date.value(),
                reason=self.reason.text(),
                expected_version=self.row.version,
            ),
            Changes.MEMBERS,
        )


class SeatHistoryDialog(QDialog):
    def __init__(self, rows: list[members.MemberRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of the seat"))
        self.resize(900, 320)
        self.model = MembersTableModel(self)
        self.model.set_rows(rows)
        view = QTableView()
        view.setModel(self.model)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(buttons)
