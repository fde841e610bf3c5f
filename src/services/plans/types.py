"""What crosses the plans service's boundary: the plan's fields going in, frozen views of plans
and sections coming out, the result of copying a plan, and the labels and limits the forms show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.services import tasks

STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("plan_status", "Draft"),
    "in_force": QT_TRANSLATE_NOOP("plan_status", "In force"),
    "closed": QT_TRANSLATE_NOOP("plan_status", "Closed"),
}


@dataclass(frozen=True)
class PlanInput:
    board_id: int
    title: str
    year_from: int
    year_to: int
    code: str = ""
    issue_date: date | None = None
    basis: str = ""
    purpose: str = ""
    funding: str = ""
    status: str = "draft"


@dataclass(frozen=True)
class PlanInfo:
    id: int
    version: int
    board_id: int
    board_name: str
    code: str
    title: str
    year_from: int
    year_to: int
    issue_date: date | None
    basis: str
    purpose: str
    funding: str
    status: str
    copied_from_id: int | None
    task_count: int
    can_edit: bool

    @property
    def period(self) -> str:
        return (
            str(self.year_from)
            if self.year_from == self.year_to
            else f"{self.year_from}–{self.year_to}"
        )

    def as_input(self) -> PlanInput:
        return PlanInput(
            board_id=self.board_id,
            title=self.title,
            year_from=self.year_from,
            year_to=self.year_to,
            code=self.code,
            issue_date=self.issue_date,
            basis=self.basis,
            purpose=self.purpose,
            funding=self.funding,
            status=self.status,
        )


@dataclass(frozen=True)
class SectionInfo:
    id: int
    version: int
    plan_id: int
    parent_id: int | None
    number: str
    title: str
    position: int

    @property
    def label(self) -> str:
        return f"{self.number}. {self.title}" if self.number else self.title


@dataclass(frozen=True)
class PlanTree:
    """A plan's sections (in order, parents before children) and its tasks' rows."""

    plan: PlanInfo
    sections: tuple[SectionInfo, ...]
    tasks: tuple[tasks.TaskRow, ...]  # ordered by section and position


@dataclass(frozen=True)
class CopyResult:
    plan: PlanInfo
    carried_over: int  # unfinished tasks moved into the new plan
    recurring: int  # new occurrences of recurring duties
    left_done: int  # finished or cancelled tasks that stay in the old plan
