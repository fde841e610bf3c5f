"""A realistic fictional board world for trying the app out (`coordboard demo`).

The shapes come from the seed documents (a province executive board for child affairs with
members from many departments and mass organisations, commune boards under it, a re-staffing);
every person is invented.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from coordboard import db as dbmod
from coordboard.db import Database
from coordboard.models import Board, Person, User
from coordboard.services import auth, boards, catalogue, members
from coordboard.services.actor import ADMIN, FOCAL_POINT, SECRETARIAT, SYSTEM, VIEWER, Actor
from coordboard.services.demo import meetings as demo_meetings
from coordboard.services.demo import plans as demo_plans
from coordboard.services.members import people

DEMO_PASSWORD = "demo1234"
PROVINCE = "tỉnh Vĩnh Long"

FAMILY = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Huỳnh",
    "Hoàng",
    "Võ",
    "Phan",
    "Trương",
    "Bùi",
    "Đặng",
    "Đỗ",
    "Ngô",
    "Dương",
    "Lý",
    "Đinh",
    "Lâm",
    "Châu",
    "Tạ",
    "Hồ",
]
MALE_MIDDLE = ["Văn", "Minh", "Quốc", "Hữu", "Đức", "Thanh", "Công", "Hoàng"]
FEMALE_MIDDLE = ["Thị", "Ngọc", "Thanh", "Kim", "Thu", "Mỹ", "Bích", "Hồng"]
MALE_GIVEN = [
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Đạt",
    "Hải",
    "Hiếu",
    "Hùng",
    "Khang",
    "Khoa",
    "Lộc",
    "Minh",
    "Nam",
    "Phúc",
    "Quang",
    "Sơn",
    "Tâm",
    "Thắng",
    "Trí",
    "Tuấn",
    "Vinh",
]
FEMALE_GIVEN = [
    "Anh",
    "Châu",
    "Diễm",
    "Dung",
    "Giang",
    "Hà",
    "Hạnh",
    "Hương",
    "Lan",
    "Linh",
    "Mai",
    "Ngân",
    "Nhung",
    "Oanh",
    "Phương",
    "Quyên",
    "Thảo",
    "Trâm",
    "Uyên",
    "Yến",
]

# (agency code, position in the agency, role in the board, duty in the board)
PROVINCE_SEATS = [
    ("UBND-T", "Phó Chủ tịch Ủy ban nhân dân tỉnh", "chair", ""),
    ("SYT", "Giám đốc Sở Y tế", "standing_deputy", "Phụ trách công tác trẻ em"),
    ("SGDDT", "Phó Giám đốc Sở Giáo dục và Đào tạo", "deputy", ""),
    ("CAT", "Phó Giám đốc Công an tỉnh", "deputy", ""),
    ("SYT", "Phó Giám đốc Sở Y tế", "member", ""),
    ("SYT", "Trưởng phòng Bảo trợ xã hội và Trẻ em", "member", ""),
    ("SNV", "Phó Giám đốc Sở Nội vụ", "member", ""),
    ("SGDDT", "Trưởng phòng Công tác học sinh, sinh viên", "member", ""),
    ("CAT", "Trưởng phòng Cảnh sát hình sự", "member", ""),
    ("TAND", "Phó Chánh án Tòa án nhân dân tỉnh", "member", ""),
    ("VKSND", "Phó Viện trưởng Viện kiểm sát nhân dân tỉnh", "member", ""),
    ("STP", "Phó Giám đốc Sở Tư pháp", "member", ""),
    ("SVHTTDL", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch", "member", ""),
    ("SKHCN", "Phó Giám đốc Sở Khoa học và Công nghệ", "member", ""),
    ("STC", "Phó Giám đốc Sở Tài chính", "member", ""),
    ("SDTTG", "Phó Giám đốc Sở Dân tộc và Tôn giáo", "member", ""),
    ("DPTTH", "Phó Giám đốc Đài Phát thanh và Truyền hình tỉnh", "member", ""),
    ("BHXH", "Phó Giám đốc Bảo hiểm xã hội tỉnh", "member", ""),
    ("MTTQ", "Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "member", ""),
    ("HLHPN", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh", "member", ""),
    ("TD", "Phó Bí thư Tỉnh đoàn", "member", ""),
    ("HND", "Phó Chủ tịch Hội Nông dân tỉnh", "member", ""),
    ("LDLD", "Phó Chủ tịch Liên đoàn Lao động tỉnh", "member", ""),
    ("SYT", "Chuyên viên Phòng Bảo trợ xã hội và Trẻ em", "secretary", "Tổ thư ký giúp việc"),
    ("SYT", "Chuyên viên Phòng Bảo trợ xã hội và Trẻ em", "secretary", "Tổ thư ký giúp việc"),
]

COMMUNES = [
    ("xã Phước Hậu", "XPH", "commune_board", "Ban Bảo vệ trẻ em xã Phước Hậu"),
    (
        "phường Thanh Đức",
        "PTD",
        "standing_group",
        "Nhóm thường trực bảo vệ trẻ em phường Thanh Đức",
    ),
]
# (agency suffix, agency name pattern, sector, position, role)
COMMUNE_SEATS = [
    ("UBND", "Ủy ban nhân dân {area}", "government", "Phó Chủ tịch Ủy ban nhân dân", "chair"),
    (
        "VHXH",
        "Phòng Văn hóa - Xã hội {area}",
        "home_affairs",
        "Trưởng phòng Văn hóa - Xã hội",
        "standing_deputy",
    ),
    ("CA", "Công an {area}", "police", "Phó Trưởng Công an", "member"),
    ("TYT", "Trạm Y tế {area}", "health", "Trạm trưởng Trạm Y tế", "member"),
    ("TH", "Trường Tiểu học {area}", "education", "Hiệu trưởng", "member"),
    ("HPN", "Hội Liên hiệp Phụ nữ {area}", "mass_orgs", "Chủ tịch Hội Liên hiệp Phụ nữ", "member"),
    ("DTN", "Đoàn Thanh niên {area}", "mass_orgs", "Bí thư Đoàn Thanh niên", "member"),
    (
        "MTTQ",
        "Ủy ban Mặt trận Tổ quốc Việt Nam {area}",
        "mass_orgs",
        "Phó Chủ tịch Ủy ban MTTQ",
        "member",
    ),
    (
        "VHXH",
        "Phòng Văn hóa - Xã hội {area}",
        "home_affairs",
        "Công chức làm công tác trẻ em",
        "secretary",
    ),
]

ACCOUNTS = [
    ("admin", ADMIN, None, "Quản trị hệ thống"),
    ("thuky", SECRETARIAT, None, "Tổ thư ký Ban Điều hành"),
    ("giaoduc", FOCAL_POINT, "SGDDT", "Đầu mối Sở Giáo dục và Đào tạo"),
    ("yte", FOCAL_POINT, "SYT", "Đầu mối Sở Y tế"),
    ("congan", FOCAL_POINT, "CAT", "Đầu mối Công an tỉnh"),
    ("xem", VIEWER, None, "Lãnh đạo theo dõi"),
]


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    role: str
    agency: str


class Names:
    """Distinct fictional names from a seeded generator."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.used: set[str] = set()

    def person(self) -> tuple[str, str]:
        while True:
            female = self.rng.random() < 0.45
            middle = self.rng.choice(FEMALE_MIDDLE if female else MALE_MIDDLE)
            given = self.rng.choice(FEMALE_GIVEN if female else MALE_GIVEN)
            name = f"{self.rng.choice(FAMILY)} {middle} {given}"
            if name not in self.used:
                self.used.add(name)
                return name, "Bà" if female else "Ông"

    def phone(self) -> str:
        return (
            f"0{self.rng.choice([91, 94, 98, 90, 70, 77, 83])}{self.rng.randint(1000000, 9999999)}"
        )


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
