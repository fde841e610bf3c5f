"""Shared fixtures: fresh migrated databases on SQLite and PostgreSQL, accounts, a small world.

Cheap by construction: each backend is migrated once per session (per xdist worker) into two
templates, "bare" (schema + reference catalogue) and "world" (bare + the accounts and boards of
`World`, built through the services). A test gets its own copy of one of them: a file copy for
SQLite, `CREATE DATABASE ... TEMPLATE` for PostgreSQL (whose throwaway server starts only when a
PostgreSQL test runs, on tmpfs when /dev/shm is usable).

Fixtures
--------
db            a fresh, migrated `Database`, once per backend ("sqlite", "postgresql"). When the
              test also uses `world` or an actor fixture, the copy comes from the "world"
              template, so those accounts and boards exist in this very database.
world         the `World` (ids and actors) of the test's `db`.
admin, secretariat, focal_point, viewer
              `Actor`s of accounts created with `auth.create_user(SYSTEM, ...)`; password
              `world.password`. The secretariat is assigned to the province board; the focal
              point belongs to Sở Y tế; the viewer has no assignment (reads everything).
sqlite_db     a bare, migrated SQLite database (no world), for SQLite-only tests. To run a
              world test on SQLite only, parametrize it: @pytest.mark.parametrize("backend", ["sqlite"]).
fresh_target  per backend: where a brand-new database may be created (an unused SQLite path, or
              the URL of an empty PostgreSQL database); nothing is migrated.
assert_unchanged
              `with assert_unchanged(): ...` fails if any row of the test's `db` changed
              (audit trail included).
count_rows    count_rows("audit_log") in the test's `db`.
shipped_password_hasher
              the real argon2 hasher; all tests in this process hash at minimal cost instead.
"""

from __future__ import annotations

import atexit
import itertools
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

# --- environment, before anything imports coordboard or Qt ----------------------------------
_DATA_DIR = tempfile.mkdtemp(prefix="coordboard-tests-data-")
os.environ["COORDBOARD_DATA_DIR"] = _DATA_DIR  # never the user's real data folder
os.environ["QT_QPA_PLATFORM"] = "offscreen"
atexit.register(shutil.rmtree, _DATA_DIR, True)

sys.path.insert(0, str(Path(__file__).resolve().parent))  # for `pgserver`, whatever the import mode
from sqlalchemy import select, text  # noqa: E402

from coordboard.db import Database, open_database  # noqa: E402
from coordboard.models import Base  # noqa: E402
from coordboard.services import auth, boards, catalogue, members  # noqa: E402
from coordboard.services.actor import SYSTEM, Actor  # noqa: E402
from coordboard.services.members import people  # noqa: E402
from pgserver import PostgresServer, pg_available  # noqa: E402

PASSWORD = "Mật-khẩu-2025"
ACTOR_FIXTURES = ("admin", "secretariat", "focal_point", "viewer")
_WORLD_FIXTURES = {"world", *ACTOR_FIXTURES}

PROVINCE_NAME = "Ban Điều hành công tác trẻ em tỉnh Vĩnh Long"
PROVINCE_AREA = "tỉnh Vĩnh Long"
PROVINCE_START = date(2025, 8, 15)
COMMUNE_START = date(2025, 9, 10)


# --- the small world ------------------------------------------------------------------------


@dataclass(frozen=True)
class World:
    """What the "world" template holds. Ids are valid in every copy of that template.

    Boards: `province` (executive, standing agency Sở Y tế) with child `commune`; `other`, a
    second top-level board nobody is assigned to. Members of the province board from
    PROVINCE_START: chair (UBND tỉnh), standing deputy (Sở Y tế), education member (Sở GD&ĐT),
    police member (Công an tỉnh); commune board: its chair; other board: one member (Sở LĐTBXH).
    """

    province: int
    commune: int
    other: int
    agencies: dict[str, int]  # catalogue code -> id
    sectors: dict[str, int]
    roles: dict[str, int]
    kinds: dict[str, int]
    levels: dict[str, int]
    people: dict[str, int]  # chair, health, education, police, commune_chair, other_member
    memberships: dict[str, int]  # same keys
    actors: dict[str, Actor] = field(default_factory=dict)
    password: str = PASSWORD  # of every account above

    def actor(self, role: str) -> Actor:
        return self.actors[role]


def _actor(info: auth.UserInfo) -> Actor:
    return Actor(
        user_id=info.id,
        username=info.username,
        role=info.role,
        agency_id=info.agency_id,
        full_name=info.full_name,
    )


def build_world(db: Database) -> World:
    """Builds the world through the services, as the administrator tool would."""
    cat = catalogue.load_catalogue(db, SYSTEM)
    agencies = {a.code: a.id for a in cat.agencies}
    sectors = {s.code: s.id for s in cat.sectors}
    roles = {r.code: r.id for r in cat.roles}
    kinds = {k.code: k.id for k in cat.kinds}
    levels = {lv.code: lv.id for lv in cat.levels}

    province = boards.create_board(
        db,
        SYSTEM,
        boards.BoardInput(
            name=PROVINCE_NAME,
            kind_id=kinds["executive"],
            level_id=levels["province"],
            area=PROVINCE_AREA,
            standing_agency_id=agencies["SYT"],
            decision_number="1835/QĐ-UBND",
            decision_date=PROVINCE_START,
        ),
    )
    commune = boards.create_board(
        db,
        SYSTEM,
        boards.BoardInput(
            name="Ban Bảo vệ trẻ em xã Phước Hậu",
            kind_id=kinds["commune_board"],
            level_id=levels["commune"],
            area="xã Phước Hậu",
            parent_id=province.id,
            decision_number="45/QĐ-UBND",
            decision_date=COMMUNE_START,
        ),
    )
    other = boards.create_board(
        db,
        SYSTEM,
        boards.BoardInput(
            name="Ban Chỉ đạo công tác gia đình tỉnh Vĩnh Long",
            kind_id=kinds["steering"],
            level_id=levels["province"],
            area=PROVINCE_AREA,
        ),
    )

    seats = {  # key: (name, honorific, position, agency code, board, role, start)
        "chair": (
            "Nguyễn Văn An",
            "Ông",
            "Phó Chủ tịch Ủy ban nhân dân tỉnh",
            "UBND-T",
            province.id,
            "chair",
            PROVINCE_START,
        ),
        "health": (
            "Trần Thị Bích",
            "Bà",
            "Giám đốc Sở Y tế",
            "SYT",
            province.id,
            "standing_deputy",
            PROVINCE_START,
        ),
        "education": (
            "Lê Minh Cường",
            "Ông",
            "Phó Giám đốc Sở Giáo dục và Đào tạo",
            "SGDDT",
            province.id,
            "member",
            PROVINCE_START,
        ),
        "police": (
            "Phạm Quốc Dũng",
            "Ông",
            "Phó Giám đốc Công an tỉnh",
            "CAT",
            province.id,
            "member",
            PROVINCE_START,
        ),
        "commune_chair": (
            "Võ Thị Hạnh",
            "Bà",
            "Phó Chủ tịch Ủy ban nhân dân xã",
            None,
            commune.id,
            "chair",
            COMMUNE_START,
        ),
        "other_member": (
            "Hoàng Thị Lan",
            "Bà",
            "Phó Giám đốc Sở Lao động - Thương binh và Xã hội",
            "SLDTBXH",
            other.id,
            "member",
            PROVINCE_START,
        ),
    }
    person_ids: dict[str, int] = {}
    membership_ids: dict[str, int] = {}
    for key, (name, honorific, position, code, board_id, role, start) in seats.items():
        person = people.create_person(
            db,
            SYSTEM,
            people.PersonInput(
                full_name=name,
                honorific=honorific,
                position=position,
                agency_id=agencies[code] if code else None,
                phone="0913 456 789",
                email=f"{key.replace('_', '.')}@vinhlong.gov.vn",
            ),
        )
        row = members.add_membership(
            db,
            SYSTEM,
            members.MembershipInput(
                board_id=board_id,
                person_id=person.id,
                role_id=roles[role],
                start_date=start,
                decision_number="1835/QĐ-UBND",
                decision_date=start,
            ),
        )
        person_ids[key], membership_ids[key] = person.id, row.id

    accounts = {
        "admin": auth.create_user(
            db,
            SYSTEM,
            username="quantri",
            password=PASSWORD,
            role="admin",
            full_name="Quản trị hệ thống",
        ),
        "secretariat": auth.create_user(
            db,
            SYSTEM,
            username="thuky",
            password=PASSWORD,
            role="secretariat",
            full_name="Tổ thư ký",
            board_ids=(province.id,),
        ),
        "focal_point": auth.create_user(
            db,
            SYSTEM,
            username="daumoi",
            password=PASSWORD,
            role="focal_point",
            full_name="Đầu mối Sở Y tế",
            agency_code="SYT",
        ),
        "viewer": auth.create_user(
            db,
            SYSTEM,
            username="xem",
            password=PASSWORD,
            role="viewer",
            full_name="Lãnh đạo theo dõi",
        ),
    }
    return World(
        province=province.id,
        commune=commune.id,
        other=other.id,
        agencies=agencies,
        sectors=sectors,
        roles=roles,
        kinds=kinds,
        levels=levels,
        people=person_ids,
        memberships=membership_ids,
        actors={role: _actor(info) for role, info in accounts.items()},
    )


# --- password hashing -----------------------------------------------------------------------

_SHIPPED_HASHER = auth._hasher


@pytest.fixture(scope="session", autouse=True)
def _cheap_password_hashing() -> Iterator[None]:
    """argon2 at the shipped cost takes ~0.1 s of CPU per hash or check here, and the suite logs
    in a few hundred times: tests hash at minimal cost instead (the stored format and every rule
    are the same). `shipped_password_hasher` checks the real parameters; the CLI tests that run
    a real process use them end to end."""
    from argon2 import PasswordHasher

    auth._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    try:
        yield
    finally:
        auth._hasher = _SHIPPED_HASHER


@pytest.fixture
def shipped_password_hasher():
    """The argon2 hasher coordboard ships with (tests otherwise use a cheap one)."""
    return _SHIPPED_HASHER


# --- PostgreSQL server ----------------------------------------------------------------------


def _fast_base_dir() -> str | None:
    """tmpfs when available: CREATE DATABASE ... TEMPLATE is ~10x faster there than on disk."""
    shm = "/dev/shm"
    if os.path.isdir(shm) and os.access(shm, os.W_OK | os.X_OK) and os.stat(shm).st_mode & 0o001:
        return shm
    return None


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """A throwaway PostgreSQL server, started on first use (one per xdist worker)."""
    ok, reason = pg_available()
    if not ok:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required in CI: {reason}")
        pytest.skip(reason)
    server = PostgresServer(base_dir=_fast_base_dir())
    try:
        server.start()
    except RuntimeError:
        if _fast_base_dir() is None:
            raise
        server = PostgresServer()  # tmpfs refused: fall back to the system temp dir
        server.start()
    try:
        yield server
    finally:
        server.stop()


# --- templates ------------------------------------------------------------------------------


@dataclass
class _Templates:
    backend: str
    bare: str  # SQLite path or PostgreSQL database name
    world_source: str
    world: World
    server: PostgresServer | None = None


_names = itertools.count(1)


@pytest.fixture(scope="session")
def _sqlite_templates(tmp_path_factory: pytest.TempPathFactory) -> _Templates:
    folder = tmp_path_factory.mktemp("templates")
    bare, world_path = folder / "bare.sqlite", folder / "world.sqlite"
    open_database(bare).dispose()  # dispose: the WAL is checkpointed into the file
    shutil.copyfile(bare, world_path)
    database = open_database(world_path)
    try:
        world = build_world(database)
    finally:
        database.dispose()
    return _Templates("sqlite", str(bare), str(world_path), world)


@pytest.fixture(scope="session")
def _pg_templates(pg_server: PostgresServer) -> _Templates:
    database = open_database(pg_server.create_database("template_bare"))
    database.dispose()
    database = open_database(pg_server.create_database("template_world", template="template_bare"))
    try:
        world = build_world(database)
    finally:
        database.dispose()
    return _Templates("postgresql", "template_bare", "template_world", world, pg_server)


def _templates(request: pytest.FixtureRequest, backend: str) -> _Templates:
    return request.getfixturevalue("_sqlite_templates" if backend == "sqlite" else "_pg_templates")


@contextmanager
def _copy(templates: _Templates, source: str, tmp_path: Path) -> Iterator[Database]:
    """A migrated database copied from a template, disposed (and dropped) afterwards."""
    if templates.backend == "sqlite":
        target = tmp_path / f"db{next(_names)}.sqlite"
        shutil.copyfile(source, target)
        database = open_database(target)
        try:
            yield database
        finally:
            database.dispose()
        return
    name = f"test_{next(_names)}"
    assert templates.server is not None
    database = open_database(templates.server.create_database(name, template=source))
    try:
        yield database
    finally:
        database.dispose()
        templates.server.drop_database(name)


# --- per-test fixtures ----------------------------------------------------------------------


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def db(request: pytest.FixtureRequest, backend: str, tmp_path: Path) -> Iterator[Database]:
    templates = _templates(request, backend)
    wants_world = bool(_WORLD_FIXTURES & set(request.fixturenames))
    with _copy(
        templates, templates.world_source if wants_world else templates.bare, tmp_path
    ) as database:
        yield database


@pytest.fixture
def world(request: pytest.FixtureRequest, db: Database, backend: str) -> World:
    return _templates(request, backend).world


@pytest.fixture
def admin(world: World) -> Actor:
    return world.actors["admin"]


@pytest.fixture
def secretariat(world: World) -> Actor:
    return world.actors["secretariat"]


@pytest.fixture
def focal_point(world: World) -> Actor:
    return world.actors["focal_point"]


@pytest.fixture
def viewer(world: World) -> Actor:
    return world.actors["viewer"]


@pytest.fixture
def sqlite_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    templates = request.getfixturevalue("_sqlite_templates")
    with _copy(templates, templates.bare, tmp_path) as database:
        yield database


@pytest.fixture
def fresh_target(request: pytest.FixtureRequest, backend: str, tmp_path: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield str(tmp_path / "new.sqlite")
        return
    server: PostgresServer = request.getfixturevalue("pg_server")
    name = f"fresh_{next(_names)}"
    url = server.create_database(name)
    try:
        yield url
    finally:
        server.drop_database(name)


# --- "nothing was written" ------------------------------------------------------------------


def db_state(database: Database) -> dict[str, list[tuple]]:
    """Every row of every table, in a stable order."""
    state: dict[str, list[tuple]] = {}
    with database.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            rows = conn.execute(select(table)).all()
            state[table.name] = sorted((tuple(r) for r in rows), key=repr)
    return state


@pytest.fixture
def assert_unchanged(db: Database) -> Callable[[], AbstractContextManager[None]]:
    @contextmanager
    def check() -> Iterator[None]:
        before = db_state(db)
        yield
        after = db_state(db)
        changed = {
            name for name in before.keys() | after.keys() if before.get(name) != after.get(name)
        }
        assert not changed, f"rows changed in {sorted(changed)}"

    return check


@pytest.fixture
def count_rows(db: Database) -> Callable[[str], int]:
    """count_rows("audit_log") -> number of rows in that table of the test's database."""

    def count(table: str) -> int:
        with db.engine.connect() as conn:
            return conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()

    return count
