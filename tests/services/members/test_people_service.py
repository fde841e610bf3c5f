"""People: cleaning, validation of names and contact details, search, locking, permissions."""

from __future__ import annotations

import unicodedata

import pytest

from coordboard.errors import ConflictError, PermissionDenied, ValidationError
from coordboard.services.members import people
from coordboard.services.members.people import PersonInput


def test_create_person_cleans_and_normalises(db, admin, world):
    typed = unicodedata.normalize("NFD", "  Đặng   Thị  Thu Hương ")
    info = people.create_person(
        db,
        admin,
        PersonInput(
            full_name=typed,
            honorific="Bà",
            position=" Phó Giám đốc ",
            agency_id=world.agencies["SYT"],
            phone=" 0913 456 789 ",
            email=" Huong.DT@SoYTe.VinhLong.gov.vn ",
        ),
    )
    assert info.full_name == "Đặng Thị Thu Hương"
    assert unicodedata.is_normalized("NFC", info.full_name)
    assert info.position == "Phó Giám đốc"
    assert info.phone == "0913 456 789"
    assert info.email == "huong.dt@soyte.vinhlong.gov.vn"
    assert info.agency_name == "Sở Y tế"


@pytest.mark.parametrize(
    "email",
    [
        "huong.dt",
        "huong.dt@",
        "@soyte.gov.vn",
        "huong@@soyte.gov.vn",
        "huong dt@soyte.gov.vn",
        "huong@localhost",
        "huong@soyte.gov.vn.",
        "huong@soyte,gov,vn",
    ],
)
def test_an_email_that_is_not_one_is_refused(db, admin, assert_unchanged, email):
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        people.create_person(db, admin, PersonInput(full_name="Đặng Thị Hương", email=email))
    assert exc.value.field == "email"


@pytest.mark.parametrize(
    "phone",
    [
        "0912 abc 678",
        "091234567O",  # a letter O instead of a zero
        "Tổng đài 111",
        "0912/345/678",
        "12345",  # too few digits
    ],
)
def test_a_phone_with_letters_or_junk_is_refused(db, admin, assert_unchanged, phone):
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        people.create_person(db, admin, PersonInput(full_name="Đặng Thị Hương", phone=phone))
    assert exc.value.field == "phone"


@pytest.mark.parametrize(
    "phone", ["0913456789", "+84 913 456 789", "(0270) 3822.123", "0270-3822-123"]
)
def test_usual_phone_forms_are_accepted(db, admin, phone):
    assert (
        people.create_person(db, admin, PersonInput(full_name="Đặng Thị Hương", phone=phone)).phone
        == phone
    )


@pytest.mark.parametrize(
    "name, field", [("", "full_name"), ("   ", "full_name"), ("Nguyễn Văn 2", "full_name")]
)
def test_bad_names_are_refused(db, admin, assert_unchanged, name, field):
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        people.create_person(db, admin, PersonInput(full_name=name))
    assert exc.value.field == field


def test_honorific_must_be_ong_or_ba(db, admin, assert_unchanged):
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        people.create_person(db, admin, PersonInput(full_name="Lê Văn Tám", honorific="Anh"))
    assert exc.value.field == "honorific"


def test_bad_update_leaves_the_person_as_it_was(db, admin, world, assert_unchanged):
    pid = world.people["education"]
    before = next(p for p in people.find_people(db, admin, "Lê Minh Cường") if p.id == pid)
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        people.update_person(
            db,
            admin,
            pid,
            PersonInput(full_name="Lê Minh Cường", email="cuong at sgd"),
            expected_version=before.version,
        )
    assert exc.value.field == "email"


def test_update_person_and_stale_update_is_a_conflict(db, admin, secretariat, world):
    pid = world.people["education"]
    seen = next(p for p in people.find_people(db, admin, "cuong") if p.id == pid)
    people.update_person(
        db,
        secretariat,
        pid,
        PersonInput(
            full_name=seen.full_name,
            honorific="Ông",
            position="Giám đốc Sở Giáo dục và Đào tạo",
            agency_id=seen.agency_id,
        ),
        expected_version=seen.version,
    )
    with pytest.raises(ConflictError):
        people.update_person(
            db,
            admin,
            pid,
            PersonInput(full_name="Lê Minh Cường", position="Chuyên viên"),
            expected_version=seen.version,
        )
    now = next(p for p in people.find_people(db, admin, "cuong") if p.id == pid)
    assert now.position == "Giám đốc Sở Giáo dục và Đào tạo"
    assert now.version == seen.version + 1


def test_find_people_ignores_accents_and_sorts_the_vietnamese_way(db, admin):
    for name in [
        "Nguyễn Văn Đức",
        "Nguyễn Thị Ánh",
        "Trần Nguyên Bảo",
        "Nguyễn Văn Dũng",
        "Nguyễn Ngọc Anh",
        "Lê Nguyên Thảo",
        "Lê Thị Nguyệt",
    ]:
        people.create_person(db, admin, PersonInput(full_name=name))
    found = [p.full_name for p in people.find_people(db, admin, "nguyen")]
    # "nguyen" is in Nguyễn and Nguyên, not in Nguyệt (the world's chair is Nguyễn Văn An); given
    # names sort An < Anh < Ánh < Bảo < Dũng < Đức < Thảo (code-point order puts Ánh, Đức last)
    assert found == [
        "Nguyễn Văn An",
        "Nguyễn Ngọc Anh",
        "Nguyễn Thị Ánh",
        "Trần Nguyên Bảo",
        "Nguyễn Văn Dũng",
        "Nguyễn Văn Đức",
        "Lê Nguyên Thảo",
    ]
    assert [p.full_name for p in people.find_people(db, admin, "NGUYEN van duc")] == [
        "Nguyễn Văn Đức"
    ]
    assert [p.full_name for p in people.find_people(db, admin, "Nguyễn Văn Đức")] == [
        "Nguyễn Văn Đức"
    ]
    assert people.find_people(db, admin, "nguyen xyz") == []


@pytest.mark.parametrize("who", ["focal_point", "viewer"])
def test_only_secretariat_and_admin_change_people(db, world, who, assert_unchanged):
    actor = world.actors[who]
    with assert_unchanged():
        with pytest.raises(PermissionDenied):
            people.create_person(db, actor, PersonInput(full_name="Lê Văn Tám"))
        with pytest.raises(PermissionDenied):
            people.update_person(
                db,
                actor,
                world.people["health"],
                PersonInput(full_name="Trần Thị Bích", position="Nghỉ hưu"),
            )
