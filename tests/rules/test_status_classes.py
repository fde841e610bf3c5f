"""rules/status_classes.py names the classes that services/tasks/classification.py defines in
SQL: one set of names, in one display order."""

from __future__ import annotations

from coordboard.rules import status_classes
from coordboard.services.tasks import classification


def test_the_classification_uses_the_rules_names():
    assert classification.CLASSES == status_classes.CLASSES
    assert len(set(status_classes.CLASSES)) == 9
    for name in ("OVERDUE", "DUE_SOON", "IN_PROGRESS", "DONE_ON_TIME", "DONE_LATE"):
        assert getattr(classification, name) == getattr(status_classes, name)
    assert set(classification.CLASS_LABELS) == set(status_classes.CLASSES)
