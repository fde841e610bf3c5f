"""Plan and section dialogs: the services' refusals in the banner, the offending field
outlined, the input kept."""

from __future__ import annotations

from datetime import date

from coordboard.i18n import tr_message
from coordboard.services import plans
from coordboard.ui.plans.plan_dialogs import PlanDialog, SectionDialog
from ui.plans.sample_plan import PLAN_TITLE, build_sample_plan, loaded_page
from ui.ui_helpers import context_for, save_and_wait, type_text


def test_a_viewer_is_refused_with_the_services_message(vi_app, qtbot, demo_db):
    build_sample_plan(demo_db)
    ctx = context_for(demo_db, "xem")
    page = loaded_page(qtbot, ctx)
    assert page.current_plan() is not None  # a viewer reads the plans
    count = page.plan_model.rowCount()
    assert not page.buttons.new_button.isEnabled() and not page.buttons.edit_button.isEnabled()
    assert not page.buttons.add_section_button.isEnabled()
    board_id = page.board.current_id()
    dialog = PlanDialog(ctx, board_id, page.boards[board_id].name)
    qtbot.addWidget(dialog)
    type_text(dialog.title, "Kế hoạch của người xem")
    save_and_wait(qtbot, dialog)
    assert dialog.banner.text() == tr_message(
        "errors", "Only the secretariat of this board may change its plans."
    )
    assert dialog.result() != PlanDialog.Accepted
    assert len(plans.list_plans(demo_db, ctx.actor, board_id)) == count


def test_plan_dialog_marks_the_refused_field_and_keeps_the_input(vi_app, qtbot, demo_db):
    ctx = context_for(demo_db, "thuky")
    page = loaded_page(qtbot, ctx)
    board_id = page.board.current_id()
    dialog = PlanDialog(ctx, board_id, page.boards[board_id].name)
    qtbot.addWidget(dialog)
    type_text(dialog.title, PLAN_TITLE)
    dialog.year_from.setValue(2026)
    dialog.year_to.setValue(2025)
    save_and_wait(qtbot, dialog)
    assert dialog.banner.text() == tr_message(
        "errors", "The plan's last year is before its first year."
    )
    assert dialog.fields["years"].property("invalid") is True
    assert dialog.title.text() == PLAN_TITLE
    dialog.year_to.setValue(2026)
    dialog.issue_date.set_value(date(2027, 1, 5))
    save_and_wait(qtbot, dialog)
    assert dialog.fields["issue_date"].property("invalid") is True
    assert dialog.fields["years"].property("invalid") is False
    dialog.issue_date.set_value(date(2026, 1, 5))
    save_and_wait(qtbot, dialog)
    assert dialog.result() == PlanDialog.Accepted
    assert dialog.saved.issue_date == date(2026, 1, 5)


def test_section_dialog_offers_no_parent_inside_the_section_itself(vi_app, qtbot, demo_db):
    plan = build_sample_plan(demo_db)
    ctx = context_for(demo_db, "thuky")
    tree = plans.plan_tree(demo_db, ctx.actor, plan.id)
    duties = next(s for s in tree.sections if s.number == "IV")
    dialog = SectionDialog(ctx, plan, list(tree.sections), duties)
    qtbot.addWidget(dialog)
    offered = [
        dialog.parent_section.itemText(i).strip() for i in range(dialog.parent_section.count())
    ]
    assert offered[1:] == ["II. Nội dung"]
    dialog.title.clear()
    save_and_wait(qtbot, dialog)
    assert dialog.banner.text() == tr_message("errors", "Enter the section's title.")
    assert dialog.fields["title"].property("invalid") is True
