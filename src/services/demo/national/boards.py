"""Boards, agencies and members of the national demo: a province board per province with the
province's own copy of every catalogue agency, commune boards under it with agencies of their
own (police station, health station, school, ...), and every seat of the small demo's tables
(demo.PROVINCE_SEATS, demo.COMMUNE_SEATS) filled with an invented person.
"""

from __future__ import annotations

from datetime import date, timedelta

from coordboard.models import Agency, Board, Membership, Person
from coordboard.services import demo
from coordboard.services.demo.national.bulk import CHUNK, next_id, put, transaction
from coordboard.services.demo.national.geography import PROVINCES, commune_names
from coordboard.services.demo.national.world import (
    Commune,
    Province,
    World,
    allocate,
    day_between,
)
from coordboard.text import fold


def build_boards(w: World) -> None:
    rng, c = w.rng, w.conn
    per_province = (
        allocate(w.communes_total, [p[3] for p in PROVINCES])
        if w.communes_total
        else [0] * len(PROVINCES)
    )
    names_left = iter(commune_names(w.rng, w.communes_total))
    board_id, agency_id = next_id(c, Board.__table__), next_id(c, Agency.__table__)
    boards_rows, agency_rows = [], []
    decided = min(date(2025, 8, 15), w.today)

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
                "level_id": w.level[level],
                "active": True,
                **w.tracked(decided),
            }
        )
        w.agency_sector[agency_id] = w.sector_code.get(sector_id, "other")
        agency_id += 1
        return agency_id - 1

    for (proper, city, pcode, _), n_communes in zip(PROVINCES, per_province):
        area = f"{'thành phố' if city else 'tỉnh'} {proper}"
        own: dict[str, int] = {}
        for code, name, short, sector_id in w.catalogue:
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
        province = Province(board_id, proper, area, own, [])
        boards_rows.append(
            {
                "id": board_id,
                "name": name,
                "name_folded": fold(name),
                "kind_id": w.kind[kind],
                "level_id": w.level["province"],
                "area": area,
                "parent_id": None,
                "standing_agency_id": own.get("SYT"),
                "decision_number": f"{rng.randint(1000, 2999)}/QĐ-UBND",
                "decision_date": day_between(rng, decided - timedelta(days=30), decided),
                "active": True,
                "notes": "",
                **w.tracked(decided),
            }
        )
        board_id += 1
        for i in range(n_communes):
            proper_c = next(names_left)
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
                        w.sector[sector_code],
                        "commune",
                    )
                    agency_rows[-1]["short_name"] = agency_rows[-1]["name"]
            boards_rows.append(
                {
                    "id": board_id,
                    "name": c_name,
                    "name_folded": fold(c_name),
                    "kind_id": w.kind["standing_group" if group else "commune_board"],
                    "level_id": w.level["commune"],
                    "area": c_area,
                    "parent_id": province.board_id,
                    "standing_agency_id": agencies["UBND"],
                    "decision_number": f"{rng.randint(10, 299)}/QĐ-UBND",
                    "decision_date": day_between(rng, decided, min(date(2025, 10, 15), w.today)),
                    "active": True,
                    "notes": "",
                    **w.tracked(decided),
                }
            )
            province.communes.append(Commune(board_id, c_area, agencies))
            board_id += 1
        w.provinces.append(province)
    with transaction(c):
        put(c, Agency.__table__, agency_rows)
        put(c, Board.__table__, boards_rows)
    w.counts["agencies"] = len(agency_rows)
    w.board_rows = {r["id"]: r for r in boards_rows}
    w.progress("boards", len(boards_rows), len(boards_rows))


def _person(w: World, agency_id: int, position: str, people: list[dict], person_id: int) -> int:
    rng = w.rng
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
            "id": person_id,
            "full_name": name,
            "full_name_folded": fold(name),
            "honorific": "Bà" if female else "Ông",
            "position": position,
            "agency_id": agency_id,
            "phone": w.names.phone(),
            "email": "",
            "notes": "",
            **w.tracked(w.today),
        }
    )
    return person_id


def build_members(w: World) -> None:
    c = w.conn
    person_id, member_id = next_id(c, Person.__table__), next_id(c, Membership.__table__)
    people: list[dict] = []
    members: list[dict] = []

    def seat(board_id: int, agency_id: int, position: str, role: str, duty: str) -> None:
        nonlocal person_id, member_id
        board = w.board_rows[board_id]
        _person(w, agency_id, position, people, person_id)
        members.append(
            {
                "id": member_id,
                "board_id": board_id,
                "person_id": person_id,
                "role_id": w.role[role],
                "agency_id": agency_id,
                "board_position": duty,
                "start_date": board["decision_date"],
                "end_date": None,
                "decision_number": board["decision_number"],
                "decision_date": board["decision_date"],
                "end_reason": "",
                "replaces_id": None,
                **w.tracked(board["decision_date"]),
            }
        )
        person_id += 1
        member_id += 1

    for p in w.provinces:
        for code, position, role, duty in demo.PROVINCE_SEATS:
            if code in p.agencies:
                seat(p.board_id, p.agencies[code], position, role, duty)
        for commune in p.communes:
            for suffix, _pattern, _sector, position, role in demo.COMMUNE_SEATS:
                seat(commune.board_id, commune.agencies[suffix], position, role, "")
    for start in range(0, len(people), CHUNK):
        with transaction(c):
            put(c, Person.__table__, people[start : start + CHUNK])
            put(c, Membership.__table__, members[start : start + CHUNK])
    w.counts["people"] = len(people)
    w.counts["memberships"] = len(members)
    w.progress("members", len(members), len(members))
