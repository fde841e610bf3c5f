"""The audit trail: who changed which field from what to what; append-only; never a secret."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from coordboard.errors import AuthenticationError, ValidationError
from coordboard.models import AuditEntry, Person, User
from coordboard.services import auth, boards, members
from coordboard.services.boards import BoardInput
from coordboard.services.uow import UnitOfWork


def audit_rows(db, **where) -> list[AuditEntry]:
    with db.session() as s:
        query = select(AuditEntry).order_by(AuditEntry.id)
        for key, value in where.items():
            query = query.where(getattr(AuditEntry, key) == value)
        return list(s.scalars(query))


def changes(rows) -> dict[str, tuple[str | None, str | None]]:
    return {r.field: (r.old_value, r.new_value) for r in rows}


def test_creating_a_board_records_who_and_every_filled_field(db, secretariat, world):
    info = boards.create_board(
        db,
        secretariat,
        BoardInput(
            name="Nhóm thường trực bảo vệ trẻ em phường Thanh Đức",
            kind_id=world.kinds["standing_group"],
            level_id=world.levels["commune"],
            area="phường Thanh Đức",
            parent_id=world.province,
            decision_number="77/QĐ-UBND",
            decision_date=date(2025, 9, 20),
        ),
    )
    rows = audit_rows(db, entity="boards", entity_id=info.id)
    assert {(r.action, r.user_id, r.username) for r in rows} == {
        ("insert", secretariat.user_id, "thuky")
    }
    got = changes(rows)
    assert got["name"] == (None, "Nhóm thường trực bảo vệ trẻ em phường Thanh Đức")
    assert got["parent_id"] == (None, str(world.province))
    assert got["decision_date"] == (None, "2025-09-20")
    assert got["active"] == (None, "true")
    # bookkeeping and derived columns say nothing a reader needs
    assert not {"version", "created_at", "updated_at", "name_folded"} & got.keys()
    assert all(r.at is not None for r in rows)


def test_updating_a_board_records_old_and_new_values_of_changed_fields_only(db, admin, world):
    seen = boards.get_board(db, admin, world.province)
    before = len(audit_rows(db))
    boards.update_board(
        db,
        admin,
        world.province,
        BoardInput(
            name=seen.name,
            kind_id=seen.kind_id,
            level_id=seen.level_id,
            area=seen.area,
            parent_id=None,
            standing_agency_id=world.agencies["SLDTBXH"],
            decision_number="2001/QĐ-UBND",
            decision_date=seen.decision_date,
            notes=seen.notes,
        ),
        expected_version=seen.version,
    )
    rows = audit_rows(db)[before:]
    assert {(r.action, r.entity, r.entity_id, r.username) for r in rows} == {
        ("update", "boards", world.province, "quantri")
    }
    assert changes(rows) == {
        "standing_agency_id": (str(world.agencies["SYT"]), str(world.agencies["SLDTBXH"])),
        "decision_number": ("1835/QĐ-UBND", "2001/QĐ-UBND"),
    }


def test_restaffing_is_audited_on_both_memberships(db, admin, world):
    before = len(audit_rows(db))
    new = members.restaff(
        db,
        admin,
        world.memberships["chair"],
        successor_person_id=world.people["commune_chair"],
        start_date=date(2026, 4, 1),
        reason="Nghỉ hưu",
    )
    rows = audit_rows(db)[before:]
    ended = changes(r for r in rows if r.entity_id == world.memberships["chair"])
    assert ended == {"end_date": (None, "2026-03-31"), "end_reason": ("", "Nghỉ hưu")}
    started = changes(r for r in rows if r.entity_id == new.id)
    assert started["replaces_id"] == (None, str(world.memberships["chair"]))
    assert started["start_date"] == (None, "2026-04-01")


def test_password_hashes_never_appear_in_the_trail(db, admin, world):
    info = auth.create_user(
        db,
        admin,
        username="moi",
        password="mat-khau-bi-mat",
        role="viewer",
        board_ids=(world.commune,),
    )
    actor = auth.login(db, "moi", "mat-khau-bi-mat")
    auth.change_password(db, actor, "mat-khau-bi-mat", "mat-khau-moi-hon")
    with pytest.raises(AuthenticationError):
        auth.login(db, "moi", "sai")
    with db.session() as s:
        stored_hash = s.get(User, info.id).password_hash
    rows = audit_rows(db, entity="users", entity_id=info.id)
    values = [v for r in rows for v in (r.old_value, r.new_value) if v]
    assert not any(
        secret in v
        for v in values
        for secret in (stored_hash, "$argon2", "mat-khau-bi-mat", "mat-khau-moi-hon")
    )
    hash_rows = [r for r in rows if r.field == "password_hash"]
    assert [(r.action, r.old_value, r.new_value) for r in hash_rows] == [
        ("insert", None, "***"),
        ("update", "***", "***"),
    ]
    # the password change was made by the user; the board assignment is recorded too
    assert hash_rows[1].username == "moi"
    assert changes(r for r in rows if r.action == "insert")["boards"] == (None, str(world.commune))
    # a failed login is attributed to the account it tried
    assert ("update", "moi") in {(r.action, r.username) for r in rows if r.field == "failed_logins"}


def test_a_failed_operation_leaves_no_audit_rows(db, admin, world, count_rows):
    """restaff flushes the holder's end date (and its audit rows) before checking the successor."""
    before = count_rows("audit_log")
    with pytest.raises(ValidationError):
        members.restaff(
            db,
            admin,
            world.memberships["chair"],
            successor_person_id=world.people["education"],
            start_date=date(2026, 4, 1),
        )
    assert count_rows("audit_log") == before


def test_audit_rows_go_with_the_transaction(db, admin, count_rows):
    before, people_before = count_rows("audit_log"), count_rows("people")
    with UnitOfWork(db, admin) as uow:
        uow.session.add(Person(full_name="Tạm", full_name_folded="tam"))
        uow.flush()
        # the hook wrote them, in this transaction
        assert uow.session.execute(text("SELECT count(*) FROM audit_log")).scalar_one() > before
        # leaving without commit rolls back the person and its audit rows together
    assert count_rows("audit_log") == before
    assert count_rows("people") == people_before


def test_changes_made_outside_the_services_are_audited_too(db, admin, world):
    with UnitOfWork(db, admin) as uow:
        uow.session.get(Person, world.people["police"]).position = "Giám đốc Công an tỉnh"
        uow.commit()
    rows = audit_rows(db, entity="people", entity_id=world.people["police"])
    assert changes(rows[-1:]) == {
        "position": ("Phó Giám đốc Công an tỉnh", "Giám đốc Công an tỉnh")
    }
    assert rows[-1].user_id == admin.user_id


def test_deleting_a_row_is_audited(db, admin, world):
    with UnitOfWork(db, admin) as uow:
        person = Person(full_name="Tạm", full_name_folded="tam")
        uow.session.add(person)
        uow.commit()
        uow.session.delete(person)
        uow.commit()
    rows = audit_rows(db, entity="people", entity_id=person.id, action="delete")
    assert changes(rows)["full_name"] == ("Tạm", None)


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_log SET new_value = 'giả mạo'",
        "DELETE FROM audit_log",
    ],
    ids=["update", "delete"],
)
def test_the_database_refuses_to_change_the_trail(db, world, count_rows, statement):
    before = [(r.id, r.new_value) for r in audit_rows(db)]
    assert before
    with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as conn:
        conn.execute(text(statement))
    assert [(r.id, r.new_value) for r in audit_rows(db)] == before
