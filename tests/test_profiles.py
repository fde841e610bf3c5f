"""Connection profiles: no password in the settings file, the keyring or nothing."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from coordboard import profiles
from coordboard.errors import ValidationError
from coordboard.profiles import POSTGRESQL, Profile


class MemoryKeyring(KeyringBackend):
    """An in-memory keyring, as the OS would offer one."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def get_password(self, service, username):
        return self.store.get((service, username))

    def delete_password(self, service, username):
        from keyring.errors import PasswordDeleteError

        if (service, username) not in self.store:
            raise PasswordDeleteError(username)
        del self.store[(service, username)]


@pytest.fixture
def memory_keyring(tmp_path, monkeypatch):
    monkeypatch.setenv("COORDBOARD_DATA_DIR", str(tmp_path))
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring(tmp_path, monkeypatch):
    monkeypatch.setenv("COORDBOARD_DATA_DIR", str(tmp_path))
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


SERVER = Profile(
    name="Máy chủ Sở Y tế",
    kind=POSTGRESQL,
    host="10.0.0.5",
    port=5432,
    database="coordboard",
    user="thuky",
    sslmode="require",
)


def test_the_password_goes_to_the_keyring_never_to_the_settings_file(memory_keyring):
    profiles.save_profile(SERVER)
    assert profiles.store_password(SERVER.name, "Mật-khẩu-máy-chủ")
    text = profiles.profiles_file().read_text(encoding="utf-8")
    assert "Mật-khẩu-máy-chủ" not in text and "Máy chủ Sở Y tế" in text
    assert memory_keyring.store == {("coordboard", "Máy chủ Sở Y tế"): "Mật-khẩu-máy-chủ"}
    (loaded,) = profiles.load_profiles()
    assert loaded == SERVER
    assert profiles.stored_password(SERVER.name) == "Mật-khẩu-máy-chủ"
    url = loaded.url(profiles.stored_password(SERVER.name))
    assert url.startswith("postgresql+psycopg://thuky:") and "sslmode=require" in url
    assert "Mật" not in loaded.describe() and "10.0.0.5:5432/coordboard" in loaded.describe()


def test_renaming_moves_the_password_and_deleting_forgets_it(memory_keyring):
    profiles.save_profile(SERVER)
    profiles.store_password(SERVER.name, "bí-mật")
    renamed = profiles.save_profile(
        Profile(**{**SERVER.__dict__, "name": "Máy chủ"}), replace_name=SERVER.name
    )
    assert [p.name for p in profiles.load_profiles()] == ["Máy chủ"]
    assert profiles.stored_password("Máy chủ") == "bí-mật"
    assert profiles.stored_password(SERVER.name) is None
    profiles.delete_profile(renamed.name)
    assert profiles.load_profiles() == [] and memory_keyring.store == {}


def test_without_a_keyring_nothing_is_stored_and_the_app_must_ask(no_keyring):
    assert profiles.keyring_available() is False
    profiles.save_profile(SERVER)
    assert profiles.store_password(SERVER.name, "bí-mật") is False
    assert profiles.stored_password(SERVER.name) is None
    assert profiles.remember_login(SERVER.name, "thuky", "demo1234") is False
    assert "bí-mật" not in profiles.profiles_file().read_text(encoding="utf-8")


def test_remember_me_keeps_the_app_password_in_the_keyring_only(memory_keyring):
    assert profiles.remember_login("Máy chủ", "thuky", "demo1234")
    assert profiles.remembered_login("Máy chủ", "thuky") == "demo1234"
    assert not profiles.profiles_file().exists()


def test_a_url_with_a_password_is_refused():
    with pytest.raises(ValidationError) as exc:
        profiles.from_url("x", "postgresql://thuky:secret@db.local/coordboard")
    assert "keyring" in str(exc.value)
    profile = profiles.from_url("x", "postgresql://thuky@db.local:6543/coordboard?sslmode=require")
    assert (profile.host, profile.port, profile.user, profile.sslmode) == (
        "db.local",
        6543,
        "thuky",
        "require",
    )


@pytest.mark.parametrize(
    "change, field",
    [
        ({"name": " "}, "name"),
        ({"host": ""}, "host"),
        ({"port": 70000}, "port"),
        ({"database": ""}, "database"),
        ({"user": ""}, "user"),
        ({"sslmode": "always"}, "sslmode"),
    ],
)
def test_bad_profiles_are_refused_and_nothing_written(memory_keyring, change, field):
    with pytest.raises(ValidationError) as exc:
        profiles.save_profile(Profile(**{**SERVER.__dict__, **change}))
    assert exc.value.field == field
    assert not profiles.profiles_file().exists()


def test_a_duplicate_name_is_refused(memory_keyring):
    profiles.save_profile(SERVER)
    with pytest.raises(ValidationError) as exc:
        profiles.save_profile(Profile(name=SERVER.name, kind="sqlite", path="/tmp/x.sqlite"))
    assert exc.value.field == "name"


def test_a_damaged_settings_file_gives_a_clear_error(memory_keyring):
    profiles.profiles_file().write_text("{not json", encoding="utf-8")
    with pytest.raises(ValidationError) as exc:
        profiles.load_profiles()
    assert "profiles.json" in str(exc.value)
