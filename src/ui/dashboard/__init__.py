"""The Dashboard area: a board's tasks at a glance as of a date, and the start-up notice.

- dashboard_page      the page: the form, and the parts below filled from a query on a worker
- count_tiles         how many tasks in each status class, and the completion rate
- charts_panel        tasks by sector, by lead agency and by month
- dashboard_lists     the lists that call for action: overdue, due soon, agencies silent too long
- due_notice_dialog   after sign-in: what is overdue or due soon for the user
"""
