"""What every area of the ui builds on; nothing here knows a feature.

- page               the interface each page of the main window offers (Page)
- form_dialog        the base of every editing dialog: banner, form, Save / Cancel, saves on a worker
- conflict_dialog    someone else saved the record meanwhile: both versions and a choice
- rows_table_model   a sortable read-only table over frozen dataclasses (keeps the selection)
- progress_job       the progress dialog of a long job on a worker (with Cancel where it can stop)
- widgets            optional dates, the error banner, combos over catalogue items
- agency_checklist   agencies to tick, with a search line (task form, meeting conclusions)
- flow_layout        a layout that wraps widgets to the next line (filter chips)
- errors             showing a failure to the user in their words
"""
