"""Showing failures to the user: domain errors in their words, anything else briefly."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from coordboard.errors import DomainError


def message_for(exc: BaseException) -> str:
    if isinstance(exc, DomainError):
        return exc.translated()
    return QCoreApplication.translate("errors", "Unexpected error: {detail}").format(
        detail=str(exc) or type(exc).__name__
    )


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("errors", "Not done"), message_for(exc))
