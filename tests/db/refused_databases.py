"""Server databases coordboard must refuse: another program's, or one made by a newer
coordboard. Shared by the test-connection and the open-refusal tests."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Engine


def make_refused(engine: Engine, kind: str) -> set[str]:
    """Fill the empty database behind `engine` as `kind` ("foreign" or "newer") would have it;
    returns the tables it then holds (a refusal must leave exactly these)."""
    with engine.begin() as conn:
        if kind == "foreign":
            conn.execute(text("CREATE TABLE hoc_sinh (id serial PRIMARY KEY)"))
            return {"hoc_sinh"}
        conn.execute(text("CREATE TABLE alembic_version (version_num varchar(32))"))
        conn.execute(text("CREATE TABLE boards (id serial PRIMARY KEY)"))
        conn.execute(text("INSERT INTO alembic_version VALUES ('9999')"))
        return {"alembic_version", "boards"}
