"""This PC's own settings (QSettings): every key declared once, typed, with its default.

What every PC of a board shares (how many days count as "due soon", the working calendar) lives
in the database (services/day_settings.py, services/workdays.py). What belongs to one PC and
one user — the window's geometry, column widths, splitters, the connection it opens, the last
user name typed — lives here. Nothing else in the ui reads or writes QSettings directly, so a
key cannot be misspelled in one place and its default cannot differ between two.

app.py points QSettings at an INI file in the data folder before anything reads one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T

    def get(self) -> T:
        return self.convert(QSettings().value(self.key, self.default))

    def set(self, value: T) -> None:
        QSettings().setValue(self.key, value)

    def convert(self, value: object) -> T:
        return self.default if value is None else value  # type: ignore[return-value]


@dataclass(frozen=True)
class TextSetting(Setting[str]):
    def convert(self, value: object) -> str:
        return str(value) if value else self.default


@dataclass(frozen=True)
class StateSetting(Setting[QByteArray | None]):
    """A widget's saved state (saveState / saveGeometry): None until first saved."""

    default: QByteArray | None = None

    def convert(self, value: object) -> QByteArray | None:
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None


# --- the connection and the sign-in -------------------------------------------------------------
START_PROFILE = TextSetting("connection/profile", "")  # "" is profiles.LOCAL, this PC's file
LAST_USERNAME = TextSetting("login/last_username", "")

# --- windows, tables and splitters --------------------------------------------------------------
MAIN_GEOMETRY = StateSetting("main/geometry")
MEMBERS_COLUMNS = StateSetting("members/columns")
MEETINGS_SPLITTER = StateSetting("meetings/splitter")
PLANS_SPLITTER = StateSetting("plans/splitter")
PLANS_RIGHT_SPLITTER = StateSetting("plans/right_splitter")
TASKS_COLUMNS = StateSetting("tasks/columns")
TASKS_SPLITTER = StateSetting("tasks/splitter")

ALL: tuple[Setting, ...] = (
    START_PROFILE,
    LAST_USERNAME,
    MAIN_GEOMETRY,
    MEMBERS_COLUMNS,
    MEETINGS_SPLITTER,
    PLANS_SPLITTER,
    PLANS_RIGHT_SPLITTER,
    TASKS_COLUMNS,
    TASKS_SPLITTER,
)
