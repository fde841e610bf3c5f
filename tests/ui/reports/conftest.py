"""The Reports page as the secretariat opens it: boards, plans and letters listed, the default
period's numbers shown; message boxes of information collected in `page.informed`."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from coordboard.ui.reports.reports_page import ReportsPage
from ui.ui_helpers import context_for


@pytest.fixture
def page(qtbot, vi_app, demo_db, monkeypatch):
    ctx = context_for(demo_db, "thuky")
    widget = ReportsPage(ctx)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.refresh()
    informed: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda parent, title, text, *a, **k: informed.append(text)
    )
    widget.informed = informed
    return widget
