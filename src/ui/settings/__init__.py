"""The Settings area (administrators): the catalogue, accounts, the working calendar, and
the database with this PC's connections.

- settings_page      the page: one tab each
- list_tab           the sortable tables with New / Edit above them
- settings_dialogs   an agency, a sector, an account, a working-calendar day
- calendar_tab       extra days off and make-up working days
- database_tab       the database in use (schema, backups) and this PC's connections
"""
