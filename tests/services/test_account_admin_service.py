"""An administrator changes accounts: roles, boards, deactivation, password resets."""

from __future__ import annotations

import pytest

from coordboard.errors import AuthenticationError, ConflictError, PermissionDenied, ValidationError
from coordboard.services import auth, boards


def info(db, admin, username):
    return next(u for u in auth.list_users(db, admin) if u.username == username)


def test_admin_moves_a_viewer_to_the_secretariat_of_a_board(db, world, admin):
    viewer = info(db, admin, "xem")
    changed = auth.update_user(
        db,
        admin,
        viewer.id,
        full_name="Trần Thị Xem",
        role="secretariat",
        agency_id=None,
        board_ids=(world.commune,),
        active=True,
        expected_version=viewer.version,
    )
    assert (changed.role, changed.board_ids, changed.full_name) == (
        "secretariat",
        (world.commune,),
        "Trần Thị Xem",
    )
    actor = auth.login(db, "xem", world.password)
    assert {b.id for b in boards.list_boards(db, actor)} == {world.commune}
    assert [b.can_edit for b in boards.list_boards(db, actor)] == [True]


def test_deactivated_account_cannot_sign_in(db, world, admin):
    user = info(db, admin, "daumoi")
    auth.update_user(
        db,
        admin,
        user.id,
        full_name=user.full_name,
        role=user.role,
        agency_id=user.agency_id,
        board_ids=(),
        active=False,
    )
    with pytest.raises(AuthenticationError):
        auth.login(db, "daumoi", world.password)


def test_the_last_administrator_cannot_be_demoted_or_deactivated(
    db, world, admin, assert_unchanged
):
    me = info(db, admin, "quantri")
    with assert_unchanged():
        for role, active in (("viewer", True), ("admin", False)):
            with pytest.raises(ValidationError) as exc:
                auth.update_user(
                    db,
                    admin,
                    me.id,
                    full_name=me.full_name,
                    role=role,
                    agency_id=None,
                    board_ids=(),
                    active=active,
                )
            assert exc.value.message == "At least one active administrator must remain."


def test_focal_point_without_agency_and_stale_version_are_refused(
    db, world, admin, assert_unchanged
):
    viewer = info(db, admin, "xem")
    with assert_unchanged():
        with pytest.raises(ValidationError) as exc:
            auth.update_user(
                db,
                admin,
                viewer.id,
                full_name="",
                role="focal_point",
                agency_id=None,
                board_ids=(),
                active=True,
            )
        assert exc.value.field == "agency"
        with pytest.raises(ConflictError):
            auth.update_user(
                db,
                admin,
                viewer.id,
                full_name="",
                role="viewer",
                agency_id=None,
                board_ids=(),
                active=True,
                expected_version=viewer.version - 1,
            )


@pytest.mark.parametrize("who", ["secretariat", "focal_point", "viewer"])
def test_only_an_administrator_changes_accounts(db, world, admin, who, assert_unchanged):
    actor = world.actor(who)
    target = info(db, admin, "xem")
    with assert_unchanged():
        with pytest.raises(PermissionDenied):
            auth.update_user(
                db,
                actor,
                target.id,
                full_name="x",
                role="admin",
                agency_id=None,
                board_ids=(),
                active=True,
            )
        with pytest.raises(PermissionDenied):
            auth.update_user(
                db,
                actor,
                target.id,
                full_name=target.full_name,
                role=target.role,
                agency_id=None,
                board_ids=(),
                active=True,
                new_password="mat-khau-moi-123",
            )


def test_password_reset_replaces_the_old_one_and_lifts_a_lock(db, world, admin, monkeypatch):
    target = info(db, admin, "thuky")
    for _ in range(auth.FREE_ATTEMPTS):
        with pytest.raises(AuthenticationError):
            auth.login(db, "thuky", "sai")
    with pytest.raises(AuthenticationError):  # locked now, even with the right password
        auth.login(db, "thuky", world.password)

    def reset(password):
        auth.update_user(
            db,
            admin,
            target.id,
            full_name=target.full_name,
            role=target.role,
            agency_id=target.agency_id,
            board_ids=target.board_ids,
            active=True,
            new_password=password,
        )

    with pytest.raises(ValidationError):
        reset("ngan")
    reset("mat-khau-moi-123")
    assert auth.login(db, "thuky", "mat-khau-moi-123").username == "thuky"
    with pytest.raises(AuthenticationError):
        auth.login(db, "thuky", world.password)
