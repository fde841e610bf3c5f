"""What every spreadsheet export shares (openpyxl): text kept as text, and a workbook written to
a temporary file first, so that no partial file is left.

openpyxl (with numpy under it, ~0.3 s) is imported when a sheet is written, not when the app
starts. The exports themselves live with their features (members/export.py, tasks/export.py,
reports)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from coordboard.errors import DomainError
from coordboard.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import openpyxl


def safe_value(value):
    """Text as text: control characters a spreadsheet cannot hold are dropped. Cells holding
    it must be marked as strings (`as_text`), so that "= 5 nhiệm vụ" is not read as a formula."""
    if isinstance(value, str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def as_text(cell) -> None:
    """A typed title that starts with "=" stays text, never a live formula."""
    if isinstance(cell.value, str):
        cell.data_type = "s"


def save_workbook(wb: openpyxl.Workbook, path: Path) -> Path:
    path = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(suffix=".xlsx.part", dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise DomainError(
            QT_TRANSLATE_NOOP("errors", "Cannot write to {path}: {detail}"),
            path=str(path),
            detail=exc.strerror or str(exc),
        ) from exc
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise DomainError(
            QT_TRANSLATE_NOOP("errors", "Cannot write to {path}: {detail}"),
            path=str(path),
            detail=exc.strerror or str(exc),
        ) from exc
    return path
