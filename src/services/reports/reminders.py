"""Reminder letters (công văn đôn đốc): one letter to each lead agency with overdue or
due-soon tasks on a board, asking it to finish them and report back by a date.

`reminder_candidates` lists the agencies and their tasks; `write_letters` writes one DOCX per
agency plus a summary workbook into a folder, all or nothing: the files are staged in a hidden
folder inside the target and moved into place only when all of them are written, and the
letters' numbers (from the board's register, unless `draft`) are taken in a transaction that
commits only after that and is rolled back, with the files removed, when anything fails.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordboard.db import Database
from coordboard.errors import DomainError, NotFound, PermissionDenied, ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import Agency, Board, Task
from coordboard.services import permissions, register, tasks
from coordboard.services.actor import Actor
from coordboard.services.documents.formats import vn_short_date as vn_date
from coordboard.services.reports import check_folder
from coordboard.services.reports.task_lines import Signer, TaskLine, signer, task_lines
from coordboard.services.tasks import TaskFilter
from coordboard.services.tasks import classification as cl
from coordboard.services.uow import UnitOfWork
from coordboard.text import vi_sort_key

#: how a reminder letter's excerpt (trích yếu) begins; the register's summary starts the same
EXCERPT = "V/v đôn đốc thực hiện nhiệm vụ"
DEFAULT_REPLY_WORKING_DAYS = 10
BAD_FILE_CHARACTERS = '<>:"/\\|?*'


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


# --- who is chased --------------------------------------------------------------------------


def reminder_candidates(
    db: Database,
    actor: Actor,
    board_id: int,
    as_of: date | None = None,
    include_child_boards: bool = False,
) -> list[ReminderCandidate]:
    """Lead agencies with overdue or due-soon tasks on the board as of the date, most overdue
    first."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        _board(s, actor, board_id)
        return _candidates(s, actor, board_id, as_of or date.today(), include_child_boards)


def _board(s: Session, actor: Actor, board_id: int) -> Board:
    board = s.get(Board, board_id)
    if board is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The board no longer exists."))
    permissions.require_view_board(s, actor, board_id)
    return board


def _candidates(
    s: Session, actor: Actor, board_id: int, as_of: date, include_child_boards: bool
) -> list[ReminderCandidate]:
    soon = tasks.soon_days(s)
    flt = TaskFilter(
        board_id=board_id,
        include_child_boards=include_child_boards,
        classes=(cl.OVERDUE, cl.DUE_SOON),
        as_of=as_of,
    )
    where = tasks.filter_conditions(s, actor, flt, as_of, soon)
    lines = task_lines(s, where, as_of, soon, order=(Task.effective_deadline, Task.id))
    by_agency: dict[int, list[TaskLine]] = {}
    for t in lines:
        by_agency.setdefault(t.lead_agency_id, []).append(t)
    found = []
    for agency_id, rows in by_agency.items():
        overdue = tuple(t for t in rows if t.status_class == cl.OVERDUE)
        due_soon = tuple(t for t in rows if t.status_class == cl.DUE_SOON)
        found.append(ReminderCandidate(agency_id, rows[0].lead_agency_name, overdue, due_soon))
    return sorted(found, key=lambda c: (-len(c.overdue), -c.total, vi_sort_key(c.agency_name)))


def default_reply_by(db: Database, actor: Actor, as_of: date | None = None) -> date:
    """Ten working days after the date (holidays and the admin's extra days off skipped)."""
    from coordboard.services import workdays

    with UnitOfWork(db, actor) as uow:
        calendar = workdays.load_calendar(uow.session)
        return calendar.add_working_days(as_of or date.today(), DEFAULT_REPLY_WORKING_DAYS)


# --- writing the letters --------------------------------------------------------------------


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
    from coordboard.services.documents import render_docx
    from coordboard.services.documents.reminder_letter import build_letter

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
        board = _board(s, actor, board_id)
        if not draft and not permissions.may_edit_board(s, actor, board_id):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Only the secretariat of this board may issue its letters; a "
                    "draft without a number can still be written.",
                )
            )
        chosen = _chosen(
            s, _candidates(s, actor, board_id, as_of, include_child_boards), agency_ids
        )
        if not chosen:
            return LetterSummary(folder, as_of, reply_by, draft, (), None)
        head = register.letterhead_in(s, board_id)
        standing = s.get(Agency, board.standing_agency_id) if board.standing_agency_id else None
        who = signer(s, board, as_of, deputy=True)
        soon = tasks.soon_days(s)
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
        _write_all(folder, rendered, summary, board.name, uow)
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


def _write_all(
    folder: Path,
    rendered: list[tuple[LetterFile, bytes]],
    summary: LetterSummary,
    board_name: str,
    uow: UnitOfWork,
) -> None:
    """Stage every file, move them into place, then commit the numbers; undo it all on error
    (a folder created here is removed again)."""
    created = not folder.exists()
    try:
        if created:
            folder.mkdir()
        staging = Path(tempfile.mkdtemp(prefix=".coordboard-letters-", dir=folder))
    except OSError as exc:
        if created:
            shutil.rmtree(folder, ignore_errors=True)
        raise _cannot_write(folder, exc) from exc
    moved: list[Path] = []
    try:
        for letter, content in rendered:
            (staging / letter.file_name).write_bytes(content)
        write_summary_xlsx(summary, board_name, staging / summary.summary_file.name)
        _plain_mode(staging / summary.summary_file.name)
        for name in [letter.file_name for letter, _ in rendered] + [summary.summary_file.name]:
            os.replace(staging / name, folder / name)
            moved.append(folder / name)
        uow.commit()
    except BaseException as exc:
        for path in moved:
            path.unlink(missing_ok=True)
        shutil.rmtree(staging, ignore_errors=True)
        if created:
            shutil.rmtree(folder, ignore_errors=True)
        if isinstance(exc, OSError):
            raise _cannot_write(folder, exc) from exc
        raise
    shutil.rmtree(staging, ignore_errors=True)


def _plain_mode(path: Path) -> None:
    """A workbook saved through a temporary file is private (0600); the letters beside it are
    not, and the summary should open for whoever opens them."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)


def _cannot_write(folder: Path, exc: OSError) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("errors", "Cannot write in the folder {path}: {detail}"),
        field="out",
        path=str(folder),
        detail=exc.strerror or str(exc),
    )


def write_summary_xlsx(summary: LetterSummary, board_name: str, path: Path) -> Path:
    """Who was chased: agency, letter number, how many tasks, reply-by date, file name."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    from coordboard.services.spreadsheets import as_text, safe_value, save_workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Công văn đôn đốc"
    kind = "dự thảo, chưa lấy số" if summary.draft else f"ban hành ngày {vn_date(summary.as_of)}"
    ws.append([safe_value(f"Tổng hợp công văn đôn đốc của {board_name} ({kind})")])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(
        [f"Số liệu đến ngày {vn_date(summary.as_of)}; hạn báo cáo {vn_date(summary.reply_by)}"]
    )
    ws.append(
        [
            "STT",
            "Cơ quan",
            "Số công văn",
            "Nhiệm vụ quá hạn",
            "Nhiệm vụ sắp đến hạn",
            "Tổng số nhiệm vụ",
            "Hạn báo cáo",
            "Tệp",
        ]
    )
    for cell in ws[3]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for n, f in enumerate(summary.letters, start=1):
        ws.append(
            [
                n,
                safe_value(f.agency_name),
                f.reference or "(dự thảo)",
                f.overdue,
                f.due_soon,
                f.overdue + f.due_soon,
                summary.reply_by,
                safe_value(f.file_name),
            ]
        )
        for cell in ws[ws.max_row]:
            as_text(cell)
        ws.cell(row=ws.max_row, column=7).number_format = "DD/MM/YYYY"
    ws.append(
        [
            "",
            "Tổng cộng",
            "",
            sum(f.overdue for f in summary.letters),
            sum(f.due_soon for f in summary.letters),
            sum(f.overdue + f.due_soon for f in summary.letters),
        ]
    )
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    for i, width in enumerate((6, 40, 14, 12, 12, 12, 13, 60), start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A4"
    return save_workbook(wb, path)
