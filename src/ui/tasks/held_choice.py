"""Combos whose list is read on a worker: until the list arrives, the combo holds the choice
already made (a preset, a record's value, a filter another page asked for) as its only entry,
named "…". What reads the combo meanwhile gets that choice, so a form or a filter never says
something else than what it will save or show; the list, when it arrives, names it.
"""

from __future__ import annotations

from coordboard.ui.common.widgets import ItemCombo

LOADING = "…"  # the name of a choice held until its list arrives


def set_quietly(combo: ItemCombo, items: list[tuple[int, str]], current: int | None) -> None:
    """Fill `combo` and choose `current` (or its first entry) without a change signal: what
    depends on the choice is read by the caller."""
    was_blocked = combo.blockSignals(True)
    combo.set_items(items, keep=False)
    combo.set_current_id(current)
    combo.blockSignals(was_blocked)


def hold(combo: ItemCombo, item_id: int | None) -> None:
    """Only `item_id` (and the combo's "none" entry), chosen, until the list arrives."""
    set_quietly(combo, [(item_id, LOADING)] if item_id is not None else [], item_id)
