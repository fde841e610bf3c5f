"""Plans: a board's annual (or multi-year) plan with nested sections that hold tasks."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coordboard.models.base import Base, Tracked
from coordboard.models.boards import Board

PLAN_STATUSES = ("draft", "in_force", "closed")


class Plan(Tracked, Base):
    """Kế hoạch: number/code such as "45/KH-BĐH", a period of one or more years."""

    __tablename__ = "plans"
    __table_args__ = (
        CheckConstraint("year_to >= year_from", name="years_ordered"),
        Index("ix_plans_board_years", "board_id", "year_from"),
    )

    board_id: Mapped[int] = mapped_column(ForeignKey("boards.id"))
    code: Mapped[str] = mapped_column(String(100), default="")
    title: Mapped[str] = mapped_column(String(1000))
    title_folded: Mapped[str] = mapped_column(String(1000))
    year_from: Mapped[int] = mapped_column(Integer)
    year_to: Mapped[int] = mapped_column(Integer)
    issue_date: Mapped[date | None] = mapped_column(Date)
    basis: Mapped[str] = mapped_column(Text, default="")  # căn cứ: the documents it implements
    purpose: Mapped[str] = mapped_column(Text, default="")  # mục đích, yêu cầu
    funding: Mapped[str] = mapped_column(Text, default="")  # kinh phí
    status: Mapped[str] = mapped_column(String(20), default="draft")
    copied_from_id: Mapped[int | None] = mapped_column(ForeignKey("plans.id"))

    board: Mapped[Board] = relationship()


class PlanSection(Tracked, Base):
    """A numbered heading of a plan ("II. Nội dung", "1. Sở Giáo dục và Đào tạo"), nestable."""

    __tablename__ = "plan_sections"
    __table_args__ = (Index("ix_plan_sections_plan_parent", "plan_id", "parent_id", "position"),)

    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_sections.id", ondelete="CASCADE")
    )
    number: Mapped[str] = mapped_column(String(20), default="")  # "I", "2", "a"
    title: Mapped[str] = mapped_column(String(1000))
    position: Mapped[int] = mapped_column(Integer, default=0)
