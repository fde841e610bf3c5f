"""The demo database fixture for this folder's tests (services/demo/demo_database.py)."""

from services.demo.demo_database import demo_world  # noqa: F401 - registers the fixture
