"""The Meetings area: a board's meetings, and the editor of one meeting, tab by tab.

- meetings_page            the page: the meeting list and the chosen meeting's editor
- meeting_models           table models: meetings, agenda items, participants
- meeting_editor           one meeting's tabs kept in step
- details_tab, agenda_tab, attendance_tab, record_tab, conclusions_tab, documents_tab
                           the tabs, each with its own buttons
- meeting_dialog           create or change a meeting; reopen approved minutes
- agenda_dialogs           an agenda item; carrying unfinished items to a later meeting
- guest_dialog             a guest invited who is not a member
- conclusion_task_dialog   turning a conclusion into tasks of the tracker
- pickers                  the speaker of an opinion, found without accents
"""
