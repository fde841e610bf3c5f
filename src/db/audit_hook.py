"""Writes every ORM change to the append-only audit_log, so no service can forget to.

The hook runs after each flush, while attribute history still holds old and new values, and
inserts the rows through the flush's own connection: the audit rows commit or roll back
together with the change they describe.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, sessionmaker

from coordboard.models import AuditEntry, Tracked
from coordboard.models.base import utcnow

# Derived or bookkeeping columns whose change says nothing a reader needs.
SKIPPED = {"created_at", "updated_at", "version"}
SECRET = {"password_hash"}


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


def _skip(key: str) -> bool:
    return key in SKIPPED or key.endswith("_folded")


def _rows_for(obj: Tracked, action: str, actor: tuple[int | None, str]) -> list[dict]:
    state = inspect(obj)
    entity = obj.__tablename__
    base = {
        "at": utcnow(),
        "user_id": actor[0],
        "username": actor[1],
        "action": action,
        "entity": entity,
        "entity_id": obj.id,
    }
    rows = []
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key == "id" or _skip(key):
            continue
        hist = state.attrs[key].history
        if action == "insert":
            old, new, changed = None, getattr(obj, key), getattr(obj, key) is not None
        elif action == "delete":
            old, new, changed = getattr(obj, key), None, True
        else:
            changed = hist.has_changes()
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if changed and _text(old) == _text(new):
                changed = False
        if not changed:
            continue
        if key in SECRET:
            old, new = ("***" if old else None), "***"
        rows.append({**base, "field": key, "old_value": _text(old), "new_value": _text(new)})
    for rel in state.mapper.relationships:
        if rel.secondary is None or action == "delete":
            continue
        hist = state.attrs[rel.key].history
        if hist.added or hist.deleted:
            rows.append(
                {
                    **base,
                    "field": rel.key,
                    "old_value": ",".join(str(o.id) for o in hist.deleted) or None,
                    "new_value": ",".join(str(o.id) for o in hist.added) or None,
                }
            )
    if action == "insert" and not rows:
        rows.append({**base, "field": "", "old_value": None, "new_value": None})
    return rows


def _after_flush(session: Session, _flush_context: Any) -> None:
    actor = session.info.get("actor", (None, "system"))
    rows: list[dict] = []
    for obj in session.new:
        if isinstance(obj, Tracked):
            rows += _rows_for(obj, "insert", actor)
    for obj in session.dirty:
        if isinstance(obj, Tracked) and session.is_modified(obj, include_collections=True):
            rows += _rows_for(obj, "update", actor)
    for obj in session.deleted:
        if isinstance(obj, Tracked):
            rows += _rows_for(obj, "delete", actor)
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


def install(factory: sessionmaker) -> None:
    event.listen(factory, "after_flush", _after_flush)
