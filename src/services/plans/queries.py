"""Reading plans: the list of a board's plans, one plan, its sections in reading order and the
plan tree (sections with their tasks' rows). Everyone who sees a board reads its plans.

`load_plan`, `plan_info` and `section_infos` work inside an open session, so editing, the
sections and copying a plan (and the reports) share them.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordboard.db import Database
from coordboard.errors import NotFound
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import Board, Plan, PlanSection, Task
from coordboard.services import permissions, tasks
from coordboard.services.actor import Actor
from coordboard.services.plans.types import PlanInfo, PlanTree, SectionInfo
from coordboard.services.uow import UnitOfWork


def load_plan(s: Session, plan_id: int) -> Plan:
    plan = s.get(Plan, plan_id)
    if plan is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The plan no longer exists."))
    return plan


def plan_info(s: Session, actor: Actor, plan: Plan, task_count: int | None = None) -> PlanInfo:
    if task_count is None:
        task_count = s.scalar(select(func.count()).select_from(Task).where(Task.plan_id == plan.id))
    board_name = s.scalar(select(Board.name).where(Board.id == plan.board_id))
    return PlanInfo(
        plan.id,
        plan.version,
        plan.board_id,
        board_name,
        plan.code,
        plan.title,
        plan.year_from,
        plan.year_to,
        plan.issue_date,
        plan.basis,
        plan.purpose,
        plan.funding,
        plan.status,
        plan.copied_from_id,
        task_count,
        permissions.may_edit_board(s, actor, plan.board_id),
    )


def list_plans(db: Database, actor: Actor, board_id: int | None = None) -> list[PlanInfo]:
    """Plans of one board (or of every visible board), newest period first."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        query = select(Plan)
        if board_id is not None:
            permissions.require_view_board(s, actor, board_id)
            query = query.where(Plan.board_id == board_id)
        else:
            visible = permissions.visible_board_ids(s, actor)
            if visible is not None:
                query = query.where(Plan.board_id.in_(sorted(visible)))
        plans = s.scalars(query.order_by(Plan.year_from.desc(), Plan.id.desc())).all()
        counts = (
            dict(
                s.execute(
                    select(Task.plan_id, func.count())
                    .where(Task.plan_id.in_([p.id for p in plans]))
                    .group_by(Task.plan_id)
                ).all()
            )
            if plans
            else {}
        )
        return [plan_info(s, actor, p, counts.get(p.id, 0)) for p in plans]


def get_plan(db: Database, actor: Actor, plan_id: int) -> PlanInfo:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        plan = load_plan(s, plan_id)
        permissions.require_view_board(s, actor, plan.board_id)
        return plan_info(s, actor, plan)


def section_infos(s: Session, plan_id: int) -> list[SectionInfo]:
    rows = s.scalars(
        select(PlanSection)
        .where(PlanSection.plan_id == plan_id)
        .order_by(PlanSection.position, PlanSection.id)
    ).all()
    by_parent: dict[int | None, list[PlanSection]] = {}
    for r in rows:
        by_parent.setdefault(r.parent_id, []).append(r)
    ordered: list[SectionInfo] = []

    def walk(parent: int | None) -> None:
        for r in by_parent.get(parent, []):
            ordered.append(
                SectionInfo(r.id, r.version, r.plan_id, r.parent_id, r.number, r.title, r.position)
            )
            walk(r.id)

    walk(None)
    return ordered


def plan_tree(db: Database, actor: Actor, plan_id: int, as_of: date | None = None) -> PlanTree:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        plan = load_plan(s, plan_id)
        permissions.require_view_board(s, actor, plan.board_id)
        info = plan_info(s, actor, plan)
    rows = tasks.list_tasks(
        db,
        actor,
        tasks.TaskFilter(plan_id=plan_id, as_of=as_of),
        tasks.TaskSort("plan"),
        limit=100_000,
    )
    with UnitOfWork(db, actor) as uow:
        sections = section_infos(uow.session, plan_id)
    return PlanTree(info, tuple(sections), tuple(rows))
