"""Reference catalogue: administrative levels, board kinds and roles, sectors, agencies.

Loads resources/catalogue/catalogue_v1.json, a frozen file: rows whose code already exists are
left as the user edited them. Later catalogue changes ship as a new file and a new migration.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import json
import unicodedata
from datetime import datetime, timezone
from importlib import resources

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

CATALOGUE = "catalogue_v1.json"


def _fold(text: str) -> str:
    # Frozen copy of the folding rule at the time of this migration (migrations must not
    # change meaning when application code changes later).
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return " ".join(text.lower().split())


def _load() -> dict:
    path = resources.files("coordboard.resources") / "catalogue" / CATALOGUE
    return json.loads(path.read_text(encoding="utf-8"))


def _table(name: str, *columns: str) -> sa.Table:
    cols = [sa.column(c) for c in columns]
    return sa.table(name, *cols)


STAMP = ("created_at", "updated_at", "version")


def upgrade() -> None:
    data = _load()
    bind = op.get_bind()
    now = datetime.now(timezone.utc)
    stamp = {"created_at": now, "updated_at": now, "version": 1}

    def existing(table: str) -> dict[str, int]:
        return {code: id_ for id_, code in bind.execute(sa.text(f"SELECT id, code FROM {table}"))}

    def insert(table: sa.Table, rows: list[dict]) -> None:
        have = existing(table.name)
        new = [row for row in rows if row["code"] not in have]
        if new:
            op.bulk_insert(table, [{**stamp, **row} for row in new])

    insert(_table("admin_levels", "code", "name", "rank", "active", *STAMP),
           [{"code": r["code"], "name": r["name"], "rank": r["rank"], "active": r.get("active", True)}
            for r in data["admin_levels"]])
    insert(_table("board_kinds", "code", "name", "active", *STAMP),
           [{"code": r["code"], "name": r["name"], "active": True} for r in data["board_kinds"]])
    insert(_table("board_roles", "code", "name", "rank", "unique_per_board", "active", *STAMP),
           [{"code": r["code"], "name": r["name"], "rank": r["rank"],
             "unique_per_board": r.get("unique_per_board", False), "active": True}
            for r in data["board_roles"]])
    insert(_table("sectors", "code", "name", "name_folded", "sort_order", "active", *STAMP),
           [{"code": r["code"], "name": r["name"], "name_folded": _fold(r["name"]),
             "sort_order": r["sort_order"], "active": True} for r in data["sectors"]])
    sectors, levels = existing("sectors"), existing("admin_levels")
    insert(_table("agencies", "code", "name", "short_name", "name_folded", "sector_id", "level_id",
                  "active", *STAMP),
           [{"code": r["code"], "name": r["name"], "short_name": r["short_name"],
             "name_folded": _fold(r["name"]), "sector_id": sectors.get(r["sector"]),
             "level_id": levels.get(r["level"]), "active": r.get("active", True)}
            for r in data["agencies"]])


def downgrade() -> None:
    """Catalogue rows may be referenced by user data by now: they are kept."""
