"""A national-scale fictional database (`coordboard demo --scale national`).

The shape of a ministry that follows every province: 34 province boards (the provinces and
cities after the 2025 merger) and 3,321 commune boards under them, one plan per board and year
over three years, about a million tasks with their co-operating agencies, progress updates,
extensions and recurring series. Every person and every commune name is invented; the commune
counts per province are approximate.

Agencies are per province and per commune ("Công an xã Tân Phú", "Sở Y tế tỉnh Lào Cai"), not
shared catalogue rows: a commune's police station is an agency of its own, so the lead-agency
filter, a focal point's "my agency's tasks" and its visibility select what they would in real
use (a shared "Công an xã" row would lead a ninth of all tasks nationwide and let one commune's
focal point read every other commune's tasks). The shipped catalogue rows stay as they are.

Rows go in through SQLAlchemy Core executemany, one transaction per chunk, with explicit ids
(the database is new; PostgreSQL's sequences are moved past them), and every derived column is
filled as the services fill it: folded titles, the effective deadline after extensions,
`sort_rank`, completion date and 100 % for done tasks, `last_update_on`, carried-over copies that
go on where their predecessor stood. Statuses are drawn so that every status class occurs as of
the build day and as of past dates. The secondary indexes of tasks, updates and co-operators
are built once after the load, then ANALYZE gives the planner its statistics (sqlite_stat1).
The audit log is not written (the rows are not user changes). A million tasks take about two
minutes on SQLite, four on PostgreSQL.
"""

from __future__ import annotations

import contextlib
import itertools
import random
import time as _time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache

from sqlalchemy import Connection, func, insert, select, text

from coordboard.db import Database
from coordboard.errors import ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import (
    AdminLevel,
    Agency,
    Board,
    BoardKind,
    BoardRole,
    Membership,
    Person,
    Plan,
    PlanSection,
    Sector,
    Task,
    TaskExtension,
    TaskSeries,
    TaskUpdate,
    User,
    task_cooperators,
)
from coordboard.rules.status import sort_rank
from coordboard.services import auth, demo
from coordboard.services.actor import ADMIN, FOCAL_POINT, SECRETARIAT, SYSTEM, VIEWER
from coordboard.services.workdays import WorkCalendar
from coordboard.text import fold

COMMUNES_TOTAL = 3321
TASKS_TOTAL = 1_000_000
CHUNK = 20_000  # tasks per transaction (plus their co-operators, updates and extensions)
#: tables whose secondary indexes are dropped during the load and built again after it
BULK_TABLES = (Task.__table__, TaskUpdate.__table__, task_cooperators)

STAGES = {
    "boards": QT_TRANSLATE_NOOP("demo", "boards and agencies"),
    "members": QT_TRANSLATE_NOOP("demo", "members"),
    "plans": QT_TRANSLATE_NOOP("demo", "plans"),
    "tasks": QT_TRANSLATE_NOOP("demo", "tasks"),
    "indexes": QT_TRANSLATE_NOOP("demo", "indexes"),
    "analyze": QT_TRANSLATE_NOOP("demo", "statistics for the query planner"),
}
#: progress(stage key of STAGES, done, total)
Progress = Callable[[str, int, int], None]

# (name, is a city, code, approximate number of communes and wards)
PROVINCES = [
    ("Hà Nội", True, "HNI", 126),
    ("Huế", True, "HUE", 40),
    ("Hải Phòng", True, "HPG", 114),
    ("Đà Nẵng", True, "DNG", 94),
    ("Hồ Chí Minh", True, "HCM", 168),
    ("Cần Thơ", True, "CTO", 103),
    ("Tuyên Quang", False, "TQG", 124),
    ("Cao Bằng", False, "CBG", 56),
    ("Lai Châu", False, "LCU", 38),
    ("Lào Cai", False, "LCI", 99),
    ("Thái Nguyên", False, "TNN", 92),
    ("Điện Biên", False, "DBN", 45),
    ("Lạng Sơn", False, "LSN", 65),
    ("Sơn La", False, "SLA", 75),
    ("Phú Thọ", False, "PTO", 148),
    ("Bắc Ninh", False, "BNH", 99),
    ("Quảng Ninh", False, "QNH", 54),
    ("Hưng Yên", False, "HYN", 104),
    ("Ninh Bình", False, "NBH", 129),
    ("Thanh Hóa", False, "THA", 166),
    ("Nghệ An", False, "NAN", 130),
    ("Hà Tĩnh", False, "HTH", 69),
    ("Quảng Trị", False, "QTI", 78),
    ("Quảng Ngãi", False, "QNI", 96),
    ("Gia Lai", False, "GLI", 135),
    ("Khánh Hòa", False, "KHA", 65),
    ("Lâm Đồng", False, "LDG", 124),
    ("Đắk Lắk", False, "DLK", 102),
    ("Đồng Nai", False, "DNI", 95),
    ("Tây Ninh", False, "TNH", 96),
    ("Vĩnh Long", False, "VLG", 124),
    ("Đồng Tháp", False, "DTP", 102),
    ("Cà Mau", False, "CMU", 64),
    ("An Giang", False, "AGG", 102),
]
SECRETARIAT_PROVINCE = "Vĩnh Long"  # the province the demo secretariat and focal point work in

SYLLABLES = [
    "An",
    "Bình",
    "Châu",
    "Đông",
    "Đức",
    "Giang",
    "Hà",
    "Hải",
    "Hòa",
    "Hưng",
    "Hiệp",
    "Hội",
    "Khánh",
    "Kim",
    "Lâm",
    "Lạc",
    "Long",
    "Lộc",
    "Lợi",
    "Minh",
    "Mỹ",
    "Nam",
    "Nghĩa",
    "Ngọc",
    "Nhơn",
    "Phong",
    "Phú",
    "Phúc",
    "Phước",
    "Quang",
    "Quý",
    "Sơn",
    "Tân",
    "Tây",
    "Thạnh",
    "Thành",
    "Thắng",
    "Thịnh",
    "Thuận",
    "Thủy",
    "Tiến",
    "Trung",
    "Trường",
    "Vĩnh",
    "Xuân",
    "Yên",
    "Bắc",
    "Cẩm",
    "Điền",
    "Định",
    "Hồng",
    "Hương",
    "Lương",
    "Mai",
    "Thái",
    "Thọ",
    "Tùng",
    "Vân",
    "Việt",
    "Hậu",
    "Phụng",
    "Quới",
    "Hữu",
    "Nhuận",
    "Liên",
    "Trà",
    "Cát",
    "Chánh",
    "Hiếu",
    "Khê",
    "Lai",
    "Ninh",
    "Tịnh",
    "Văn",
    "Ân",
    "Bảo",
    "Dương",
    "Gia",
    "Kiên",
    "Linh",
    "Nhân",
    "Đào",
    "Tú",
    "Hạ",
    "Thượng",
]

# Sections of every plan: (number, title, sectors whose tasks go there)
SECTIONS = [
    ("I", "Công tác chỉ đạo, điều hành", ("government", "finance")),
    ("II", "Truyền thông, nâng cao nhận thức", ("culture", "mass_orgs")),
    ("III", "Phòng ngừa, hỗ trợ, can thiệp bảo vệ trẻ em", ("home_affairs", "police", "justice")),
    ("IV", "Chăm sóc sức khỏe, giáo dục trẻ em", ("health", "education")),
    ("V", "Kiểm tra, giám sát, báo cáo", ()),
]

TITLES = {
    "government": [
        "Ban hành kế hoạch thực hiện công tác trẻ em năm {year} trên địa bàn {area}",
        "Kiện toàn tổ chức phối hợp liên ngành về trẻ em {area}",
        "Chỉ đạo giải quyết dứt điểm các vụ việc xâm hại trẻ em trên địa bàn {area}",
        "Bố trí cán bộ làm công tác trẻ em tại {area}",
        "Đưa chỉ tiêu về trẻ em vào kế hoạch phát triển kinh tế - xã hội năm {year}",
    ],
    "home_affairs": [
        "Rà soát, cập nhật cơ sở dữ liệu trẻ em có hoàn cảnh đặc biệt {area}",
        "Tổ chức Tháng hành động vì trẻ em năm {year}",
        "Thăm, tặng quà trẻ em có hoàn cảnh khó khăn dịp Tết Trung thu năm {year}",
        "Hỗ trợ, can thiệp trẻ em bị xâm hại, bạo lực theo quy trình",
        "Tổng hợp số liệu trẻ em bị xâm hại, bạo lực năm {year}",
        "Duy trì mô hình phòng, chống xâm hại trẻ em dựa vào cộng đồng tại {area}",
    ],
    "health": [
        "Khám sức khỏe định kỳ cho trẻ em dưới 6 tuổi tại {area}",
        "Tiêm chủng mở rộng cho trẻ em trong độ tuổi năm {year}",
        "Giảm tỷ lệ suy dinh dưỡng thấp còi ở trẻ em dưới 5 tuổi",
        "Tư vấn, chăm sóc sức khỏe tâm thần cho trẻ em bị xâm hại",
        "Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi tại {area}",
    ],
    "education": [
        "Tổ chức dạy bơi, phòng, chống đuối nước cho học sinh hè {year}",
        "Giáo dục kỹ năng sống, kỹ năng tự bảo vệ cho học sinh năm học {year}-{next}",
        "Phòng, chống bạo lực học đường tại các trường trên địa bàn {area}",
        "Rà soát trẻ em bỏ học, có nguy cơ bỏ học tại {area}",
        "Bảo đảm an toàn cho trẻ em tại các cơ sở giáo dục mầm non",
    ],
    "police": [
        "Điều tra, xử lý nghiêm các vụ việc xâm hại trẻ em trên địa bàn {area}",
        "Tuyên truyền phòng, chống xâm hại trẻ em trên không gian mạng",
        "Phối hợp Tổng đài 111 xác minh thông tin về trẻ em bị xâm hại",
        "Bảo đảm an ninh trật tự tại các điểm vui chơi của trẻ em dịp 1/6/{year}",
        "Phòng ngừa người chưa thành niên vi phạm pháp luật tại {area}",
    ],
    "justice": [
        "Tổ chức phiên tòa thân thiện với người dưới 18 tuổi",
        "Trợ giúp pháp lý cho trẻ em là bị hại trong các vụ án xâm hại",
        "Kiểm sát việc giải quyết tin báo, tố giác tội phạm xâm hại trẻ em",
        "Phổ biến pháp luật về quyền trẻ em tại {area}",
    ],
    "culture": [
        "Tuyên truyền trên hệ thống truyền thanh về phòng, chống xâm hại trẻ em",
        "Tổ chức hoạt động vui chơi, giải trí cho trẻ em dịp hè {year}",
        'Xây dựng chuyên mục "Vì trẻ em" trên sóng phát thanh, truyền hình',
        "Phòng, chống bạo lực gia đình, bảo vệ trẻ em tại {area}",
    ],
    "finance": [
        "Thẩm định, bố trí dự toán kinh phí công tác trẻ em năm {year}",
        "Hướng dẫn quyết toán kinh phí Tháng hành động vì trẻ em năm {year}",
    ],
    "mass_orgs": [
        "Vận động Quỹ Bảo trợ trẻ em năm {year}",
        "Nâng cao kỹ năng làm cha mẹ cho hội viên tại {area}",
        "Tổ chức Diễn đàn trẻ em {area} năm {year}",
        "Nhận đỡ đầu, hỗ trợ trẻ em mồ côi, có hoàn cảnh đặc biệt",
        "Giám sát việc thực hiện quyền trẻ em tại {area}",
    ],
}
# (title, kind, points, which boards): recurring duties, one series per board
SERIES = [
    (
        "Báo cáo kết quả thực hiện công tác trẻ em 6 tháng và năm",
        "half_yearly",
        "25/05; 20/11",
        "all",
    ),
    ("Báo cáo tình hình trẻ em bị xâm hại, bạo lực hằng quý", "quarterly", "15/3", "province"),
    ("Tổ chức Tháng hành động vì trẻ em", "yearly", "31/05", "province"),
]
PROGRESS_TEXTS = [
    "Đã xây dựng kế hoạch triển khai, phân công cán bộ phụ trách.",
    "Đã tổ chức tuyên truyền tại các thôn, tổ dân phố.",
    "Đang rà soát, tổng hợp danh sách trẻ em.",
    "Đã phối hợp với nhà trường tổ chức sinh hoạt chuyên đề.",
    "Đã hoàn thành một phần, đang chờ số liệu của các đơn vị phối hợp.",
    "Đã gửi công văn đề nghị các đơn vị phối hợp cung cấp thông tin.",
]
DONE_TEXTS = [
    "Đã hoàn thành, báo cáo kết quả gửi Thường trực Ban.",
    "Đã tổ chức xong, có báo cáo kết quả kèm theo.",
    "Hoàn thành theo kế hoạch.",
]
NOTE_TEXTS = [
    "Đơn vị phối hợp đã cử cán bộ tham gia.",
    "Đã cung cấp số liệu theo đề nghị của cơ quan chủ trì.",
]
CANCEL_REASONS = [
    "Nhiệm vụ đã được lồng ghép vào kế hoạch khác.",
    "Không còn phù hợp sau sắp xếp đơn vị hành chính.",
]
SUSPEND_REASONS = [
    "Tạm dừng do chưa bố trí được kinh phí.",
    "Chờ ý kiến chỉ đạo của Ủy ban nhân dân tỉnh.",
]
EXTENSION_REASONS = [
    "Cần thêm thời gian tổng hợp số liệu từ các đơn vị.",
    "Chờ hướng dẫn của cơ quan cấp trên.",
    "Ảnh hưởng của mưa bão, lũ lụt.",
    "Chưa bố trí kịp kinh phí.",
]
DOCUMENTS = [
    ("478/LĐTBXH-TE", "Bộ Lao động - Thương binh và Xã hội", date(2022, 2, 28)),
    ("1506/QĐ-LĐTBXH", "Bộ Lao động - Thương binh và Xã hội", date(2019, 10, 25)),
]


@dataclass(frozen=True)
class NationalSummary:
    provinces: int
    communes: int
    agencies: int
    people: int
    memberships: int
    plans: int
    sections: int
    series: int
    tasks: int
    cooperators: int
    updates: int
    extensions: int
    years: tuple[int, ...]
    accounts: tuple[demo.DemoAccount, ...]
    seconds: float


# --- small helpers ------------------------------------------------------------------------

_UTC = UTC
_fold = lru_cache(maxsize=16384)(fold)  # titles repeat within a board's year


class _Stamps:
    """created_at / updated_at values: one datetime per day, made once."""

    def __init__(self) -> None:
        self._cache: dict[date, datetime] = {}

    def __call__(self, day: date) -> datetime:
        found = self._cache.get(day)
        if found is None:
            found = self._cache[day] = datetime.combine(day, time(8, 30), _UTC)
        return found


def _day_between(rng: random.Random, start: date, end: date) -> date:
    if end <= start:
        return start
    return start + timedelta(days=rng.randint(0, (end - start).days))


def _allocate(total: int, weights: list[float]) -> list[int]:
    """Split `total` in proportion to the weights, exactly (largest remainder)."""
    scale = total / sum(weights)
    exact = [w * scale for w in weights]
    counts = [int(x) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: exact[i] - counts[i], reverse=True)
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    return counts


def _next_id(conn: Connection, table) -> int:
    return (conn.scalar(select(func.max(table.c.id))) or 0) + 1


@contextmanager
def _transaction(conn: Connection) -> Iterator[None]:
    """One transaction (ending the one a preceding read began)."""
    if conn.in_transaction():
        conn.commit()
    with conn.begin():
        yield


def _put(conn: Connection, table, rows: list[dict]) -> None:
    if rows:
        conn.execute(insert(table), rows)


def _refuse_if_used(conn: Connection) -> None:
    usernames = [username for username, *_ in _ACCOUNTS]
    if conn.scalar(select(func.count()).select_from(Board)) or conn.scalar(
        select(func.count()).select_from(User).where(User.username.in_(usernames))
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The national demo is built only into a new, empty database; this one "
                "already holds boards or demo accounts.",
            )
        )


# --- the builder ---------------------------------------------------------------------------

_ACCOUNTS = [  # user name, role, whose agency ("province": its Sở Y tế; "commune": Công an xã)
    ("admin", ADMIN, None, "Quản trị hệ thống"),
    ("thuky", SECRETARIAT, None, "Tổ thư ký Ban Điều hành"),
    ("yte", FOCAL_POINT, "province", "Đầu mối Sở Y tế"),
    ("congan", FOCAL_POINT, "commune", "Đầu mối Công an xã"),
    ("xem", VIEWER, None, "Lãnh đạo theo dõi"),
]


@dataclass
class _Commune:
    board_id: int
    area: str
    agencies: dict[str, int]  # COMMUNE_SEATS suffix -> agency id


@dataclass
class _Province:
    board_id: int
    name: str
    area: str
    agencies: dict[str, int]  # catalogue code -> this province's agency id
    communes: list[_Commune]


class _Builder:
    def __init__(
        self,
        db: Database,
        conn: Connection,
        *,
        seed: int,
        tasks_total: int,
        communes: int,
        years: int,
        today: date,
        progress: Progress | None,
    ) -> None:
        self.db, self.conn = db, conn
        self.rng = random.Random(seed)
        self.names = demo.Names(seed)
        self.tasks_total, self.communes_total = tasks_total, communes
        self.today = today
        self.years = tuple(range(today.year - years + 1, today.year + 1))
        self.progress = progress or (lambda stage, done, total: None)
        self.stamp = _Stamps()
        self.calendar = WorkCalendar()  # a new database has no calendar exceptions
        self.working_days: dict[tuple[date, int], date] = {}
        self.provinces: list[_Province] = []
        self.counts = dict.fromkeys(
            (
                "agencies",
                "people",
                "memberships",
                "plans",
                "sections",
                "series",
                "tasks",
                "cooperators",
                "updates",
                "extensions",
            ),
            0,
        )

    # -- catalogue lookups

    def lookups(self) -> None:
        c = self.conn
        self.sector = dict(c.execute(select(Sector.code, Sector.id)).all())
        self.level = dict(c.execute(select(AdminLevel.code, AdminLevel.id)).all())
        self.kind = dict(c.execute(select(BoardKind.code, BoardKind.id)).all())
        self.role = dict(c.execute(select(BoardRole.code, BoardRole.id)).all())
        self.catalogue = c.execute(
            select(Agency.code, Agency.name, Agency.short_name, Agency.sector_id)
            .where(Agency.level_id == self.level["province"], Agency.active.is_(True))
            .order_by(Agency.id)
        ).all()
        self.agency_sector: dict[int, str] = {}  # agency id -> sector code
        self.sector_code = {v: k for k, v in self.sector.items()}

    # -- boards, agencies, members

    def _commune_names(self, n: int) -> list[str]:
        """n distinct names of two syllables (three when two run out), unique when folded."""
        seen: set[str] = set()
        found: list[str] = []
        for size in (2, 3):
            candidates = [
                " ".join(p)
                for p in itertools.permutations(SYLLABLES, size)
                if size == 2 or self.rng.random() < 0.02
            ]
            self.rng.shuffle(candidates)
            for name in candidates:
                if len(found) == n:
                    return found
                if fold(name) not in seen:
                    seen.add(fold(name))
                    found.append(name)
        return found

    def build_boards(self) -> None:
        rng, c = self.rng, self.conn
        per_province = (
            _allocate(self.communes_total, [p[3] for p in PROVINCES])
            if self.communes_total
            else [0] * len(PROVINCES)
        )
        commune_names = iter(self._commune_names(self.communes_total))
        board_id, agency_id = _next_id(c, Board.__table__), _next_id(c, Agency.__table__)
        boards_rows, agency_rows = [], []
        decided = min(date(2025, 8, 15), self.today)

        def agency(code: str, name: str, short: str, sector_id: int | None, level: str) -> int:
            nonlocal agency_id
            agency_rows.append(
                {
                    "id": agency_id,
                    "code": code,
                    "name": name,
                    "short_name": short,
                    "name_folded": fold(name),
                    "sector_id": sector_id,
                    "level_id": self.level[level],
                    "active": True,
                    **self._tracked(decided),
                }
            )
            self.agency_sector[agency_id] = self.sector_code.get(sector_id, "other")
            agency_id += 1
            return agency_id - 1

        for (proper, city, pcode, _), n_communes in zip(PROVINCES, per_province):
            area = f"{'thành phố' if city else 'tỉnh'} {proper}"
            own: dict[str, int] = {}
            for code, name, short, sector_id in self.catalogue:
                if name == "Tỉnh đoàn":
                    full = f"{'Thành đoàn' if city else 'Tỉnh đoàn'} {proper}"
                elif name.endswith(" tỉnh"):
                    full = f"{name[:-5]} {area}"
                else:
                    full = f"{name} {area}"
                short_name = f"{short.removesuffix(' tỉnh')} {proper}"
                own[code] = agency(f"{pcode}-{code}", full, short_name, sector_id, "province")
            kind = "steering" if rng.random() < 0.3 else "executive"
            title = "Ban Chỉ đạo" if kind == "steering" else "Ban Điều hành"
            name = f"{title} công tác trẻ em {area}"
            province = _Province(board_id, proper, area, own, [])
            boards_rows.append(
                {
                    "id": board_id,
                    "name": name,
                    "name_folded": fold(name),
                    "kind_id": self.kind[kind],
                    "level_id": self.level["province"],
                    "area": area,
                    "parent_id": None,
                    "standing_agency_id": own.get("SYT"),
                    "decision_number": f"{rng.randint(1000, 2999)}/QĐ-UBND",
                    "decision_date": _day_between(rng, decided - timedelta(days=30), decided),
                    "active": True,
                    "notes": "",
                    **self._tracked(decided),
                }
            )
            board_id += 1
            for i in range(n_communes):
                proper_c = next(commune_names)
                ward = rng.random() < (0.45 if city else 0.12)
                c_area = f"{'phường' if ward else 'xã'} {proper_c}"
                group = rng.random() < 0.3
                c_name = (
                    f"Nhóm thường trực bảo vệ trẻ em {c_area}"
                    if group
                    else f"Ban Bảo vệ trẻ em {c_area}"
                )
                prefix = f"{pcode}{i + 1:03d}"
                agencies: dict[str, int] = {}
                for suffix, pattern, sector_code, _pos, _role in demo.COMMUNE_SEATS:
                    if suffix not in agencies:
                        agencies[suffix] = agency(
                            f"{prefix}-{suffix}",
                            pattern.format(area=c_area),
                            "",
                            self.sector[sector_code],
                            "commune",
                        )
                        agency_rows[-1]["short_name"] = agency_rows[-1]["name"]
                boards_rows.append(
                    {
                        "id": board_id,
                        "name": c_name,
                        "name_folded": fold(c_name),
                        "kind_id": self.kind["standing_group" if group else "commune_board"],
                        "level_id": self.level["commune"],
                        "area": c_area,
                        "parent_id": province.board_id,
                        "standing_agency_id": agencies["UBND"],
                        "decision_number": f"{rng.randint(10, 299)}/QĐ-UBND",
                        "decision_date": _day_between(
                            rng, decided, min(date(2025, 10, 15), self.today)
                        ),
                        "active": True,
                        "notes": "",
                        **self._tracked(decided),
                    }
                )
                province.communes.append(_Commune(board_id, c_area, agencies))
                board_id += 1
            self.provinces.append(province)
        with _transaction(c):
            _put(c, Agency.__table__, agency_rows)
            _put(c, Board.__table__, boards_rows)
        self.counts["agencies"] = len(agency_rows)
        self.board_rows = {r["id"]: r for r in boards_rows}
        self.progress("boards", len(boards_rows), len(boards_rows))

    def _tracked(self, day: date, version: int = 1, updated: date | None = None) -> dict:
        return {
            "created_at": self.stamp(day),
            "updated_at": self.stamp(updated or day),
            "version": version,
        }

    def _person(self, agency_id: int, position: str, people: list[dict], next_id: int) -> int:
        rng = self.rng
        female = rng.random() < 0.45
        name = " ".join(
            (
                rng.choice(demo.FAMILY),
                rng.choice(demo.FEMALE_MIDDLE if female else demo.MALE_MIDDLE),
                rng.choice(demo.FEMALE_GIVEN if female else demo.MALE_GIVEN),
            )
        )
        people.append(
            {
                "id": next_id,
                "full_name": name,
                "full_name_folded": fold(name),
                "honorific": "Bà" if female else "Ông",
                "position": position,
                "agency_id": agency_id,
                "phone": self.names.phone(),
                "email": "",
                "notes": "",
                **self._tracked(self.today),
            }
        )
        return next_id

    def build_members(self) -> None:
        c = self.conn
        person_id, member_id = _next_id(c, Person.__table__), _next_id(c, Membership.__table__)
        people: list[dict] = []
        members: list[dict] = []

        def seat(board_id: int, agency_id: int, position: str, role: str, duty: str) -> None:
            nonlocal person_id, member_id
            board = self.board_rows[board_id]
            self._person(agency_id, position, people, person_id)
            members.append(
                {
                    "id": member_id,
                    "board_id": board_id,
                    "person_id": person_id,
                    "role_id": self.role[role],
                    "agency_id": agency_id,
                    "board_position": duty,
                    "start_date": board["decision_date"],
                    "end_date": None,
                    "decision_number": board["decision_number"],
                    "decision_date": board["decision_date"],
                    "end_reason": "",
                    "replaces_id": None,
                    **self._tracked(board["decision_date"]),
                }
            )
            person_id += 1
            member_id += 1

        for p in self.provinces:
            for code, position, role, duty in demo.PROVINCE_SEATS:
                if code in p.agencies:
                    seat(p.board_id, p.agencies[code], position, role, duty)
            for commune in p.communes:
                for suffix, _pattern, _sector, position, role in demo.COMMUNE_SEATS:
                    seat(commune.board_id, commune.agencies[suffix], position, role, "")
        for start in range(0, len(people), CHUNK):
            with _transaction(c):
                _put(c, Person.__table__, people[start : start + CHUNK])
                _put(c, Membership.__table__, members[start : start + CHUNK])
        self.counts["people"] = len(people)
        self.counts["memberships"] = len(members)
        self.progress("members", len(members), len(members))

    # -- plans and sections

    def build_plans(self) -> None:
        rng, c = self.rng, self.conn
        plan_id, section_id = _next_id(c, Plan.__table__), _next_id(c, PlanSection.__table__)
        plans, sections = [], []
        self.plans: dict[tuple[int, int], tuple[int, str, date, dict[str, int]]] = {}
        self.copied: set[tuple[int, int]] = set()  # (board, year) plans copied from last year
        current = self.today.year
        boards = [(p.board_id, p.area, True) for p in self.provinces] + [
            (cm.board_id, cm.area, False) for p in self.provinces for cm in p.communes
        ]
        for board_id, area, is_province in boards:
            number = rng.randint(5, 60)
            for year in self.years:
                copied = year != self.years[0] and rng.random() < 0.35
                issued = min(_day_between(rng, date(year, 1, 5), date(year, 2, 28)), self.today)
                code = f"{number + rng.randint(0, 9)}/KH-{'BĐH' if is_province else 'UBND'}"
                title = f"Kế hoạch thực hiện công tác trẻ em năm {year} {area}"
                by_sector: dict[str, int] = {}
                for pos, (num, sec_title, sector_codes) in enumerate(SECTIONS, start=1):
                    sections.append(
                        {
                            "id": section_id,
                            "plan_id": plan_id,
                            "parent_id": None,
                            "number": num,
                            "title": sec_title,
                            "position": pos,
                            **self._tracked(issued),
                        }
                    )
                    for code_ in sector_codes or ("report",):
                        by_sector[code_] = section_id
                    section_id += 1
                plans.append(
                    {
                        "id": plan_id,
                        "board_id": board_id,
                        "code": code,
                        "title": title,
                        "title_folded": fold(title),
                        "year_from": year,
                        "year_to": year,
                        "issue_date": issued,
                        "basis": "Luật Trẻ em năm 2016; Nghị định số 56/2017/NĐ-CP.",
                        "purpose": "Bảo đảm thực hiện quyền trẻ em; phòng ngừa, giảm thiểu tình "
                        "trạng trẻ em bị xâm hại.",
                        "funding": "Ngân sách nhà nước theo phân cấp và nguồn vận động hợp pháp.",
                        "status": "in_force" if year == current else "closed",
                        "copied_from_id": plan_id - 1 if copied else None,
                        **self._tracked(issued),
                    }
                )
                self.plans[(board_id, year)] = (plan_id, code, issued, by_sector)
                if copied:
                    self.copied.add((board_id, year))
                plan_id += 1
        for start in range(0, len(plans), CHUNK):
            with _transaction(c):
                _put(c, Plan.__table__, plans[start : start + CHUNK])
        for start in range(0, len(sections), CHUNK):
            with _transaction(c):
                _put(c, PlanSection.__table__, sections[start : start + CHUNK])
        self.counts["plans"], self.counts["sections"] = len(plans), len(sections)
        self.progress("plans", len(plans), len(plans))

    # -- tasks

    def build_tasks(self) -> None:
        rng, c = self.rng, self.conn
        boards = [(p, None) for p in self.provinces] + [
            (p, cm) for p in self.provinces for cm in p.communes
        ]
        weights = []
        n_years = len(self.years)
        for _p, commune in boards:
            base = 3.0 * rng.uniform(0.8, 1.2) if commune is None else rng.uniform(0.5, 1.5)
            for i in range(n_years):
                weights.append(base * (0.8 + 0.4 * i / max(1, n_years - 1)))
        budget = _allocate(self.tasks_total, weights)
        self.ids = {
            t: _next_id(c, t.__table__) for t in (Task, TaskUpdate, TaskExtension, TaskSeries)
        }
        self.buf: dict[str, list[dict]] = {
            "series": [],
            "tasks": [],
            "coop": [],
            "updates": [],
            "extensions": [],
        }
        # Secondary indexes are built once after the load (a sort each) rather than kept up
        # to date row by row; the tables are empty before (the database holds no boards).
        self._indexes("drop")
        try:
            for b, (province, commune) in enumerate(boards):
                carry: list[dict] = []
                series: dict[int, int] = {}
                for i, year in enumerate(self.years):
                    carry = self._board_year(
                        province, commune, year, budget[b * n_years + i], carry, series
                    )
                if len(self.buf["tasks"]) >= CHUNK:
                    self._flush()
            self._flush()
        except BaseException:
            with contextlib.suppress(Exception):  # leave the schema whole if we still can
                self.conn.rollback()
                self._indexes("create")
            raise
        self.progress("indexes", 0, 1)
        self._indexes("create")
        self.progress("indexes", 1, 1)

    def _indexes(self, action: str) -> None:
        with _transaction(self.conn):
            for table in BULK_TABLES:
                for index in sorted(table.indexes, key=lambda ix: ix.name):
                    getattr(index, action)(self.conn)

    def _flush(self) -> None:
        buf, c = self.buf, self.conn
        with _transaction(c):
            _put(c, TaskSeries.__table__, buf["series"])
            _put(c, Task.__table__, buf["tasks"])
            _put(c, task_cooperators, buf["coop"])
            _put(c, TaskUpdate.__table__, buf["updates"])
            _put(c, TaskExtension.__table__, buf["extensions"])
        for key, counter in (
            ("series", "series"),
            ("tasks", "tasks"),
            ("coop", "cooperators"),
            ("updates", "updates"),
            ("extensions", "extensions"),
        ):
            self.counts[counter] += len(buf[key])
            buf[key].clear()
        self.progress("tasks", self.counts["tasks"], self.tasks_total)

    def _board_year(
        self,
        province: _Province,
        commune: _Commune | None,
        year: int,
        n: int,
        carry: list[dict],
        series: dict[int, int],
    ) -> list[dict]:
        """Generate `n` tasks of one board's year; returns the tasks to carry to next year."""
        rng = self.rng
        board_id = commune.board_id if commune else province.board_id
        area = commune.area if commune else province.area
        agencies = list((commune or province).agencies.values())
        plan_id, _code, issued, sections = self.plans[(board_id, year)]
        copied = (board_id, year) in self.copied
        start = date(year, 1, 1) if copied else issued
        year_end = min(date(year, 12, 31), self.today)
        positions: dict[int, int] = {}
        carried_next: list[dict] = []
        made = 0

        def position(section_id: int | None) -> int:
            if section_id is None:
                return 0
            positions[section_id] = positions.get(section_id, 0) + 1
            return positions[section_id]

        def carry_on(task: dict, coops: tuple[int, ...]) -> None:
            """Unfinished plan tasks move to next year's plan when that plan is a copy."""
            if (
                task["status"] in ("not_started", "in_progress", "suspended")
                and year < self.today.year
                and (board_id, year + 1) in self.copied
            ):
                carried_next.append({**task, "coops": coops})  # as it stood when copied
                task["status"] = "carried_over"
                task["status_note"] = self.plans[(board_id, year + 1)][1]
                task["sort_rank"] = sort_rank("carried_over", task["effective_deadline"])

        # carried over from last year's plan (copy_to_next_year)
        for old in carry[:n]:
            deadline = old["effective_deadline"]
            if deadline is not None and deadline < start:
                try:
                    deadline = deadline.replace(year=year)
                except ValueError:
                    deadline = date(year, 2, 28)
                if deadline < start:
                    deadline = deadline.replace(year=year + 1)
            assigned = min(start, deadline) if deadline else start
            section = sections.get(self.agency_sector[old["lead_agency_id"]])
            task = self._task(
                board_id,
                plan_id,
                section,
                position(section),
                old["title"],
                old["lead_agency_id"],
                old["coops"],
                assigned,
                "fixed" if deadline else "none",
                deadline,
                source=("plan", "", None, ""),
                carried_from=old,
                period_key=old["period_key"],
                extend=False,
            )
            carry_on(task, old["coops"])
            made += 1
        # recurring duties: every occurrence of this year
        for s_index, (title, kind, points, which) in enumerate(SERIES):
            if which == "province" and commune is not None:
                continue
            occ = self._occurrences(kind, points, year)
            if n - made < len(occ) + 2:
                continue
            if s_index not in series:
                series[s_index] = self.ids[TaskSeries]
                self.buf["series"].append(
                    {
                        "id": self.ids[TaskSeries],
                        "kind": kind,
                        "points": points,
                        **self._tracked(issued),
                    }
                )
                self.ids[TaskSeries] += 1
            lead = commune.agencies["VHXH"] if commune else province.agencies.get("SYT")
            for key, due in occ:
                self._task(
                    board_id,
                    plan_id,
                    sections["report"],
                    position(sections["report"]),
                    title,
                    lead,
                    self._coops(agencies, lead),
                    start,
                    "recurring",
                    due,
                    source=("plan", "", None, ""),
                    series_id=series[s_index],
                    period_key=key,
                    extend=False,
                )
                made += 1
        # the plan's own tasks, meeting conclusions and duties from documents
        meetings = [_day_between(rng, date(year, 1, 10), year_end) for _ in range(3)]
        recent = None
        if year == self.today.year:  # a meeting of the last days, its conclusions due soon
            recent = max(date(year, 1, 1), self.today - timedelta(days=rng.randint(2, 10)))
            meetings.append(recent)
        for _ in range(n - made):
            lead = rng.choice(agencies)
            sector = self.agency_sector[lead]
            template = rng.choice(TITLES.get(sector, TITLES["home_affairs"]))
            title = template.format(area=area, year=year, next=year + 1)
            coops = self._coops(agencies, lead)
            relative_days = None
            r = rng.random()
            if r < 0.75:
                section = sections.get(sector, sections["report"])
                assigned, source = issued, ("plan", "", None, "")
                kind, deadline = self._plan_deadline(assigned, year)
            elif r < 0.95:
                section = None
                assigned = rng.choice(meetings)
                suffix = "BĐH" if commune is None else "UBND"
                source = (
                    "meeting",
                    f"{rng.randint(1, 40)}/TB-{suffix}",
                    assigned,
                    self.board_rows[board_id]["name"],
                )
                if rng.random() < 0.3:
                    kind, relative_days = "relative", rng.choice((5, 7, 10, 15, 20))
                    deadline = self._working_days(assigned, relative_days)
                elif assigned == recent and rng.random() < 0.5:
                    kind, deadline = "fixed", self.today + timedelta(days=rng.randint(0, 6))
                else:
                    kind = "fixed"
                    deadline = assigned + timedelta(days=rng.randint(7, 120))
            else:
                section = None
                number, issuer, issued_doc = rng.choice(DOCUMENTS)
                assigned = _day_between(rng, date(year, 1, 5), year_end)
                source = ("document", number, issued_doc, issuer)
                kind, deadline = self._plan_deadline(assigned, year)
            if rng.random() < 0.05:
                kind, deadline = "none", None
            task = self._task(
                board_id,
                plan_id if section else None,
                section,
                position(section),
                title,
                lead,
                coops,
                assigned,
                kind,
                deadline,
                source=source,
                relative_days=relative_days if kind == "relative" else None,
            )
            if section is not None:
                carry_on(task, coops)
        return carried_next

    def _occurrences(self, kind: str, points: str, year: int) -> list[tuple[str, date]]:
        if kind == "half_yearly":
            return [
                (f"{year}-H{i}", date(year, int(p[3:5]), int(p[:2])))
                for i, p in enumerate(points.split("; "), start=1)
            ]
        if kind == "quarterly":
            day, month = (int(x) for x in points.split("/"))
            return [(f"{year}-Q{q}", date(year, 3 * (q - 1) + month, day)) for q in range(1, 5)]
        return [(str(year), date(year, int(points[3:5]), int(points[:2])))]

    def _working_days(self, base: date, n: int) -> date:
        """ "Within n working days of base", as the services count it (holidays included)."""
        key = (base, n)
        if key not in self.working_days:
            self.working_days[key] = self.calendar.add_working_days(base, n)
        return self.working_days[key]

    def _plan_deadline(self, assigned: date, year: int) -> tuple[str, date]:
        rng = self.rng
        r = rng.random()
        if r < 0.5:  # the usual dates of plans: month ends, mid-month, reporting days
            month = rng.randint(max(assigned.month, 2), 12)
            day = rng.choice((15, 20, 25, 28))
            deadline = date(year, month, day)
        elif r < 0.93:
            deadline = _day_between(rng, assigned + timedelta(days=20), date(year, 12, 31))
        else:  # spills into the next year
            deadline = _day_between(rng, date(year + 1, 1, 10), date(year + 1, 3, 31))
        return "fixed", max(deadline, assigned)

    def _coops(self, agencies: list[int], lead: int) -> tuple[int, ...]:
        r = self.rng.random()
        k = 0 if r < 0.3 else 1 if r < 0.65 else 2 if r < 0.9 else 3
        others = [a for a in agencies if a != lead]
        return tuple(self.rng.sample(others, min(k, len(others))))

    def _task(
        self,
        board_id: int,
        plan_id: int | None,
        section_id: int | None,
        pos: int,
        title: str,
        lead: int,
        coops: tuple[int, ...],
        assigned: date,
        kind: str,
        deadline: date | None,
        *,
        source: tuple,
        carried_from: dict | None = None,
        series_id: int | None = None,
        period_key: str = "",
        extend: bool = True,
        relative_days: int | None = None,
    ) -> dict:
        rng, today = self.rng, self.today
        task_id = self.ids[Task]
        self.ids[Task] += 1
        effective = deadline
        extensions = []
        if (
            extend
            and deadline is not None
            and rng.random() < 0.03
            and deadline <= today + timedelta(days=15)
        ):
            for _ in range(1 if rng.random() < 0.85 else 2):
                approved = min(today, max(assigned, effective - timedelta(days=rng.randint(0, 10))))
                if approved > today or effective > today + timedelta(days=15):
                    break
                new = effective + timedelta(days=rng.randint(10, 60))
                extensions.append(
                    {
                        "id": self.ids[TaskExtension],
                        "task_id": task_id,
                        "old_deadline": effective,
                        "new_deadline": new,
                        "reason": rng.choice(EXTENSION_REASONS),
                        "approved_by": "Trưởng ban",
                        "approved_on": approved,
                        "entered_by_id": None,
                        **self._tracked(approved),
                    }
                )
                self.ids[TaskExtension] += 1
                effective = new
        if carried_from is not None and carried_from["status"] == "suspended":
            status, completed, percent, note, updates = (
                "suspended",
                None,
                carried_from["percent"],
                carried_from["status_note"],
                [],
            )
        else:
            status, completed, percent, note, updates = self._fate(
                task_id,
                lead,
                coops,
                assigned,
                effective,
                extensions[-1]["approved_on"] if extensions else assigned,
            )
        last_update = max((u["update_date"] for u in updates), default=None)
        if carried_from is not None:  # copy_to_next_year: it goes on where it stood
            if status in ("not_started", "in_progress") and carried_from["percent"] > percent:
                status, percent = "in_progress", carried_from["percent"]
            last_update = max(
                filter(None, (last_update, carried_from["last_update_on"])), default=None
            )
        source_kind, source_number, source_date, source_issuer = source
        row = {
            "id": task_id,
            "board_id": board_id,
            "plan_id": plan_id,
            "section_id": section_id,
            "position": pos,
            "title": title,
            "title_folded": _fold(title),
            "description": "",
            "source_kind": source_kind,
            "meeting_id": None,
            "source_number": source_number,
            "source_date": source_date,
            "source_issuer": source_issuer,
            "sector_id": self.sector.get(self.agency_sector[lead]),
            "lead_agency_id": lead,
            "responsible_person": "",
            "assigned_date": assigned,
            "deadline_kind": kind,
            "deadline": deadline,
            "relative_base": assigned if kind == "relative" else None,
            "relative_days": relative_days,
            "effective_deadline": effective,
            "series_id": series_id,
            "period_key": period_key,
            "expected_output": "",
            "target_value": None,
            "target_unit": "",
            "achieved_value": None,
            "status": status,
            "sort_rank": sort_rank(status, effective),
            "percent": percent,
            "completed_on": completed,
            "status_note": note,
            "carried_from_id": carried_from["id"] if carried_from else None,
            "last_update_on": last_update,
            **self._tracked(
                assigned,
                1 + len(updates) + len(extensions),
                max(
                    last_update or assigned,
                    extensions[-1]["approved_on"] if extensions else assigned,
                ),
            ),
        }
        self.buf["tasks"].append(row)
        self.buf["coop"].extend({"task_id": task_id, "agency_id": a} for a in coops)
        self.buf["extensions"].extend(extensions)
        for u in updates:
            u["id"] = self.ids[TaskUpdate]
            self.ids[TaskUpdate] += 1
        self.buf["updates"].extend(updates)
        return row

    def _fate(
        self,
        task_id: int,
        lead: int,
        coops: tuple[int, ...],
        assigned: date,
        deadline: date | None,
        open_until: date,
    ) -> tuple[str, date | None, int, str, list[dict]]:
        """Status, completion date, percent, status note and progress updates as of today.
        The task was unfinished until `open_until` at least (an extension was approved then)."""
        rng, today = self.rng, self.today
        updates: list[dict] = []

        def update(
            day: date,
            text_: str,
            *,
            percent: int | None = None,
            agency: int | None = lead,
            old: str | None = None,
            new: str | None = None,
        ) -> None:
            """By the agency's focal point; by the secretariat (no agency) when agency is None."""
            updates.append(
                {
                    "task_id": task_id,
                    "update_date": day,
                    "author_id": None,
                    "author_name": "Đầu mối cơ quan" if agency else "Tổ thư ký",
                    "agency_id": agency,
                    "text": text_,
                    "percent": percent,
                    "old_status": old,
                    "new_status": new,
                    **self._tracked(day),
                }
            )

        def progress_until(end: date, final: int) -> str:
            """0-2 progress updates between assignment and `end`; the status they leave."""
            k = rng.choice((1, 1, 2)) if final else 0
            pct = final
            days = sorted(_day_between(rng, assigned, end) for _ in range(k))
            for i, day in enumerate(days):
                pct = final if i == k - 1 else max(10, final - rng.choice((10, 20, 30)))
                update(day, rng.choice(PROGRESS_TEXTS), percent=pct)
            return "in_progress" if k else "not_started"

        r = rng.random()
        if r < 0.02 or (r < 0.035 and assigned < today):
            status = "cancelled" if r < 0.02 else "suspended"
            reason = rng.choice(CANCEL_REASONS if status == "cancelled" else SUSPEND_REASONS)
            day = _day_between(rng, open_until, today)
            percent = rng.choice((0, 0, 20, 40))
            before = progress_until(day, percent)
            update(day, reason, agency=None, old=before, new=status)  # only the secretariat
            return status, None, percent, reason, updates
        if deadline is None:
            done = rng.random() < 0.45 and assigned < today
            finish = _day_between(rng, assigned, today)
        elif deadline < today:
            x = rng.random()
            late_possible = deadline + timedelta(days=1) <= today
            if x < (0.12 if deadline.year == today.year else 0.05):
                done, finish = False, None
            elif x < 0.28 and late_possible:
                done = True
                finish = _day_between(
                    rng, deadline + timedelta(days=1), min(deadline + timedelta(days=120), today)
                )
            else:
                done = True
                finish = _day_between(rng, max(open_until, deadline - timedelta(days=75)), deadline)
        else:
            done = rng.random() < 0.18 and open_until < today
            finish = _day_between(rng, open_until, today - timedelta(days=1)) if done else None
        if done:
            before = progress_until(finish, rng.choice((40, 60, 80)) if rng.random() < 0.15 else 0)
            update(finish, rng.choice(DONE_TEXTS), old=before, new="done")
            if coops and rng.random() < 0.15:
                update(_day_between(rng, assigned, finish), rng.choice(NOTE_TEXTS), agency=coops[0])
            return "done", finish, 100, "", updates
        percent = 0 if rng.random() < 0.3 else rng.randint(1, 9) * 10
        status = progress_until(today, percent) if percent else "not_started"
        if status == "not_started":
            percent = 0
        if coops and rng.random() < 0.15:
            update(_day_between(rng, assigned, today), rng.choice(NOTE_TEXTS), agency=coops[0])
        return status, None, percent, "", updates

    # -- accounts and the end

    def accounts(self) -> list[demo.DemoAccount]:
        province = next(
            (p for p in self.provinces if p.name == SECRETARIAT_PROVINCE), self.provinces[0]
        )
        commune = province.communes[0] if province.communes else None
        wanted = [
            a
            for a in (province.agencies.get("SYT"), commune.agencies["CA"] if commune else None)
            if a is not None
        ]
        with self.db.engine.connect() as conn:
            rows = conn.execute(
                select(Agency.id, Agency.code, Agency.name).where(Agency.id.in_(wanted))
            ).all()
        codes = {r.id: r.code for r in rows}
        names = {r.id: r.name for r in rows}
        made = []
        for username, role, whose, full_name in _ACCOUNTS:
            agency_id = None
            if whose == "province":
                agency_id = province.agencies.get("SYT")
            elif whose == "commune":
                if commune is None:
                    continue
                agency_id = commune.agencies["CA"]
            auth.create_user(
                self.db,
                SYSTEM,
                username=username,
                password=demo.DEMO_PASSWORD,
                role=role,
                full_name=full_name,
                agency_code=codes.get(agency_id),
                board_ids=(province.board_id,) if role == SECRETARIAT else (),
            )
            made.append(
                demo.DemoAccount(username, demo.DEMO_PASSWORD, role, names.get(agency_id, ""))
            )
        return made

    def finish(self) -> None:
        c = self.conn
        if c.dialect.name == "postgresql":  # rows were inserted with explicit ids
            with _transaction(c):
                for table in (
                    Agency,
                    Board,
                    Person,
                    Membership,
                    Plan,
                    PlanSection,
                    TaskSeries,
                    Task,
                    TaskUpdate,
                    TaskExtension,
                ):
                    name = table.__tablename__
                    c.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                            f"(SELECT COALESCE(max(id), 0) + 1 FROM {name}), false)"
                        )
                    )
        self.progress("analyze", 0, 1)
        with _transaction(c):  # the planner's statistics (sqlite_stat1 on SQLite)
            c.exec_driver_sql("ANALYZE")
        self.progress("analyze", 1, 1)


def build_national(
    db: Database,
    *,
    seed: int = 1,
    tasks_total: int = TASKS_TOTAL,
    communes: int = COMMUNES_TOTAL,
    years: int = 3,
    today: date | None = None,
    progress: Progress | None = None,
) -> NationalSummary:
    """Fill a freshly migrated database with the national demo; refuses one with boards."""
    if tasks_total < 0 or communes < 0 or years < 1:
        raise ValueError("tasks_total and communes must be >= 0, years >= 1")
    started = _time.perf_counter()
    today = today or date.today()
    with db.engine.connect() as conn:
        _refuse_if_used(conn)
        conn.rollback()
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:  # a bulk load: a large page cache; a crash leaves a file nobody wants anyway
            conn.exec_driver_sql("PRAGMA synchronous=NORMAL")
            conn.exec_driver_sql("PRAGMA cache_size=-65536")
            conn.commit()
        try:
            builder = _Builder(
                db,
                conn,
                seed=seed,
                tasks_total=tasks_total,
                communes=communes,
                years=years,
                today=today,
                progress=progress,
            )
            builder.lookups()
            conn.rollback()
            builder.build_boards()
            builder.build_members()
            builder.build_plans()
            builder.build_tasks()
            builder.finish()
        finally:
            if sqlite:
                conn.rollback()
                conn.exec_driver_sql("PRAGMA synchronous=FULL")
                conn.exec_driver_sql("PRAGMA cache_size=-2000")
                conn.commit()
    accounts = builder.accounts()
    n = builder.counts
    return NationalSummary(
        provinces=len(builder.provinces),
        communes=sum(len(p.communes) for p in builder.provinces),
        agencies=n["agencies"],
        people=n["people"],
        memberships=n["memberships"],
        plans=n["plans"],
        sections=n["sections"],
        series=n["series"],
        tasks=n["tasks"],
        cooperators=n["cooperators"],
        updates=n["updates"],
        extensions=n["extensions"],
        years=builder.years,
        accounts=tuple(accounts),
        seconds=_time.perf_counter() - started,
    )
