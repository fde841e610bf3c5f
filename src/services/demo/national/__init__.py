"""A national-scale fictional database (`coordboard demo --scale national`).

The shape of a ministry that follows every province: 34 province boards (the provinces and
cities after the 2025 merger) and 3,321 commune boards under them, one plan per board and year
over three years, about a million tasks with their co-operating agencies, progress updates,
extensions and recurring series. Every person and every commune name is invented; the commune
counts per province are approximate.

Agencies are per province and per commune ("Công an xã Tân Phú", "Sở Y tế tỉnh Lào Cai"), not
shared catalogue rows: a commune's police station is an agency of its own, so the lead-agency
filter, a focal point's "my agency's tasks" and its visibility select what they would in real
use (a shared "Công an xã" row would lead a ninth of all tasks nationwide and let one commune's
focal point read every other commune's tasks). The shipped catalogue rows stay as they are.

Rows go in through SQLAlchemy Core executemany, one transaction per chunk, with explicit ids
(the database is new; PostgreSQL's sequences are moved past them), and every derived column is
filled as the services fill it: folded titles, the effective deadline after extensions,
`sort_rank`, completion date and 100 % for done tasks, `last_update_on`, carried-over copies that
go on where their predecessor stood. Statuses are drawn so that every status class occurs as of
the build day and as of past dates. The secondary indexes of tasks, updates and co-operators
are built once after the load, then ANALYZE gives the planner its statistics (sqlite_stat1).
The audit log is not written (the rows are not user changes). A million tasks take about two
minutes on SQLite, four on PostgreSQL.

This is the package's public face; the work is done in

- driver       build_national: the stages in order, and the summary of what was made;
- world        what the stages share (the seeded generator, the build day, the catalogue's ids,
               the boards and plans made so far) and the stage names the progress reports use;
- geography    the provinces and invented commune names;
- boards       boards, agencies and members;
- plan_rows    plans and sections;
- board_years  the tasks of each board's year (carried over, recurring, new);
- task_rows    a task's row, its fate as of the build day and what hangs off it;
- texts        the texts of sections, titles, updates and reasons;
- bulk         the Core writer, the indexes, sequences and statistics;
- accounts     the demo accounts and the refusal of a database that is not new.
"""

from __future__ import annotations

from coordboard.services.demo.national.accounts import ACCOUNTS
from coordboard.services.demo.national.driver import (
    COMMUNES_TOTAL,
    TASKS_TOTAL,
    NationalSummary,
    build_national,
)
from coordboard.services.demo.national.world import STAGES, Progress

__all__ = [
    "ACCOUNTS",
    "COMMUNES_TOTAL",
    "STAGES",
    "TASKS_TOTAL",
    "NationalSummary",
    "Progress",
    "build_national",
]
