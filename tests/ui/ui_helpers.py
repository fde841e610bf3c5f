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


def sign_in_and_wait(qtbot, login, timeout: int = 10_000) -> None:
    """Press Sign in in a LoginDialog and wait until the attempt, which runs on a worker, is
    settled (signed in, or refused)."""
    with qtbot.waitSignal(login.sign_in_finished, timeout=timeout):
        login.sign_in_button.click()


def when_modal(kind, action, timeout: float = 15) -> None:
    """Run `action(dialog)` on the event loop as soon as a modal dialog of `kind` is open: a
    page may read on a worker before it opens a dialog. If `action` fails, the dialog is
    closed so that its exec() returns and the test fails instead of hanging."""
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            try:
                action(dialog)
            except BaseException:
                dialog.reject()
                raise
        elif time.monotonic() < deadline:
            QTimer.singleShot(20, poll)
        else:
            raise AssertionError(f"no {kind.__name__} opened")

    QTimer.singleShot(0, poll)
