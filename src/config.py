"""Where things live on this PC: the data folder, the default database, backups."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "coordboard"
APP_AUTHOR = "coordboard"


def data_dir() -> Path:
    """The user data folder ($COORDBOARD_DATA_DIR overrides it, e.g. for tests)."""
    override = os.environ.get("COORDBOARD_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database() -> Path:
    return data_dir() / "coordboard.sqlite"


def backup_dir_for(db_path: Path) -> Path:
    """Backups sit next to the database so they travel with it: <name>.backups/."""
    return db_path.with_name(db_path.name + ".backups")


# How many automatic backups to keep per database.
KEEP_BACKUPS = 10
