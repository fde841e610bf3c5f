"""The "silent for N days" setting: agencies whose latest progress report is older than this
many days are listed as silent. One value for the database; the secretariat or an
administrator changes it."""

from __future__ import annotations

from sqlalchemy.orm import Session

from coordboard.db import Database
from coordboard.errors import PermissionDenied
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.services.actor import ADMIN, SECRETARIAT, Actor
from coordboard.services.day_settings import DaySetting

SILENT_KEY = "dashboard.silent_days"
SILENT_DEFAULT = 30
SILENT_RANGE = (1, 365)

SILENT = DaySetting(
    SILENT_KEY,
    SILENT_DEFAULT,
    *SILENT_RANGE,
    QT_TRANSLATE_NOOP(
        "errors", "The number of days without a report must be between {low} and {high}."
    ),
    "silent_days",
)


def silent_days(session: Session) -> int:
    """Agencies whose latest report is older than this many days are listed as silent."""
    return SILENT.read(session)


def load_silent_days(db: Database, actor: Actor) -> int:
    return SILENT.load(db, actor)


def set_silent_days(db: Database, actor: Actor, days: int) -> int:
    """The secretariat or an administrator; 1 to 365 days (one value for the database)."""
    if actor.role not in (ADMIN, SECRETARIAT):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "errors", "Only the secretariat or an administrator may change this setting."
            )
        )
    return SILENT.write(db, actor, days)
