"""What every page needs: the open database, who is signed in, the catalogue for pickers."""

from __future__ import annotations

from dataclasses import dataclass

from coordboard.db import Database
from coordboard.services import catalogue
from coordboard.services.actor import ADMIN, SECRETARIAT, Actor
from coordboard.text import vi_sort_key


@dataclass
class AppContext:
    db: Database
    actor: Actor
    # read again and replaced after a save that changed it (by the main window, which then
    # tells every page) and whenever the Settings page reads the catalogue it lists
    cat: catalogue.Catalogue

    @classmethod
    def load(cls, db: Database, actor: Actor) -> AppContext:
        """Reads the catalogue: call it on a worker (sign-in does), never on the GUI thread."""
        return cls(db, actor, catalogue.load_catalogue(db, actor))

    @property
    def may_edit_boards(self) -> bool:
        """Only a hint for enabling buttons: the services decide."""
        return self.actor.role in (ADMIN, SECRETARIAT)

    def agency_items(self, include_inactive: bool = False) -> list[tuple[int, str]]:
        items = [(a.id, a.name) for a in self.cat.agencies if a.active or include_inactive]
        return sorted(items, key=lambda item: vi_sort_key(item[1]))

    def sector_items(self) -> list[tuple[int, str]]:
        return [(s.id, s.name) for s in self.cat.sectors if s.active]

    def role_items(self) -> list[tuple[int, str]]:
        return [(r.id, r.name) for r in self.cat.roles]

    def kind_items(self) -> list[tuple[int, str]]:
        return [(k.id, k.name) for k in self.cat.kinds if k.active]

    def level_items(self) -> list[tuple[int, str]]:
        return [(lv.id, lv.name) for lv in self.cat.levels]
