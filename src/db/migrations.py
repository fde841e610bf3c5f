"""The schema's revisions: Alembic, run from the migrations shipped inside the package."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", "coordboard:migrations")
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:  # the package ships its migrations: none means a broken installation
        raise RuntimeError("coordboard.migrations holds no revision")
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade_on(conn: Connection, revision: str = "head") -> None:
    """Migrate inside the caller's transaction: it commits or rolls back with the rest."""
    cfg = alembic_config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, revision)


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate in one transaction of its own."""
    with engine.begin() as conn:
        upgrade_on(conn, revision)
