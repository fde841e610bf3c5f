"""Writing a board's reminder letters: one DOCX per chased agency plus a summary workbook into
a folder, all or nothing. The letters' numbers come from the board's register (unless `draft`)
in the same transaction, which commits only once every file is in place (staging.py)."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordboard.db import Database
from coordboard.errors import PermissionDenied, ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import Agency
from coordboard.rules.dates import vn_short_date as vn_date
from coordboard.services import permissions, register, workdays
from coordboard.services.actor import Actor
from coordboard.services.documents import render_docx
from coordboard.services.documents.reminder_letter import EXCERPT, build_letter
from coordboard.services.reports.export import check_folder
from coordboard.services.reports.reminders.candidates import candidates, visible_board
from coordboard.services.reports.reminders.model import (
    LetterData,
    LetterFile,
    LettersCancelled,
    LetterSummary,
    ReminderCandidate,
)
from coordboard.services.reports.reminders.staging import write_all
from coordboard.services.reports.task_lines import signer
from coordboard.services.uow import UnitOfWork

BAD_FILE_CHARACTERS = '<>:"/\\|?*'


def write_letters(
    db: Database,
    actor: Actor,
    board_id: int,
    folder: str | os.PathLike,
    reply_by: date,
    agency_ids: list[int] | tuple[int, ...] | None = None,
    draft: bool = False,
    as_of: date | None = None,
    include_child_boards: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> LetterSummary:
    """One letter per agency (all candidates, or those in `agency_ids`) into `folder`, plus the
    summary workbook; numbers from the register unless `draft`. All or nothing."""
    as_of = as_of or date.today()
    if reply_by <= as_of:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The reply-by date {reply_by} must be after {as_of}."),
            field="reply_by",
            reply_by=vn_date(reply_by),
            as_of=vn_date(as_of),
        )
    folder = Path(folder)
    _check_target(folder)
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        board = visible_board(s, actor, board_id)
        if not draft and not permissions.may_edit_board(s, actor, board_id):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Only the secretariat of this board may issue its letters; a "
                    "draft without a number can still be written.",
                )
            )
        chosen = _chosen(s, candidates(s, actor, board_id, as_of, include_child_boards), agency_ids)
        if not chosen:
            return LetterSummary(folder, as_of, reply_by, draft, (), None)
        head = register.letterhead_in(s, board_id)
        standing = s.get(Agency, board.standing_agency_id) if board.standing_agency_id else None
        who = signer(s, board, as_of, deputy=True)
        soon = workdays.due_soon_days(s)
        rendered: list[tuple[LetterFile, bytes]] = []
        names: set[str] = set()
        for i, c in enumerate(chosen, start=1):
            _check_cancelled(cancelled)
            number = (
                None
                if draft
                else register.issue_number(
                    s, actor, board_id, "", as_of, summary=f"{EXCERPT} - {c.agency_name}"
                )
            )
            letter = LetterData(
                head,
                board.name,
                standing.name if standing else "",
                c.agency_name,
                as_of,
                reply_by,
                None if draft else as_of,
                number,
                soon,
                c.overdue,
                c.due_soon,
                who,
            )
            name = _unique_name(folder, names, _file_name(i, c.agency_name))
            rendered.append(
                (
                    LetterFile(
                        c.agency_id,
                        c.agency_name,
                        len(c.overdue),
                        len(c.due_soon),
                        number,
                        "" if number is None else head.reference(number, ""),
                        name,
                    ),
                    render_docx(build_letter(letter)),
                )
            )
            if progress is not None:
                progress(i, len(chosen))
        _check_cancelled(cancelled)
        summary_name = _unique_name(
            folder, names, f"Tổng hợp công văn đôn đốc {as_of:%d-%m-%Y}.xlsx"
        )
        summary = LetterSummary(
            folder, as_of, reply_by, draft, tuple(f for f, _ in rendered), folder / summary_name
        )
        write_all(folder, rendered, summary, board.name, uow)
        return summary


def _check_target(folder: Path) -> None:
    """The folder can be written, or created (its parent exists and can be written)."""
    if folder.exists() or not folder.parent.is_dir():
        if folder.exists() and not folder.is_dir():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "{path} is a file, not a folder."),
                field="out",
                path=str(folder),
            )
        if not folder.exists():
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Cannot create the folder {path}: the folder above it does not exist."
                ),
                field="out",
                path=str(folder),
            )
        check_folder(folder)
    else:
        check_folder(folder.parent)


def _chosen(s: Session, candidates: list[ReminderCandidate], agency_ids) -> list[ReminderCandidate]:
    if agency_ids is None:
        return candidates
    by_id = {c.agency_id: c for c in candidates}
    for agency_id in agency_ids:
        if agency_id not in by_id:
            name = s.scalar(select(Agency.name).where(Agency.id == agency_id))
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{agency} has no overdue or due-soon task on this board; no letter "
                    "was written.",
                ),
                field="agencies",
                agency=name or str(agency_id),
            )
    wanted = set(agency_ids)
    return [c for c in candidates if c.agency_id in wanted]


def _check_cancelled(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise LettersCancelled(
            QT_TRANSLATE_NOOP(
                "errors",
                "Writing the letters was cancelled; no file was written and no number was taken.",
            )
        )


def _file_name(index: int, agency: str) -> str:
    name = "".join("-" if ch in BAD_FILE_CHARACTERS else ch for ch in agency).strip()
    return f"{index:02d} - Công văn đôn đốc - {name[:120]}.docx"


def _unique_name(folder: Path, taken: set[str], name: str) -> str:
    """A name not in the folder yet (an earlier run's letters are never overwritten)."""
    stem, suffix = os.path.splitext(name)
    candidate, n = name, 2
    while candidate.casefold() in taken or (folder / candidate).exists():
        candidate, n = f"{stem} ({n}){suffix}", n + 1
    taken.add(candidate.casefold())
    return candidate
