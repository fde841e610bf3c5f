"""One demo database per test module, built as on a fixed day (the demo dates itself around
the day it is built). This folder's conftest.py registers the fixture; tests import BUILT_ON."""

from __future__ import annotations

from datetime import date

import pytest

from coordboard.db import open_database
from coordboard.services import demo

BUILT_ON = date(2026, 6, 15)


@pytest.fixture(scope="module")
def demo_world(tmp_path_factory):
    database = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    demo.build(database, today=BUILT_ON)
    yield database
    database.dispose()
