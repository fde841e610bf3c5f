"""Helpers shared by the GUI tests."""

from __future__ import annotations

from coordboard.services import auth


def context_for_actor(database, actor):
    """The AppContext the sign-in would build, read here on the test's thread."""
    from coordboard.services import catalogue
    from coordboard.ui.context import AppContext

    return AppContext(database, actor, catalogue.load_catalogue(database, actor))


def context_for(database, username: str):
    return context_for_actor(database, auth.actor_for(database, username))


def type_text(widget, text: str) -> None:
    """Type text as an input method would: QtTest.keyClicks cannot send non-ASCII characters
    (Qt asserts in qasciikey.cpp), and Vietnamese names are rarely ASCII."""
    widget.setFocus()
    widget.insert(text)


def save_and_wait(qtbot, dialog, timeout: int = 10_000) -> None:
    """Press Save in a FormDialog and wait until the save, which runs on a worker, is settled
    (saved, refused, or a conflict shown and answered)."""
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.saving, timeout=timeout)
