"""Building the small demo world (`coordboard demo`): the province board with its members and
one past re-staffing, two commune boards with agencies of their own, the demo accounts, then
the plans (demo.plans) and meetings (demo.meetings). Every person is invented (demo.names).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from coordboard import db as dbmod
from coordboard.db import Database
from coordboard.models import Board, Person, User
from coordboard.services import auth, boards, catalogue, members
from coordboard.services.actor import SECRETARIAT, SYSTEM, Actor
from coordboard.services.demo import meetings as demo_meetings
from coordboard.services.demo import plans as demo_plans
from coordboard.services.demo.names import Names
from coordboard.services.demo.seats import (
    ACCOUNTS,
    COMMUNE_SEATS,
    COMMUNES,
    PROVINCE,
    PROVINCE_SEATS,
)
from coordboard.services.members import people

DEMO_PASSWORD = "demo1234"


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    role: str
    agency: str


def holds_data(url: str, where: str) -> bool:
    """Whether the database at `url` holds boards, people or accounts. Reads only: it neither
    creates a missing file nor migrates an older database; refuses foreign or newer ones."""
    path = dbmod.sqlite_path(url)
    if path is not None:
        if not path.exists():
            return False
        dbmod.check_sqlite_file(path)
    engine = dbmod.probe_engine(url)
    try:
        if dbmod.classify(engine, where) == "empty":
            return False
        with engine.connect() as conn:
            return any(
                conn.scalar(select(func.count()).select_from(model.__table__))
                for model in (Board, Person, User)
            )
    finally:
        engine.dispose()


def build(db: Database, seed: int = 2025, today: date | None = None) -> list[DemoAccount]:
    names = Names(seed)
    cat = catalogue.load_catalogue(db, SYSTEM)
    agency = {a.code: a for a in cat.agencies}
    role = {r.code: r.id for r in cat.roles}
    kind = {k.code: k.id for k in cat.kinds}
    level = {lv.code: lv.id for lv in cat.levels}
    sector = {sc.code: sc.id for sc in cat.sectors}

    def new_person(agency_id: int, position: str) -> people.PersonInfo:
        name, honorific = names.person()
        login = "".join(ch for ch in name.split()[-1].lower() if ch.isascii())
        return people.create_person(
            db,
            SYSTEM,
            people.PersonInput(
                full_name=name,
                honorific=honorific,
                position=position,
                agency_id=agency_id,
                phone=names.phone(),
                email=f"{login}{names.rng.randint(10, 99)}@vinhlong.gov.vn",
            ),
        )

    province = boards.create_board(
        db,
        SYSTEM,
        boards.BoardInput(
            name=f"Ban Điều hành công tác trẻ em {PROVINCE}",
            kind_id=kind["executive"],
            level_id=level["province"],
            area=PROVINCE,
            standing_agency_id=agency["SYT"].id,
            decision_number="1835/QĐ-UBND",
            decision_date=date(2025, 8, 15),
            notes="Kiện toàn sau sắp xếp đơn vị hành chính; cơ quan thường trực: Sở Y tế.",
        ),
    )
    founded = date(2025, 8, 15)
    police_seat = None
    for code, position, role_code, duty in PROVINCE_SEATS:
        person = new_person(agency[code].id, position)
        row = members.add_membership(
            db,
            SYSTEM,
            members.MembershipInput(
                board_id=province.id,
                person_id=person.id,
                role_id=role[role_code],
                agency_id=agency[code].id,
                board_position=duty,
                start_date=founded,
                decision_number="1835/QĐ-UBND",
                decision_date=founded,
            ),
        )
        if code == "CAT" and role_code == "member":
            police_seat = row
    # One past re-staffing: the police member moved to another post in spring 2026.
    assert police_seat is not None  # PROVINCE_SEATS seats a member from the police
    successor = new_person(agency["CAT"].id, "Trưởng phòng Cảnh sát hình sự")
    members.restaff(
        db,
        SYSTEM,
        police_seat.id,
        successor_person_id=successor.id,
        start_date=date(2026, 4, 1),
        decision_number="412/QĐ-UBND",
        decision_date=date(2026, 3, 28),
        reason="Nghỉ hưu theo chế độ",
    )

    for area, short, kind_code, board_name in COMMUNES:
        board = boards.create_board(
            db,
            SYSTEM,
            boards.BoardInput(
                name=board_name,
                kind_id=kind[kind_code],
                level_id=level["commune"],
                area=area,
                parent_id=province.id,
                decision_number=f"{names.rng.randint(20, 199)}/QĐ-UBND",
                decision_date=date(2025, 9, 10),
            ),
        )
        commune_agencies: dict[str, int] = {}
        for suffix, pattern, sector_code, position, role_code in COMMUNE_SEATS:
            if suffix not in commune_agencies:
                commune_agencies[suffix] = catalogue.save_agency(
                    db,
                    SYSTEM,
                    code=f"{short}-{suffix}",
                    name=pattern.format(area=area),
                    sector_id=sector[sector_code],
                    level_id=level["commune"],
                ).id
                if suffix == "UBND":
                    boards.update_board(
                        db,
                        SYSTEM,
                        board.id,
                        boards.BoardInput(
                            name=board.name,
                            kind_id=board.kind_id,
                            level_id=board.level_id,
                            area=board.area,
                            parent_id=board.parent_id,
                            standing_agency_id=commune_agencies[suffix],
                            decision_number=board.decision_number,
                            decision_date=board.decision_date,
                        ),
                    )
            person = new_person(commune_agencies[suffix], position)
            members.add_membership(
                db,
                SYSTEM,
                members.MembershipInput(
                    board_id=board.id,
                    person_id=person.id,
                    role_id=role[role_code],
                    agency_id=commune_agencies[suffix],
                    start_date=date(2025, 9, 10),
                    decision_number=board.decision_number,
                    decision_date=board.decision_date,
                ),
            )

    accounts = []
    actors: dict[str, Actor] = {}
    for username, role_name, agency_code, full_name in ACCOUNTS:
        info = auth.create_user(
            db,
            SYSTEM,
            username=username,
            password=DEMO_PASSWORD,
            role=role_name,
            full_name=full_name,
            agency_code=agency_code,
            board_ids=(province.id,) if role_name == SECRETARIAT else (),
        )
        actors[agency_code or role_name] = Actor(
            info.id, info.username, info.role, info.agency_id, info.full_name
        )
        accounts.append(
            DemoAccount(
                username, DEMO_PASSWORD, role_name, agency[agency_code].name if agency_code else ""
            )
        )

    all_agencies = {a.code: a.id for a in catalogue.load_catalogue(db, SYSTEM).agencies}
    commune_boards = [b for b in boards.list_boards(db, SYSTEM) if b.parent_id == province.id]
    prefixes = {board_name: short for _, short, _, board_name in COMMUNES}
    demo_plans.build_plans(
        db,
        province_id=province.id,
        communes=[(b.id, prefixes[b.name]) for b in commune_boards],
        agencies=all_agencies,
        secretariat=actors[SECRETARIAT],
        focal={code: actors[code] for code in ("SGDDT", "SYT", "CAT")},
        today=today or date.today(),
    )
    demo_meetings.build_meetings(
        db,
        province_id=province.id,
        agencies=all_agencies,
        secretariat=actors[SECRETARIAT],
        focal={code: actors[code] for code in ("SGDDT", "SYT", "CAT")},
        today=today or date.today(),
    )
    return accounts
