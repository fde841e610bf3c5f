"""Where a task belongs: the board, plan and section combos of the task form, filled from
worker reads (the boards the user may edit, the board's plans, the plan's sections).

The form is usable while the lists load, and holds the same place before and after: a place
chosen before its list arrived (preset by the Plans page, or the task's own when editing) is in
its combo at once, as "…" (held_choice), and takes its name when the list arrives. So a save
meanwhile keeps it, and so does a list that could not be read (it is read again at the next
`retry`). Choosing another board (or plan) empties the lists below it at once and reads them
again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from coordboard.services import boards, plans
from coordboard.services.boards import BoardInfo
from coordboard.services.plans import PlanInfo, PlanTree
from coordboard.ui import operations
from coordboard.ui.common.widgets import ItemCombo, plan_label
from coordboard.ui.context import AppContext
from coordboard.ui.tasks.held_choice import hold, set_quietly

LEVELS = ("board", "plan", "section")


def plan_with_period(p: PlanInfo) -> str:
    return f"{plan_label(p.code, p.title)} ({p.period})"


class TaskPlaces(QObject):
    """Signals: `loaded` once every list the current choice needs is in; `failed(exception)`
    when a list could not be read."""

    loaded = Signal()
    failed = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        board: ItemCombo,
        plan: ItemCombo,
        section: ItemCombo,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.combos = dict(zip(LEVELS, (board, plan, section), strict=True))
        self._wanted: dict[str, int | None] = {}  # level -> id to choose when its list is in
        self._boards_read = False
        self._reading: set[str] = set()  # the levels whose list is on its way
        self._failed_level: str | None = None  # the list to read again at the next retry
        board.currentIndexChanged.connect(lambda _i: self._board_chosen())
        plan.currentIndexChanged.connect(lambda _i: self._plan_chosen())

    @property
    def loading(self) -> bool:
        """A list is on its way (the combos may still change)."""
        return bool(self._reading)

    def choose(self, board_id: int | None, plan_id: int | None, section_id: int | None) -> None:
        """Choose a place; the lists not read yet show it as "…" until they arrive."""
        self._wanted = dict(zip(LEVELS, (board_id, plan_id, section_id), strict=True))
        if self._boards_read:
            self._select_board()
        else:
            for level in LEVELS:
                hold(self.combos[level], self._wanted[level])

    def read_boards(self) -> None:
        """Read the boards the user may put a task in (and the one chosen)."""
        self._read("boards", lambda db, actor: boards.list_boards(db, actor), self._boards_in)

    def retry(self) -> None:
        """Read again the list that could not be read, if one could not."""
        level, self._failed_level = self._failed_level, None
        if level == "boards":
            self.read_boards()
        elif level == "plans":
            self._read_plans()
        elif level == "sections":
            self._read_sections()

    # --- the lists ----------------------------------------------------------------------------
    def _read(self, level: str, read, arrived) -> None:
        ctx = self.ctx
        self._reading.add(level)
        self._failed_level = None
        operations.query(
            self,
            lambda: read(ctx.db, ctx.actor),
            arrived,
            lambda exc: self._failed(exc, level),
            key=level,
        )

    def _failed(self, exc: BaseException, level: str) -> None:
        """The combos keep what they hold: a save still has the place chosen."""
        self._reading.discard(level)
        self._failed_level = level
        self.failed.emit(exc)

    def _boards_in(self, found: list[BoardInfo]) -> None:
        self._reading.discard("boards")
        self._boards_read = True
        chosen = self._wanted.get("board", self.combos["board"].current_id())
        items = [(b.id, b.name) for b in found if b.can_edit or b.id == chosen]
        set_quietly(self.combos["board"], items, None)
        self._wanted["board"] = chosen
        self._select_board()

    def _select_board(self) -> None:
        board = self.combos["board"]
        was_blocked = board.blockSignals(True)
        board.set_current_id(self._wanted.pop("board", None))
        board.blockSignals(was_blocked)
        self._read_plans()

    def _board_chosen(self) -> None:
        """The user chose another board: its plans, none of them chosen."""
        for level in LEVELS:
            self._wanted.pop(level, None)
        self._read_plans()

    def _plan_chosen(self) -> None:
        self._wanted.pop("plan", None)
        self._wanted.pop("section", None)
        self._read_sections()

    def _read_plans(self) -> None:
        board_id = self.combos["board"].current_id()
        hold(self.combos["plan"], self._wanted.get("plan"))
        hold(self.combos["section"], self._wanted.get("section"))
        if board_id is None:
            operations.supersede(self, "plans")
            self._plans_in([])
        else:
            self._read("plans", lambda db, a: plans.list_plans(db, a, board_id), self._plans_in)

    def _plans_in(self, found: list[PlanInfo]) -> None:
        self._reading.discard("plans")
        items = [(p.id, plan_with_period(p)) for p in found]
        set_quietly(self.combos["plan"], items, self._wanted.pop("plan", None))
        self._read_sections()

    def _read_sections(self) -> None:
        plan_id = self.combos["plan"].current_id()
        hold(self.combos["section"], self._wanted.get("section"))
        if plan_id is None:
            operations.supersede(self, "sections")
            self._sections_in(None)
        else:
            self._read("sections", lambda db, a: plans.plan_tree(db, a, plan_id), self._sections_in)

    def _sections_in(self, tree: PlanTree | None) -> None:
        self._reading.discard("sections")
        items: list[tuple[int, str]] = []
        depth: dict[int, int] = {}
        for s in tree.sections if tree is not None else ():
            depth[s.id] = depth.get(s.parent_id, -1) + 1 if s.parent_id else 0
            items.append((s.id, "    " * depth[s.id] + s.label))
        set_quietly(self.combos["section"], items, self._wanted.pop("section", None))
        if not self._reading:
            self.loaded.emit()
