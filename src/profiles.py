"""Connection profiles: where this PC's coordboard finds its database.

A profile is either a local SQLite file (the default) or a PostgreSQL server shared by every PC
of a board. Profiles live in `profiles.json` in the data folder and never hold a password: the
PostgreSQL password is kept only in the operating system's keyring (Windows Credential Manager,
macOS Keychain, the Secret Service on Linux) under the profile's name. Where the OS offers no
keyring backend, nothing is stored and the app asks for the password each time.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from coordboard import config
from coordboard.errors import DatabaseRefused, ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.text import clean

SQLITE, POSTGRESQL = "sqlite", "postgresql"
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
LOCAL = ""  # the name of the built-in profile: coordboard.sqlite in the data folder
# how long "test connection" waits for a server that does not answer
TEST_TIMEOUT_S = 10
KEYRING_SERVICE = "coordboard"  # database passwords, by profile name
LOGIN_KEYRING_SERVICE = "coordboard-login"  # "remember me": app passwords, by profile/user


@dataclass(frozen=True)
class Profile:
    name: str
    kind: str = SQLITE
    path: str = ""  # SQLite
    host: str = ""  # PostgreSQL
    port: int = 5432
    database: str = ""
    user: str = ""
    sslmode: str = "prefer"

    def url(self, password: str | None = None) -> str:
        """The connection URL; a password given here lives only in memory."""
        if self.kind == SQLITE:
            return f"sqlite:///{Path(self.path).expanduser()}"
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=password,
            host=self.host,
            port=self.port,
            database=self.database,
            query={"sslmode": self.sslmode},
        ).render_as_string(hide_password=False)

    def describe(self) -> str:
        """What the user sees: never a password."""
        if self.kind == SQLITE:
            return str(Path(self.path).expanduser())
        return f"{self.user}@{self.host}:{self.port}/{self.database} (sslmode={self.sslmode})"


def _refuse(message: str, field: str, **params) -> ValidationError:
    return ValidationError(message, field=field, **params)


def validated(profile: Profile) -> Profile:
    p = replace(
        profile,
        name=clean(profile.name),
        path=profile.path.strip(),
        host=clean(profile.host),
        database=clean(profile.database),
        user=clean(profile.user),
    )
    if not p.name:
        raise _refuse(QT_TRANSLATE_NOOP("errors", "Give the connection a name."), "name")
    if p.kind == SQLITE:
        if not p.path:
            raise _refuse(QT_TRANSLATE_NOOP("errors", "Choose the database file."), "path")
        return p
    if p.kind != POSTGRESQL:
        raise _refuse(QT_TRANSLATE_NOOP("errors", "Unknown kind of connection."), "kind")
    if not p.host:
        raise _refuse(QT_TRANSLATE_NOOP("errors", "Enter the server's name or address."), "host")
    if not 1 <= int(p.port) <= 65535:
        raise _refuse(QT_TRANSLATE_NOOP("errors", "The port must be between 1 and 65535."), "port")
    if not p.database:
        raise _refuse(QT_TRANSLATE_NOOP("errors", "Enter the database name."), "database")
    if not p.user:
        raise _refuse(QT_TRANSLATE_NOOP("errors", "Enter the database user."), "user")
    if p.sslmode not in SSL_MODES:
        raise _refuse(
            QT_TRANSLATE_NOOP("errors", "Unknown SSL mode {mode}."), "sslmode", mode=p.sslmode
        )
    return p


def from_url(name: str, url: str) -> Profile:
    """A profile from a PostgreSQL URL or a SQLite path; a URL with a password is refused."""
    if "://" not in url:
        return validated(Profile(name=name, kind=SQLITE, path=url))
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise _refuse(
            QT_TRANSLATE_NOOP("errors", "This is not a database address: {url}"), "url", url=url
        ) from exc
    if parsed.password:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "errors",
                "Remove the password from the address: it is kept in the system's "
                "keyring, never in settings or on the command line.",
            ),
            "url",
        )
    if parsed.get_backend_name() == SQLITE:
        return validated(Profile(name=name, kind=SQLITE, path=parsed.database or ""))
    if parsed.get_backend_name() != POSTGRESQL:
        raise _refuse(
            QT_TRANSLATE_NOOP("errors", "Only SQLite files and PostgreSQL servers are supported."),
            "url",
        )
    return validated(
        Profile(
            name=name,
            kind=POSTGRESQL,
            host=parsed.host or "",
            port=parsed.port or 5432,
            database=parsed.database or "",
            user=parsed.username or "",
            sslmode=str(parsed.query.get("sslmode", "prefer")),
        )
    )


def local_profile() -> Profile:
    """The profile every PC has: the database file in the user data folder."""
    return Profile(name=LOCAL, kind=SQLITE, path=str(config.default_database()))


def same_database(profile: Profile, url: str) -> bool:
    """Whether a profile points at the database an open Database has (`Database.url`)."""
    parsed = make_url(url)
    if profile.kind == SQLITE:
        return (
            parsed.get_backend_name() == SQLITE
            and parsed.database is not None
            and (
                Path(parsed.database).expanduser().resolve()
                == Path(profile.path).expanduser().resolve()
            )
        )
    return (
        parsed.get_backend_name() == POSTGRESQL
        and parsed.host == profile.host
        and (parsed.port or 5432) == profile.port
        and parsed.database == profile.database
        and parsed.username == profile.user
    )


# --- the profiles file ------------------------------------------------------------------------


def profiles_file() -> Path:
    return config.data_dir() / "profiles.json"


def load_profiles() -> list[Profile]:
    path = profiles_file()
    if not path.exists():
        return []
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
        return [Profile(**row) for row in rows]
    except (ValueError, TypeError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The connection settings file {path} is damaged: {detail}"),
            path=str(path),
            detail=str(exc),
        ) from exc


def _write(profiles: list[Profile]) -> None:
    path = profiles_file()
    data = json.dumps([asdict(p) for p in profiles], ensure_ascii=False, indent=1)
    handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=".profiles-", suffix=".json")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(data)
    os.replace(tmp, path)


def save_profile(profile: Profile, *, replace_name: str | None = None) -> Profile:
    """Add a profile or replace the one named `replace_name` (a rename moves its password)."""
    profile = validated(profile)
    profiles = load_profiles()
    others = [p for p in profiles if p.name not in (profile.name, replace_name)]
    if replace_name != profile.name and any(p.name == profile.name for p in profiles):
        raise _refuse(
            QT_TRANSLATE_NOOP("errors", "A connection named {name} already exists."),
            "name",
            name=profile.name,
        )
    _write([*others, profile])
    if replace_name and replace_name != profile.name:
        password = stored_password(replace_name)
        forget_password(replace_name)
        if password is not None:
            store_password(profile.name, password)
    return profile


def all_profiles() -> list[Profile]:
    """The built-in local profile first, then the saved ones."""
    return [local_profile(), *load_profiles()]


def delete_profile(name: str) -> None:
    _write([p for p in load_profiles() if p.name != name])
    forget_password(name)


# --- the keyring --------------------------------------------------------------------------------


def keyring_available() -> bool:
    """Whether the OS offers somewhere safe to keep a password."""
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 1) > 0


def store_password(profile_name: str, password: str) -> bool:
    """Keep the database password of a profile; False where there is no keyring (ask each
    time instead)."""
    if not keyring_available():
        return False
    import keyring

    keyring.set_password(KEYRING_SERVICE, profile_name, password)
    return True


def stored_password(profile_name: str) -> str | None:
    if not keyring_available():
        return None
    import keyring

    return keyring.get_password(KEYRING_SERVICE, profile_name)


def forget_password(profile_name: str) -> None:
    if not keyring_available():
        return
    import keyring
    from keyring.errors import PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError):
        keyring.delete_password(KEYRING_SERVICE, profile_name)


def remember_login(profile_name: str, username: str, password: str) -> bool:
    """ "Remember me" for the app's own sign-in: in the keyring only, or not at all."""
    if not keyring_available():
        return False
    import keyring

    keyring.set_password(LOGIN_KEYRING_SERVICE, f"{profile_name}/{username}", password)
    return True


def remembered_login(profile_name: str, username: str) -> str | None:
    if not keyring_available():
        return None
    import keyring

    return keyring.get_password(LOGIN_KEYRING_SERVICE, f"{profile_name}/{username}")


def forget_login(profile_name: str, username: str) -> None:
    if not keyring_available():
        return
    import keyring
    from keyring.errors import PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError):
        keyring.delete_password(LOGIN_KEYRING_SERVICE, f"{profile_name}/{username}")


# --- connecting -------------------------------------------------------------------------------


def password_refused(exc: BaseException) -> bool:
    """Whether opening failed because the server wants a (different) password."""
    from coordboard.db import PASSWORD_REFUSED

    return isinstance(exc, DatabaseRefused) and exc.message == PASSWORD_REFUSED


def open_profile(profile: Profile, password: str | None = None):
    """Open (creating or migrating a local file as needed) the profile's database."""
    from coordboard.db import open_database

    return open_database(profile.url(password))


@dataclass(frozen=True)
class ConnectionCheck:
    """What "test connection" found: the state of the database (see db.classify: "current",
    "older", "empty"; "new_file" for a SQLite file that does not exist yet), its schema
    revision, the server's version and how long it took."""

    state: str
    revision: str | None
    server: str
    milliseconds: int


def check_connection(
    profile: Profile, password: str | None = None, timeout: int = TEST_TIMEOUT_S
) -> ConnectionCheck:
    """Connect, look, and change nothing. Raises DatabaseRefused with one message per cause:
    unknown host, closed port, no answer, wrong password, no such database, SSL asked for
    but not offered, a database of another program or of a newer coordboard."""
    from coordboard import db as dbmod

    profile = validated(profile)
    started = time.perf_counter()
    where = profile.describe()
    if profile.kind == SQLITE:
        path = Path(profile.path).expanduser()
        if not path.exists():
            return ConnectionCheck("new_file", None, "SQLite", 0)
        dbmod.check_sqlite_file(path)
        url = profile.url()
    else:
        parsed = make_url(profile.url(password))
        if "connect_timeout" not in parsed.query:
            parsed = parsed.update_query_dict({"connect_timeout": str(timeout)})
        url = parsed.render_as_string(hide_password=False)
    engine = dbmod.probe_engine(url)
    try:
        state = dbmod.classify(engine, where)
        with engine.connect() as conn:
            if profile.kind == SQLITE:
                server = "SQLite " + conn.exec_driver_sql("SELECT sqlite_version()").scalar()
            else:
                server = "PostgreSQL " + conn.exec_driver_sql("SHOW server_version").scalar()
        revision = dbmod.current_revision(engine) if state != "empty" else None
    finally:
        engine.dispose()
    return ConnectionCheck(
        state, revision, server.split(" (")[0], round((time.perf_counter() - started) * 1000)
    )
