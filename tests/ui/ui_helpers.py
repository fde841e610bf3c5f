"""Helpers shared by the GUI tests."""

from __future__ import annotations

import time

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


def answer_modals(qtbot, *handlers, timeout: float = 15) -> list:
    """Answer the next modal dialogs, in order, as they open: `handler(dialog)` fills one in (a
    page may read on a worker before it opens a dialog). Returns the dialogs seen (check it
    after the action that opens them).

    A check that fails inside a handler closes its dialog, so that the exec() waiting on it
    returns, and the failure is raised (pytest-qt fails the test with it) instead of the test
    hanging until pytest-timeout. A handler whose dialog does not open within `timeout`
    seconds fails the test too. The polling ends with the test."""
    from PySide6.QtWidgets import QWidget

    poller = _ModalPoller(list(handlers), None, timeout)
    poller.guard = QWidget()  # closed by qtbot when the test ends: no polling into the next test
    qtbot.addWidget(poller.guard, before_close_func=lambda _guard: poller.stop())
    poller.start()
    return poller.seen


def when_modal(kind, action, timeout: float = 15) -> None:
    """Run `action(dialog)` on the event loop as soon as a modal dialog of `kind` is open: a
    page may read on a worker before it opens a dialog. If `action` fails, the dialog is
    closed so that its exec() returns and the test fails instead of hanging."""
    _ModalPoller([action], kind, timeout).start()


class _ModalPoller:
    """Polls the event loop for the modal dialogs `handlers` answer, in order (only dialogs of
    `kind`, when given)."""

    def __init__(self, handlers: list, kind, timeout: float) -> None:
        self.handlers, self.kind, self.timeout = handlers, kind, timeout
        self.seen: list = []
        self.stopped = False
        self.deadline = 0.0
        self.guard = None  # qtbot holds it weakly: kept alive while polling

    def start(self) -> None:
        from PySide6.QtCore import QTimer

        self.deadline = time.monotonic() + self.timeout
        QTimer.singleShot(0, lambda: self.poll())  # Qt would hold a bound method weakly

    def stop(self) -> None:
        self.stopped = True

    def poll(self) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        if self.stopped or not self.handlers:
            return
        dialog = QApplication.activeModalWidget()
        wanted = dialog is not None if self.kind is None else isinstance(dialog, self.kind)
        if wanted and all(dialog is not w for w in self.seen):
            self.seen.append(dialog)
            handler = self.handlers.pop(0)
            try:
                handler(dialog)
            except BaseException:
                close_modal(dialog)
                self.stopped = True
                raise
            self.deadline = time.monotonic() + self.timeout
        elif time.monotonic() >= self.deadline:
            self.stopped = True
            what = "modal dialog" if self.kind is None else self.kind.__name__
            raise AssertionError(f"no {what} opened within {self.timeout} s")
        if self.handlers:
            QTimer.singleShot(10 if self.kind is None else 20, lambda: self.poll())


def close_modal(dialog) -> None:
    """Close a modal dialog whatever it is doing, so that the exec() waiting on it returns (a
    FormDialog ignores reject() while it saves)."""
    from PySide6.QtWidgets import QDialog

    if isinstance(dialog, QDialog):
        QDialog.done(dialog, QDialog.DialogCode.Rejected)
    else:
        dialog.close()
