"""The Qt interface. One folder per navigation area (tasks, meetings, plans, members, boards,
dashboard, reports, settings) with its page, dialogs, tabs and table models; signin/ (sign-in
and connections), printing/ (preview, print and PDF of the document model) and common/ (the
form and conflict dialogs, the page interface, table models and widgets several areas use).

Every service call runs through ui/operations.py on a worker; pages refresh on what a save
announces. main_window.py holds the pages; local_settings.py declares this PC's settings.
The ui imports neither SQLAlchemy nor the models: it reaches the database through the services.
"""
