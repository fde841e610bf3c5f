"""Unit of work: one session, one transaction, rolled back unless explicitly committed."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import exists, false, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from coordboard.db import Database
from coordboard.errors import ConflictError, PermissionDenied, ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import Setting, User
from coordboard.services import changes
from coordboard.services.actor import Actor

CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "errors", "Someone else changed this record meanwhile. Reload it and try again."
)


class UnitOfWork:
    """`with UnitOfWork(db, actor) as uow: ...; uow.commit()`.

    The acting user is attached to the session so the audit hook can record who changed what.
    Leaving the block without commit() rolls everything back.

    The account behind the actor is read again at the start of every unit of work: a disabled
    account, or one whose role or agency an administrator changed since it signed in, is
    refused at once rather than keeping its old rights until the app is closed.
    """

    def __init__(self, db: Database, actor: Actor | None = None) -> None:
        self.db = db
        self.actor = actor
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = self.db.session()
        if self.actor is not None:
            self.session.info["actor"] = (self.actor.user_id, self.actor.username)
            if self.actor.user_id is not None:
                try:
                    self._check_account(self.actor)
                except BaseException:
                    self.session.close()
                    raise
        return self

    def _check_account(self, actor: Actor) -> None:
        row = self.session.execute(
            select(User.active, User.role, User.agency_id).where(User.id == actor.user_id)
        ).first()
        if row is None or not row.active:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "errors", "Your account has been disabled. Ask the administrator."
                )
            )
        if (row.role, row.agency_id) != (actor.role, actor.agency_id):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "errors", "The administrator changed your account's rights. Sign in again."
                )
            )

    def commit(self) -> None:
        try:
            if self.db.engine.dialect.name == "postgresql":
                # live refresh on other PCs (services/changes.py): inside the transaction, so
                # the notification is delivered only if the commit succeeds
                self.session.execute(
                    text("SELECT pg_notify(:channel, :token)"),
                    {"channel": changes.CHANNEL, "token": changes.source_token(self.db.engine)},
                )
            self.session.commit()
        except StaleDataError as exc:
            self.session.rollback()
            raise ConflictError(CHANGED_MEANWHILE) from exc
        except IntegrityError as exc:
            self.session.rollback()
            raise _integrity_error(exc) from exc

    def flush(self) -> None:
        try:
            self.session.flush()
        except StaleDataError as exc:
            raise ConflictError(CHANGED_MEANWHILE) from exc

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.session.rollback()
        self.session.close()
        # a flush inside the block (autoflush, or an explicit session.flush) met a row another
        # PC changed meanwhile, or broke a database rule: say so in the user's words
        if isinstance(exc, StaleDataError):
            raise ConflictError(CHANGED_MEANWHILE) from exc
        if isinstance(exc, IntegrityError):
            raise _integrity_error(exc) from exc


def sqlite_write_lock(session: Session) -> None:
    """SQLite has one writer at a time: open this transaction's write lock now, so that what
    is read next is read under it and another PC waits (busy timeout) instead of interleaving
    a read-then-write. An UPDATE that matches no row takes the lock (the driver begins the
    transaction before any DML) and changes nothing, not even an updated_at. No-op elsewhere."""
    if session.get_bind().dialect.name == "sqlite":
        table = Setting.__table__
        session.execute(table.update().where(false()).values(value=table.c.value))


def lock_row(session: Session, model, row_id: int):
    """Load a row and hold it against other writers until the transaction ends, so that a
    read-then-write (the next position in a list, a status check) cannot interleave with
    another PC's: SELECT ... FOR UPDATE on PostgreSQL, the write lock on SQLite."""
    sqlite_write_lock(session)
    return session.get(model, row_id, with_for_update=True, populate_existing=True)


def any_row(session: Session, *conditions) -> bool:
    """Whether any row meets the conditions (EXISTS: stops at the first one)."""
    return bool(session.scalar(select(exists().where(*conditions))))


def _integrity_error(exc: IntegrityError) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors", "The change breaks a database rule and was not saved: {detail}"
        ),
        detail=str(exc.orig).splitlines()[0],
    )


def check_version(current: int, expected: int | None) -> None:
    """Optimistic locking across a form's lifetime: the row must still be the one the user saw."""
    if expected is not None and current != expected:
        raise ConflictError(CHANGED_MEANWHILE)


def check_length(value: str | None, column, field: str) -> None:
    """Refuse text longer than its column (PostgreSQL enforces the limit, SQLite does not)."""
    limit = getattr(column.type, "length", None)
    if value and limit and len(value) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The text is too long: at most {limit} characters ({length} given)."
            ),
            field=field,
            limit=limit,
            length=len(value),
        )
