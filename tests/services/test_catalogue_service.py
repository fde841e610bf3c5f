"""The editable catalogue: seeded sectors and agencies, validation, uniqueness, permissions."""

from __future__ import annotations

import unicodedata

import pytest

from coordboard.errors import ConflictError, PermissionDenied, ValidationError
from coordboard.services import catalogue
from coordboard.services.actor import SYSTEM


def test_seeded_catalogue_has_the_sectors_and_agencies_boards_need(db):
    cat = catalogue.load_catalogue(db, SYSTEM)
    sector_codes = {s.code for s in cat.sectors}
    assert {
        "education",
        "health",
        "police",
        "justice",
        "home_affairs",
        "culture",
        "finance",
        "mass_orgs",
        "government",
    } <= sector_codes
    by_code = {a.code: a for a in cat.agencies}
    # courts and procuracy, the Fatherland Front, the Women's and Youth Unions, the People's Committee
    for code, name, sector in [
        ("TAND", "Tòa án nhân dân tỉnh", "justice"),
        ("VKSND", "Viện kiểm sát nhân dân tỉnh", "justice"),
        ("MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "mass_orgs"),
        ("HLHPN", "Hội Liên hiệp Phụ nữ tỉnh", "mass_orgs"),
        ("TD", "Tỉnh đoàn", "mass_orgs"),
        ("UBND-T", "Ủy ban nhân dân tỉnh", "government"),
        ("SYT", "Sở Y tế", "health"),
    ]:
        assert by_code[code].name == name
        assert by_code[code].sector_name == next(s.name for s in cat.sectors if s.code == sector)
    assert [lv.code for lv in cat.levels] == ["central", "province", "district", "commune"]
    roles = [r.code for r in cat.roles]
    assert roles[0] == "chair" and roles[-1] == "secretary"
    assert {r.code for r in cat.roles if r.unique_per_board} == {"chair", "standing_deputy"}
    # stored text is NFC
    assert all(unicodedata.is_normalized("NFC", a.name) for a in cat.agencies)


def test_create_and_rename_an_agency(db, admin):
    cat = catalogue.load_catalogue(db, admin)
    mass = next(s.id for s in cat.sectors if s.code == "mass_orgs")
    created = catalogue.save_agency(
        db, admin, code=" dtn ", name="  Đoàn Thanh niên   xã Phước Hậu ", sector_id=mass
    )
    assert (created.code, created.name, created.short_name) == (
        "DTN",
        "Đoàn Thanh niên xã Phước Hậu",
        "Đoàn Thanh niên xã Phước Hậu",
    )
    assert created.sector_name == "Mặt trận và các đoàn thể"
    renamed = catalogue.save_agency(
        db,
        admin,
        code="DTN",
        name="Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Phước Hậu",
        short_name="Đoàn xã",
        sector_id=mass,
        agency_id=created.id,
        expected_version=created.version,
    )
    assert renamed.version == created.version + 1
    again = {a.code: a for a in catalogue.load_catalogue(db, admin).agencies}["DTN"]
    assert again.name == "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Phước Hậu"
    assert again.short_name == "Đoàn xã"


def test_an_agency_may_keep_its_own_name_in_other_case(db, admin, world):
    syt = world.agencies["SYT"]
    info = catalogue.save_agency(db, admin, code="SYT", name="SỞ Y TẾ", agency_id=syt)
    assert info.name == "SỞ Y TẾ"


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_agency_name_must_not_be_empty(db, admin, assert_unchanged, name):
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        catalogue.save_agency(db, admin, code="NEW", name=name)
    assert exc.value.field == "name"
    assert exc.value.message == "The agency name must not be empty."


def test_agency_code_must_not_be_empty(db, admin, assert_unchanged):
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        catalogue.save_agency(db, admin, code="  ", name="Sở Xây dựng")
    assert exc.value.field == "code"


@pytest.mark.parametrize(
    "name",
    [
        "Sở Y tế",
        "sở y tế",
        "SỞ Y TẾ",
        "Sở Y Tế",
        "So Y te",
        "  Sở   Y tế ",
        unicodedata.normalize("NFD", "Sở Y tế"),
    ],
)
def test_duplicate_agency_names_are_refused_regardless_of_accents(
    db, admin, assert_unchanged, name
):
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        catalogue.save_agency(db, admin, code="SYT2", name=name)
    assert exc.value.field == "name"
    assert exc.value.params["name"] == "Sở Y tế"


def test_renaming_an_agency_onto_another_is_refused(db, admin, world, assert_unchanged):
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        catalogue.save_agency(
            db, admin, code="SGDDT", name="sở y tế", agency_id=world.agencies["SGDDT"]
        )
    assert exc.value.field == "name"


def test_duplicate_agency_code_is_refused_on_the_code_field(db, admin, assert_unchanged):
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        catalogue.save_agency(db, admin, code="syt", name="Sở Y tế dự phòng")
    assert exc.value.field == "code"


def test_stale_agency_edit_is_a_conflict_and_keeps_the_other_change(db, admin, secretariat, world):
    syt = next(a for a in catalogue.load_catalogue(db, admin).agencies if a.code == "SYT")
    catalogue.save_agency(
        db,
        secretariat,
        code="SYT",
        name="Sở Y tế tỉnh Vĩnh Long",
        agency_id=syt.id,
        expected_version=syt.version,
    )
    with pytest.raises(ConflictError):
        catalogue.save_agency(
            db,
            admin,
            code="SYT",
            name="Sở Y tế (cũ)",
            agency_id=syt.id,
            expected_version=syt.version,
        )
    now = next(a for a in catalogue.load_catalogue(db, admin).agencies if a.code == "SYT")
    assert now.name == "Sở Y tế tỉnh Vĩnh Long"
    assert now.version == syt.version + 1


def test_create_sector_and_refuse_folded_duplicate(db, admin, assert_unchanged):
    item = catalogue.save_sector(db, admin, code="construction", name="Xây dựng")
    assert item.name == "Xây dựng"
    for name in ("Y tế", "y te", "Y TẾ", "xây dựng"):
        with assert_unchanged(), pytest.raises(ValidationError) as exc:
            catalogue.save_sector(db, admin, code="other2", name=name)
        assert exc.value.field == "name"


def test_sector_name_must_not_be_empty(db, admin, assert_unchanged):
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        catalogue.save_sector(db, admin, code="x", name="  ")
    assert exc.value.field == "name"


@pytest.mark.parametrize("who", ["focal_point", "viewer"])
def test_only_secretariat_and_admin_change_the_catalogue(db, world, who, assert_unchanged):
    actor = world.actors[who]
    with assert_unchanged():
        with pytest.raises(PermissionDenied):
            catalogue.save_agency(db, actor, code="NEW", name="Sở Xây dựng")
        with pytest.raises(PermissionDenied):
            catalogue.save_sector(db, actor, code="construction", name="Xây dựng")
    # ...but everybody may read it
    assert catalogue.load_catalogue(db, actor).agencies


def test_secretariat_may_change_the_catalogue(db, secretariat):
    info = catalogue.save_agency(db, secretariat, code="SXD", name="Sở Xây dựng")
    assert info.code == "SXD"


def test_duplicate_sector_code_is_refused_on_the_code_field(db, admin, assert_unchanged):
    with assert_unchanged(), pytest.raises(ValidationError) as exc:
        catalogue.save_sector(db, admin, code="HEALTH", name="Sức khỏe cộng đồng")
    assert exc.value.field == "code"
