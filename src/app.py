"""The only place that builds the QApplication: translator, settings, login, main window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from coordboard import config, i18n
from coordboard import db as dbmod
from coordboard.errors import DomainError, NotFound
from coordboard.i18n import QT_TRANSLATE_NOOP, tr_message
from coordboard.services import auth
from coordboard.ui import operations
from coordboard.ui.context import AppContext
from coordboard.ui.main_thread_gc import MainThreadGarbageCollector
from coordboard.ui.workers import wait_for_tasks

T = TypeVar("T")


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(config.APP_AUTHOR)
    app.setApplicationName(config.APP_NAME)
    # Per-PC settings (geometry, columns) live beside the data, in an INI file.
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(config.data_dir()))
    if i18n.language() == "en" and i18n.translator() is None:
        i18n.load()
    install_translators(app)
    if getattr(app, "_coordboard_gc", None) is None:
        app._coordboard_gc = MainThreadGarbageCollector(app)
        app._coordboard_gc.start()
    if i18n.language() == "vi":  # calendars, month names, number formats
        QLocale.setDefault(QLocale(QLocale.Vietnamese, QLocale.Vietnam))
    return app


def install_translators(app: QCoreApplication) -> None:
    if getattr(app, "_coordboard_translators", None):
        return
    installed = []
    ours = i18n.translator()
    if ours is not None:
        app.installTranslator(ours)
        installed.append(ours)
        qt_own = QTranslator(app)  # Qt's standard dialogs and buttons
        if qt_own.load(
            f"qtbase_{i18n.language()}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)
        ):
            app.installTranslator(qt_own)
            installed.append(qt_own)
    app._coordboard_translators = installed  # keep them alive


def describe(database: dbmod.Database) -> str:
    from coordboard.ui.signin.login_dialog import describe as where

    return where(database)


def open_or_explain(target: str | None) -> dbmod.Database | None:
    """Open --db's database; a PostgreSQL server that wants a password the URL does not give
    (and PGPASSWORD or .pgpass do not either) gets it asked for, not kept anywhere."""
    password, note = None, ""
    while True:
        url = _with_password(target, password)
        try:
            return dbmod.open_database(url)
        except DomainError as exc:
            from coordboard import profiles

            if profiles.password_refused(exc) and _asks_for_password(target):
                password = _ask_password(target, note)
                if password is not None:
                    note = exc.translated()
                    continue
            QMessageBox.critical(
                None,
                QCoreApplication.translate("app", "Cannot open the database"),
                exc.translated(),
            )
            return None


def _asks_for_password(target: str | None) -> bool:
    from sqlalchemy.engine import make_url

    return target is not None and "://" in target and make_url(target).password is None


def _with_password(target: str | None, password: str | None) -> str | None:
    if password is None:
        return target
    from sqlalchemy.engine import make_url

    return dbmod.to_url(
        make_url(target).set(password=password).render_as_string(hide_password=False)
    )


def _ask_password(target: str, note: str) -> str | None:
    from sqlalchemy.engine import make_url

    from coordboard.profiles import POSTGRESQL, Profile
    from coordboard.ui.signin.password_dialog import PasswordDialog

    url = make_url(target)
    dialog = PasswordDialog(
        Profile(
            name="",
            kind=POSTGRESQL,
            host=url.host or "localhost",
            port=url.port or 5432,
            database=url.database or "",
            user=url.username or "",
        ),
        note,
        keep=False,
    )
    return dialog.password.text() if dialog.exec() == QDialog.Accepted else None


def run(db_target: str | None) -> int:
    """Sign-in, then the main window, until it is closed. "Switch now" in Settings → Database
    closes the window and comes back here, to sign in on the chosen connection."""
    from coordboard.ui.signin.connector import take_switch_request

    app = create_application()
    start_with = None
    while True:
        code = _session(app, db_target, start_with)
        start_with = take_switch_request()
        if start_with is None:
            return code
        db_target = None  # from now on through the connection profiles


def _login_dialog(db_target: str | None, start_with: str | None):
    """--db opens that database as before; otherwise the sign-in dialog offers this PC's
    connection profiles and opens the chosen one (the last one used, or the local file)."""
    from coordboard import profiles
    from coordboard.ui.signin.connector import start_profile_name
    from coordboard.ui.signin.login_dialog import LoginDialog

    if db_target is not None:
        database = open_or_explain(db_target)
        if database is None:
            return None, 1
        # on an empty database the dialog first asks for the administrator (quitting there
        # quits the app)
        return LoginDialog(database, describe(database), prepare=prepare_session), 0
    try:
        choices = profiles.all_profiles()
    except DomainError as exc:  # a damaged profiles file: say so, offer the local file
        QMessageBox.warning(
            None, QCoreApplication.translate("app", "Connections"), exc.translated()
        )
        choices = [profiles.local_profile()]
    name = start_with if start_with is not None else start_profile_name()
    return LoginDialog(None, "", choices=choices, current=name, prepare=prepare_session), 0


def prepare_session(database: dbmod.Database) -> str | None:
    """On the sign-in's worker, once the password was accepted: the day's backup of a SQLite
    file, and the warning to show when that file lives on a network share (both reach the
    file system, which may be slow there)."""
    warning = network_share_warning(database)
    dbmod.daily_backup(database)
    return warning


def _session(app: QApplication, db_target: str | None, start_with: str | None) -> int:
    from coordboard.ui.main_window import MainWindow

    login, code = _login_dialog(db_target, start_with)
    if login is None:
        return code
    try:
        if login.exec() != QDialog.Accepted or login.actor is None or login.db is None:
            return 0
        database = login.db
        warning = login.prepared  # prepare_session's, run on the sign-in's worker
        if warning:
            QMessageBox.warning(
                None, QCoreApplication.translate("app", "Database on a network share"), warning
            )
        window = MainWindow(login.context, describe(database))
        window.show()
        code = app.exec()
        wait_for_tasks()
        return code
    finally:
        wait_for_tasks()
        if login.db is not None:
            login.db.dispose()


def network_share_warning(database: dbmod.Database) -> str | None:
    """The explanation shown before working on a SQLite file that lives on a network share."""
    if database.path is None or not dbmod.is_network_location(database.path):
        return None
    return tr_message("errors", dbmod.NETWORK_SHARE_WARNING, {"path": str(database.path)})


def settle(app: QCoreApplication, rounds: int = 30) -> None:
    """Let queued worker results arrive and be painted (screenshots, tests)."""
    for _ in range(rounds):
        wait_for_tasks()
        app.processEvents()


def read_on_a_worker(app: QCoreApplication, fn: Callable[[], T]) -> T:
    """`fn()` on a worker, waited for: the screenshot command has no window to keep
    responsive, but the ui's rule holds there too (no database call on the GUI thread)."""
    answer: dict[str, Any] = {}
    operations.query(app, fn, lambda r: answer.update(result=r), lambda e: answer.update(error=e))
    while not answer:
        settle(app, 1)
    if "error" in answer:
        raise answer["error"]
    return answer["result"]


def screenshot(
    db_target: str, page: str, out: Path, size: tuple[int, int], username: str | None = None
) -> Path:
    from coordboard.ui.main_window import MainWindow

    app = create_application()
    database = dbmod.open_database(db_target)
    try:

        def signed_in() -> AppContext:
            actor = auth.actor_for(database, username) if username else auth.first_admin(database)
            if actor is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("errors", "The database has no administrator account.")
                )
            return AppContext.load(database, actor)

        window = MainWindow(read_on_a_worker(app, signed_in), describe(database))
        window.resize(*size)
        window.show()
        settle(app)
        window.show_page(page)
        settle(app)
        out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(out)):
            raise DomainError(
                QT_TRANSLATE_NOOP("errors", "Cannot write to {path}: {detail}"),
                path=str(out),
                detail="PNG",
            )
        window.close()
        settle(app, 3)
        return out
    finally:
        database.dispose()
