"""Plans (kế hoạch) of a board: numbered sections and the tasks under them.

The secretariat of a board creates and edits its plans; everyone who sees the board reads them.
Copying a plan to the next year carries its unfinished tasks over: the new task remembers the
old one (`carried_from_id`) and the old one is marked "carried over", so a task is counted once.

This is the package's public face; the work is done in

- types           the input and the frozen views (PlanInput, PlanInfo, SectionInfo, PlanTree,
                  CopyResult), the status labels and the years a plan may cover;
- queries         list_plans, get_plan, plan_tree and section_infos (also used by the reports);
- editing         create_plan, update_plan, delete_plan and the checks of a plan's fields;
- sections        save_section, delete_section;
- copy_next_year  copy_to_next_year.
"""

from __future__ import annotations

from coordboard.rules.dates import MAX_YEAR, MIN_YEAR
from coordboard.services.plans.copy_next_year import copy_to_next_year
from coordboard.services.plans.editing import create_plan, delete_plan, update_plan
from coordboard.services.plans.queries import get_plan, list_plans, plan_tree, section_infos
from coordboard.services.plans.sections import delete_section, save_section
from coordboard.services.plans.types import (
    STATUS_LABELS,
    CopyResult,
    PlanInfo,
    PlanInput,
    PlanTree,
    SectionInfo,
)

__all__ = [
    "MAX_YEAR",
    "MIN_YEAR",
    "STATUS_LABELS",
    "CopyResult",
    "PlanInfo",
    "PlanInput",
    "PlanTree",
    "SectionInfo",
    "copy_to_next_year",
    "create_plan",
    "delete_plan",
    "delete_section",
    "get_plan",
    "list_plans",
    "plan_tree",
    "save_section",
    "section_infos",
    "update_plan",
]
