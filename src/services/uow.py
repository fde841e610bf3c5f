"""Unit of work: one session, one transaction, rolled back unless explicitly committed."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from coordboard.db import Database
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.services.errors import ConflictError, ValidationError
from coordboard.services.auth_types import Actor


class UnitOfWork:
    """`with UnitOfWork(db, actor) as uow: ...; uow.commit()`.

    The acting user is attached to the session so the audit hook can record who changed what.
    Leaving the block without commit() rolls everything back.
    """

    def __init__(self, db: Database, actor: Actor | None = None) -> None:
        self.db = db
        self.actor = actor
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = self.db.session()
        if self.actor is not None:
            self.session.info["actor"] = (self.actor.user_id, self.actor.username)
        return self

    def commit(self) -> None:
        try:
            self.session.commit()
        except StaleDataError as exc:
            self.session.rollback()
            raise ConflictError(QT_TRANSLATE_NOOP(
                "errors", "Someone else changed this record meanwhile. Reload it and try again."
            )) from exc
        except IntegrityError as exc:
            self.session.rollback()
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "The change breaks a database rule and was not saved: {detail}"),
                detail=str(exc.orig).splitlines()[0]) from exc

    def flush(self) -> None:
        try:
            self.session.flush()
        except StaleDataError as exc:
            raise ConflictError(QT_TRANSLATE_NOOP(
                "errors", "Someone else changed this record meanwhile. Reload it and try again."
            )) from exc

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.session.rollback()
        self.session.close()


def check_version(current: int, expected: int | None) -> None:
    """Optimistic locking across a form's lifetime: the row must still be the one the user saw."""
    if expected is not None and current != expected:
        raise ConflictError(QT_TRANSLATE_NOOP(
            "errors", "Someone else changed this record meanwhile. Reload it and try again."))
