"""The base of every editing dialog: an error banner, the form, Save / Cancel.

`attempt(action)` runs the service call; a refusal (DomainError) is shown in the banner, the
offending field is outlined, and the dialog stays open with everything the user typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from coordboard.services.errors import DomainError
from coordboard.ui.errors import message_for
from coordboard.ui.widgets.common import ErrorBanner, mark_invalid


class FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None, min_width: int = 600) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(min_width)
        self.banner = ErrorBanner(self)
        self.body = QVBoxLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(self.body)
        layout.addWidget(self.buttons)
        self.fields: dict[str, QWidget] = {}  # service field name -> widget to outline
        self.saved: Any = None  # what the service returned

    def save(self) -> None:
        raise NotImplementedError

    def attempt(self, action: Callable[[], Any]) -> None:
        for widget in self.fields.values():
            mark_invalid(widget, False)
        try:
            self.saved = action()
        except DomainError as exc:
            self.banner.show_message(message_for(exc))
            mark_invalid(self.fields.get(exc.field or ""), True)
            return
        except Exception as exc:  # noqa: BLE001 - a locked file, a lost server: say so, keep input
            self.banner.show_message(message_for(exc))
            return
        self.accept()
