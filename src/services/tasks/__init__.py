"""Delegated tasks: who leads, who co-operates, by when, and how far it has come.

Permissions (DESIGN.md): the secretariat (and administrators) create and edit tasks of the
boards they edit; an agency's focal point changes the status and progress of tasks its agency
leads and adds updates to tasks where its agency co-operates; viewers read.

Lists are paged in SQL (`list_tasks(offset, limit)`), counted in SQL (`count_tasks`,
`class_counts`) and never load every row: the task table holds up to millions of them.

This is the package's public face: callers use `tasks.<name>` for everything in `__all__` and
never import the modules below, which are grouped by job:

- types: the frozen data that crosses the boundary (inputs, filter, sort, rows, details, labels);
- queries: the task query API shared by the Tasks page, dashboard, reports and reminders
  (visibility, filters, order, rows, scope, counts);
- classification: the status classes in SQL (the rules themselves: rules/status.py);
- access: who may view, edit or report on one task;
- detail: reading one task with its history;
- validation, editing, series: checking input, creating/editing/deleting, recurring duties;
- derived: the columns derived from a task's others (deadline in force, sort rank, folded title);
- progress, attachments, extensions: updates, their files, deadline extensions;
- export: the task list as a spreadsheet (imported on demand: `tasks.export`).
"""

from coordboard.services.tasks import classification
from coordboard.services.tasks.attachments import (
    MAX_ATTACHMENT_BYTES,
    AttachmentInput,
    attachment_content,
)
from coordboard.services.tasks.detail import get_task, input_of
from coordboard.services.tasks.editing import create_task, delete_task, insert_tasks, update_task
from coordboard.services.tasks.extensions import add_extension
from coordboard.services.tasks.progress import add_update
from coordboard.services.tasks.queries import (
    TaskScope,
    class_counts,
    completion_rate,
    count_tasks,
    filter_conditions,
    list_tasks,
    order_by,
    read_rows,
    row_query,
    task_scope,
    visible_condition,
)
from coordboard.services.tasks.types import (
    PAGE_SIZE,
    SETTABLE_STATUSES,
    SORT_KEYS,
    SOURCE_LABELS,
    STATUS_LABELS,
    AttachmentInfo,
    ExtensionInfo,
    ProgressInput,
    TaskDetail,
    TaskFilter,
    TaskInput,
    TaskRow,
    TaskSort,
    UpdateInfo,
)
from coordboard.services.tasks.validation import validated_input

__all__ = [
    "MAX_ATTACHMENT_BYTES",
    "PAGE_SIZE",
    "SETTABLE_STATUSES",
    "SORT_KEYS",
    "SOURCE_LABELS",
    "STATUS_LABELS",
    "AttachmentInfo",
    "AttachmentInput",
    "ExtensionInfo",
    "ProgressInput",
    "TaskDetail",
    "TaskFilter",
    "TaskInput",
    "TaskRow",
    "TaskScope",
    "TaskSort",
    "UpdateInfo",
    "add_extension",
    "add_update",
    "attachment_content",
    "class_counts",
    "classification",
    "completion_rate",
    "count_tasks",
    "create_task",
    "delete_task",
    "filter_conditions",
    "get_task",
    "input_of",
    "insert_tasks",
    "list_tasks",
    "order_by",
    "read_rows",
    "row_query",
    "task_scope",
    "update_task",
    "validated_input",
    "visible_condition",
]
