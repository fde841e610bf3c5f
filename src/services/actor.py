"""Who is acting. Every service function takes one."""

from __future__ import annotations

from dataclasses import dataclass

from coordboard.i18n import QT_TRANSLATE_NOOP

ADMIN, SECRETARIAT, FOCAL_POINT, VIEWER = "admin", "secretariat", "focal_point", "viewer"

ROLE_LABELS = {
    ADMIN: QT_TRANSLATE_NOOP("roles", "Administrator"),
    SECRETARIAT: QT_TRANSLATE_NOOP("roles", "Secretariat"),
    FOCAL_POINT: QT_TRANSLATE_NOOP("roles", "Agency focal point"),
    VIEWER: QT_TRANSLATE_NOOP("roles", "Viewer"),
}


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    role: str
    agency_id: int | None = None
    full_name: str = ""

    @property
    def is_admin(self) -> bool:
        return self.role == ADMIN


# The command line's own identity for administrative commands run on the PC itself
# (demo, users add): whoever can run them can already read and replace the file.
SYSTEM = Actor(user_id=None, username="system", role=ADMIN)
