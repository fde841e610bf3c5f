"""AgencyChecklist: tick agencies, search without accents, the lead excluded and unticked."""

from __future__ import annotations

from PySide6.QtCore import Qt

from coordboard.ui.common.agency_checklist import AgencyChecklist

AGENCIES = [(1, "Công an tỉnh"), (2, "Sở Y tế"), (3, "Sở Giáo dục và Đào tạo")]


def shown(checklist) -> list[int]:
    return [i.data(Qt.UserRole) for i in checklist.items() if not i.isHidden()]


def test_ticks_search_and_exclude(qtbot):
    checklist = AgencyChecklist(AGENCIES, name="taskCooperating", min_height=170)
    qtbot.addWidget(checklist)
    assert checklist.list.objectName() == "taskCooperating"
    assert checklist.list.minimumHeight() == 170
    checklist.set_checked([2, 3])
    assert checklist.checked_ids() == (2, 3) and checklist.count.text() != ""
    checklist.search.setText("so   GIAO duc")  # every word, any case, no accents needed
    assert shown(checklist) == [3]
    checklist.search.clear()
    checklist.exclude(2)  # the lead: not offered, no longer ticked
    assert shown(checklist) == [1, 3] and checklist.checked_ids() == (3,)
    checklist.exclude(None)
    assert shown(checklist) == [1, 2, 3]
    checklist.set_checked([])
    assert checklist.checked_ids() == () and checklist.count.text() == ""


def test_a_form_may_word_the_search_hint_its_own_way(qtbot):
    checklist = AgencyChecklist(AGENCIES, placeholder="Find a co-operating agency")
    qtbot.addWidget(checklist)
    assert checklist.search.placeholderText() == "Find a co-operating agency"
    assert checklist.list.objectName() == "cooperatingAgencies"
