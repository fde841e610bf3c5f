"""Someone else saved the record this form edits: both versions side by side, and a choice.

Shown by FormDialog.on_conflict. `choice` is FormDialog.REAPPLY (save my changes again on top
of the new version), FormDialog.RELOAD (show the record as it now is, discard my changes) or
None (back to the form, nothing changed).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordboard.ui.common.rows_table_model import RowsTableModel


class ConflictDialog(QDialog):
    def __init__(
        self, comparison: list, display: Callable[[str, Any], str], parent: QWidget | None = None
    ) -> None:
        from coordboard.ui.common.form_dialog import FormDialog

        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.setMinimumWidth(820)
        self.choice: str | None = None
        self.rows = [c for c in comparison if c.differs]

        intro = QLabel(
            self.tr(
                "Someone else saved this record after you opened it, so your changes are not saved "
                "yet. Nothing has been overwritten."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)

        def theirs(c) -> str:
            return display(c.name, c.theirs) + (" ●" if c.they_changed else "")

        def yours(c) -> str:
            return display(c.name, c.yours) + (" ●" if c.you_changed else "")

        self.model = RowsTableModel(
            [
                (self.tr("Field"), lambda c: c.label),
                (self.tr("Now in the database"), theirs),
                (self.tr("In your form"), yours),
                (self.tr("If you save again"), lambda c: display(c.name, c.merged)),
            ],
            self,
        )
        self.model.set_rows(self.rows)
        self.view = QTableView()
        self.view.setObjectName("conflictTable")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.NoSelection)
        self.view.setFocusPolicy(Qt.NoFocus)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.Stretch)
        self.view.resizeRowsToContents()
        explain = QLabel()
        explain.setWordWrap(True)
        explain.setObjectName("conflictExplanation")
        if self.rows:
            explain.setText(
                self.tr(
                    "● marks a change since you opened the form: in the database by the other "
                    'person, or in your form by you. "Save my changes again" saves the values of '
                    "the last column: your changes, and the other person's where you changed "
                    'nothing. "Load their version" discards your changes.'
                )
            )
            layout.addWidget(self.view)
        else:
            explain.setText(
                self.tr(
                    "The other change does not touch what this form shows (for example a progress "
                    'update). "Save my changes again" keeps both changes.'
                )
            )
        layout.addWidget(explain)

        buttons = QDialogButtonBox()
        self.reapply_button = QPushButton(self.tr("Save my changes again"))
        self.reapply_button.setObjectName("reapplyButton")
        self.reload_button = QPushButton(self.tr("Load their version"))
        self.reload_button.setObjectName("reloadButton")
        self.back_button = QPushButton(self.tr("Back to the form"))
        buttons.addButton(self.reapply_button, QDialogButtonBox.AcceptRole)
        buttons.addButton(self.reload_button, QDialogButtonBox.DestructiveRole)
        buttons.addButton(self.back_button, QDialogButtonBox.RejectRole)
        self.reapply_button.clicked.connect(lambda: self._choose(FormDialog.REAPPLY))
        self.reload_button.clicked.connect(lambda: self._choose(FormDialog.RELOAD))
        self.back_button.clicked.connect(self.reject)
        self.reapply_button.setDefault(True)
        layout.addWidget(buttons)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
