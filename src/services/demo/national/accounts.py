"""The accounts of the national demo (user name, role, whose agency) and the check that the
demo goes only into a new, empty database.
"""

from __future__ import annotations

from sqlalchemy import Connection, func, select

from coordboard.errors import ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import Agency, Board, User
from coordboard.services import auth, demo
from coordboard.services.actor import ADMIN, FOCAL_POINT, SECRETARIAT, SYSTEM, VIEWER
from coordboard.services.demo.national.geography import SECRETARIAT_PROVINCE
from coordboard.services.demo.national.world import World

ACCOUNTS = [  # user name, role, whose agency ("province": its Sở Y tế; "commune": Công an xã)
    ("admin", ADMIN, None, "Quản trị hệ thống"),
    ("thuky", SECRETARIAT, None, "Tổ thư ký Ban Điều hành"),
    ("yte", FOCAL_POINT, "province", "Đầu mối Sở Y tế"),
    ("congan", FOCAL_POINT, "commune", "Đầu mối Công an xã"),
    ("xem", VIEWER, None, "Lãnh đạo theo dõi"),
]


def refuse_if_used(conn: Connection) -> None:
    usernames = [username for username, *_ in ACCOUNTS]
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


def create_accounts(w: World) -> list[demo.DemoAccount]:
    """The demo accounts: the secretariat of one province board (Vĩnh Long's when it is
    built), a focal point of its health department and one of a commune's police station."""
    province = next((p for p in w.provinces if p.name == SECRETARIAT_PROVINCE), w.provinces[0])
    commune = province.communes[0] if province.communes else None
    wanted = [
        a
        for a in (province.agencies.get("SYT"), commune.agencies["CA"] if commune else None)
        if a is not None
    ]
    with w.db.engine.connect() as conn:
        rows = conn.execute(
            select(Agency.id, Agency.code, Agency.name).where(Agency.id.in_(wanted))
        ).all()
    codes = {r.id: r.code for r in rows}
    names = {r.id: r.name for r in rows}
    made = []
    for username, role, whose, full_name in ACCOUNTS:
        agency_id = None
        if whose == "province":
            agency_id = province.agencies.get("SYT")
        elif whose == "commune":
            if commune is None:
                continue
            agency_id = commune.agencies["CA"]
        auth.create_user(
            w.db,
            SYSTEM,
            username=username,
            password=demo.DEMO_PASSWORD,
            role=role,
            full_name=full_name,
            agency_code=codes.get(agency_id),
            board_ids=(province.board_id,) if role == SECRETARIAT else (),
        )
        made.append(demo.DemoAccount(username, demo.DEMO_PASSWORD, role, names.get(agency_id, "")))
    return made
