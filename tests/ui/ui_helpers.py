"""Helpers shared by the GUI tests."""

from __future__ import annotations

from coordboard.services import auth


def context_for(database, username: str):
    from coordboard.ui.context import AppContext

    return AppContext(database, auth.actor_for(database, username))


def type_text(widget, text: str) -> None:
    """Type text as an input method would: QtTest.keyClicks cannot send non-ASCII characters
    (Qt asserts in qasciikey.cpp), and Vietnamese names are rarely ASCII."""
    widget.setFocus()
    widget.insert(text)
