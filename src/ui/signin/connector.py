"""Reaching a profile's database from the GUI: in a worker, asking for the server's password
when the server wants one, and which profile this PC starts with.

The password comes from the OS keyring when one is kept there. Otherwise the first attempt goes
without one (a server that trusts this PC, or a .pgpass file, needs none); when the server
refuses, PasswordDialog asks, and a password typed there is kept in the keyring only when the
user ticks the box and the server accepted it. Passwords are never written anywhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from coordboard import profiles
from coordboard.profiles import POSTGRESQL, Profile
from coordboard.ui import local_settings, operations
from coordboard.ui.common.errors import message_for

_SWITCH_PROPERTY = "coordboard_switch_to"


def start_profile_name() -> str:
    return local_settings.START_PROFILE.get() or profiles.LOCAL


def set_start_profile(name: str) -> None:
    local_settings.START_PROFILE.set(name)


def request_switch(name: str) -> None:
    """Close the main window and return to sign-in with another profile (app.run)."""
    set_start_profile(name)
    app = QApplication.instance()
    app.setProperty(_SWITCH_PROPERTY, name)
    for window in app.topLevelWidgets():
        if window.isVisible():
            window.close()


def take_switch_request() -> str | None:
    app = QCoreApplication.instance()
    name = app.property(_SWITCH_PROPERTY) if app is not None else None
    if name is None:
        return None
    app.setProperty(_SWITCH_PROPERTY, None)
    return str(name)


def display_name(profile: Profile) -> str:
    if profile.name == profiles.LOCAL:
        return QCoreApplication.translate("connections", "This PC (local file)")
    return profile.name


class Connector(QObject):
    """Runs `operation(profile, password)` on a worker: opening the database, or testing the
    connection. The keyring is read and written on workers too: a locked keyring may wait for
    the user to unlock it.

    Signals: `done(object)` with the operation's result; `failed(str)` with the message to show.
    A newer start() makes the results of older ones stale: a Database arriving late is closed,
    and so is one arriving after the connector (its dialog) is gone; which is why this keeps
    its own count rather than a query key or owner (whose dropped answers would stay open).
    """

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.widget = parent
        self._generation = 0

    def start(self, profile: Profile, operation: Callable[[Profile, str | None], Any]) -> None:
        self._generation += 1
        if profile.kind != POSTGRESQL:
            self._attempt(profile, operation, None, "none", False)
            return
        generation = self._generation

        def kept(password: str | None) -> None:
            if generation == self._generation:
                source = "keyring" if password else "none"
                self._attempt(profile, operation, password, source, False)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.failed.emit(message_for(exc))

        operations.query(self, lambda: profiles.stored_password(profile.name), kept, failed)

    def _attempt(
        self, profile: Profile, operation, password: str | None, source: str, remember: bool
    ) -> None:
        generation = self._generation

        def work() -> Any:
            result = operation(profile, password)
            if remember and password:
                try:
                    profiles.store_password(profile.name, password)
                except BaseException:
                    if hasattr(result, "dispose"):
                        result.dispose()
                    raise
            return result

        def done(result) -> None:
            if not shiboken6.isValid(self) or generation != self._generation:
                if hasattr(result, "dispose"):
                    result.dispose()
                return
            self.done.emit(result)

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self) or generation != self._generation:
                return
            if profile.kind == POSTGRESQL and profiles.password_refused(exc):
                note = {
                    "none": "",
                    "keyring": self.tr(
                        "The password kept on this PC was refused; the "
                        "server's password may have changed."
                    ),
                }.get(source, message_for(exc))
                answer = self.ask_password(profile, note)
                if answer is not None:
                    self._attempt(profile, operation, answer[0], "typed", answer[1])
                    return
                self.failed.emit(self.tr("Not connected: no password was given."))
                return
            self.failed.emit(message_for(exc))

        # owned by the application, not by this connector: a Database that finishes opening
        # after the dialog closed still reaches `done`, which closes it
        operations.query(QCoreApplication.instance(), work, done, failed)

    def ask_password(self, profile: Profile, note: str) -> tuple[str, bool] | None:
        """(password, keep it in the keyring) or None when the user cancels."""
        from coordboard.ui.signin.password_dialog import PasswordDialog

        dialog = PasswordDialog(profile, note, self.widget)
        if not dialog.exec():
            return None
        return dialog.password.text(), dialog.remember.isChecked()
