"""The Reports area: the progress report of a board or plan for a period, and the reminder
letters to the agencies behind.

- reports_page        the page: the form, the numbers, the report and the letters
- report_form         what report is asked for (board, plan, period)
- report_numbers      the report's numbers in a few sentences
- assessment_editor   the parts the secretariat writes (assessment, proposals)
- letters_panel       the reminder letters, one to each lead agency behind
"""
