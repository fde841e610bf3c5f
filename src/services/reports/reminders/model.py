"""What reminder letters say and what writing them produced, as frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from coordboard.errors import DomainError
from coordboard.services import register
from coordboard.services.reports.task_lines import Signer, TaskLine


@dataclass(frozen=True)
class ReminderCandidate:
    agency_id: int
    agency_name: str
    overdue: tuple[TaskLine, ...]  # longest overdue first
    due_soon: tuple[TaskLine, ...]  # soonest first

    @property
    def total(self) -> int:
        return len(self.overdue) + len(self.due_soon)


@dataclass(frozen=True)
class LetterData:
    """Everything one letter says (documents/reminder_letter.py lays it out)."""

    letterhead: register.Letterhead
    board_name: str
    standing_agency: str
    agency_name: str
    as_of: date
    reply_by: date
    issued_on: date | None  # None: a draft (blank number and date)
    number: int | None
    soon_days: int
    overdue: tuple[TaskLine, ...]
    due_soon: tuple[TaskLine, ...]
    signer: Signer


@dataclass(frozen=True)
class LetterFile:
    agency_id: int
    agency_name: str
    overdue: int
    due_soon: int
    number: int | None
    reference: str  # "05/BĐH", or "" for a draft
    file_name: str


@dataclass(frozen=True)
class LetterSummary:
    folder: Path
    as_of: date
    reply_by: date
    draft: bool
    letters: tuple[LetterFile, ...]
    summary_file: Path | None  # None when there was nobody to chase


class LettersCancelled(DomainError):
    """The user pressed Cancel; nothing was written and no number taken."""
