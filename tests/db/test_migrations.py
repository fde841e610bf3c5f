"""Migrations: the models match the head schema; an older database with data is upgraded."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from coordboard import config
from coordboard.db import (
    classify,
    current_revision,
    head_revision,
    make_engine,
    open_database,
    to_url,
    upgrade,
    upgrade_on,
)
from coordboard.models import Base
from coordboard.services import boards, members
from coordboard.services.actor import SYSTEM
from coordboard.services.members import people


def catalogue_file() -> dict:
    path = resources.files("coordboard.resources") / "catalogue" / "catalogue_v1.json"
    return json.loads(path.read_text(encoding="utf-8"))


def test_models_match_the_migrated_schema(db):
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "compare_server_default": False}
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []
    assert current_revision(db.engine) == head_revision()


def test_head_is_a_single_linear_history():
    assert head_revision() == "0004"


@pytest.mark.parametrize("backend", [pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_upgrade_on_migrates_inside_the_callers_transaction(fresh_target, backend):
    """`db copy` builds the schema and copies the rows in one PostgreSQL transaction: a
    rollback must take the schema away too."""
    engine = make_engine(to_url(fresh_target))
    try:
        with engine.connect() as conn:
            transaction = conn.begin()
            upgrade_on(conn)
            assert "boards" in inspect(conn).get_table_names()
            transaction.rollback()
        assert classify(engine, fresh_target) == "empty"
        upgrade(engine)
        assert classify(engine, fresh_target) == "current"
    finally:
        engine.dispose()


NOW = datetime(2025, 8, 20, 9, 30, tzinfo=UTC)


def _build_at_0001(target: str) -> None:
    """A database as coordboard 0001 left it, with a user's data in it (plain SQL)."""
    engine = make_engine(to_url(target))
    try:
        upgrade(engine, "0001")
        stamp = {"c": NOW, "u": NOW}
        with engine.begin() as conn:
            run = lambda sql, **p: conn.execute(text(sql), {**stamp, **p})  # noqa: E731
            # the user had already named the executive kind their own way
            run(
                "INSERT INTO board_kinds (id, code, name, active, created_at, updated_at, version)"
                " VALUES (1, 'executive', 'Ban Điều hành (tỉnh tự đặt)', :t, :c, :u, 3)",
                t=True,
            )
            run(
                "INSERT INTO admin_levels (id, code, name, rank, active, created_at, updated_at,"
                " version) VALUES (1, 'province', 'Cấp tỉnh', 1, :t, :c, :u, 1)",
                t=True,
            )
            run(
                "INSERT INTO boards (id, name, name_folded, kind_id, level_id, area, decision_number,"
                " decision_date, active, notes, created_at, updated_at, version) VALUES (1,"
                " 'Ban Điều hành công tác trẻ em tỉnh Vĩnh Long',"
                " 'ban dieu hanh cong tac tre em tinh vinh long', 1, 1, 'tỉnh Vĩnh Long',"
                " '1835/QĐ-UBND', :d, :t, '', :c, :u, 2)",
                d=datetime(2025, 8, 15).date(),
                t=True,
            )
            run(
                "INSERT INTO people (id, full_name, full_name_folded, honorific, position, phone,"
                " email, notes, created_at, updated_at, version) VALUES (1, 'Nguyễn Thị Ánh',"
                " 'nguyen thi anh', 'Bà', 'Phó Giám đốc', '0913 456 789', 'anh@vinhlong.gov.vn', '',"
                " :c, :u, 1)"
            )
            # the rows above were made by hand: move the PostgreSQL sequences past them
            if engine.dialect.name == "postgresql":
                for table in ("board_kinds", "admin_levels", "boards", "people"):
                    run(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), 1)")
    finally:
        engine.dispose()


def test_an_older_database_with_data_is_backed_up_and_upgraded(fresh_target, backend):
    _build_at_0001(fresh_target)
    # PostgreSQL is migrated only when an administrator asks for it (coordboard db upgrade);
    # test_open_refusals checks that opening it otherwise is refused
    database = open_database(fresh_target, upgrade_server=backend == "postgresql")
    try:
        assert current_revision(database.engine) == head_revision()
        listed = boards.list_boards(database, SYSTEM)
        assert [(b.name, b.kind_name, b.version) for b in listed] == [
            ("Ban Điều hành công tác trẻ em tỉnh Vĩnh Long", "Ban Điều hành (tỉnh tự đặt)", 2)
        ]
        assert [p.full_name for p in people.find_people(database, SYSTEM, "nguyen thi anh")] == [
            "Nguyễn Thị Ánh"
        ]
        data = catalogue_file()
        with database.engine.connect() as conn:
            count = lambda table: conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()  # noqa: E731
            assert count("agencies") == len(data["agencies"])
            assert count("sectors") == len(data["sectors"])
            assert count("board_roles") == len(data["board_roles"])
            assert count("board_kinds") == len(data["board_kinds"])  # 'executive' kept, not doubled
            assert count("admin_levels") == len(data["admin_levels"])
            # a catalogue agency links to its sector
            assert (
                conn.execute(
                    text(
                        "SELECT s.code FROM agencies a JOIN sectors s ON s.id = a.sector_id"
                        " WHERE a.code = 'SYT'"
                    )
                ).scalar_one()
                == "health"
            )
        # the upgraded database works with the services, old rows and new catalogue together
        catalogue_roles = {r["code"] for r in data["board_roles"]}
        assert "chair" in catalogue_roles
        person = people.find_people(database, SYSTEM, "anh")[0]
        with database.session() as s:
            chair_id = s.execute(
                text("SELECT id FROM board_roles WHERE code = 'chair'")
            ).scalar_one()
        row = members.add_membership(
            database,
            SYSTEM,
            members.MembershipInput(
                board_id=listed[0].id,
                person_id=person.id,
                role_id=chair_id,
                start_date=datetime(2025, 8, 15).date(),
            ),
        )
        assert row.role_name == "Trưởng ban"
    finally:
        database.dispose()

    if backend == "sqlite":
        path = Path(fresh_target)
        backups = list(config.backup_dir_for(path).glob("*-before-upgrade.sqlite"))
        assert len(backups) == 1
        # the backup is the database as it was before the upgrade
        old = make_engine(to_url(backups[0]))
        try:
            assert current_revision(old) == "0001"
            with old.connect() as conn:
                assert conn.execute(text("SELECT name FROM boards")).scalar_one() == (
                    "Ban Điều hành công tác trẻ em tỉnh Vĩnh Long"
                )
        finally:
            old.dispose()


def test_a_new_database_is_created_at_head_without_backup(fresh_target, backend):
    database = open_database(fresh_target)
    try:
        assert current_revision(database.engine) == head_revision()
        assert boards.list_boards(database, SYSTEM) == []
    finally:
        database.dispose()
    if backend == "sqlite":
        assert not config.backup_dir_for(Path(fresh_target)).exists()


def test_opening_a_current_database_does_not_back_it_up(tmp_path):
    path = tmp_path / "current.sqlite"
    open_database(path).dispose()
    open_database(path).dispose()
    assert not config.backup_dir_for(path).exists()


def test_an_old_database_is_refused_without_migrate(tmp_path):
    from coordboard.errors import DatabaseRefused

    path = tmp_path / "old.sqlite"
    _build_at_0001(str(path))
    with pytest.raises(DatabaseRefused) as exc:
        open_database(path, migrate=False)
    assert "needs an upgrade" in exc.value.message
    engine = make_engine(to_url(path))
    try:
        assert current_revision(engine) == "0001"
    finally:
        engine.dispose()


def test_a_0002_database_with_boards_and_members_gains_plans_and_tasks(fresh_target, backend):
    """A database left by the version before plans existed: its data survives 0003 and the new
    tables work with it at once."""
    from coordboard.services import plans, tasks

    _build_at_0001(fresh_target)
    engine = make_engine(to_url(fresh_target))
    try:
        upgrade(engine, "0002")
        with engine.begin() as conn:  # the previous version's data: an agency the user renamed
            conn.execute(
                text(
                    "UPDATE agencies SET name = 'Sở Y tế tỉnh Vĩnh Long', version = 2"
                    " WHERE code = 'SYT'"
                )
            )
    finally:
        engine.dispose()
    database = open_database(fresh_target, upgrade_server=backend == "postgresql")
    try:
        assert current_revision(database.engine) == head_revision()
        (board,) = boards.list_boards(database, SYSTEM)
        plan = plans.create_plan(
            database,
            SYSTEM,
            plans.PlanInput(
                board_id=board.id,
                title="Kế hoạch năm 2026",
                year_from=2026,
                year_to=2026,
                code="01/KH-BĐH",
            ),
        )
        with database.session() as s:
            syt = s.execute(text("SELECT id FROM agencies WHERE code = 'SYT'")).scalar_one()
        (task_id,) = tasks.create_task(
            database,
            SYSTEM,
            tasks.TaskInput(
                board_id=board.id,
                plan_id=plan.id,
                title="Khám sàng lọc cho trẻ em",
                lead_agency_id=syt,
                assigned_date=datetime(2026, 1, 5).date(),
                deadline=datetime(2026, 6, 30).date(),
            ),
        )
        row = tasks.get_task(database, SYSTEM, task_id).row
        assert (row.lead_agency_name, row.board_name) == (
            "Sở Y tế tỉnh Vĩnh Long",
            "Ban Điều hành công tác trẻ em tỉnh Vĩnh Long",
        )
        assert [p.code for p in plans.list_plans(database, SYSTEM, board.id)] == ["01/KH-BĐH"]
    finally:
        database.dispose()


def test_a_0003_database_with_tasks_gains_meetings_without_losing_a_row(fresh_target, backend):
    """The version before meetings: its board, member, task and co-operating agency survive 0004
    (adding tasks.conclusion_id must not rebuild the tasks table and cascade its links away),
    and a meeting can be held at once with that member invited."""
    from coordboard.services import meetings, tasks

    _build_at_0001(fresh_target)
    engine = make_engine(to_url(fresh_target))
    try:
        upgrade(engine, "0003")
        stamp = {"c": NOW, "u": NOW}
        with engine.begin() as conn:
            run = lambda sql, **p: conn.execute(text(sql), {**stamp, **p})  # noqa: E731

            def agency(code):
                return run("SELECT id FROM agencies WHERE code = :code", code=code).scalar_one()

            chair = run("SELECT id FROM board_roles WHERE code = 'chair'").scalar_one()
            run(
                "INSERT INTO memberships (id, board_id, person_id, role_id, agency_id,"
                " board_position, start_date, decision_number, end_reason, created_at, updated_at,"
                " version) VALUES (1, 1, 1, :r, :a, '', :d, '1835/QĐ-UBND', '', :c, :u, 1)",
                r=chair,
                a=agency("SYT"),
                d=datetime(2025, 8, 15).date(),
            )
            run(
                "INSERT INTO tasks (id, board_id, position, title, title_folded, description,"
                " source_kind, source_number, source_issuer, lead_agency_id, responsible_person,"
                " assigned_date, deadline_kind, deadline, effective_deadline, period_key,"
                " expected_output, target_unit, status, sort_rank, percent, status_note,"
                " created_at, updated_at, version) VALUES (1, 1, 1, 'Rà soát trẻ em',"
                " 'ra soat tre em', '', 'document', '12/KH-UBND', 'UBND tỉnh', :a, '', :d1,"
                " 'fixed', :d2, :d2, '', '', '', 'in_progress', 0, 40, '', :c, :u, 3)",
                a=agency("SYT"),
                d1=datetime(2026, 1, 5).date(),
                d2=datetime(2026, 6, 30).date(),
            )
            run("INSERT INTO task_cooperators (task_id, agency_id) VALUES (1, :a)", a=agency("CAT"))
            if engine.dialect.name == "postgresql":
                for table in ("memberships", "tasks"):
                    run(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), 1)")
    finally:
        engine.dispose()
    database = open_database(fresh_target, upgrade_server=backend == "postgresql")
    try:
        assert current_revision(database.engine) == head_revision()
        detail = tasks.get_task(database, SYSTEM, 1)
        assert (detail.row.title, detail.row.percent, detail.row.version) == (
            "Rà soát trẻ em",
            40,
            3,
        )
        assert detail.row.cooperating == ("Công an tỉnh",)
        with database.engine.connect() as conn:
            assert conn.execute(text("SELECT conclusion_id, meeting_id FROM tasks")).one() == (
                None,
                None,
            )
            assert conn.execute(text("SELECT doc_code, governing_body FROM boards")).one() == (
                "",
                "",
            )
        d = meetings.create_meeting(
            database,
            SYSTEM,
            meetings.MeetingInput(
                board_id=1,
                title="Phiên họp thường kỳ quý I",
                starts_at=datetime(2026, 3, 2, 8),
                ends_at=datetime(2026, 3, 2, 10),
            ),
        )
        assert [a.name for a in d.attendees] == ["Nguyễn Thị Ánh"]
        assert d.letterhead.number(3, "BB") == "Số: 03/BB-BĐH"
    finally:
        database.dispose()
