"""Putting a run of letters on disk all or nothing: every file is written into a hidden folder
inside the target, then moved into place, then the letters' numbers are committed; on any
failure the files are removed (and a folder created here), and the numbers rolled back."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from coordboard.errors import ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.services.reports.reminders.model import LetterFile, LetterSummary
from coordboard.services.reports.reminders.summary import write_summary_xlsx
from coordboard.services.uow import UnitOfWork


def write_all(
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
        raise cannot_write(folder, exc) from exc
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
            raise cannot_write(folder, exc) from exc
        raise
    shutil.rmtree(staging, ignore_errors=True)


def _plain_mode(path: Path) -> None:
    """A workbook saved through a temporary file is private (0600); the letters beside it are
    not, and the summary should open for whoever opens them."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)


def cannot_write(folder: Path, exc: OSError) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("errors", "Cannot write in the folder {path}: {detail}"),
        field="out",
        path=str(folder),
        detail=exc.strerror or str(exc),
    )
