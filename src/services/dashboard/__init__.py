"""The dashboard of a board (or of every board the user sees): counts per status class, the
completion rate, tasks by sector and by lead agency, completion month by month, what is overdue
or due soon, the latest progress reports, and the agencies that have gone quiet.

Every number is counted in SQL through the same filter as the Tasks page
(`tasks.task_scope`) and the same status-class expressions (tasks.classification), and
every bar or list carries the `TaskFilter` that reproduces its tasks: a click on "Sở Y tế,
overdue: 4" opens the Tasks page on those four tasks, and `tasks.count_tasks` with that filter
says 4.

`dashboard` gathers it (overview.py: counts.py, monthly.py, lists.py); `due_notice` is the
start-up notice ("what is due for you", notice.py); the silent-days setting is in
silent_setting.py. The charts (charts.py) import matplotlib: import `dashboard.charts`
lazily, never at start.
"""

from coordboard.services.dashboard.lists import recent_updates
from coordboard.services.dashboard.model import (
    CHART_CLASSES,
    DONE_CLASSES,
    LIST_LIMIT,
    OPEN_CLASSES,
    SILENT_LIMIT,
    TOP_AGENCIES,
    Dashboard,
    DashboardQuery,
    DueNotice,
    DueTask,
    GroupRow,
    MonthRow,
    RecentUpdate,
    SilentAgency,
)
from coordboard.services.dashboard.notice import due_notice
from coordboard.services.dashboard.overview import dashboard
from coordboard.services.dashboard.silent_setting import (
    SILENT,
    SILENT_DEFAULT,
    SILENT_KEY,
    SILENT_RANGE,
    load_silent_days,
    set_silent_days,
    silent_days,
)

__all__ = [
    "CHART_CLASSES",
    "DONE_CLASSES",
    "LIST_LIMIT",
    "OPEN_CLASSES",
    "SILENT",
    "SILENT_DEFAULT",
    "SILENT_KEY",
    "SILENT_LIMIT",
    "SILENT_RANGE",
    "TOP_AGENCIES",
    "Dashboard",
    "DashboardQuery",
    "DueNotice",
    "DueTask",
    "GroupRow",
    "MonthRow",
    "RecentUpdate",
    "SilentAgency",
    "dashboard",
    "due_notice",
    "load_silent_days",
    "recent_updates",
    "set_silent_days",
    "silent_days",
]
