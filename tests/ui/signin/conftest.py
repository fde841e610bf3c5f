"""Fixtures of the sign-in tests: the keyring is reached from ui code only on a worker."""

from __future__ import annotations

import threading
import traceback
from pathlib import Path

import keyring
import pytest

UI_SOURCES = str(Path(__import__("coordboard.ui").ui.__file__).resolve().parent)


@pytest.fixture(autouse=True)
def no_keyring_call_on_the_gui_thread(monkeypatch):
    """A locked keyring may wait for the user to unlock it, and a broken one raises: the ui
    reads and writes it only through ui/operations.py, on a worker. A password read, written or
    deleted on the GUI thread by code of the ui package fails the test (tests may call the
    keyring themselves: only a call made from ui code counts)."""
    found: list[str] = []

    def guarded(name: str):
        real = getattr(keyring, name)

        def call(*args, **kwargs):
            if threading.current_thread() is threading.main_thread():
                frames = [
                    f"{frame.filename}:{frame.lineno} {frame.name}"
                    for frame in traceback.extract_stack()
                    if str(Path(frame.filename).resolve()).startswith(UI_SOURCES)
                ]
                if frames:
                    found.append(f"{name} from {frames[-1]}")
            return real(*args, **kwargs)

        return call

    for name in ("get_password", "set_password", "delete_password", "get_credential"):
        monkeypatch.setattr(keyring, name, guarded(name))
    yield
    assert found == [], "keyring reached from the GUI thread by ui code: " + "; ".join(found)
