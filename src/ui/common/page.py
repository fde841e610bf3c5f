"""The interface every page of the main window offers (one page per navigation entry).

The main window talks to its pages only through this: it refreshes the page shown when the
user comes back to it, when another PC changed the database, and when a save in this window
changed records the page shows (`watches`, see ui/operations.py); it forwards Ctrl+N and Ctrl+F;
it tells every page when the catalogue changed; and it asks them to keep their column widths and
splitters when the window closes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from coordboard.ui.operations import Changes


class Page(QWidget):
    # the kinds of record this page shows: a save that changes one of them refreshes the page
    watches: Changes = Changes.NOTHING

    def refresh(self) -> None:
        """Read again what the page shows (in a worker), keeping the selection."""

    def new_item(self) -> None:
        """Ctrl+N: start creating what this page lists, where the user may."""

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the page's search box."""

    def catalogue_changed(self) -> None:
        """Agencies, sectors or other catalogue entries changed: refill pickers and labels."""

    def save_state(self) -> None:
        """The window closes: keep column widths and splitter positions (ui/local_settings)."""
