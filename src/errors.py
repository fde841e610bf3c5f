"""Domain failures with a user-facing message.

The message is an English source string marked with QT_TRANSLATE_NOOP in the "errors"
context; `{name}` placeholders are filled from `params` after translation (see i18n).
"""

from __future__ import annotations

from typing import Any

from coordboard.i18n import tr_message

CONTEXT = "errors"


class DomainError(Exception):
    """Base class: something the user can understand and fix."""

    def __init__(self, message: str, *, field: str | None = None, **params: Any) -> None:
        super().__init__(message.format(**params) if params else message)
        self.message = message
        self.params = params
        self.field = field

    def translated(self) -> str:
        return tr_message(CONTEXT, self.message, self.params)


class ValidationError(DomainError):
    """Input that breaks a rule; `field` names the offending form field when there is one."""


class PermissionDenied(DomainError):
    pass


class NotFound(DomainError):
    pass


class ConflictError(DomainError):
    """The row changed since the user loaded it (optimistic locking)."""


class AuthenticationError(DomainError):
    pass


class DatabaseRefused(DomainError):
    """The file or server is not a usable coordboard database; nothing was changed."""
