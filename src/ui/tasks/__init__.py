"""The Tasks area: the Tasks page and the task forms, which the Plans page also opens.

Modules, by job:
- tasks_page           the page: puts the parts below together and keeps them in step
- filter_bar           the filters (board, plan, sector, agencies, deadlines, search, scope)
- class_chips          the status-class chips: counts, and the status-class filter
- task_count           the number of tasks of the filter, and of each class
- task_table_model     the SQL-paged, lazily fetched model; class colours and labels
- task_table_view      the table: SQL order by header, columns kept between sessions
- task_detail          the side panel: facts, rights, extensions, history, attachments
- task_actions         new, edit, delete, add an update, extend: forms on the task as it now is
- task_export          export of the list to Excel on a worker, with progress and Cancel
- task_form_dialog     create or edit a task (TaskDialog), with its parts:
  task_places          board, plan and section, read on workers
  deadline_fields      fixed, relative, recurring or no deadline
- task_form            the base of the forms that add to a task's history
- progress_update_dialog, extension_dialog   those forms
- held_choice          combos filled from workers: the choice held as "…" meanwhile
- number_text          numbers typed and shown the Vietnamese way
"""

from coordboard.ui.tasks.extension_dialog import ExtensionDialog
from coordboard.ui.tasks.progress_update_dialog import UpdateDialog
from coordboard.ui.tasks.task_form_dialog import TaskDialog
from coordboard.ui.tasks.task_table_model import (
    CLASS_COLOURS,
    TaskTableModel,
    class_label,
    status_label,
)
from coordboard.ui.tasks.tasks_page import TasksPage

__all__ = [
    "CLASS_COLOURS",
    "ExtensionDialog",
    "TaskDialog",
    "TaskTableModel",
    "TasksPage",
    "UpdateDialog",
    "class_label",
    "status_label",
]
