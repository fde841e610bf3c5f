"""The filters of the Tasks page: board (with its sub-boards), plan, sector, lead and
co-operating agency, deadline range, the date the classes are computed as of, a title search,
the status-class chips, and a focal point's "my agency" scope.

The plans of the chosen board are read on a worker. Until they arrive, the plan filter holds
the plan asked for (by another page, through "open filtered"), so the filter and the rows
agree; should the board not have that plan, the filter changes once the list is in. A plan
the user chooses meanwhile ("All plans") replaces the one asked for.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coordboard.services import plans
from coordboard.services.actor import FOCAL_POINT
from coordboard.services.plans import PlanInfo
from coordboard.services.tasks import TaskFilter, classification
from coordboard.ui import operations
from coordboard.ui.common.errors import show_error
from coordboard.ui.common.widgets import DateEdit, ItemCombo, plan_label
from coordboard.ui.context import AppContext
from coordboard.ui.tasks.class_chips import ClassChips
from coordboard.ui.tasks.held_choice import hold, set_quietly

SCOPE_STYLE = (
    "QToolButton { padding: 3px 8px; border: 1px solid #9bb7d6; border-radius: 3px;"
    " background: #f4f8fc; color: #1f1f1f; }"
    "QToolButton:checked { background: #cfe0f3; border: 2px solid #1f4e82;"
    " padding: 2px 7px; }"
)


class TaskFilterBar(QWidget):
    """Signals: `changed` when the user changed a filter (the search box after a pause);
    `plans_loaded` when the plans of the chosen board are in the plan filter."""

    changed = Signal()
    plans_loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.board_names: dict[int, str] = {}
        self.scope_agency_id: int | None = None
        self._wanted_plan: int | None = None  # the plan to choose when the plans arrive

        self.board = ItemCombo(none_label=self.tr("All boards"))
        self.board.setObjectName("taskBoardFilter")
        self.child_boards = QCheckBox(self.tr("with its sub-boards"))
        self.plan = ItemCombo(none_label=self.tr("All plans"))
        self.plan.setEnabled(False)
        self.plan.setToolTip(self.tr("Choose a board first"))
        self.sector = ItemCombo(none_label=self.tr("All sectors"))
        self.lead = ItemCombo(none_label=self.tr("All lead agencies"))
        self.cooperating = ItemCombo(none_label=self.tr("All co-operating agencies"))
        self.deadline_from = DateEdit(optional=True)
        self.deadline_to = DateEdit(optional=True)
        self.as_of = DateEdit()
        self.as_of.setToolTip(self.tr("Status classes are computed as of this date"))
        self.search = QLineEdit()
        self.search.setObjectName("taskSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search task titles (accents optional)"))
        self.scope = QToolButton()
        self.scope.setObjectName("agencyScope")
        self.scope.setCheckable(True)
        self.scope.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.scope.setStyleSheet(SCOPE_STYLE)
        self.scope.hide()
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)
        for combo in (self.board, self.plan, self.sector, self.lead, self.cooperating):
            # long agency names must not force the window wider than a 1024-pixel screen
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.fill_choices()
        self._fill_plans()
        self.class_chips = ClassChips()

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(250)
        self.search_timer.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.board.currentIndexChanged.connect(lambda _i: self._board_changed())
        self.plan.currentIndexChanged.connect(lambda _i: self._plan_chosen())
        for combo in (self.sector, self.lead, self.cooperating):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        for edit in (self.deadline_from, self.deadline_to, self.as_of):
            edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.child_boards.toggled.connect(lambda _on: self.changed.emit())
        self.scope.toggled.connect(lambda _on: self.changed.emit())
        self.class_chips.changed.connect(self.changed)
        self._lay_out()

    def _lay_out(self) -> None:
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Board")), 0, 0)
        board_row = QHBoxLayout()
        board_row.addWidget(self.board, 1)
        board_row.addWidget(self.child_boards)
        grid.addLayout(board_row, 0, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Plan")), 0, 4)
        grid.addWidget(self.plan, 0, 5)
        grid.addWidget(QLabel(self.tr("Sector")), 1, 0)
        grid.addWidget(self.sector, 1, 1)
        grid.addWidget(QLabel(self.tr("Lead")), 1, 2)
        grid.addWidget(self.lead, 1, 3)
        grid.addWidget(QLabel(self.tr("Co-operating")), 1, 4)
        grid.addWidget(self.cooperating, 1, 5)
        grid.addWidget(QLabel(self.tr("Search")), 2, 0)
        grid.addWidget(self.search, 2, 1)
        grid.addWidget(QLabel(self.tr("Deadline")), 2, 2)
        dates = QHBoxLayout()
        dates.addWidget(QLabel(self.tr("from")))
        dates.addWidget(self.deadline_from, 1)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.deadline_to, 1)
        grid.addLayout(dates, 2, 3)
        grid.addWidget(QLabel(self.tr("As of")), 2, 4)
        grid.addWidget(self.as_of, 2, 5)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 3)
        # the agency scope and "clear" join the wrapping chip row, so the filter grid stays
        # narrow enough for a 1024-pixel screen
        self.class_chips.add_widget(self.scope)
        self.class_chips.add_widget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.class_chips)

    # --- choices ------------------------------------------------------------------------------
    def fill_choices(self) -> None:
        """The catalogue's agencies and sectors (again after the catalogue changed)."""
        agencies = self.ctx.agency_items(include_inactive=True)
        for combo in (self.lead, self.cooperating):
            combo.blockSignals(True)
            combo.set_items(agencies)
            combo.blockSignals(False)
        self.sector.blockSignals(True)
        self.sector.set_items(self.ctx.sector_items())
        self.sector.blockSignals(False)

    def set_boards(self, items: list[tuple[int, str]]) -> None:
        self.board_names = dict(items)
        self.board.blockSignals(True)
        self.board.set_items(items)
        self.board.blockSignals(False)

    def knows_board(self, board_id: int | None) -> bool:
        """False while the list of boards has not brought `board_id` yet."""
        return board_id is None or board_id in self.board_names

    def _board_changed(self) -> None:
        self._fill_plans()
        self.changed.emit()

    def _plan_chosen(self) -> None:
        """The user's own choice (the list may still be on its way): the plan asked for
        before is no longer wanted, so the plans, when they arrive, keep this choice."""
        self._wanted_plan = None
        self.changed.emit()

    def _fill_plans(self, keep: int | None = None) -> None:
        """Read the chosen board's plans on a worker, then choose `keep` among them. Until they
        arrive the plan filter holds `keep` alone (as "…"): it says what the rows show."""
        board_id = self.board.current_id()
        self._wanted_plan = keep if board_id is not None else None
        hold(self.plan, self._wanted_plan)
        self.plan.setEnabled(board_id is not None)
        self.plan.setToolTip("" if board_id is not None else self.tr("Choose a board first"))
        if board_id is None:
            operations.supersede(self, "plans")
            return
        ctx = self.ctx
        operations.query(
            self,
            lambda: plans.list_plans(ctx.db, ctx.actor, board_id),
            self._plans_read,
            lambda exc: show_error(self, exc),  # the plan filter keeps what it holds
            key="plans",
        )

    def _plans_read(self, found: list[PlanInfo]) -> None:
        items = [(p.id, plan_label(p.code, p.title)) for p in found]
        set_quietly(self.plan, items, self._wanted_plan)
        self.plans_loaded.emit()
        if self._wanted_plan is not None and self.plan.current_id() != self._wanted_plan:
            self.changed.emit()  # the plan asked for is not the board's: no longer filtered

    # --- the agency scope ---------------------------------------------------------------------
    def set_scope(self, agency_id: int | None, checked: bool) -> None:
        """The "lead or co-operating" agency filter, shown as a toggle while it applies."""
        self.scope_agency_id = agency_id
        self.scope.blockSignals(True)
        self.scope.setChecked(checked and agency_id is not None)
        self.scope.blockSignals(False)
        if agency_id is None:
            self.scope.hide()
            return
        name = next(
            (n for i, n in self.ctx.agency_items(include_inactive=True) if i == agency_id), ""
        )
        mine = agency_id == self.ctx.actor.agency_id
        self.scope.setText(
            self.tr("My agency's tasks")
            if mine
            else self.tr("Tasks of {agency}").format(agency=name)
        )
        self.scope.setToolTip(
            self.tr("Tasks that {agency} leads or co-operates on").format(agency=name)
        )
        self.scope.show()

    def _own_agency(self) -> int | None:
        actor = self.ctx.actor
        return actor.agency_id if actor.role == FOCAL_POINT else None

    # --- the filter ---------------------------------------------------------------------------
    def current_filter(self) -> TaskFilter:
        board_id = self.board.current_id()
        plan_id = self.plan.current_id()
        return TaskFilter(
            board_id=board_id,
            include_child_boards=board_id is not None and self.child_boards.isChecked(),
            plan_id=plan_id if board_id is not None else None,
            sector_id=self.sector.current_id(),
            lead_agency_id=self.lead.current_id(),
            cooperating_agency_id=self.cooperating.current_id(),
            agency_id=self.scope_agency_id if self.scope.isChecked() else None,
            classes=self.class_chips.classes(),
            deadline_from=self.deadline_from.value(),
            deadline_to=self.deadline_to.value(),
            text=self.search.text().strip(),
            as_of=self.as_of.value(),
        )

    def apply(self, flt: TaskFilter) -> None:
        """Put `flt` into the widgets, without `changed` (the caller refreshes once)."""
        widgets = (
            self.board,
            self.plan,
            self.sector,
            self.lead,
            self.cooperating,
            self.deadline_from,
            self.deadline_to,
            self.as_of,
            self.search,
            self.child_boards,
        )
        for w in widgets:
            w.blockSignals(True)
        try:
            self.board.set_current_id(flt.board_id)
            self.child_boards.setChecked(flt.include_child_boards)
            self._fill_plans(keep=flt.plan_id)
            self.sector.set_current_id(flt.sector_id)
            self.lead.set_current_id(flt.lead_agency_id)
            self.cooperating.set_current_id(flt.cooperating_agency_id)
            self.deadline_from.set_value(flt.deadline_from)
            self.deadline_to.set_value(flt.deadline_to)
            self.as_of.set_value(flt.as_of or date.today())
            self.search.setText(flt.text)
            self.class_chips.set_classes(flt.classes)
        finally:
            for w in widgets:
                w.blockSignals(False)
        self.search_timer.stop()
        self.set_scope(
            flt.agency_id if flt.agency_id is not None else self._own_agency(),
            checked=flt.agency_id is not None,
        )

    def clear(self) -> None:
        """Every filter off but the agency scope, when it is on."""
        self.apply(TaskFilter(agency_id=self.scope_agency_id if self.scope.isChecked() else None))
        self.changed.emit()

    def show_counts(self, counts: classification.ClassCounts | None) -> None:
        self.class_chips.show_counts(counts)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
