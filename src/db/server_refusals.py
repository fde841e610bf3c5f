"""Why a PostgreSQL server could not be used: one message per cause, in the user's words.

psycopg has a SQLSTATE only for errors that come with a result; a refused login, an unknown
host or a closed port have none, so libpq's English words are looked at too. A server set to
another message language falls back to the general "Cannot connect" message (inspection.py),
which still shows the server's own words.
"""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from coordboard.db.engine import first_line
from coordboard.errors import DatabaseRefused
from coordboard.i18n import QT_TRANSLATE_NOOP

PASSWORD_REFUSED = QT_TRANSLATE_NOOP(
    "errors", "The database server {host}:{port} refused the password of user {user}."
)

_UNKNOWN_HOST = (
    "could not translate host name",
    "Name or service not known",
    "nodename nor servname",
    "No such host is known",
    "Temporary failure in name resolution",
)
_NO_ANSWER = ("timeout expired", "timed out", "No route to host", "Network is unreachable")


def refuse_server_login(engine: Engine, exc: OperationalError) -> None:
    """Raise DatabaseRefused with a distinct message when the cause is known (the server
    answered but said no, or could not be reached for a recognisable reason); return
    otherwise."""
    orig = getattr(exc, "orig", None)
    sqlstate = getattr(orig, "sqlstate", None)
    detail = first_line(exc)
    words = str(orig or exc)
    url = engine.url
    params = {
        "host": url.host or "localhost",
        "port": str(url.port or 5432),
        "user": url.username or "",
        "database": url.database or "",
    }
    if (
        sqlstate == "28P01"
        or "password authentication failed" in words
        or "no password supplied" in words
    ):
        raise DatabaseRefused(PASSWORD_REFUSED, **params) from exc
    if any(text in words for text in _UNKNOWN_HOST):
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "errors",
                "Cannot connect to the database server {host}: no computer of that name "
                "is known on the network. Check the spelling, or use the server's IP "
                "address.",
            ),
            **params,
        ) from exc
    if "Connection refused" in words:
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "errors",
                "Cannot connect to the database server {host}:{port}: the computer "
                "answers, but nothing listens on port {port}. Check the port number, and "
                "that PostgreSQL is running there and accepts connections from the "
                "network.",
            ),
            **params,
        ) from exc
    if any(text in words for text in _NO_ANSWER):
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "errors",
                "Cannot connect to the database server {host}:{port}: it does not answer. "
                "Check the address, that the server's PC is on, and that no firewall "
                "blocks port {port}.",
            ),
            **params,
        ) from exc
    if sqlstate == "3D000" or (f'database "{url.database}" does not exist' in words):
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "errors", "There is no database {database} on the server {host}:{port}."
            ),
            **params,
        ) from exc
    if "does not support SSL" in words or "SSL was required" in words:
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "errors",
                "The connection asks for SSL (sslmode={mode}) but the database server "
                "{host}:{port} does not offer it: ask its administrator to turn SSL on, or "
                "choose a weaker SSL mode for a server on a trusted office network.",
            ),
            mode=str(url.query.get("sslmode", "")),
            **params,
        ) from exc
    if (
        sqlstate == "28000"
        or f'role "{url.username}" does not exist' in words
        or "no pg_hba.conf entry" in words
    ):
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database server {host}:{port} does not let user {user} in "
                "(no such user, or not allowed from this PC): {detail}",
            ),
            detail=detail,
            **params,
        ) from exc
