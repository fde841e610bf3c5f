"""Whether a SQLite file lives on another machine, where its locks cannot be trusted."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from coordboard.i18n import QT_TRANSLATE_NOOP

# file systems that put a file on another machine (Linux /proc/mounts names)
NETWORK_FILESYSTEMS = frozenset(
    {
        "cifs",
        "smb3",
        "smbfs",
        "nfs",
        "nfs4",
        "afs",
        "9p",
        "fuse.sshfs",
        "sshfs",
        "davfs",
        "fuse.davfs2",
        "ncpfs",
    }
)
NETWORK_SHARE_WARNING = QT_TRANSLATE_NOOP(
    "errors",
    "{path} is on a network share. SQLite cannot lock a file safely over a network: "
    "two PCs writing to it can damage it beyond repair. Keep the file on this PC, or let the "
    "board's PCs share a PostgreSQL server (coordboard server init, coordboard db copy).",
)


def _mount_type(path: Path, mounts_text: str) -> str | None:
    """The file-system type of the longest mount point containing `path` (/proc/mounts)."""
    best, best_type = "", None
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        inside = str(path) == point or str(path).startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, parts[2]
    return best_type


def is_network_location(
    path: Path, *, mounts_text: str | None = None, windows: bool | None = None
) -> bool:
    """Whether a SQLite file lives on another machine: a Windows UNC path (\\\\server\\share),
    a Windows drive mapped to a share, or a Linux/BSD network mount."""
    windows = sys.platform == "win32" if windows is None else windows
    text = str(path)
    if windows:
        if text.startswith(("\\\\", "//")):
            return True
        drive = os.path.splitdrive(text)[0]
        if drive and sys.platform == "win32":
            import ctypes

            drive_remote = 4
            return bool(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote)
        return False
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
    kind = _mount_type(Path(os.path.abspath(text)), mounts_text)
    return kind is not None and kind in NETWORK_FILESYSTEMS
