"""Accounts and logins: argon2 hashes, wrong passwords, throttling, first administrator."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from coordboard.errors import AuthenticationError, PermissionDenied, ValidationError
from coordboard.models import User
from coordboard.services import auth
from coordboard.services.actor import SYSTEM

WRONG = "Wrong user name or password."
LOCKED = "Too many failed attempts. Try again in {seconds} seconds."


def stored_user(db, username: str) -> User:
    with db.session() as s:
        return s.scalar(select(User).where(User.username == username))


@pytest.fixture
def clock(monkeypatch):
    """auth's notion of now, moved by hand instead of sleeping."""

    class Clock:
        now = datetime.now(UTC)

        def advance(self, **delta) -> None:
            self.now += timedelta(**delta)

    c = Clock()
    monkeypatch.setattr(auth, "_now", lambda: c.now)
    return c


def test_login_returns_the_actor_with_role_and_agency(db, world, focal_point):
    actor = auth.login(db, "  DauMoi ", world.password)
    assert actor == focal_point
    assert actor.agency_id == world.agencies["SYT"]
    assert stored_user(db, "daumoi").last_login_at is not None


def test_passwords_are_stored_as_argon2_hashes(db, world, admin):
    user = stored_user(db, admin.username)
    assert user.password_hash.startswith("$argon2id$")
    assert world.password not in user.password_hash


def test_the_shipped_hasher_is_strong_and_its_hashes_are_accepted(
    db, world, shipped_password_hasher
):
    hasher = shipped_password_hasher
    # OWASP's floor for argon2id: 19 MiB of memory, 2 passes
    assert (hasher.type.name, hasher.memory_cost >= 19 * 1024, hasher.time_cost >= 2) == (
        "ID",
        True,
        True,
    )
    with db.session() as s:
        s.scalar(select(User).where(User.username == "xem")).password_hash = hasher.hash(
            "mat-khau-that"
        )
        s.commit()
    assert auth.login(db, "xem", "mat-khau-that").role == "viewer"


@pytest.mark.parametrize(
    "username, password",
    [("quantri", "mat-khau-sai"), ("quantri", ""), ("khongco", "Mật-khẩu-2025")],
    ids=["wrong-password", "empty-password", "unknown-user"],
)
def test_a_wrong_password_is_refused_with_the_same_message(db, world, username, password):
    with pytest.raises(AuthenticationError) as exc:
        auth.login(db, username, password)
    assert exc.value.message == WRONG  # no hint whether the account exists


def test_a_failed_login_is_counted_and_a_good_one_resets_the_count(db, world, clock):
    for _ in range(auth.FREE_ATTEMPTS - 1):
        with pytest.raises(AuthenticationError):
            auth.login(db, "quantri", "sai-mat-khau")
    user = stored_user(db, "quantri")
    assert (user.failed_logins, user.locked_until) == (4, None)
    auth.login(db, "quantri", world.password)  # four failures do not lock the account
    assert stored_user(db, "quantri").failed_logins == 0


def test_five_failures_lock_the_account_even_for_the_right_password(db, world, clock):
    for _ in range(5):
        with pytest.raises(AuthenticationError) as exc:
            auth.login(db, "thuky", "sai-mat-khau")
        assert exc.value.message == WRONG
    with pytest.raises(AuthenticationError) as exc:
        auth.login(db, "thuky", world.password)
    assert exc.value.message == LOCKED
    assert 0 < exc.value.params["seconds"] <= 31
    # other accounts are not affected
    auth.login(db, "quantri", world.password)

    clock.advance(seconds=20)
    with pytest.raises(AuthenticationError) as exc:
        auth.login(db, "thuky", world.password)
    assert exc.value.message == LOCKED and exc.value.params["seconds"] <= 11

    clock.advance(seconds=11)
    actor = auth.login(db, "thuky", world.password)
    assert actor.role == "secretariat"
    user = stored_user(db, "thuky")
    assert (user.failed_logins, user.locked_until) == (0, None)


def test_the_lock_doubles_after_each_further_failure(db, world, clock):
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            auth.login(db, "xem", "sai")
    clock.advance(seconds=31)
    with pytest.raises(AuthenticationError) as exc:
        auth.login(db, "xem", "sai")  # the sixth failure
    assert exc.value.message == WRONG
    with pytest.raises(AuthenticationError) as exc:
        auth.login(db, "xem", world.password)
    assert exc.value.message == LOCKED and 50 < exc.value.params["seconds"] <= 61
    assert auth.lock_duration(4) == timedelta(0)
    assert auth.lock_duration(5) == timedelta(seconds=30)
    assert auth.lock_duration(7) == timedelta(seconds=120)
    assert auth.lock_duration(50) == auth.MAX_LOCK


def test_a_lock_set_in_the_database_is_honoured(db, world):
    """Another PC may have locked the account: the lock lives in the database, not in memory."""
    with db.session() as s:
        user = s.scalar(select(User).where(User.username == "quantri"))
        user.locked_until = datetime.now(UTC) + timedelta(minutes=5)
        s.commit()
    with pytest.raises(AuthenticationError) as exc:
        auth.login(db, "quantri", world.password)
    assert exc.value.message == LOCKED and 290 < exc.value.params["seconds"] <= 301


def test_an_inactive_account_cannot_log_in(db, world):
    with db.session() as s:
        s.scalar(select(User).where(User.username == "xem")).active = False
        s.commit()
    with pytest.raises(AuthenticationError) as exc:
        auth.login(db, "xem", world.password)
    assert exc.value.message == WRONG


def test_change_password(db, world, viewer):
    with pytest.raises(AuthenticationError):
        auth.change_password(db, viewer, "sai-mat-khau", "mat-khau-moi-1")
    with pytest.raises(ValidationError) as exc:
        auth.change_password(db, viewer, world.password, "ngan")
    assert exc.value.field == "password"
    auth.change_password(db, viewer, world.password, "mat-khau-moi-1")
    assert auth.login(db, "xem", "mat-khau-moi-1") == viewer
    with pytest.raises(AuthenticationError):
        auth.login(db, "xem", world.password)


# --- accounts -------------------------------------------------------------------------------


def test_first_start_creates_the_administrator_once(db):
    assert auth.needs_first_admin(db)
    info = auth.create_first_admin(db, "Admin", "mat-khau-dai", "Nguyễn Văn Quản")
    assert (info.username, info.role) == ("admin", "admin")
    assert not auth.needs_first_admin(db)
    assert auth.first_admin(db).username == "admin"
    with pytest.raises(ValidationError):
        auth.create_first_admin(db, "admin2", "mat-khau-dai")
    assert auth.login(db, "admin", "mat-khau-dai").is_admin


def test_create_user_for_an_agency_with_boards(db, admin, world):
    info = auth.create_user(
        db,
        admin,
        username="GiaoDuc",
        password="mat-khau-dai",
        role="focal_point",
        agency_code="SGDDT",
        full_name=" Đầu mối ",
    )
    assert (info.username, info.agency_name, info.full_name) == (
        "giaoduc",
        "Sở Giáo dục và Đào tạo",
        "Đầu mối",
    )
    viewer = auth.create_user(
        db,
        admin,
        username="xem.xa",
        password="mat-khau-dai",
        role="viewer",
        board_ids=(world.commune,),
    )
    assert viewer.board_ids == (world.commune,)
    listed = [u.username for u in auth.list_users(db, admin)]
    assert listed == sorted(listed) and {"giaoduc", "xem.xa", "quantri"} <= set(listed)


@pytest.mark.parametrize(
    "kwargs, field",
    [
        ({"username": "nguyễn văn"}, "username"),
        ({"username": ""}, "username"),
        ({"username": "QuanTri"}, "username"),  # taken, whatever the case
        ({"role": "superuser"}, "role"),
        ({"password": "1234567"}, "password"),
        ({"role": "focal_point"}, "agency"),  # a focal point needs an agency
        ({"role": "focal_point", "agency_code": "KHONGCO"}, "agency"),
    ],
    ids=[
        "spaces-accents",
        "empty",
        "taken",
        "unknown-role",
        "short-password",
        "no-agency",
        "unknown-agency",
    ],
)
def test_bad_accounts_are_refused(db, admin, assert_unchanged, kwargs, field):
    args = {"username": "moi", "password": "mat-khau-dai", "role": "viewer", **kwargs}
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        auth.create_user(db, admin, **args)
    assert exc.value.field == field


@pytest.mark.parametrize("who", ["secretariat", "focal_point", "viewer"])
def test_only_an_administrator_manages_accounts(db, world, who, assert_unchanged):
    actor = world.actors[who]
    with assert_unchanged():
        with pytest.raises(PermissionDenied):
            auth.create_user(db, actor, username="moi", password="mat-khau-dai", role="admin")
        with pytest.raises(PermissionDenied):
            auth.list_users(db, actor)


def test_system_may_create_accounts(db):
    info = auth.create_user(db, SYSTEM, username="may", password="mat-khau-dai", role="viewer")
    assert info.role == "viewer"
