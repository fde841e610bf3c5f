"""Reminder letters (công văn đôn đốc): one letter to each lead agency with overdue or
due-soon tasks on a board, asking it to finish them and report back by a date.

`reminder_candidates` lists the agencies and their tasks (candidates.py); `write_letters`
writes one DOCX per agency plus a summary workbook into a folder, all or nothing (letters.py,
staging.py, summary.py); the letter itself is laid out by services/documents/reminder_letter.py.
What a letter says and what writing them produced are frozen dataclasses (model.py).
"""

from coordboard.services.documents.reminder_letter import EXCERPT
from coordboard.services.reports.reminders.candidates import (
    DEFAULT_REPLY_WORKING_DAYS,
    default_reply_by,
    reminder_candidates,
)
from coordboard.services.reports.reminders.letters import BAD_FILE_CHARACTERS, write_letters
from coordboard.services.reports.reminders.model import (
    LetterData,
    LetterFile,
    LettersCancelled,
    LetterSummary,
    ReminderCandidate,
)
from coordboard.services.reports.reminders.summary import write_summary_xlsx

__all__ = [
    "BAD_FILE_CHARACTERS",
    "DEFAULT_REPLY_WORKING_DAYS",
    "EXCERPT",
    "LetterData",
    "LetterFile",
    "LetterSummary",
    "LettersCancelled",
    "ReminderCandidate",
    "default_reply_by",
    "reminder_candidates",
    "write_letters",
    "write_summary_xlsx",
]
