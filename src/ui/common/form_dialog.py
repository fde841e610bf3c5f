"""The base of every editing dialog: an error banner, the form, Save / Cancel.

`attempt(action, changes)` runs the service call on a worker (ui.operations.save): while it
runs the dialog says it is saving, Save and Cancel are disabled and a second Save does nothing;
the window stays responsive even when the database server stopped answering. A refusal
(DomainError) is shown in the banner, the offending field is outlined, and the dialog stays open
with everything the user typed. A lost database server is one such refusal (db.ConnectionLost):
the user saves again once it is back. On success the open pages hear what changed and the
dialog closes.

Optimistic locking: a form that edits an existing row carries the version it was loaded with.
When someone else saved the row meanwhile, the service refuses (ConflictError) and the form
shows both versions field by field (ConflictDialog): the user reloads the row as it now is, or
saves their own changes again on top of the new version. Nothing is overwritten silently: only
the fields the user changed in this form are re-applied, every other field keeps the other
person's value. A dialog takes part by implementing the "conflict hooks" below.

Signals: `save_finished(bool)` once an attempt is settled (True: saved, the dialog closes).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from coordboard.errors import ConflictError, DomainError
from coordboard.text import clean_text
from coordboard.ui import operations
from coordboard.ui.common.errors import message_for
from coordboard.ui.common.widgets import ErrorBanner, format_date, mark_invalid


@dataclass(frozen=True)
class FieldComparison:
    """One field as this form loaded it, as it is now in the database, and as typed here."""

    name: str
    label: str
    loaded: Any
    theirs: Any
    yours: Any

    @property
    def they_changed(self) -> bool:
        return not same(self.loaded, self.theirs)

    @property
    def you_changed(self) -> bool:
        return not same(self.loaded, self.yours)

    @property
    def differs(self) -> bool:
        return not same(self.theirs, self.yours)

    @property
    def merged(self) -> Any:
        """What "save my changes again" stores: yours where you changed it, else theirs."""
        return self.yours if self.you_changed else self.theirs


def same(a: Any, b: Any) -> bool:
    """Equal as the service would store them (typed text is tidied on save; a set of agencies
    has no order)."""
    if isinstance(a, str) and isinstance(b, str):
        return clean_text(a) == clean_text(b)
    if isinstance(a, (tuple, list, set, frozenset)) and isinstance(
        b, (tuple, list, set, frozenset)
    ):
        return sorted(a, key=repr) == sorted(b, key=repr)
    if a in ("", None) and b in ("", None):
        return True
    return a == b


def compare(
    labels: dict[str, str], loaded: dict[str, Any], theirs: dict[str, Any], yours: dict[str, Any]
) -> list[FieldComparison]:
    """Every labelled field, in the labels' order."""
    return [
        FieldComparison(name, label, loaded.get(name), theirs.get(name), yours.get(name))
        for name, label in labels.items()
    ]


def combo_names(combo: QComboBox) -> dict[Any, str]:
    """The labels a combo shows, by item data (ids, status keys)."""
    return {
        combo.itemData(i): combo.itemText(i).strip()
        for i in range(combo.count())
        if combo.itemData(i) is not None
    }


class FormDialog(QDialog):
    RELOAD, REAPPLY = "reload", "reapply"
    save_finished = Signal(bool)

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
        self.labels: dict[str, str] = {}  # compared field -> label, for conflicts
        self.value_names: dict[str, dict[Any, str]] = {}  # field -> id -> label, for comparisons
        self.last_comparison: list[FieldComparison] = []  # what the conflict dialog showed
        self.saving = False  # a save (or the read of a conflicting row) is under way
        self._save_text = ""

    def save(self) -> None:
        raise NotImplementedError

    def attempt(self, action: Callable[[], Any], changes: operations.Changes) -> None:
        """Run the service call `action` on a worker; `changes`: what it changes, for the open
        pages to refresh."""
        if self.saving:
            return  # Save pressed again while the first save runs
        for widget in self.fields.values():
            mark_invalid(widget, False)
        self._set_saving(True)
        operations.save(self, action, self._saved, self._failed, changes=changes)

    def _set_saving(self, saving: bool) -> None:
        save = self.buttons.button(QDialogButtonBox.Save)
        if saving and not self.saving:
            self._save_text = save.text()  # a dialog may name its Save ("Issue the number")
        self.saving = saving
        save.setText(self.tr("Saving…") if saving else self._save_text)
        save.setEnabled(not saving)
        self.buttons.button(QDialogButtonBox.Cancel).setEnabled(not saving)

    def _saved(self, result: Any) -> None:
        self._set_saving(False)
        self.saved = result
        self.save_finished.emit(True)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_saving(False)
        if isinstance(exc, ConflictError):
            self.on_conflict(exc)
            return
        self.banner.show_message(message_for(exc))  # a lost server or a locked file included
        if isinstance(exc, DomainError):
            mark_invalid(self.fields.get(exc.field or ""), True)
        self.save_finished.emit(False)

    def reject(self) -> None:
        if self.saving:
            return  # Esc or the window's close button while saving: the save decides
        super().reject()

    # --- conflict hooks: implemented by dialogs that edit an existing row -----------------------
    def loaded_record(self) -> Any | None:
        """The row the form was loaded with (its version goes to the service); None when the
        dialog creates a new row, or does not take part."""
        return None

    def fetch_current(self) -> Any:
        """The row as it is now, read through the same service function the form was loaded
        with. Runs on a worker: read what the comparison needs here, touch no widget."""
        raise NotImplementedError

    def conflict_labels(self) -> dict[str, str]:
        """The compared fields, by name, with the labels the form shows."""
        return self.labels

    def record_values(self, record: Any) -> dict[str, Any]:
        """A record's values of the compared fields, in the form's terms (by default the
        record's attributes of those names)."""
        return {name: getattr(record, name) for name in self.conflict_labels()}

    def form_values(self) -> dict[str, Any]:
        """What the form holds now, in the same terms as record_values."""
        raise NotImplementedError

    def with_values(self, record: Any, values: dict[str, Any]) -> Any:
        """The record with some fields replaced (to show a merge in the form)."""
        return dataclasses.replace(record, **values)

    def take_record(self, record: Any) -> None:
        """Show a record in the form and carry its version from now on."""
        raise NotImplementedError

    def prepare_comparison(self, current: Any) -> None:
        """Called on the main thread before a comparison is shown: e.g. names for ids `current`
        uses (from what the dialog already holds; a service call belongs in fetch_current)."""

    def display_value(self, name: str, value: Any) -> str:
        if value is None or value == "" or value == ():
            return "—"
        names = self.value_names.get(name)
        if isinstance(value, (tuple, list)):
            return "; ".join(self.display_value(name, v) for v in value)
        if names is not None:
            return names.get(value, f"#{value}")
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, date):
            return format_date(value)
        if isinstance(value, float):
            return (str(int(value)) if value.is_integer() else str(value)).replace(".", ",")
        return clean_text(str(value))

    # --- resolving a conflict ------------------------------------------------------------------
    def on_conflict(self, exc: ConflictError) -> None:
        self.banner.show_message(message_for(exc))
        loaded = self.loaded_record()
        if loaded is None:
            self.save_finished.emit(False)
            return
        self._set_saving(True)  # busy reading the row as it now is
        operations.query(
            self,
            self.fetch_current,
            lambda current: self._compare(loaded, current),
            self._fetch_failed,
        )

    def _fetch_failed(self, error: BaseException) -> None:
        self._set_saving(False)
        self.banner.show_message(message_for(error))  # deleted meanwhile, server gone: say so
        self.save_finished.emit(False)

    def _compare(self, loaded: Any, current: Any) -> None:
        self._set_saving(False)
        self.prepare_comparison(current)
        comparison = compare(
            self.conflict_labels(),
            self.record_values(loaded),
            self.record_values(current),
            self.form_values(),
        )
        self.last_comparison = comparison
        choice = self.ask_conflict(comparison)
        if choice == self.RELOAD:
            self.take_record(current)
            self.banner.show_message(
                self.tr(
                    "The form now shows the record as it is in the database; your changes were "
                    "discarded."
                )
            )
        elif choice == self.REAPPLY:
            mine = {c.name: c.yours for c in comparison if c.you_changed}
            self.take_record(self.with_values(current, mine))
            self.banner.show_message("")
            self.save()  # with the new version; another conflict asks again
            return
        else:
            self.banner.show_message(
                self.tr(
                    "Nothing was saved: someone else changed this record meanwhile. Save again to "
                    "compare the two versions."
                )
            )
        self.save_finished.emit(False)

    def ask_conflict(self, comparison: list[FieldComparison]) -> str | None:
        from coordboard.ui.common.conflict_dialog import ConflictDialog

        dialog = ConflictDialog(comparison, self.display_value, self)
        dialog.exec()
        return dialog.choice
