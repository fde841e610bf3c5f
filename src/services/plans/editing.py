"""Creating, changing and deleting plans. Only the secretariat of a board (and administrators)
edit its plans; a plan's fields are cleaned and checked the same way whether it is new, changed
or made by copying a plan to the next year (copy_next_year uses `validated_input`,
`check_code_free` and `apply_input` too).
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordboard.db import Database
from coordboard.errors import PermissionDenied, ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import PLAN_STATUSES, Board, Plan, PlanSection, Task
from coordboard.rules.dates import MAX_YEAR, MIN_YEAR
from coordboard.services import permissions
from coordboard.services.actor import Actor
from coordboard.services.plans.queries import load_plan, plan_info, section_infos
from coordboard.services.plans.types import PlanInfo, PlanInput
from coordboard.services.uow import UnitOfWork, any_row, check_length, check_version
from coordboard.text import clean, clean_text, fold


def require_edit(s: Session, actor: Actor, board_id: int) -> None:
    if not permissions.may_edit_board(s, actor, board_id):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("errors", "Only the secretariat of this board may change its plans.")
        )


def validated_input(s: Session, data: PlanInput) -> PlanInput:
    data = replace(
        data,
        title=clean(data.title),
        code=clean(data.code),
        basis=clean_text(data.basis),
        purpose=clean_text(data.purpose),
        funding=clean_text(data.funding),
    )
    if not data.title:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the plan's title."), field="title")
    check_length(data.title, Plan.__table__.c.title, "title")
    check_length(data.code, Plan.__table__.c.code, "code")
    if s.get(Board, data.board_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The chosen board no longer exists."), field="board"
        )
    for year in (data.year_from, data.year_to):
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The plan's years must lie between {low} and {high}."),
                field="years",
                low=MIN_YEAR,
                high=MAX_YEAR,
            )
    if data.year_to < data.year_from:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The plan's last year is before its first year."),
            field="years",
        )
    if data.status not in PLAN_STATUSES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown plan status."), field="status")
    if data.issue_date is not None and data.issue_date.year > data.year_to:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The plan is issued after its period ends."),
            field="issue_date",
        )
    return data


def check_code_free(s: Session, data: PlanInput, plan_id: int | None) -> None:
    if not data.code:
        return
    # compared in Python: SQLite's lower() folds ASCII only, and every code has "Đ" ("KH-BĐH")
    codes = s.scalars(
        select(Plan.code).where(Plan.board_id == data.board_id, Plan.id != (plan_id or 0))
    )
    if any(code.casefold() == data.code.casefold() for code in codes):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This board already has a plan numbered {code}."),
            field="code",
            code=data.code,
        )


def apply_input(plan: Plan, data: PlanInput) -> None:
    for name in (
        "board_id",
        "title",
        "year_from",
        "year_to",
        "code",
        "issue_date",
        "basis",
        "purpose",
        "funding",
        "status",
    ):
        setattr(plan, name, getattr(data, name))
    plan.title_folded = fold(data.title)


def create_plan(db: Database, actor: Actor, data: PlanInput) -> PlanInfo:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        require_edit(s, actor, data.board_id)
        data = validated_input(s, data)
        check_code_free(s, data, None)
        plan = Plan()
        apply_input(plan, data)
        s.add(plan)
        s.flush()
        uow.commit()
        return plan_info(s, actor, plan)


def update_plan(
    db: Database, actor: Actor, plan_id: int, data: PlanInput, expected_version: int | None = None
) -> PlanInfo:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        plan = load_plan(s, plan_id)
        check_version(plan.version, expected_version)
        require_edit(s, actor, plan.board_id)
        if data.board_id != plan.board_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A plan cannot move to another board."), field="board"
            )
        data = validated_input(s, data)
        check_code_free(s, data, plan_id)
        apply_input(plan, data)
        s.flush()
        uow.commit()
        return plan_info(s, actor, plan)


def delete_plan(
    db: Database, actor: Actor, plan_id: int, expected_version: int | None = None
) -> None:
    """Only an empty plan may be deleted: tasks carry history that must not vanish."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        plan = load_plan(s, plan_id)
        check_version(plan.version, expected_version)
        require_edit(s, actor, plan.board_id)
        if any_row(s, Task.plan_id == plan_id):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The plan still has tasks; delete or move them first.")
            )
        if any_row(s, Plan.copied_from_id == plan_id):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "A later plan was copied from this one; it cannot be deleted."
                )
            )
        # children before parents, one at a time: the unit of work does not know the nesting
        # and the database cascades a parent's delete to its children
        for info in reversed(section_infos(s, plan_id)):
            s.delete(s.get(PlanSection, info.id))
            s.flush()
        s.delete(plan)
        uow.commit()
