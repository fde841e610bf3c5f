"""Writing a rendered document: all or nothing.

The bytes are complete before the file is touched; they go to a temporary file in the target
folder, which then replaces the target in one step (os.replace), so a failure leaves neither a
partial document nor a stray temporary file.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from coordboard.errors import DomainError
from coordboard.i18n import QT_TRANSLATE_NOOP


def cannot_write(path: Path, exc: OSError) -> DomainError:
    return DomainError(
        QT_TRANSLATE_NOOP("errors", "Cannot write to {path}: {detail}"),
        path=str(path),
        detail=exc.strerror or str(exc),
    )


def _read_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _read_umask()  # read once: changing it briefly later would race with other threads


def write_bytes_atomic(path: str | os.PathLike, data: bytes) -> Path:
    """Write `data` to `path` atomically; raise DomainError naming the path on failure."""
    path = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise cannot_write(path, exc) from exc
    try:
        # mkstemp makes the file private (0600); the document gets the mode of the file it
        # replaces, or what any new file of the user gets
        with os.fdopen(fd, "wb") as f:
            os.chmod(tmp, path.stat().st_mode & 0o777 if path.is_file() else 0o666 & ~_UMASK)
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise cannot_write(path, exc) from exc
    return path
