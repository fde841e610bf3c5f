"""The Members area: who sits on which board, with re-staffing and history.

- members_page          the page: filters, the member list, export to Excel
- members_table_model   the list's model, sorted in Vietnamese order
- membership_dialogs    add or correct a membership, end it, re-staff a seat, a seat's history
- person_fields         pick someone already on file, or type a new person
"""
