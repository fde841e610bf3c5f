"""A plan's numbered sections ("I. Mục đích, yêu cầu", "IV. Tổ chức thực hiện" > "1. Sở Y tế"):
adding, renaming, renumbering, moving under another parent and deleting an empty one. Sections
nest; a section is never placed inside itself.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordboard.db import Database
from coordboard.errors import NotFound, ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import PlanSection, Task
from coordboard.services.actor import Actor
from coordboard.services.plans.editing import require_edit
from coordboard.services.plans.queries import load_plan
from coordboard.services.plans.types import SectionInfo
from coordboard.services.uow import UnitOfWork, any_row, check_length, check_version
from coordboard.text import clean


def save_section(
    db: Database,
    actor: Actor,
    plan_id: int,
    *,
    title: str,
    number: str = "",
    parent_id: int | None = None,
    section_id: int | None = None,
    expected_version: int | None = None,
) -> SectionInfo:
    """Add a section at the end of its parent, or rename/renumber an existing one."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        plan = load_plan(s, plan_id)
        require_edit(s, actor, plan.board_id)
        title, number = clean(title), clean(number)
        if not title:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Enter the section's title."), field="title"
            )
        check_length(title, PlanSection.__table__.c.title, "title")
        check_length(number, PlanSection.__table__.c.number, "number")
        if parent_id is not None:
            parent = s.get(PlanSection, parent_id)
            if parent is None or parent.plan_id != plan_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "The parent section is not part of this plan."),
                    field="parent",
                )
        if section_id is None:
            last = s.scalar(
                select(func.max(PlanSection.position)).where(
                    PlanSection.plan_id == plan_id,
                    PlanSection.parent_id.is_(None)
                    if parent_id is None
                    else PlanSection.parent_id == parent_id,
                )
            )
            section = PlanSection(plan_id=plan_id, parent_id=parent_id, position=(last or 0) + 1)
            s.add(section)
        else:
            section = s.get(PlanSection, section_id)
            if section is None or section.plan_id != plan_id:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "The section no longer exists."))
            check_version(section.version, expected_version)
            if parent_id is not None and _is_within(s, parent_id, section_id):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "A section cannot be placed inside itself."),
                    field="parent",
                )
            section.parent_id = parent_id
        section.title, section.number = title, number
        s.flush()
        uow.commit()
        return SectionInfo(
            section.id,
            section.version,
            plan_id,
            section.parent_id,
            section.number,
            section.title,
            section.position,
        )


def _is_within(s: Session, candidate: int, section_id: int) -> bool:
    current: int | None = candidate
    while current is not None:
        if current == section_id:
            return True
        current = s.scalar(select(PlanSection.parent_id).where(PlanSection.id == current))
    return False


def delete_section(
    db: Database, actor: Actor, section_id: int, expected_version: int | None = None
) -> None:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        section = s.get(PlanSection, section_id)
        if section is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "The section no longer exists."))
        check_version(section.version, expected_version)
        plan = load_plan(s, section.plan_id)
        require_edit(s, actor, plan.board_id)
        if any_row(s, PlanSection.parent_id == section_id) or any_row(
            s, Task.section_id == section_id
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The section is not empty; move or delete its tasks and subsections first.",
                )
            )
        s.delete(section)
        uow.commit()
