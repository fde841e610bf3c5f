"""Pure domain rules: no database, no Qt, no use cases — only the standard library, `holidays`
and coordboard's errors, i18n and text modules. The services build on them; the tests check
them on their own (with Hypothesis where a property says more than examples).

- status      task statuses, status classes as of a date (the plain-Python oracle that the SQL
              in services/tasks/classification.py is tested against), deadline in force, sort rank
- recurrence  recurring deadlines ("every year before 01/12") and their occurrences
- workdays    Vietnamese working days: public holidays and an administrator's exceptions
- report_period  reporting periods (halves, years, ranges, ND 09/2019 statistical periods)
- dates       the date bounds the forms accept and the short Vietnamese date of documents
"""
