"""Accounts, logins and throttling. Passwords are argon2 hashes; nothing else is stored."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from coordboard.db import Database
from coordboard.errors import AuthenticationError, NotFound, ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import Agency, Board, User
from coordboard.models.base import utcnow
from coordboard.services import permissions
from coordboard.services.actor import ADMIN, FOCAL_POINT, ROLE_LABELS, SYSTEM, Actor
from coordboard.services.uow import UnitOfWork, check_length, check_version

_hasher = PasswordHasher()

MIN_PASSWORD_LENGTH = 8
FREE_ATTEMPTS = 5  # failed logins allowed before the account is locked for a while
MAX_LOCK = timedelta(minutes=15)


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    role: str
    agency_id: int | None
    agency_name: str
    active: bool
    board_ids: tuple[int, ...]
    version: int


def _now() -> datetime:
    return datetime.now(UTC)


def lock_duration(failures: int) -> timedelta:
    """Doubling from 30 s after the free attempts are used, capped at 15 minutes."""
    if failures < FREE_ATTEMPTS:
        return timedelta(0)
    doublings = min(failures - FREE_ATTEMPTS, 20)  # 2**20 * 30 s is far past the cap already
    return min(timedelta(seconds=30 * 2**doublings), MAX_LOCK)


def _aware(moment: datetime | None) -> datetime | None:
    if moment is not None and moment.tzinfo is None:  # SQLite returns naive UTC
        return moment.replace(tzinfo=UTC)
    return moment


def _actor(user: User) -> Actor:
    return Actor(
        user_id=user.id,
        username=user.username,
        role=user.role,
        agency_id=user.agency_id,
        full_name=user.full_name,
    )


def needs_first_admin(db: Database) -> bool:
    with UnitOfWork(db) as uow:
        return not uow.session.scalar(select(func.count(User.id)))


def login(db: Database, username: str, password: str) -> Actor:
    """Check a password; throttles repeated failures per account."""
    wrong = AuthenticationError(QT_TRANSLATE_NOOP("errors", "Wrong user name or password."))
    with UnitOfWork(db) as uow:
        user = uow.session.scalar(select(User).where(User.username == username.strip().lower()))
        if user is None or not user.active:
            _hasher.hash(password)  # same cost either way: no hint that the account exists
            raise wrong
        locked_until = _aware(user.locked_until)
        if locked_until and locked_until > _now():
            seconds = int((locked_until - _now()).total_seconds()) + 1
            raise AuthenticationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Too many failed attempts. Try again in {seconds} seconds."
                ),
                seconds=seconds,
            )
        try:
            _hasher.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            uow.session.info["actor"] = (user.id, user.username)
            user.failed_logins += 1
            delay = lock_duration(user.failed_logins)
            user.locked_until = _now() + delay if delay else None
            uow.commit()
            raise wrong from None
        uow.session.info["actor"] = (user.id, user.username)
        if _hasher.check_needs_rehash(user.password_hash):
            user.password_hash = _hasher.hash(password)
        user.failed_logins = 0
        user.locked_until = None
        user.last_login_at = _now()
        uow.commit()
        return _actor(user)


def actor_for(db: Database, username: str) -> Actor:
    """The actor for an existing account without a password (local admin tools only)."""
    with UnitOfWork(db) as uow:
        user = uow.session.scalar(select(User).where(User.username == username.strip().lower()))
        if user is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "No user named {username}."), username=username
            )
        return _actor(user)


def first_admin(db: Database) -> Actor | None:
    with UnitOfWork(db) as uow:
        user = uow.session.scalar(
            select(User).where(User.role == ADMIN, User.active).order_by(User.id)
        )
        return _actor(user) if user else None


def validate_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The password must have at least {n} characters."),
            field="password",
            n=MIN_PASSWORD_LENGTH,
        )


def create_user(
    db: Database,
    actor: Actor,
    *,
    username: str,
    password: str,
    role: str,
    full_name: str = "",
    agency_code: str | None = None,
    board_ids: tuple[int, ...] = (),
    active: bool = True,
) -> UserInfo:
    permissions.require_admin(actor)
    username = username.strip().lower()
    if not username or not username.replace(".", "").replace("_", "").replace("-", "").isalnum():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "A user name may contain only letters, digits, '.', '_' and '-'."
            ),
            field="username",
        )
    if role not in ROLE_LABELS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown role: {role}."), field="role", role=role
        )
    validate_password(password)
    check_length(username, User.__table__.c.username, "username")
    check_length(full_name.strip(), User.__table__.c.full_name, "full_name")
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        if s.scalar(select(User.id).where(User.username == username)):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The user name {username} is taken."),
                field="username",
                username=username,
            )
        agency = None
        if agency_code:
            agency = s.scalar(select(Agency).where(Agency.code == agency_code))
            if agency is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "No agency with code {code}."),
                    field="agency",
                    code=agency_code,
                )
        if role == FOCAL_POINT and agency is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "An agency focal point must belong to an agency."),
                field="agency",
            )
        user = User(
            username=username,
            full_name=full_name.strip(),
            password_hash=_hasher.hash(password),
            role=role,
            agency_id=agency.id if agency else None,
            active=active,
        )
        user.boards = [s.get(Board, b) for b in board_ids if s.get(Board, b) is not None]
        s.add(user)
        uow.commit()
        return _info(user)


def create_first_admin(db: Database, username: str, password: str, full_name: str = "") -> UserInfo:
    """Only on a database without any account: the first start creates its administrator."""
    if not needs_first_admin(db):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This database already has accounts."))
    return create_user(
        db, SYSTEM, username=username, password=password, role=ADMIN, full_name=full_name
    )


def change_password(db: Database, actor: Actor, old_password: str, new_password: str) -> None:
    """A user changes their own password; the current one must be given."""
    validate_password(new_password)
    with UnitOfWork(db, actor) as uow:
        user = uow.session.get(User, actor.user_id)
        try:
            _hasher.verify(user.password_hash, old_password)
        except (VerificationError, InvalidHashError):
            raise AuthenticationError(
                QT_TRANSLATE_NOOP("errors", "The current password is wrong.")
            ) from None
        user.password_hash = _hasher.hash(new_password)
        uow.commit()


def _info(user: User) -> UserInfo:
    return UserInfo(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=user.role,
        agency_id=user.agency_id,
        agency_name=user.agency.name if user.agency else "",
        active=user.active,
        board_ids=tuple(sorted(b.id for b in user.boards)),
        version=user.version,
    )


def list_users(db: Database, actor: Actor) -> list[UserInfo]:
    permissions.require_admin(actor)
    with UnitOfWork(db, actor) as uow:
        return [_info(u) for u in uow.session.scalars(select(User).order_by(User.username))]


def update_user(
    db: Database,
    actor: Actor,
    user_id: int,
    *,
    full_name: str,
    role: str,
    agency_id: int | None,
    board_ids: tuple[int, ...],
    active: bool,
    expected_version: int | None = None,
    new_password: str = "",
) -> UserInfo:
    """An administrator changes an account (and, with `new_password`, its password) in one
    transaction; the last active administrator cannot be removed."""
    permissions.require_admin(actor)
    if new_password:
        validate_password(new_password)
    check_length(full_name.strip(), User.__table__.c.full_name, "full_name")
    if role not in ROLE_LABELS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown role: {role}."), field="role", role=role
        )
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        user = s.get(User, user_id)
        if user is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "No user named {username}."), username=str(user_id)
            )
        check_version(user.version, expected_version)
        if role == FOCAL_POINT and agency_id is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "An agency focal point must belong to an agency."),
                field="agency",
            )
        if agency_id is not None and s.get(Agency, agency_id) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The agency no longer exists."), field="agency"
            )
        removes_admin = user.role == ADMIN and user.active and (role != ADMIN or not active)
        if (
            removes_admin
            and s.scalar(
                select(func.count(User.id)).where(
                    User.role == ADMIN, User.active, User.id != user.id
                )
            )
            == 0
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "At least one active administrator must remain."),
                field="role",
            )
        user.full_name, user.role, user.active = full_name.strip(), role, active
        user.agency_id = agency_id
        boards = [b for b in (s.get(Board, i) for i in board_ids) if b is not None]
        if {b.id for b in boards} != {b.id for b in user.boards}:
            user.boards = boards
            user.updated_at = utcnow()  # the row itself changes, so its version moves too
        if new_password:
            user.password_hash = _hasher.hash(new_password)
            user.failed_logins, user.locked_until = 0, None
        uow.commit()
        return _info(user)
