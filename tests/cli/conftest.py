"""Command-line tests: main() loads a translator (Vietnamese by default); every test here ends
with the source strings loaded again, as the other tests expect."""

from __future__ import annotations

import pytest

from coordboard import i18n


@pytest.fixture(autouse=True)
def _english_afterwards():
    yield
    i18n.load("en")
