"""The command line: headless administration commands, exit codes, messages, no GUI imports."""

from __future__ import annotations

import io
import shutil
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from cli.cli_helpers import cli, one_line
from coordboard import __version__, config, i18n
from coordboard import db as dbmod
from coordboard.cli import main
from coordboard.errors import AuthenticationError
from coordboard.services import auth, boards, members
from coordboard.services.actor import SYSTEM
from coordboard.services.members import MemberFilter

DEMO_PASSWORD = "demo1234"


def run(*args: str, input: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "coordboard", "--lang", "en", *args],
        input=input,
        capture_output=True,
        text=True,
        timeout=120,
    )


def sqlite_at(path: Path, revision: str) -> Path:
    engine = dbmod.make_engine(dbmod.to_url(path))
    try:
        dbmod.upgrade(engine, revision)
    finally:
        engine.dispose()
    return path


# --- the demo database, built once through the command line ---------------------------------


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    assert main(["--lang", "en", "demo", "--db", str(path)]) == 0
    i18n.load("en")
    return path


@pytest.fixture
def demo_copy(demo_file, tmp_path) -> Path:
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_file, path)
    return path


@pytest.fixture
def demo_db(demo_copy):
    database = dbmod.open_database(demo_copy)
    yield database
    database.dispose()


def test_version(capsys):
    assert cli("--version") == 0
    assert capsys.readouterr().out.strip() == f"coordboard {__version__}"


def test_version_in_a_real_process():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"coordboard {__version__}"


def test_demo_prints_the_accounts(tmp_path, capsys):
    path = tmp_path / "new-demo.sqlite"
    assert cli("demo", "--db", str(path), "--seed", "7") == 0
    out = capsys.readouterr().out
    assert f"Demo database created: {path}" in out
    for username in ("admin", "thuky", "giaoduc", "yte", "congan", "xem"):
        assert any(line.split()[:2] == [username, DEMO_PASSWORD] for line in out.splitlines()), (
            username
        )
    assert "Sở Giáo dục và Đào tạo" in out and "Công an tỉnh" in out


def test_demo_province_board(demo_db):
    province = next(b for b in boards.list_boards(demo_db, SYSTEM) if b.parent_id is None)
    assert (province.kind_name, province.level_name) == ("Ban Điều hành", "Cấp tỉnh")
    assert province.standing_agency_name == "Sở Y tế"
    today = members.members_on(demo_db, SYSTEM, province.id, date.today())
    assert len(today) >= 25
    assert len({m.agency_id for m in today}) >= 12
    sectors = {m.sector_name for m in today}
    assert {"Giáo dục và đào tạo", "Y tế", "Công an", "Mặt trận và các đoàn thể"} <= sectors
    chair = [m for m in today if m.role_name == "Trưởng ban"]
    assert len(chair) == 1
    assert chair[0].agency_name == "Ủy ban nhân dân tỉnh"
    assert chair[0].position.startswith("Phó Chủ tịch")
    assert today[0] == chair[0]  # the list starts with the chair


def test_demo_commune_boards_and_a_past_restaffing(demo_db):
    listed = boards.list_boards(demo_db, SYSTEM)
    province = next(b for b in listed if b.parent_id is None)
    communes = [b for b in listed if b.parent_id == province.id]
    assert len(communes) == 2
    assert all(b.level_name == "Cấp xã" and b.member_count > 0 for b in communes)
    everyone = members.list_members(demo_db, SYSTEM, MemberFilter(board_id=province.id))
    successors = [m for m in everyone if m.replaces_id is not None]
    assert len(successors) == 1
    successor = successors[0]
    assert successor.start_date <= date.today()  # a past re-staffing
    history = members.seat_history(demo_db, SYSTEM, successor.id)
    assert len(history) == 2
    assert history[0].end_date == successor.start_date - timedelta(days=1)


def test_demo_accounts_for_each_role(demo_db):
    users = {u.username: u for u in auth.list_users(demo_db, SYSTEM)}
    assert {u.role for u in users.values()} == {"admin", "secretariat", "focal_point", "viewer"}
    focal = {u.agency_name for u in users.values() if u.role == "focal_point"}
    assert focal == {"Sở Giáo dục và Đào tạo", "Sở Y tế", "Công an tỉnh"}
    assert auth.login(demo_db, "thuky", DEMO_PASSWORD).role == "secretariat"


def test_demo_refuses_a_database_with_data(demo_copy, capsys):
    before = dbmod.open_database(demo_copy)
    counts = len(members.list_members(before, SYSTEM))
    before.dispose()
    assert cli("demo", "--db", str(demo_copy)) == 1
    err = one_line(capsys.readouterr().err)
    assert "already holds data" in err and "--force" in err
    after = dbmod.open_database(demo_copy)
    try:
        assert len(members.list_members(after, SYSTEM)) == counts
    finally:
        after.dispose()
    assert not list(config.backup_dir_for(demo_copy).glob("*before-demo*"))


def test_demo_force_replaces_and_keeps_a_backup(demo_copy, capsys):
    database = dbmod.open_database(demo_copy)
    auth.create_user(database, SYSTEM, username="giu.lai", password="mat-khau-dai", role="viewer")
    database.dispose()
    assert cli("demo", "--db", str(demo_copy), "--force") == 0
    out = capsys.readouterr().out
    kept = list(config.backup_dir_for(demo_copy).glob("*-before-demo.sqlite"))
    assert len(kept) == 1 and str(kept[0]) in out
    replaced = dbmod.open_database(demo_copy)
    try:
        assert "giu.lai" not in {u.username for u in auth.list_users(replaced, SYSTEM)}
        assert len([b for b in boards.list_boards(replaced, SYSTEM) if b.parent_id is None]) == 1
    finally:
        replaced.dispose()
    with sqlite3.connect(kept[0]) as conn:
        assert conn.execute("SELECT count(*) FROM users WHERE username = 'giu.lai'").fetchone() == (
            1,
        )


# --- db upgrade / current / check -----------------------------------------------------------


def test_db_current_and_check_on_a_current_database(demo_copy, capsys):
    assert cli("db", "current", "--db", str(demo_copy)) == 0
    assert capsys.readouterr().out.strip() == dbmod.head_revision()
    assert cli("db", "check", "--db", str(demo_copy)) == 0
    assert "healthy" in capsys.readouterr().out


def test_db_current_on_an_older_database_shows_it_and_changes_nothing(tmp_path, capsys):
    path = sqlite_at(tmp_path / "old.sqlite", "0001")
    before = path.read_bytes()
    assert cli("db", "current", "--db", str(path)) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == "0001"
    assert "coordboard db upgrade" in captured.err and dbmod.head_revision() in captured.err
    assert path.read_bytes() == before
    assert not config.backup_dir_for(path).exists()


def test_db_upgrade_migrates_an_older_database(tmp_path, capsys):
    path = sqlite_at(tmp_path / "old.sqlite", "0001")
    assert cli("db", "check", "--db", str(path)) == 1  # not before the upgrade
    assert "needs an upgrade" in one_line(capsys.readouterr().err)
    assert cli("db", "upgrade", "--db", str(path)) == 0
    assert dbmod.head_revision() in capsys.readouterr().out
    assert list(config.backup_dir_for(path).glob("*-before-upgrade.sqlite"))
    assert cli("db", "current", "--db", str(path)) == 0
    assert capsys.readouterr().out.strip() == dbmod.head_revision()


@pytest.mark.parametrize("action", ["check", "current", "upgrade"])
def test_db_commands_refuse_a_file_that_is_not_a_database(tmp_path, capsys, action):
    path = tmp_path / "notes.txt"
    path.write_text("Kế hoạch năm 2026\n", encoding="utf-8")
    assert cli("db", action, "--db", str(path)) == 1
    captured = capsys.readouterr()
    assert "not a coordboard database" in one_line(captured.err)
    assert captured.out == ""
    assert path.read_text(encoding="utf-8") == "Kế hoạch năm 2026\n"


def test_db_check_refuses_a_newer_database(demo_copy, capsys):
    with sqlite3.connect(demo_copy) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    assert cli("db", "check", "--db", str(demo_copy)) == 1
    assert "newer version" in one_line(capsys.readouterr().err)


def test_db_check_reports_problems(demo_copy, capsys):
    with sqlite3.connect(demo_copy) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("UPDATE memberships SET person_id = 99999 WHERE id = 1")
    conn.close()
    assert cli("db", "check", "--db", str(demo_copy)) == 1
    assert "foreign key: memberships" in capsys.readouterr().err


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"])
def test_db_commands_on_a_postgresql_url(fresh_target, capsys):
    url = fresh_target.replace("postgresql+psycopg://", "postgresql://")
    assert cli("db", "upgrade", "--db", url) == 0
    capsys.readouterr()
    assert cli("db", "current", "--db", url) == 0
    assert capsys.readouterr().out.strip() == dbmod.head_revision()
    assert cli("db", "check", "--db", url) == 0


# --- backup / restore -----------------------------------------------------------------------


def test_backup_and_restore(demo_copy, tmp_path, capsys):
    out = tmp_path / "saved.sqlite"
    assert cli("backup", "--db", str(demo_copy), "--out", str(out)) == 0
    assert str(out) in capsys.readouterr().out
    assert cli("backup", "--db", str(demo_copy), "--out", str(out)) == 1  # never overwrites
    assert "exists already" in one_line(capsys.readouterr().err)

    database = dbmod.open_database(demo_copy)
    auth.create_user(
        database, SYSTEM, username="sau.sao.luu", password="mat-khau-dai", role="viewer"
    )
    database.dispose()

    assert cli("restore", "--db", str(demo_copy), "--from", str(out)) == 0
    printed = capsys.readouterr().out
    kept = list(config.backup_dir_for(demo_copy).glob("*-before-restore.sqlite"))
    assert len(kept) == 1 and str(kept[0]) in printed
    restored = dbmod.open_database(demo_copy)
    try:
        assert "sau.sao.luu" not in {u.username for u in auth.list_users(restored, SYSTEM)}
    finally:
        restored.dispose()
    with sqlite3.connect(kept[0]) as conn:
        assert conn.execute(
            "SELECT count(*) FROM users WHERE username = 'sau.sao.luu'"
        ).fetchone() == (1,)


def test_backup_and_restore_refusals(tmp_path, demo_copy, capsys):
    text_file = tmp_path / "a.txt"
    text_file.write_text("x", encoding="utf-8")
    assert cli("backup", "--db", str(text_file), "--out", str(tmp_path / "b.sqlite")) == 1
    assert "not a coordboard database" in one_line(capsys.readouterr().err)
    assert not (tmp_path / "b.sqlite").exists()
    assert (
        cli("backup", "--db", str(tmp_path / "missing.sqlite"), "--out", str(tmp_path / "c")) == 1
    )
    assert "No such file" in one_line(capsys.readouterr().err)
    assert cli("restore", "--db", str(demo_copy), "--from", str(tmp_path / "missing.sqlite")) == 1
    assert "No such file" in one_line(capsys.readouterr().err)
    assert cli("restore", "--db", str(demo_copy), "--from", str(text_file)) == 1
    one_line(capsys.readouterr().err)
    assert dbmod.integrity_problems(dbmod.open_database(demo_copy)) == []


# --- users add ------------------------------------------------------------------------------


def test_users_add_reads_the_password_from_stdin(demo_copy, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO("mat-khau-moi-2026\n"))
    assert (
        cli(
            "users",
            "add",
            "--db",
            str(demo_copy),
            "--username",
            "DauMoi.CA",
            "--role",
            "focal_point",
            "--agency",
            "CAT",
            "--full-name",
            "Đầu mối Công an",
        )
        == 0
    )
    assert "dauMoi.ca".lower() in capsys.readouterr().out
    database = dbmod.open_database(demo_copy)
    try:
        actor = auth.login(database, "daumoi.ca", "mat-khau-moi-2026")
        assert actor.role == "focal_point" and actor.full_name == "Đầu mối Công an"
    finally:
        database.dispose()


def test_users_add_in_a_real_process(demo_copy):
    result = run(
        "users",
        "add",
        "--db",
        str(demo_copy),
        "--username",
        "thuky2",
        "--role",
        "secretariat",
        input="mat-khau-that-dai\n",
    )
    assert result.returncode == 0, result.stderr
    assert "mat-khau-that-dai" not in result.stdout + result.stderr
    database = dbmod.open_database(demo_copy)
    try:
        assert auth.login(database, "thuky2", "mat-khau-that-dai").role == "secretariat"
        with pytest.raises(AuthenticationError):
            auth.login(database, "thuky2", "")
    finally:
        database.dispose()


def test_the_password_is_never_taken_from_the_command_line(demo_copy, capsys):
    assert (
        cli(
            "users",
            "add",
            "--db",
            str(demo_copy),
            "--username",
            "u1",
            "--role",
            "viewer",
            "--password",
            "mat-khau-dai",
        )
        == 2
    )
    assert "--password" in capsys.readouterr().err


def test_users_add_with_a_bad_role_is_bad_usage(demo_copy):
    result = run(
        "users",
        "add",
        "--db",
        str(demo_copy),
        "--username",
        "u1",
        "--role",
        "boss",
        input="mat-khau-dai\n",
    )
    assert result.returncode == 2
    assert "invalid choice: 'boss'" in result.stderr


@pytest.mark.parametrize(
    "args, password, message",
    [
        (["--role", "viewer"], "ngan", "at least 8 characters"),
        (["--role", "focal_point"], "mat-khau-dai", "must belong to an agency"),
        (
            ["--role", "focal_point", "--agency", "KHONGCO"],
            "mat-khau-dai",
            "No agency with code KHONGCO",
        ),
        (["--role", "viewer", "--username", "admin"], "mat-khau-dai", "is taken"),
    ],
    ids=["short-password", "no-agency", "unknown-agency", "taken"],
)
def test_users_add_refusals(demo_copy, monkeypatch, capsys, args, password, message):
    monkeypatch.setattr(sys, "stdin", io.StringIO(password + "\n"))
    username = [] if "--username" in args else ["--username", "moi"]
    assert cli("users", "add", "--db", str(demo_copy), *username, *args) == 1
    assert message in one_line(capsys.readouterr().err)


def test_no_command_arguments_is_bad_usage(capsys):
    assert cli("db") == 2
    assert cli("db", "vacuum", "--db", "x.sqlite") == 2
    assert cli("screenshot", "--db", "x.sqlite", "--page", "kitchen", "--out", "x.png") == 2


# --- headless commands stay headless --------------------------------------------------------


@pytest.mark.parametrize("command", [["db", "current"], ["db", "check"]])
def test_headless_commands_do_not_import_qtgui_or_qtwidgets(demo_copy, command):
    code = (
        "import sys\n"
        "from coordboard.cli import main\n"
        f"code = main({[*command, '--db', str(demo_copy)]!r})\n"
        "print(code, 'PySide6.QtWidgets' in sys.modules, 'PySide6.QtGui' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "0 False False"


@pytest.mark.parametrize("action", ["check", "current"])
def test_inspecting_a_missing_database_creates_no_file(tmp_path, capsys, action):
    path = tmp_path / "typo.sqlite"
    assert cli("db", action, "--db", str(path)) == 1
    assert "No such file" in one_line(capsys.readouterr().err)
    assert list(tmp_path.iterdir()) == []
