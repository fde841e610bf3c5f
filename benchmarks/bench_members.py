"""Member queries at the scale of a province following its commune boards.

Builds N commune boards of 9-25 members each (plus re-staffings) under one province board in a
fresh SQLite file, then times what the Members page and Boards page ask for. Prints figures; no
assertions (speed is measured here, not in the tests).

    .venv/bin/python benchmarks/bench_members.py [--boards 1000]
"""

from __future__ import annotations

import argparse
import random
import resource
import sqlite3
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from coordboard import db as dbmod
from coordboard.models import AdminLevel, Agency, Board, BoardKind, BoardRole, Membership, Person
from coordboard.services import boards, demo, members
from coordboard.services.actor import SYSTEM
from coordboard.text import fold


def build(database: dbmod.Database, n_boards: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    names = demo.Names(seed)
    now = date(2025, 9, 1)
    with database.session() as s:
        kind = s.scalar(select(BoardKind.id).where(BoardKind.code == "commune_board"))
        level = s.scalar(select(AdminLevel.id).where(AdminLevel.code == "commune"))
        roles = dict(s.execute(select(BoardRole.code, BoardRole.id)).all())
        agencies = list(s.scalars(select(Agency.id)))
        province = Board(
            name="Ban Điều hành tỉnh",
            name_folded="ban dieu hanh tinh",
            kind_id=kind,
            level_id=level,
            area="tỉnh",
        )
        s.add(province)
        s.flush()
        board_rows = [
            {
                "name": f"Ban Bảo vệ trẻ em xã số {i}",
                "name_folded": f"ban bao ve tre em xa so {i}",
                "kind_id": kind,
                "level_id": level,
                "area": f"xã số {i}",
                "parent_id": province.id,
                "active": True,
                "notes": "",
                "decision_number": "",
                "version": 1,
            }
            for i in range(n_boards)
        ]
        s.execute(insert(Board), board_rows)
        board_ids = list(s.scalars(select(Board.id).where(Board.parent_id == province.id)))
        people_rows, member_rows = [], []
        for board_id in board_ids:
            for seat in range(rng.randint(9, 25)):
                name, honorific = (
                    names.person()
                    if len(names.used) < 3000
                    else (
                        f"{rng.choice(demo.FAMILY)} {rng.choice(demo.MALE_MIDDLE)} {rng.choice(demo.MALE_GIVEN)}",
                        "Ông",
                    )
                )
                people_rows.append(
                    {
                        "full_name": name,
                        "full_name_folded": fold(name),
                        "honorific": honorific,
                        "position": "Cán bộ",
                        "agency_id": rng.choice(agencies),
                        "phone": "",
                        "email": "",
                        "notes": "",
                        "version": 1,
                    }
                )
                role = "chair" if seat == 0 else "member"
                member_rows.append((board_id, role))
        s.execute(insert(Person), people_rows)
        person_ids = list(s.scalars(select(Person.id).order_by(Person.id)))[-len(people_rows) :]
        rows = []
        for person_id, (board_id, role) in zip(person_ids, member_rows):
            ended = rng.random() < 0.15
            rows.append(
                {
                    "board_id": board_id,
                    "person_id": person_id,
                    "role_id": roles[role],
                    "agency_id": rng.choice(agencies),
                    "start_date": now - timedelta(days=rng.randint(0, 900)),
                    "end_date": now + timedelta(days=rng.randint(1, 300)) if ended else None,
                    "board_position": "",
                    "decision_number": "",
                    "end_reason": "",
                    "version": 1,
                }
            )
        s.execute(insert(Membership), rows)
        s.commit()
        return len(rows)


def timed(label: str, fn, repeat: int = 5) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        samples.append((time.perf_counter() - start) * 1000)
    median = statistics.median(samples)
    size = len(result) if hasattr(result, "__len__") else result
    print(f"  {label:<48} {median:8.1f} ms   ({size} rows)")
    return median


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--boards", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite"
        database = dbmod.open_database(path)
        start = time.perf_counter()
        n = build(database, args.boards)
        print(f"built {args.boards} boards, {n} memberships in {time.perf_counter() - start:.1f} s")
        board_id = database.session().scalar(select(Board.id).where(Board.name.like("%số 500")))
        today = date.today()
        print("service calls (median of 5):")
        timed(
            "list_boards (all boards, member counts)", lambda: boards.list_boards(database, SYSTEM)
        )
        timed(
            "members of one board today",
            lambda: members.list_members(
                database, SYSTEM, members.MemberFilter(board_id=board_id, on=today)
            ),
        )
        timed(
            "members of one board, all history",
            lambda: members.list_members(database, SYSTEM, members.MemberFilter(board_id=board_id)),
        )
        timed(
            "all boards, text 'nguyen van' today",
            lambda: members.list_members(
                database, SYSTEM, members.MemberFilter(on=today, text="nguyen van")
            ),
        )
        timed(
            "all boards, all members today",
            lambda: members.list_members(database, SYSTEM, members.MemberFilter(on=today)),
            repeat=3,
        )
        raw = sqlite3.connect(path)
        timed(
            "raw sqlite3: members of one board today",
            lambda: raw.execute(
                "SELECT m.*, p.* FROM memberships m JOIN people p ON p.id = m.person_id "
                "WHERE m.board_id = ? AND m.start_date <= ? AND (m.end_date IS NULL OR m.end_date >= ?)",
                (board_id, today.isoformat(), today.isoformat()),
            ).fetchall(),
        )
        database.dispose()
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
